// Spaced review (FSRS through ts-fsrs) and weak-skill focus, with a fixed clock.
process.env.TZ = 'UTC';

import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../../src/bank/model.js';
import { seededRandom, selectQuestions } from '../../../src/selection/select.js';
import { weakness, weaknessPreference, weaknessProfile } from '../../../src/selection/focus.js';
import { ANSWERED_HOLD_BACK, answeredPenalty, buildSchedule, dueQuestions, failedToday, lastAnswers, ratingFor, reviewPlan } from '../../../src/selection/review.js';
import { historyOf } from '../../helpers/history.js';

function question(id: string, skills: string[] = ['negotiation'], seniority: string[] = ['mid']): BankQuestion {
  return {
    id,
    text: `Question ${id}?`,
    roles: ['agent'],
    seniority,
    type: 'situational',
    skills,
    why_asked: 'Why.',
    how_to_answer: ['Listen.'],
    what_not_to_say: ['Threats.'],
    example_answer: 'An example.',
    source: { file: 'test.yaml', line: 1, col: 1, index: 0 },
  } as BankQuestion;
}

const day = (d: string, time = '10:00') => new Date(`${d}T${time}:00.000Z`);

describe('score to FSRS rating', () => {
  it('uses the documented cut-offs: <2 again, <3 hard, <4 good, else easy', () => {
    expect([1, 1.9, 2, 2.9, 3, 3.9, 4, 5].map(ratingFor)).toEqual([
      Rating.Again, Rating.Again, Rating.Hard, Rating.Hard, Rating.Good, Rating.Good, Rating.Easy, Rating.Easy,
    ]);
  });
});

describe('reviewPlan with a fixed clock', () => {
  // One answer each on 1 November, 10:00 UTC (whole-day intervals, no fuzz: again 1 day,
  // hard 2 days, good 3 days, easy 8 days, for a first review).
  const records = historyOf({
    id: 's1',
    at: '2026-11-01T09:59:00Z',
    answers: [
      { question: 'q-again', score: 1.4, after: 1 },
      { question: 'q-hard', score: 2.5, after: 1 },
      { question: 'q-good', score: 3.5, after: 1 },
      { question: 'q-easy', score: 4.6, after: 1 },
    ],
  });
  const pool = ['q-again', 'q-hard', 'q-good', 'q-easy', 'q-new'].map((id) => question(id));

  it('nothing is due on the day of the answers', () => {
    expect(reviewPlan(records, day('2026-11-01', '23:00'), pool).dueIds).toEqual([]);
  });

  it('an "again" answer is due the next day, at any hour of it', () => {
    expect(reviewPlan(records, day('2026-11-02', '00:30'), pool).dueIds).toEqual(['q-again']);
    expect(reviewPlan(records, day('2026-11-02', '23:30'), pool).dueIds).toEqual(['q-again']);
  });

  it('hard, good and easy come due later, longest overdue first', () => {
    expect(reviewPlan(records, day('2026-11-03'), pool).dueIds).toEqual(['q-again', 'q-hard']);
    expect(reviewPlan(records, day('2026-11-04'), pool).dueIds).toEqual(['q-again', 'q-hard', 'q-good']);
    expect(reviewPlan(records, day('2026-11-08'), pool).dueIds).toEqual(['q-again', 'q-hard', 'q-good']);
    expect(reviewPlan(records, day('2026-11-09'), pool).dueIds).toEqual(['q-again', 'q-hard', 'q-good', 'q-easy']);
  });

  it('only questions in the pool (the filters) are offered', () => {
    expect(reviewPlan(records, day('2026-11-09'), pool.filter((q) => q.id !== 'q-hard')).dueIds).toEqual(['q-again', 'q-good', 'q-easy']);
  });

  it('a good review later pushes the next one further out', () => {
    const again = historyOf(
      { id: 's1', at: '2026-11-01T09:59:00Z', answers: [{ question: 'q', score: 3.5, after: 1 }] },
      { id: 's2', at: '2026-11-04T09:59:00Z', answers: [{ question: 'q', score: 3.5, after: 1 }] },
    );
    const card = buildSchedule(again).cards.get('q')!;
    expect(card.reviews).toBe(2);
    expect(card.card.due.getTime()).toBeGreaterThan(day('2026-11-10').getTime());
    expect(reviewPlan(again, day('2026-11-05'), [question('q')]).dueIds).toEqual([]);
  });

  it('skipped, ungraded and unscored answers are not reviews', () => {
    const odd = historyOf({
      id: 's1',
      at: '2026-11-01T09:59:00Z',
      answers: [
        { question: 'q-skip', skipped: true },
        { question: 'q-crash', ungraded: true },
        { question: 'q-none', score: null },
      ],
    });
    const schedule = buildSchedule(odd);
    expect([...schedule.cards.keys()]).toEqual([]);
    expect([...schedule.answered].sort()).toEqual(['q-crash', 'q-none']);
    expect(dueQuestions(schedule, day('2027-01-01'))).toEqual([]);
  });

  it('is the same whatever order the sessions were written in', () => {
    const a = historyOf({ id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 1 }] });
    const b = historyOf({ id: 's2', at: '2026-11-03T09:00:00Z', answers: [{ question: 'q', score: 4.5 }] });
    const due1 = buildSchedule([...a, ...b]).cards.get('q')!.card.due.toISOString();
    const due2 = buildSchedule([...b, ...a]).cards.get('q')!.card.due.toISOString();
    expect(due2).toBe(due1);
  });
});

