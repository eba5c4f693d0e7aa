import { describe, expect, it } from 'vitest';
import { capGrade, cappedGrader } from '../../../src/grading/caps.js';
import type { Grade } from '../../../src/grading/result.js';
import { QUESTION } from '../../helpers/llm-fixtures.js';

function grade(extra: Partial<Grade> = {}): Grade {
  return {
    grader: 'llm',
    score: 4,
    criteria: [
      { name: 'negotiation', score: 4, comment: 'ok' },
      { name: 'compliance', score: 5, comment: 'ok' },
    ],
    matched_points: [],
    missing_points: [],
    red_flags: [],
    feedback: 'Good.',
    suggestions: [],
    ...extra,
  };
}

describe('score caps (one place, every grader)', () => {
  it('leaves a grade with no flag and no fact error alone', () => {
    const g = grade();
    expect(capGrade(g)).toBe(g);
  });

  it('holds a grade with a red flag at 2, criteria included, and says why', () => {
    const capped = capGrade(grade({ red_flags: ['Threatens arrest'] }));
    expect(capped.score).toBe(2);
    expect(capped.criteria.map((c) => c.score)).toEqual([2, 2]);
    expect(capped.feedback).toMatch(/held at 2 because the answer shows a red flag/);
    expect(capGrade(capped)).toEqual(capped);
  });

  it('holds a grade with a conduct entry at 2, and one with a fact error at 2.5', () => {
    expect(capGrade(grade({ conduct: [{ rule: 'third-party-disclosure', citation: 'FDCPA §1692c(b)', words: 'told his mother' }] })).score).toBe(2);
    const fact = capGrade(grade({ fact_errors: [{ claim: '7 a day', correct: '7 in 7 days', words: 'seven times a day' }] }));
    expect(fact.score).toBe(2.5);
    expect(fact.criteria.map((c) => c.score)).toEqual([3, 3]);
  });

  it('keeps a lower score as it is, and an ungraded one ungraded', () => {
    expect(capGrade(grade({ score: 1.5, red_flags: ['x'], criteria: [] })).score).toBe(1.5);
    expect(capGrade(grade({ score: null, red_flags: ['x'] })).score).toBeNull();
  });

  it('applies to whatever a wrapped grader returns', async () => {
    const inner = { kind: 'llm' as const, grade: async () => grade({ score: 4.5, red_flags: ['Threatens arrest'] }) };
    expect((await cappedGrader(inner).grade(QUESTION, 'x')).score).toBe(2);
  });
});
