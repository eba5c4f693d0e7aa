import { describe, expect, it } from 'vitest';
import type { BankQuestion } from '../../../src/bank/model.js';
import { seededRandom, selectQuestions, shuffle } from '../../../src/selection/select.js';

function q(id: string, skills: string[], level = 'mid'): BankQuestion {
  return {
    id,
    text: id,
    roles: ['agent'],
    seniority: [level as BankQuestion['seniority'][number]],
    type: 'situational',
    skills,
    why_asked: 'x',
    how_to_answer: ['x'],
    what_not_to_say: ['x'],
    example_answer: 'x',
    source: { file: 'f.yaml', line: 1, col: 1, index: 0 },
  };
}

const pool = [
  ...Array.from({ length: 6 }, (_, i) => q(`neg-${i}`, ['negotiation'])),
  q('comp-1', ['compliance'], 'senior'),
  q('emp-1', ['empathy'], 'lead'),
  q('lead-1', ['leadership'], 'manager'),
];

describe('selectQuestions', () => {
  it('spreads picks across skills instead of clustering on the most common one', () => {
    const { questions } = selectQuestions(pool, { count: 4, random: seededRandom(1) });
    const skills = questions.map((x) => x.skills[0]);
    expect(new Set(skills).size).toBe(4);
  });

  it('depends only on the pool and the seed', () => {
    const a = selectQuestions(pool, { count: 5, random: seededRandom(42) }).questions.map((x) => x.id);
    const b = selectQuestions(pool, { count: 5, random: seededRandom(42) }).questions.map((x) => x.id);
    const c = selectQuestions(pool, { count: 5, random: seededRandom(43) }).questions.map((x) => x.id);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it('says how many are missing when the pool is smaller than the count', () => {
    const s = selectQuestions(pool.slice(0, 3), { count: 5, random: seededRandom(1) });
    expect(s.questions).toHaveLength(3);
    expect(s.shortBy).toBe(2);
  });

  it('holds back penalised questions (answered recently) and puts `first` ids first', () => {
    const penalty = (x: BankQuestion) => (x.id === 'comp-1' ? 10 : 0);
    const picked = selectQuestions(pool, { count: 8, random: seededRandom(3), penalty }).questions.map((x) => x.id);
    expect(picked).not.toContain('comp-1');
    const first = selectQuestions(pool, { count: 3, random: seededRandom(3), first: ['lead-1', 'missing-id'] }).questions;
    expect(first[0]!.id).toBe('lead-1');
  });

  it('prefers questions with a higher preference (weak skills)', () => {
    const preference = (x: BankQuestion) => (x.skills.includes('empathy') ? 10 : 0);
    const picked = selectQuestions(pool, { count: 1, random: seededRandom(9), preference }).questions;
    expect(picked[0]!.id).toBe('emp-1');
  });
});

describe('seededRandom and shuffle', () => {
  it('are reproducible and keep every item', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(7))).toEqual(shuffle([1, 2, 3, 4, 5], seededRandom(7)));
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(7)).sort()).toEqual([1, 2, 3, 4, 5]);
    const r = seededRandom(1);
    for (let i = 0; i < 100; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('recency from history', () => {
  it('holds back what was answered recently, fading over two weeks, and ignores skips', async () => {
    const { answerTimes, recencyPenalty } = await import('../../../src/selection/recency.js');
    const day = 24 * 3600 * 1000;
    const now = Date.parse('2026-11-23T12:00:00Z');
    const answer = (question: string, at: number, skipped = false) => ({
      v: 1 as const, kind: 'answer' as const, session: 's', question, at: new Date(at).toISOString(), answer: 'x', ...(skipped ? { skipped } : {}),
    });
    const times = answerTimes([answer('neg-0', now - 3600_000), answer('neg-1', now - 10 * day), answer('neg-2', now - 30 * day), answer('neg-3', now, true)]);
    const penalty = recencyPenalty(times, now);
    const p = (id: string) => penalty(pool.find((x) => x.id === id)!);
    expect(p('neg-0')).toBeGreaterThan(p('neg-1'));
    expect(p('neg-1')).toBeGreaterThan(p('neg-2'));
    expect(p('neg-3')).toBe(0);
    expect(p('comp-1')).toBe(0);
    const picked = selectQuestions(pool, { count: 3, random: seededRandom(5), penalty }).questions.map((x) => x.id);
    expect(picked).not.toContain('neg-0');
  });
});
