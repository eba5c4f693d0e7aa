// Declared wrong claims: a signal must say the claim, not share one common word with it.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../../src/grading/offline/facts.js';
import { readText } from '../../../../src/language/read.js';

const card = {
  jurisdiction: 'uk' as const,
  text: 'A customer cannot afford the standard plan. What do you do?',
  example_answer: 'I would look at her income and outgoings and agree a plan she can keep.',
  wrong_claims: [{ claim: 'Affordability is the customer’s problem once they agree', signals: ['up to them if they agreed', 'their problem once agreed'], correct: 'CONC 7 expects a sustainable arrangement.' }],
};
const claims = (answer: string) => checkFacts(readText(answer), card).map((e) => e.claim);

describe('wrong claims', () => {
  it('a signal that keeps one content word must appear as written', () => {
    expect(claims('I would offer a lower payment and confirm the agreed plan in writing.')).toEqual([]);
    expect(claims('Honestly, it is up to them if they agreed to it.')).toEqual([card.wrong_claims[0]!.claim]);
  });

  it('a signal of several content words still matches through other word forms', () => {
    expect(claims('It is their problem once they have agreed to the plan.')).toEqual([card.wrong_claims[0]!.claim]);
  });
});
