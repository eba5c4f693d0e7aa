// Key points are credited for what the answer says it does, never for words it denies.
import { describe, expect, it } from 'vitest';
import type { Skill } from '../../../../src/bank/schema.js';
import { gradeOffline, type GradableQuestion } from '../../../../src/grading/offline/grade.js';

const skills = new Map<string, Skill>([['negotiation', { id: 'negotiation', name: 'Negotiation', description: 'Prepares and researches before negotiating a plan', rubric: { 1: 'weak', 3: 'ok', 5: 'strong' } }]]);

const question: GradableQuestion = {
  id: 'resistant-client',
  text: 'A client owes 85,000 and will not pay until things settle down. How do you prepare for it and run it?',
  type: 'situational',
  skills: ['negotiation'],
  why_asked: 'Preparation, firmness and flexibility.',
  how_to_answer: ['Research first', 'Hold firm', 'Confirm in writing'],
  example_answer: 'First I would research the payment history and agree a mandate with my manager. Then I would listen, hold firm on the balance and confirm the plan in writing.',
  key_points: [
    { point: 'Researches the account and agrees a mandate before contact', signals: ['research', 'history', 'prepare', 'mandate'] },
    { point: 'Confirms in writing and follows up on each date', signals: ['in writing', 'follow up', 'due date'] },
    { point: 'Stops workplace calls at once', signals: ['work number', 'stop calling at work'] },
    { point: 'Gives the 8 a.m. to 9 p.m. local-time window', signals: ['8 a.m.', 'nine at night', 'before eight'] },
    { point: 'Checks the dispute before collecting again', signals: ['check the dispute', 'verify'] },
  ],
};

const matched = (answer: string) => gradeOffline(question, answer, { skills }).matched_points;
const RESEARCH = 'Researches the account and agrees a mandate before contact';

describe('key points and negation', () => {
  it('does not credit a point for words the answer denies ("I would not waste time preparing")', () => {
    expect(matched('I would not waste time preparing or researching the history. I would just call and confirm it in writing.')).not.toContain(RESEARCH);
    expect(matched('I never look at the history or agree a mandate first; I just call and confirm it in writing.')).not.toContain(RESEARCH);
    // The same words, affirmed, do credit it.
    expect(matched('I would take time preparing and researching the history. Then I would call and confirm it in writing.')).toContain(RESEARCH);
  });

  it('shows no skill in words the answer denies', () => {
    const evidence = (answer: string) => gradeOffline(question, answer, { skills }).criteria[0]!.evidence;
    expect(evidence('I would not waste time preparing or researching. I would call and agree a plan.')).toEqual(['plan']);
    expect(evidence('I would take time preparing and researching. I would call and agree a plan.')).toEqual(['preparing', 'researching', 'plan']);
  });

  it('a denial in one clause leaves the next clause alone', () => {
    expect(matched("I wouldn't call straight away, but I'd research the history and agree a mandate.")).toContain(RESEARCH);
  });

  it('credits a point made by not doing something, and a rule stated as a limit', () => {
    expect(matched("I told him I wouldn't call his work number again.")).toContain('Stops workplace calls at once');
    expect(matched("You can't call before eight in the morning or after nine at night.")).toContain('Gives the 8 a.m. to 9 p.m. local-time window');
  });

  it('"not ... until we have checked" affirms the check', () => {
    expect(matched("Nobody calls the customer until we've checked the dispute.")).toContain('Checks the dispute before collecting again');
  });
});

describe('key points about a figure', () => {
  const dso: GradableQuestion = {
    id: 'dso',
    text: 'Receivables are 3.6 million and credit sales for the quarter 6 million. What is the DSO?',
    type: 'technical',
    skills: ['negotiation'],
    why_asked: 'The formula and the arithmetic.',
    how_to_answer: ['State the formula', 'Work it through'],
    example_answer: 'DSO is receivables over credit sales times the days: 3.6 over 6 is 0.6, times 90 is 54 days.',
    key_points: [
      { point: 'Reaches 54 days', signals: ['54', '0.6', '54 days'] },
      { point: 'Calculates the result correctly', signals: ['54 days', 'divided by', 'times 90'] },
    ],
  };
  const points = (answer: string) => gradeOffline(dso, answer, { skills }).matched_points;

  it('is not met by another figure: every number is one term, but a signal\'s number must be the answer\'s (a new user saw "✓ Reaches 54 days" beside 40)', () => {
    expect(points('DSO is 3.6 divided by 6 times 90, so 40 days.')).toEqual([]);
  });

  it('is met by the figure in digits or in words', () => {
    expect(points('DSO is 3.6 divided by 6, which is 0.6, times 90: 54 days.')).toEqual(['Reaches 54 days', 'Calculates the result correctly']);
    expect(points('Three point six over six is point six, times ninety days, so fifty-four days.')).toContain('Reaches 54 days');
  });
});
