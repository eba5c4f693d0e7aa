// The end-of-session summary: what it tells the candidate to drill next.
import { describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../src/grading/entry.js';
import { summarise } from '../../../src/session/summary.js';

function entry(id: string, score: number, criteria: Record<string, number>, flagged = false): ResultEntry {
  return {
    id,
    question: `Question ${id}?`,
    answer: 'An answer.',
    seniority: ['mid'],
    type: 'situational',
    skills: Object.keys(criteria),
    grader: 'offline',
    score,
    criteria: Object.entries(criteria).map(([name, s]) => ({ name, score: s, comment: '' })),
    matched_points: [],
    missing_points: [],
    red_flags: flagged ? ['Contacts the customer at an unreasonable hour (before 8 a.m. or after 9 p.m.)'] : [],
    conduct: flagged ? [{ rule: 'inconvenient-time', citation: 'FDCPA §1692c(a)(1)', words: 'keep dialling until 10 p.m.' }] : [],
    fact_errors: [],
    feedback: '',
    suggestions: [],
  };
}

describe('summarise', () => {
  it('picks the skills to drill next from answers no flag held down, and still averages every answer', () => {
    const results = [
      entry('queue', 2, { leadership: 2, 'workforce-planning': 2 }, true),
      entry('coaching', 3.2, { coaching: 3, compliance: 4 }),
      entry('scorecard', 4.6, { leadership: 5, compliance: 5 }),
    ];
    const s = summarise(results, { role: 'supervisor' });
    // The flagged answer's capped skills count in the averages shown...
    expect(s.by_skill.leadership).toBe(3.5);
    expect(s.by_skill['workforce-planning']).toBe(2);
    // ...but the breach, which the verdict names, is not read as weak leadership or planning.
    expect(s.weakest).toEqual(['coaching']);
    expect(s.next_command).toMatch(/--skill coaching$/);
    expect(s.worrying.map((w) => w.id)).toEqual(['queue']);
  });

  it('names no skill to drill when every low score is a flagged answer', () => {
    const s = summarise([entry('queue', 2, { leadership: 2 }, true), entry('scorecard', 4.6, { compliance: 5 })], { role: 'supervisor' });
    expect(s.weakest).toEqual([]);
    expect(s.next_command).toBeUndefined();
  });
});
