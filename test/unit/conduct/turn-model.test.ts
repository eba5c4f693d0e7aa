// The fitted turn model: what it reads of a turn, and that it speaks only when no detector did.
import { describe, expect, test } from 'vitest';
import { modelTurnHit, stateFeatures, turnFeatures, type TurnModel } from '../../../src/conduct/turn-model.js';
import { probability, sentenceFeatures } from '../../../src/conduct/lemma-features.js';
import { detectTurnConduct, type CallState } from '../../../src/conduct/turn.js';
import { CONDUCT_RULES } from '../../../src/conduct/rules.js';
import { readText } from '../../../src/language/read.js';
import committed from '../../../src/conduct/turn-model.json' with { type: 'json' };

const consumer: CallState = { listener: 'consumer', verified: true };
const first = (text: string) => readText(text).sentences[0]!;

describe('the turn model', () => {
  test('marks words the negation before them denies, quoted words and a condition, and pairs of neighbours', () => {
    const f = sentenceFeatures(first('I would never call the police, but if you do not pay, she said "we sue".'));
    expect(f).toContain('¬police');
    expect(f).not.toContain('police');
    expect(f).toContain('would');
    expect(f).toContain('q:sue');
    expect(f).toContain('¬a:pay');
    expect(f).toContain('a:if');
    expect(f).toContain('i_would');
  });

  test("reads the call's state: who listens, what was asked, the hour", () => {
    expect(stateFeatures({ listener: 'third-party', verified: false }, 'us')).toEqual(['ST:third']);
    expect(stateFeatures({ listener: 'spouse', verified: true }, 'us')).toEqual([]);
    expect(stateFeatures({ listener: 'spouse', verified: true }, 'uk')).toEqual(['ST:third']);
    expect(stateFeatures({ listener: 'unknown', verified: false, disputed: true, localHour: 22 }, 'us')).toEqual(['ST:unverified', 'ST:disputed', 'ST:late']);
    expect(stateFeatures({ ...consumer, localHour: 22, hourAgreed: true }, 'us')).toEqual([]);
    const f = turnFeatures(readText('Tell him to ring us.').sentences, { listener: 'third-party', verified: false }, 'us');
    expect(f).toContain('ST:third*ring');
    expect(new Set(f).size).toBe(f.length);
  });

  test('flags a turn at its threshold, names the rule its rule models rate highest, shows the sentence that weighs most', () => {
    const m: TurnModel = {
      threshold: 0.5,
      ruleThreshold: 0.1,
      bias: -2,
      weights: { sheriff: 3 },
      rules: { 'threat-arrest': { bias: 0, weights: { sheriff: 1 } }, 'false-statement': { bias: 0, weights: {} } },
    };
    const r = readText('Thanks for picking up. The sheriff has your name now.');
    expect(probability(['sheriff', 'sheriff'], m)).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(modelTurnHit(r, consumer, 'us', m)).toEqual({ rule: 'threat-arrest', words: 'The sheriff has your name now.', sentence: 1, byModel: true });
    expect(modelTurnHit(readText('Thanks for picking up.'), consumer, 'us', m)).toBeUndefined();
    // A rule the call's state rules out is not named: a disclosure needs someone else listening.
    const disclosure: TurnModel = { ...m, rules: { 'third-party-disclosure': { bias: 0, weights: { sheriff: 3 } } } };
    expect(modelTurnHit(r, consumer, 'us', disclosure)).toBeUndefined();
    expect(modelTurnHit(r, { listener: 'third-party', verified: false }, 'us', disclosure)?.rule).toBe('third-party-disclosure');
  });

  test('the committed model names only the tool’s rules and carries the figures it was fitted to', () => {
    const ids = new Set(CONDUCT_RULES.map((r) => r.id));
    expect(Object.keys(committed.rules).length).toBeGreaterThanOrEqual(12);
    for (const id of Object.keys(committed.rules)) expect(ids.has(id), id).toBe(true);
    expect(committed.threshold).toBeGreaterThan(0.5);
    expect(Object.keys(committed.figures)).toContain('train8.yaml');
  });

  test('catches a breach no detector has words for, and leaves a plain compliant turn alone', () => {
    // Neither sentence is in any corpus file.
    // ("I'd hate for your boss to hear about this" was the model's until a detector learnt veiled threats.)
    const veiled = "Your boss might end up hearing about this if we can't sort it out today.";
    expect(detectTurnConduct(readText(veiled), consumer, { jurisdiction: 'us' })).toEqual([expect.objectContaining({ rule: 'threat-unlawful-action', byModel: true })]);
    expect(detectTurnConduct(readText('Thanks, that all matches. What would be a realistic amount each month once your bills are paid?'), consumer, { jurisdiction: 'us' })).toEqual([]);
  });
});
