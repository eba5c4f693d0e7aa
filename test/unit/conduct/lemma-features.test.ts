// The fast scorer the answer model uses must give what the plain one gives, to the last bit.
import { describe, expect, test } from 'vitest';
import { probability, sentenceFeatures, sentenceProbability, type LinearModel } from '../../../src/conduct/lemma-features.js';
import { readText } from '../../../src/language/read.js';
import harm from '../../../src/conduct/harm-model.json' with { type: 'json' };

const TEXTS = [
  'I would never call the police, but if you do not pay, she said "we sue".',
  "I told him: if you don't pay by Friday, you will be arrested.",
  'We called his mother and told her that her son owed us 900 pounds, and the the the debt doubled.',
  'Nothing stops you paying today; rather than sue, I asked what she could manage.',
];

// The model is laid out for speed only after a few hundred sentences: warm it past that first.
function warmed<M extends LinearModel>(m: M): M {
  const s = readText('warming up').sentences[0]!;
  for (let i = 0; i < 1000; i++) sentenceProbability(s, m);
  return m;
}

describe('sentenceProbability', () => {
  test('equals probability(sentenceFeatures) on the committed answer model, before and after it is laid out', () => {
    const fresh = { ...harm, weights: { ...harm.weights } };
    for (const text of TEXTS) for (const s of readText(text).sentences) expect(sentenceProbability(s, fresh)).toBe(probability(sentenceFeatures(s), fresh));
    const m = warmed(fresh);
    for (const text of TEXTS) for (const s of readText(text).sentences) expect(sentenceProbability(s, m)).toBe(probability(sentenceFeatures(s), m));
  });

  test('counts a feature once a sentence, and finds pairs whose lemmas hold an underscore', () => {
    const s = readText('the the call').sentences[0]!;
    const f = sentenceFeatures(s);
    // A model that knows every feature of the sentence, one of them under a key that splits two ways.
    const m: LinearModel = warmed({ bias: -1, weights: Object.fromEntries(f.map((k, i) => [k, 0.1 * (i + 1)])) });
    expect(sentenceProbability(s, m)).toBe(probability(f, m));
    const again = readText('the call').sentences[0]!;
    // The second sentence starts a new count: "the" counts again.
    expect(sentenceProbability(again, m)).toBe(probability(sentenceFeatures(again), m));
  });
});