describe('answeredPenalty (drill --review)', () => {
  const records = historyOf({
    id: 's1',
    at: '2026-11-01T09:59:00Z',
    answers: [
      { question: 'q-due', score: 1.2, after: 1 },
      { question: 'q-later', score: 4.8, after: 1 },
      { question: 'q-skipped', skipped: true },
    ],
  });

  it('holds back answered questions, not new or skipped ones', () => {
    const penalty = answeredPenalty(records);
    expect(penalty(question('q-later'))).toBe(ANSWERED_HOLD_BACK);
    expect(penalty(question('q-new'))).toBe(0);
    expect(penalty(question('q-skipped'))).toBe(0);
  });

  it('orders a review session: due first, then new, then answered but not due', () => {
    const pool = [question('q-later', ['negotiation']), question('q-due', ['empathy']), question('q-new-1', ['negotiation']), question('q-new-2', ['negotiation'])];
    const now = day('2026-11-02');
    const first = reviewPlan(records, now, pool).dueIds;
    expect(first).toEqual(['q-due']);
    for (let seed = 0; seed < 20; seed++) {
      const { questions } = selectQuestions(pool, { count: 4, random: seededRandom(seed), penalty: answeredPenalty(records), first });
      expect(questions[0]!.id).toBe('q-due');
      expect(questions.slice(1, 3).map((q) => q.id).sort()).toEqual(['q-new-1', 'q-new-2']);
      expect(questions[3]!.id).toBe('q-later');
    }
  });
});

