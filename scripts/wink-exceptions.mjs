// The lemmatizer's exception tables of wink's English model (wn-adjective-, wn-noun- and
// wn-verb-exceptions.js, 220 kB of code: 5,600 assignments that take about 10 ms to compile and
// run at every first grade), given to the bundle as the same tables in JSON, which parse in about
// 3 ms: an object with no prototype holding the same words, read by the package's own lemmatize.js.
// scripts/build.mjs plugs it into esbuild; test/unit/language/wink-model.test.ts compares the tables.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const TABLE = /^\.\/(wn-(?:adjective|noun|verb)-exceptions)\.js$/;

/** The module the bundle gets for one table, from the package's own. */
export function exceptionsModule(name) {
  const table = require(`wink-eng-lite-web-model/dist/${name}.js`);
  // Own keys in the table's order (JSON.parse then Object.assign add them in that order again).
  const json = JSON.stringify(Object.fromEntries(Object.keys(table).map((k) => [k, table[k]])));
  return `module.exports = Object.assign(Object.create(null), JSON.parse(${JSON.stringify(json)}));\n`;
}

/** An esbuild plugin: the model's exception tables, as JSON. */
export const winkExceptions = {
  name: 'wink-exceptions',
  setup(build) {
    build.onResolve({ filter: TABLE }, (args) => (/wink-eng-lite-web-model/.test(args.importer) ? { path: TABLE.exec(args.path)[1], namespace: 'wink-exceptions' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'wink-exceptions' }, (args) => ({ contents: exceptionsModule(args.path), loader: 'js' }));
  },
};
