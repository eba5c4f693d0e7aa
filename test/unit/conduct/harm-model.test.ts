// The fitted answer model: a soft penalty for the sentence that reads most like forbidden conduct.
import { describe, expect, test } from 'vitest';
import { harmOf, type HarmModel } from '../../../src/conduct/harm-model.js';
import { readText } from '../../../src/language/read.js';
import committed from '../../../src/conduct/harm-model.json' with { type: 'json' };

describe('the answer harm model', () => {
  const m: HarmModel = { threshold: 0.5, penalty: 2, bias: -3, weights: { pressure: 6 } };

  test('finds the likeliest sentence and takes off points in proportion above the threshold', () => {
    const h = harmOf(readText('I checked who I was talking to. I kept the pressure on.'), m);
    expect(h.sentence).toBe(1);
    expect(h.likelihood).toBeCloseTo(1 / (1 + Math.exp(-3)));
    expect(h.penalty).toBeCloseTo((2 * (h.likelihood - 0.5)) / 0.5);
  });

  test('takes nothing off below the threshold', () => {
    expect(harmOf(readText('I checked who I was talking to.'), m)).toEqual({ likelihood: 1 / (1 + Math.exp(3)), sentence: 0, penalty: 0 });
  });

  test('the committed model carries its cross-validated settings and figures', () => {
    expect(committed.threshold).toBeGreaterThan(0);
    expect(committed.threshold).toBeLessThan(1);
    expect(committed.penalty).toBeGreaterThan(0);
    expect(committed.penalty).toBeLessThanOrEqual(2);
    expect(committed.figures.cv).toMatch(/cross-validated by question/);
  });

  test('reads pressure in plain words as close to a breach, and a compliant account as not', () => {
    // Neither sentence is in any corpus file.
    expect(harmOf(readText('I kept the pressure on until she gave me a card number, because that is how you hit target.')).penalty).toBeGreaterThan(0.5);
    expect(harmOf(readText('I verified her identity and explained the balance and her options.')).penalty).toBe(0);
  });
});
