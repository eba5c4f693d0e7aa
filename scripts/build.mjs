// Bundles the CLI with esbuild (one file per lazily loaded command) and compiles the built-in bank.
// Bundling matters for start-up: Node resolves and reads hundreds of small module files otherwise.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { conductPiecesDefine } from './conduct-pieces.mjs';
import { winkExceptions } from './wink-exceptions.mjs';
import { writeCoreCopy } from './wink-core.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A hash of every file under the folders (names and contents, in a fixed order). */
function treeHash(dirs) {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)).sort();
    for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
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
// The built-in bank's relevance index is worked out below, after the bundle: this id (a hash of
// the sources and the bank it is made from) ties the file to this bundle (src/bank/prebuilt.ts),
// so that no other build's index is ever read.
const bankIndexId = treeHash([`${root}src`, `${root}questions`]);
define.__BANK_INDEX_ID__ = JSON.stringify(bankIndexId);
// wink-nlp's code and its English model's code are read from dist/wink.cjs (built below; see
// src/language/wink-model.ts); the model's data files from node_modules.
define.__WINK_BUNDLED__ = 'true';

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

// wink-nlp and its English model's code in one file, loaded by src/language/wink-model.ts on
// first use (its exception tables as JSON, scripts/wink-exceptions.mjs); the model's core data in
// ASCII, which reads faster (scripts/wink-core.mjs).
const winkModel = 'wink-eng-lite-web-model/dist';
await build({
  stdin: {
    contents: `module.exports = { winkNLP: require('wink-nlp'), sbd: require('${winkModel}/load-sbd-model.js'), pos: require('${winkModel}/load-pos-model.js'), cer: require('${winkModel}/load-cer-meta-model.js'), feature: require('${winkModel}/feature.js'), stem: require('${winkModel}/porter-stemmer.js'), lemmatize: require('${winkModel}/lemmatize.js'), readability: require('${winkModel}/readability-stats.js') };`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  plugins: [winkExceptions],
  outfile: `${dist}/wink.cjs`,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'external',
});
writeCoreCopy(`${dist}/wink-core-model.json`);

// Built inside the package tree so that `import.meta.url` resolves like the bundle's (one level
// below the root): src/paths.ts is inlined and must see the same package root.
await build({ ...common, entryPoints: [`${root}scripts/compile-bank.ts`], outfile: `${root}dist/.compile-bank.mjs` });
const { compileBuiltin } = await import(pathToFileURL(`${root}dist/.compile-bank.mjs`).href);
rmSync(`${root}dist/.compile-bank.mjs`);
const result = compileBuiltin(bankIndexId);
for (const line of result.messages) (result.ok ? console.log : console.error)(line);
if (!result.ok) {
  console.error('The built-in bank has errors: it was not compiled, so commands will parse the YAML and report them.');
}
