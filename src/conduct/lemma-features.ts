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

/** A sentence's features: each lemma and each pair of neighbours, marked by what frames them. */
export function sentenceFeatures(s: Sentence): string[] {
  const out: string[] = [];
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
    const f = (t.quoted ? 'q:' : '') + (negated ? '¬' : '') + (t.antecedent ? 'a:' : '') + t.l;
    out.push(f, `${prev}_${f}`);
    prev = f;
    if (NEGATORS.has(t.l)) negated = true;
  }
  return out;
}

/** The model's probability for a set of features. */
export function probability(features: readonly string[], m: LinearModel): number {
  let z = m.bias;
  for (const f of new Set(features)) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
