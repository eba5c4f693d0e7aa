// wink's English model, loaded for what the grader runs (sentence boundaries, parts of speech and
// lemmas) and no more. The package's own entry (wink-eng-lite-web-model 1.8) parses its 3 MB core
// model, then copies it through JSON.stringify and JSON.parse, and reads the named-entity,
// sentiment and negation machines (0.6 MB) that a pipe of ['sbd', 'pos'] never runs. Here the core
// file is parsed once into a fresh object, and the unused steps get empty machines. The result is
// checked against the package's own in test/unit/language/wink-model.test.ts, so an upgrade that
// changes its loader fails there rather than changing a reading.
import { readFileSync, statSync } from 'node:fs';
import type { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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

// wink adds each word it has not met to the lexeme hash as it reads, and its tokenizer then takes a word it finds there
// whole: "customer's" stays one token once some earlier text has added it, where a fresh process reads "customer" and
// "'s". A grade would then depend on what the same process graded before (a drill's second answer on its first). So a
// word added while reading one document is hidden from the next, which adds it again: every reading sees the model's
// own words and its own text's, as a fresh process does (test/unit/language/read.test.ts).
let documentEpoch = 0;

/** Starts a new document: the words earlier documents added to the lexicon are not seen by it. */
export function beginDocument(): void {
  documentEpoch += 1;
}

/**
 * The lexeme hash (word -> index, the last index of a word listed twice) as the package builds it,
 * an object with no prototype, but kept in a Map: 87,600 words go into a Map in about 12 ms, and
 * into an object's dictionary in about 27 ms. wink reads it (hash[word]) and adds the words it
 * meets (hash[word] = index); the rest of an object's behaviour is kept for the equality test.
 */
function mapBacked(list: readonly string[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k += 1) map.set(list[k]!, k);
  // The model's own words; a word added later is seen only by the document that added it (beginDocument).
  const intrinsic = list.length;
  const addedIn = new Map<string, number>();
  const lookup = (key: string): number | undefined => {
    const v = map.get(key);
    return v === undefined || v < intrinsic || addedIn.get(key) === documentEpoch ? v : undefined;
  };
  const target = Object.create(null) as Record<string, number>;
  return new Proxy(target, {
    get: (t, key) => (typeof key === 'string' ? lookup(key) : t[key as unknown as string]),
    set: (t, key, value: number) => {
      if (typeof key === 'string') {
        map.set(key, value);
        addedIn.set(key, documentEpoch);
      } else t[key as unknown as string] = value;
      return true;
    },
    has: (t, key) => (typeof key === 'string' ? lookup(key) !== undefined : key in t),
    deleteProperty: (t, key) => (typeof key === 'string' ? (map.delete(key), true) : delete t[key as unknown as string]),
    ownKeys: (t) => [...[...map.keys()].filter((key) => lookup(key) !== undefined), ...Object.getOwnPropertySymbols(t)],
    getOwnPropertyDescriptor: (t, key) =>
      typeof key !== 'string' ? Object.getOwnPropertyDescriptor(t, key) : lookup(key) !== undefined ? { value: lookup(key), writable: true, enumerable: true, configurable: true } : undefined,
    defineProperty: (t, key, desc) => {
      if (typeof key !== 'string') return Reflect.defineProperty(t, key, desc);
      map.set(key, desc.value as number);
      return true;
    },
  });
}

/**
 * The core model's JSON text: from `copy` (the build's ASCII copy, scripts/wink-core.mjs) when its
 * header says it was made from a file of the installed one's size, else from the package's file.
 */
function coreText(original: string, copy: string | undefined): string {
  if (copy !== undefined) {
    try {
      const text = readFileSync(copy, 'latin1');
      const cut = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, cut)) as { bytes?: unknown };
      if (cut > 0 && header.bytes === statSync(original).size) return text.slice(cut + 1);
    } catch {
      // no copy, or a damaged one: the package's own file below
    }
  }
  return readFileSync(original, 'utf8');
}

/** The package's read-core-model.js and load-core-model.js, on a model parsed once from its file (or the build's copy of it). */
export function coreModel(require: Require, copy?: string): unknown {
  const model = JSON.parse(coreText(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), copy)) as CoreModel;
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
  features.lexeme!.hash = mapBacked(features.lexeme!.list);
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

// Set by the build (scripts/build.mjs): wink-nlp's code and its English model's code modules (with
// the lemmatizer's exception tables as JSON, scripts/wink-exceptions.mjs) are bundled into one
// file beside the chunks, dist/wink.cjs, loaded on first use: loaded from node_modules they are
// about 115 files, each resolved, read and compiled on its own (wink-nlp alone: 12 ms against 3 ms
// bundled). A file of its own keeps that code out of the chunks that commands load before they
// grade. The model's data files stay in node_modules; a run from the sources loads the packages.
declare const __WINK_BUNDLED__: boolean | undefined;

/** wink-nlp and the model's code modules the lean model takes. */
export interface WinkParts {
  winkNLP: unknown;
  sbd: unknown;
  pos: unknown;
  cer: unknown;
  feature: unknown;
  stem: unknown;
  lemmatize: unknown;
  readability: unknown;
}

let parts: WinkParts | undefined;

/** The parts from the build's dist/wink.cjs, or from node_modules (`local` resolves them either way). */
export function winkParts(local: Require): WinkParts {
  if (parts) return parts;
  if (typeof __WINK_BUNDLED__ !== 'undefined' && __WINK_BUNDLED__) return (parts = local('./wink.cjs') as WinkParts);
  return (parts = {
    winkNLP: local('wink-nlp'),
    sbd: local(`${DIST}load-sbd-model.js`),
    pos: local(`${DIST}load-pos-model.js`),
    cer: local(`${DIST}load-cer-meta-model.js`),
    feature: local(`${DIST}feature.js`),
    stem: local(`${DIST}porter-stemmer.js`),
    lemmatize: local(`${DIST}lemmatize.js`),
    readability: local(`${DIST}readability-stats.js`),
  });
}

/** A model object of the package's shape for winkNLP(model, ['sbd', 'pos']). */
export function leanModel(local: Require, code: WinkParts = winkParts(local)): unknown {
  const unused = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [] });
  const model = Object.create(null) as Record<string, unknown>;
  // The build's ASCII copy of the core model sits beside the bundle's chunks (dist/).
  const copy = typeof __WINK_BUNDLED__ !== 'undefined' && __WINK_BUNDLED__ ? fileURLToPath(new URL('wink-core-model.json', import.meta.url)) : undefined;
  model.core = () => coreModel(local, copy);
  model.sbd = code.sbd;
  model.pos = code.pos;
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = unused;
  model.sa = unused;
  model.metaCER = code.cer;
  model.featureFn = code.feature;
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = code.stem;
  addons.lemmatize = code.lemmatize;
  addons.readabilityStats = code.readability;
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
