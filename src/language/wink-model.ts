// wink's English model, loaded for what the grader runs (sentence boundaries, parts of speech and
// lemmas) and no more. The package's own entry (wink-eng-lite-web-model 1.8) parses its 3 MB core
// model, then copies it through JSON.stringify and JSON.parse, and reads the named-entity,
// sentiment and negation machines (0.6 MB) that a pipe of ['sbd', 'pos'] never runs. Here the core
// file is parsed once into a fresh object, and the unused steps get empty machines. The result is
// checked against the package's own in test/unit/language/wink-model.test.ts, so an upgrade that
// changes its loader fails there rather than changing a reading.
import { readFileSync } from 'node:fs';
import type { createRequire } from 'node:module';

type Require = ReturnType<typeof createRequire>;

const DIST = 'wink-eng-lite-web-model/dist/';
/** An automaton that recognises nothing (wink's own emptyModelJSON). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: unknown;
  xpansions: unknown;
}

function fromBase64(data: string): ArrayBuffer {
  // The bytes atob gives, in a buffer of their own (a Uint32Array needs it aligned).
  return new Uint8Array(Buffer.from(data, 'base64')).buffer;
}

/** The package's read-core-model.js and load-core-model.js, on a model parsed once from its file. */
export function coreModel(require: Require): unknown {
  const model = JSON.parse(readFileSync(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(fromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(fromBase64(model.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]![3] === 0) {
      const hash = (features[f]!.hash = Object.create(null) as Record<string, number>);
      const list = features[f]!.list;
      for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
    }
  }
  const lexemes = (features.lexeme!.hash = Object.create(null) as Record<string, number>);
  const lexemeList = features.lexeme!.list;
  for (let k = 0; k < lexemeList.length; k += 1) lexemes[lexemeList[k]!] = k;
  const clusters = features.posClusters!.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** A model object of the package's shape for winkNLP(model, ['sbd', 'pos']). */
export function leanModel(require: Require): unknown {
  const unused = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [] });
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => coreModel(require);
  model.sbd = require(`${DIST}load-sbd-model.js`);
  model.pos = require(`${DIST}load-pos-model.js`);
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = unused;
  model.sa = unused;
  model.metaCER = require(`${DIST}load-cer-meta-model.js`);
  model.featureFn = require(`${DIST}feature.js`);
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = require(`${DIST}porter-stemmer.js`);
  addons.lemmatize = require(`${DIST}lemmatize.js`);
  addons.readabilityStats = require(`${DIST}readability-stats.js`);
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
