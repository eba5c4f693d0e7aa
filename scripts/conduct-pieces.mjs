// The conduct detectors' prefilter pieces (src/conduct/prefilter.ts), worked out once at build time
// and put into a bundle with esbuild's `define`: a short command then skips parsing every pattern.
// The bundle checks they were worked out from its own patterns, and works them out itself if not.
import { buildSync } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `define` entries for esbuild: __CONDUCT_PIECES__ as { sources, pieces }. */
export async function conductPiecesDefine(root) {
  const entry = join(root, 'dist', `.conduct-pieces-${process.pid}.mjs`);
  buildSync({
    stdin: { contents: "export { detectorSources } from './src/conduct/detect.ts'; export { requiredPieces } from './src/conduct/prefilter.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: entry, logLevel: 'warning', packages: 'external',
  });
  try {
    const { detectorSources, requiredPieces } = await import(pathToFileURL(entry).href);
    const sources = detectorSources();
    return { __CONDUCT_PIECES__: JSON.stringify({ sources, pieces: sources.map(requiredPieces) }) };
  } finally {
    rmSync(entry, { force: true });
  }
}
