// A worked figure that is not the card's, on a technical card that gives the figures.
import { describe, expect, it } from 'vitest';
import { resultErrors } from '../../../../src/grading/offline/results.js';

const dso = {
  type: 'technical',
  text: 'Our receivables at quarter end were 3.6 million and credit sales for the 90-day quarter were 6 million. Work out our DSO.',
  key_points: [
    { point: 'Applies the DSO formula correctly', signals: ['receivables', 'credit sales', 'divided', '90 days'] },
    { point: 'Reaches 54 days', signals: ['54', '0.6', '54 days'] },
  ],
};

describe('results the card figures do not give', () => {
  it('holds a stated result that is not the card\'s, and names the right one (a new user\'s "so 40 days")', () => {
    expect(resultErrors('DSO is 3.6 divided by 6 times 90, so 40 days.', dso)).toEqual([
      { claim: 'A result of 40 days', correct: "The question's figures give 54 days (Reaches 54 days)", words: 'DSO is 3.6 divided by 6 times 90, so 40 days.' },
    ]);
  });

  it('accepts the right result in digits or words, and figures that are not a result', () => {
    expect(resultErrors("It's 3.6 over 6, times the 90 days, so 54 days.", dso)).toEqual([]);
    expect(resultErrors('Point six times ninety, so fifty-four days, against 30-day terms.', dso)).toEqual([]);
    expect(resultErrors('I would compare it with our 30-day terms.', dso)).toEqual([]);
  });

  it('leaves a story alone: in a behavioural answer the figures are the candidate\'s own', () => {
    expect(resultErrors('DSO was 62 days when I joined, so I fixed invoicing.', { ...dso, type: 'behavioral' })).toEqual([]);
  });
});