describe('weaknessPreference (drill --focus weak)', () => {
  const records = historyOf(
    {
      id: 's1',
      at: '2026-11-01T09:00:00Z',
      answers: [
        { question: 'c1', skills: ['compliance'], score: 1.4, seniority: ['senior'] },
        { question: 'c2', skills: ['compliance'], score: 1.8, seniority: ['senior'] },
        { question: 'n1', skills: ['negotiation'], score: 4.8, seniority: ['junior'] },
        { question: 'n2', skills: ['negotiation'], score: 4.6, seniority: ['junior'] },
      ],
    },
    { id: 's2', at: '2026-11-02T09:00:00Z', answers: [{ question: 'c3', skills: ['compliance'], score: 1.5, seniority: ['senior'] }] },
  );

  it('averages recent scores per skill and level, pulled towards 3 by two virtual answers', () => {
    const { skills, levels } = weaknessProfile(records);
    expect(skills.get('compliance')).toBeCloseTo((1.4 + 1.8 + 1.5 + 6) / 5, 6);
    expect(skills.get('negotiation')).toBeCloseTo((4.8 + 4.6 + 6) / 4, 6);
    expect(levels.get('senior')).toBeCloseTo((1.4 + 1.8 + 1.5 + 6) / 5, 6);
    expect(weakness(1)).toBe(1);
    expect(weakness(4.5)).toBe(0);
    expect(weakness(5)).toBe(0);
  });

  it('prefers weak skills over strong ones, and unpractised skills sit in between', () => {
    const prefer = weaknessPreference(records);
    const weak = prefer(question('x', ['compliance'], ['senior']));
    const strong = prefer(question('y', ['negotiation'], ['junior']));
    const unknown = prefer(question('z', ['coaching'], ['lead']));
    expect(weak).toBeGreaterThan(unknown);
    expect(unknown).toBeGreaterThan(strong);
    // The weaker level adds to the same skill.
    expect(prefer(question('w', ['compliance'], ['senior']))).toBeGreaterThan(prefer(question('v', ['compliance'], ['junior'])));
  });

  it('with no scores, prefers nothing', () => {
    expect(weaknessPreference([])(question('x'))).toBe(0);
  });

  it('tilts a selection towards the weakest skill', () => {
    const pool = [
      ...Array.from({ length: 6 }, (_, i) => question(`comp-${i}`, ['compliance'], ['senior'])),
      ...Array.from({ length: 6 }, (_, i) => question(`nego-${i}`, ['negotiation'], ['junior'])),
    ];
    let weakPicked = 0;
    let plainPicked = 0;
    for (let seed = 0; seed < 30; seed++) {
      const focused = selectQuestions(pool, { count: 4, random: seededRandom(seed), preference: weaknessPreference(records) }).questions;
      const plain = selectQuestions(pool, { count: 4, random: seededRandom(seed) }).questions;
      weakPicked += focused.filter((q) => q.skills.includes('compliance')).length;
      plainPicked += plain.filter((q) => q.skills.includes('compliance')).length;
    }
    expect(weakPicked).toBeGreaterThan(plainPicked);
    expect(weakPicked / 120).toBeGreaterThanOrEqual(0.75);
  });
});

describe('drill --review: the last answer, and today\'s failures (--include-today)', () => {
  // Two sessions: q-a and q-b on 1 November; q-a again, q-c and a skipped q-d on 3 November.
  const records = historyOf(
    { id: 's1', at: '2026-11-01T11:00:00Z', answers: [{ question: 'q-a', score: 4.2 }, { question: 'q-b', score: 1.5 }] },
    {
      id: 's2',
      at: '2026-11-03T11:00:00Z',
      answers: [{ question: 'q-a', score: 1.8 }, { question: 'q-c', score: 2.9 }, { question: 'q-e', score: 3 }, { question: 'q-d', skipped: true }, { question: 'q-f', score: null }],
    },
  );
  const pool = ['q-a', 'q-b', 'q-c', 'q-d', 'q-e', 'q-f'].map((id) => question(id));

  it("keeps each question's latest scored answer, with its text and time", () => {
    const last = lastAnswers(records);
    expect(last.get('q-a')).toEqual({ at: '2026-11-03T11:01:00.000Z', score: 1.8, answer: 'An answer to q-a.' });
    expect(last.get('q-b')?.score).toBe(1.5);
    // A skipped answer and one scored by nobody are not a last score.
    expect(last.has('q-d')).toBe(false);
    expect(last.has('q-f')).toBe(false);
  });

  it('a question whose latest answer today scored below 3 is a failure of today, in the order answered', () => {
    const last = lastAnswers(records);
    expect(failedToday(last, day('2026-11-03', '18:00'), pool)).toEqual(['q-a', 'q-c']);
    // Not the next day (then FSRS has them due anyway): a failure is of the day it happened.
    expect(failedToday(last, day('2026-11-04', '12:00'), pool)).toEqual([]);
    expect(failedToday(last, day('2026-11-01', '18:00'), pool)).toEqual(['q-b']);
    // Only among the questions the filters allow.
    expect(failedToday(last, day('2026-11-03', '18:00'), pool.filter((q) => q.id !== 'q-a'))).toEqual(['q-c']);
  });

  it('a failure passed on a later try the same day is no longer a failure', () => {
    const retried = [...records, ...historyOf({ id: 's3', at: '2026-11-03T15:00:00Z', answers: [{ question: 'q-a', score: 4 }] })];
    expect(failedToday(lastAnswers(retried), day('2026-11-03', '18:00'), pool)).toEqual(['q-c']);
  });
});
