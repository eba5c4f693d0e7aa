// What the fitted conduct models read of a sentence (turn-model.ts for call turns, harm-model.ts
// for answers): each lemma and each pair of neighbours, marked by what frames them, and a
// logistic model over them.
import type { Sentence } from '../language/read.js';

/** A logistic model: a bias and a weight per feature (a feature it does not know weighs nothing). */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

// Words after which the rest of the clause is denied: the marking lets "never ... police" weigh
// differently from "police".
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'refuse', 'instead', 'rather', 'nobody', 'nothing', 'stop', 'avoid']);

/** Each marked lemma of a sentence with the one before it ("^" at the start, "|" after a comma, semicolon or colon). */
function eachLemma(s: Sentence, visit: (prev: string, f: string) => void): void {
  let negated = false;
  let prev = '^';
  for (const t of s.tokens) {
    const punct = t.pos === 'PUNCT';
    // Only a comma, semicolon or colon parts words; other marks are not there.
    if (punct && !/[,;:]/.test(t.w)) continue;
    if (t.clauseStart || punct) negated = false;
    if (punct) {
      prev = '|';
      continue;
    }
    const f = t.quoted || negated || t.antecedent ? (t.quoted ? 'q:' : '') + (negated ? '¬' : '') + (t.antecedent ? 'a:' : '') + t.l : t.l;
    visit(prev, f);
    prev = f;
    if (NEGATORS.has(t.l)) negated = true;
  }
}

/** A sentence's features: each lemma and each pair of neighbours, marked by what frames them. */
export function sentenceFeatures(s: Sentence): string[] {
  const out: string[] = [];
  eachLemma(s, (prev, f) => out.push(f, `${prev}_${f}`));
  return out;
}

/**
 * A model laid out for scoring a sentence without building its feature strings (harmOf reads every
 * sentence of every answer graded): each known feature gets a number, lemmas map to their
 * numbers and a pair to a map from its first half to its second.
 */
interface CompiledModel {
  bias: number;
  weight: Float64Array;
  single: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** The sentence that last counted each feature: a feature counts once a sentence, as in probability(). */
  seen: Uint32Array;
  stamp: number;
}

const compiled = new WeakMap<LinearModel, CompiledModel>();

function compile(m: LinearModel): CompiledModel {
  let c = compiled.get(m);
  if (c) return c;
  const keys = Object.keys(m.weights);
  c = { bias: m.bias, weight: new Float64Array(keys.length), single: new Map(), pairs: new Map(), seen: new Uint32Array(keys.length), stamp: 0 };
  keys.forEach((key, id) => {
    c!.weight[id] = m.weights[key]!;
    c!.single.set(key, id);
    // "a_b" is the pair (a, b); a lemma holding "_" makes the split ambiguous, so every split is
    // entered: a pair then finds the weight exactly when its joined string is the key, as in probability().
    for (let at = key.indexOf('_'); at >= 0; at = key.indexOf('_', at + 1)) {
      const first = key.slice(0, at);
      let second = c!.pairs.get(first);
      if (!second) c!.pairs.set(first, (second = new Map()));
      second.set(key.slice(at + 1), id);
    }
  });
  compiled.set(m, c);
  return c;
}

// Laying a model out costs about 3 ms, as much as scoring a few hundred sentences the plain way: a
// batch drill of five answers never needs it, grading a thousand does.
const COMPILE_AFTER = 400;
const plainUses = new WeakMap<LinearModel, number>();

/** probability(sentenceFeatures(s), m), to the last bit; past a few hundred sentences, without building the pair strings. */
export function sentenceProbability(s: Sentence, m: LinearModel): number {
  if (!compiled.has(m)) {
    const uses = (plainUses.get(m) ?? 0) + 1;
    plainUses.set(m, uses);
    if (uses <= COMPILE_AFTER) return probability(sentenceFeatures(s), m);
  }
  const c = compile(m);
  // A new stamp marks a new sentence; on wrapping, forget every mark.
  if (++c.stamp === 0xffffffff) {
    c.seen.fill(0);
    c.stamp = 1;
  }
  let z = c.bias;
  const count = (id: number | undefined): void => {
    if (id === undefined || c.seen[id] === c.stamp) return;
    c.seen[id] = c.stamp;
    z += c.weight[id]!;
  };
  eachLemma(s, (prev, f) => {
    count(c.single.get(f));
    count(c.pairs.get(prev)?.get(f));
  });
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability for a set of features. */
export function probability(features: readonly string[], m: LinearModel): number {
  let z = m.bias;
  for (const f of new Set(features)) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
