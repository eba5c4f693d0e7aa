// Runs a fitting script, scripts/<name>.ts (fit-grader, fit-conduct-models, training-figures, heldout-figures or cv-grader): bundled with esbuild
// into dist/ (dependencies left as imports), so no TypeScript runner is needed. Run fit-grader
// twice after a change: the second run reports the figures of the model the first one wrote.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const name = process.argv[2];
if (!['fit-grader', 'fit-conduct-models', 'training-figures', 'heldout-figures', 'cv-grader'].includes(name)) {
  console.error('usage: node scripts/fit.mjs fit-grader|fit-conduct-models|training-figures|heldout-figures|cv-grader');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/.${name}.mjs`;
await build({ entryPoints: [`${root}scripts/${name}.ts`], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(out, { force: true });
}
