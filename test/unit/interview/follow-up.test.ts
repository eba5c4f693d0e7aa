import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import type { BankQuestion } from '../../../src/bank/model.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { answered, chooseFollowUp, followUpCard, followUpScore, liftedScore } from '../../../src/interview/follow-up.js';
import type { Grade } from '../../../src/grading/result.js';
import { renderFollowUpOutcome, stillMissing } from '../../../src/report/interview.js';
import { Chalk } from 'chalk';

const bank = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } }).bank;
const card = bank.questions.find((q) => q.id === 'agent-junior-medical-bills-hardship')!;
const AFFORD = 'Checks affordability before agreeing a plan.';
const WRITING = 'Agrees a realistic plan within policy and confirms it in writing.';

const grade = (score: number | null, missing: string[], extra: Partial<Grade> = {}): Grade => ({
  grader: 'offline',
  score,
  criteria: [],
  matched_points: (card.key_points ?? []).map((k) => k.point).filter((p) => !missing.includes(p)),
  missing_points: missing,
  red_flags: [],
  feedback: '',
  suggestions: [],
  ...extra,
});

describe('chooseFollowUp', () => {
  it('asks about the key point the answer missed, whichever it was', () => {
    expect(chooseFollowUp(card, grade(3, [AFFORD]))).toMatchObject({ target: AFFORD, question: expect.stringMatching(/\$20 a month/) });
    expect(chooseFollowUp(card, grade(3, [WRITING]))).toMatchObject({ target: WRITING, question: expect.stringMatching(/confirm the plan/) });
    expect(chooseFollowUp(card, grade(3, [WRITING]))!.reason).toContain('confirms it in writing');
  });

  it("takes the card's order when several points are missed, and skips a missed point with no follow-up", () => {
    // "Listens ..." comes first on the card but has no follow-up: affordability is the first that has one.
    const listens = card.key_points![0]!.point;
    expect(chooseFollowUp(card, grade(2, [WRITING, listens, AFFORD]))!.target).toBe(AFFORD);
  });

  it('asks nothing at 4 or more, when nothing is missed, or when no follow-up fits', () => {
    expect(chooseFollowUp(card, grade(4, [AFFORD]))).toBeUndefined();
    expect(chooseFollowUp(card, grade(3.9, []))).toBeUndefined();
    expect(chooseFollowUp(card, grade(null, [AFFORD]))).toBeUndefined();
    expect(chooseFollowUp(card, grade(2, ['Ends with a measured result and a time frame.']))).toBeUndefined();
  });

  it("falls back to a card's general follow-up (no when_missing)", () => {
    const general: BankQuestion = { ...card, follow_ups: [{ question: 'Anything else you would do?' }] };
    expect(chooseFollowUp(general, grade(2, [AFFORD]))).toMatchObject({ target: null, question: 'Anything else you would do?' });
  });
});

describe('grading a follow-up', () => {
  it('grades against the follow-up, on the point it asks about', () => {
    const choice = chooseFollowUp(card, grade(3, [AFFORD, WRITING]))!;
    const fu = followUpCard(card, choice, [AFFORD, WRITING]);
    expect(fu.text).toBe(choice.question);
    expect(fu.key_points!.map((k) => k.point)).toEqual([AFFORD]);
    expect(fu.id).toBe(card.id);
  });

  it('scores a follow-up answer on the points asked: all 5, none 1, a red flag holds it at 2', () => {
    expect(followUpScore([AFFORD], grade(2, [], { matched_points: [AFFORD] }))).toBe(5);
    expect(followUpScore([AFFORD], grade(2, [], { matched_points: [] }))).toBe(1);
    expect(followUpScore([AFFORD, WRITING], grade(2, [], { matched_points: [WRITING] }))).toBe(3);
    expect(followUpScore([AFFORD], grade(2, [], { matched_points: [AFFORD], red_flags: ['Threatens'] }))).toBe(2);
  });

  it('lifts by half the gap, never past 4, never down without a flag, and keeps either answer\'s cap', () => {
    const none = { red_flags: [], conduct: [], fact_errors: [] };
    expect(liftedScore({ score: 2.8, ...none }, { score: 5, ...none })).toBe(3.9);
    expect(liftedScore({ score: 3.6, ...none }, { score: 5, ...none })).toBe(4);
    expect(liftedScore({ score: 3, ...none }, { score: 1, ...none })).toBe(3);
    expect(liftedScore({ score: 3, ...none }, { score: 2, ...none, red_flags: ['x'] })).toBe(2);
    expect(liftedScore({ score: 1.8, ...none, red_flags: ['x'] }, { score: 5, ...none })).toBe(2);
    expect(liftedScore({ score: 2, ...none, fact_errors: [{ claim: 'a', correct: 'b', words: 'c' }] }, { score: 5, ...none })).toBe(2.5);
    expect(liftedScore({ score: 2.5, ...none }, { score: null, ...none })).toBe(2.5);
  });

  it('records what the follow-up answer recovered', () => {
    const main = grade(2.8, [AFFORD]);
    const choice = chooseFollowUp(card, main)!;
    const f = answered(choice, main, 'budget', grade(3, [], { matched_points: [AFFORD] }), [AFFORD]);
    expect(f).toMatchObject({ score: 5, main_score: 2.8, final_score: 3.9, recovered_points: [AFFORD], source: 'card', target: AFFORD });
  });

  it('says which point a low follow-up answer still did not make, and nothing once it is made', () => {
    const main = grade(2.8, [AFFORD]);
    const choice = chooseFollowUp(card, main)!;
    const missed = answered(choice, main, 'I would be kind to her', grade(2, [AFFORD], { matched_points: [] }), [AFFORD]);
    expect(missed.score).toBe(1);
    expect(stillMissing(missed)).toEqual([AFFORD]);
    expect(renderFollowUpOutcome(missed, { colour: new Chalk({ level: 0 }), width: 80 }).join('\n')).toContain(`✗ still missing: ${AFFORD}`);
    const made = answered(choice, main, 'budget', grade(3, [], { matched_points: [AFFORD] }), [AFFORD]);
    expect(stillMissing(made)).toEqual([]);
    expect(renderFollowUpOutcome(made, { colour: new Chalk({ level: 0 }), width: 80 }).join('\n')).not.toContain('still missing');
  });
});
