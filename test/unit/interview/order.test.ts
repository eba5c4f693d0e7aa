import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import { bankIndex, nearDuplicates } from '../../../src/grading/offline/relevance.js';
import { interviewOrder } from '../../../src/interview/order.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { seededRandom } from '../../../src/selection/select.js';

const bank = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } }).bank;
const order = (role: string, level: string, seed: number, count = 6, jurisdiction?: string) =>
  interviewOrder(bank, { role, level, count, random: seededRandom(seed), ...(jurisdiction ? { jurisdiction } : {}) });

describe("an interviewer's order", () => {
  for (const [role, level] of [['agent', 'junior'], ['agent', 'senior'], ['supervisor', 'lead'], ['supervisor', 'director']] as const) {
    it(`${role} ${level}: opens and closes with motivational cards, the level's own first, one stretch, no near-duplicates`, () => {
      for (const seed of [1, 2, 3]) {
        const o = order(role, level, seed);
        expect(o.questions).toHaveLength(6);
        expect(o.stages[0]).toBe('opening');
        expect(o.stages.at(-1)).toBe('closing');
        expect(o.questions[0]!.type).toBe('motivational');
        expect(o.questions.at(-1)!.type).toBe('motivational');
        expect(o.questions[0]!.seniority).toContain(level);
        const middle = o.questions.slice(1, -1);
        expect(middle.every((q) => q.type !== 'motivational')).toBe(true);
        expect(new Set(o.questions.map((q) => q.id)).size).toBe(6);
        const stages = o.stages.slice(1, -1);
        // The level's own first, then the stretch, which is from the level above.
        const stretchAt = stages.indexOf('stretch');
        if (level !== 'director') {
          expect(stages.filter((s) => s === 'stretch')).toHaveLength(1);
          expect(stretchAt).toBe(stages.length - 1);
          expect(middle[stretchAt]!.seniority).not.toContain(level);
        }
        for (const q of middle.filter((_, i) => stages[i] === 'main')) expect(q.seniority).toContain(level);
        const index = bankIndex(bank.questions);
        for (const q of o.questions) for (const other of o.questions) if (q !== other) expect(nearDuplicates(index, q.id).has(other.id)).toBe(false);
      }
    });
  }

  it('spreads the types: behavioural before situational before technical, more than one type', () => {
    const o = order('agent', 'mid', 5, 8);
    const types = o.questions.slice(1, -1).filter((_, i) => o.stages[i + 1] === 'main').map((q) => q.type);
    expect(new Set(types).size).toBeGreaterThan(1);
    const rank = (t: string) => ['behavioral', 'situational', 'technical'].indexOf(t);
    expect(types.map(rank)).toEqual([...types.map(rank)].sort((a, b) => a - b));
  });

  it('is the same for the same seed, and keeps to the jurisdiction', () => {
    expect(order('agent', 'senior', 9).questions.map((q) => q.id)).toEqual(order('agent', 'senior', 9).questions.map((q) => q.id));
    const uk = order('agent', 'senior', 9, 6, 'uk');
    expect(uk.questions.every((q) => q.jurisdiction !== 'us')).toBe(true);
  });

  it('the top of a ladder has no level above: no stretch', () => {
    const o = order('supervisor', 'director', 4);
    expect(o.stages).not.toContain('stretch');
    expect(o.stretchLevel).toBeUndefined();
  });
});
