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

describe('sentenceProbability', () => {
  test('equals probability(sentenceFeatures) on the committed answer model', () => {
    for (const text of TEXTS) for (const s of readText(text).sentences) expect(sentenceProbability(s, harm)).toBe(probability(sentenceFeatures(s), harm));
  });

  test('counts a feature once a sentence, and finds pairs whose lemmas hold an underscore', () => {
    const s = readText('the the call').sentences[0]!;
    const f = sentenceFeatures(s);
    // A model that knows every feature of the sentence, one of them under a key that splits two ways.
    const m: LinearModel = { bias: -1, weights: Object.fromEntries(f.map((k, i) => [k, 0.1 * (i + 1)])) };
    m.weights['x_y_z'] = 5;
    expect(sentenceProbability(s, m)).toBe(probability(f, m));
    const again = readText('the call').sentences[0]!;
    // The second sentence starts a new count: "the" counts again.
    expect(sentenceProbability(again, m)).toBe(probability(sentenceFeatures(again), m));
  });
});
