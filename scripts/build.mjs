// Bundles the CLI with esbuild (one file per lazily loaded command) and compiles the built-in bank.
// Bundling matters for start-up: Node resolves and reads hundreds of small module files otherwise.
import { build } from 'esbuild';
import { rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { conductPiecesDefine } from './conduct-pieces.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
rmSync(dist, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // js-yaml's CommonJS build: its ES-module build parses about 2.5 times slower on Node 20
  // (10,000 cards: 2.4 s against 0.9 s of CPU), and validate spends most of its time there.
  alias: { 'js-yaml': createRequire(import.meta.url).resolve('js-yaml') },
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);" },
};

mkdirSync(dist, { recursive: true });
// The conduct detectors' prefilter, worked out now rather than at every run (scripts/conduct-pieces.mjs).
const define = await conductPiecesDefine(root);

await build({
  ...common,
  define,
  entryPoints: { main: `${root}src/main.ts` },
  outdir: dist,
  splitting: true,
  // Chunks stay beside main.js: src/paths.ts finds the package root one folder up.
  chunkNames: '[name]-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'external',
  sourcemap: false,
});

// Built inside the package tree so that `import.meta.url` resolves like the bundle's (one level
// below the root): src/paths.ts is inlined and must see the same package root.
await build({ ...common, entryPoints: [`${root}scripts/compile-bank.ts`], outfile: `${root}dist/.compile-bank.mjs` });
const { compileBuiltin } = await import(pathToFileURL(`${root}dist/.compile-bank.mjs`).href);
rmSync(`${root}dist/.compile-bank.mjs`);
const result = compileBuiltin();
for (const line of result.messages) (result.ok ? console.log : console.error)(line);
if (!result.ok) {
  console.error('The built-in bank has errors: it was not compiled, so commands will parse the YAML and report them.');
}
