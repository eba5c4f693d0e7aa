// Runs scripts/fit-grader.ts: bundled with esbuild into dist/ (dependencies left as imports), so
// no TypeScript runner is needed. Run it twice after a change: the second run reports the figures
// of the model the first one wrote.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/.fit-grader.mjs`;
await build({ entryPoints: [`${root}scripts/fit-grader.ts`], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(out, { force: true });
}
