import { describe, expect, it } from 'vitest';
import { gradeAll, spearman } from './calibration.js';

const rows = gradeAll();

describe('offline grader calibration (labelled set in test/calibration)', () => {
  it('has a set big enough to mean something: 40+ answers over 8+ questions, with every trap', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.question)).size).toBeGreaterThanOrEqual(8);
    const traps = new Set(rows.map((r) => r.trap));
    for (const trap of ['negated-red-flag', 'keyword-stuffing', 'off-topic', 'very-short', 'paraphrase', 'harmful']) {
      expect(traps, trap).toContain(trap);
    }
  });

  it('ranks answers like the labels do (Spearman >= 0.8)', () => {
    const rho = spearman(rows.map((r) => r.label), rows.map((r) => r.grade.score ?? 0));
    expect(rho).toBeGreaterThanOrEqual(0.8);
  });

  // The second edition flags conduct by rule; harm that breaks no conduct rule (blaming another
  // team, refusing to talk) is held down by the score instead.
  it('raises a red flag on every harmful answer, or scores it 2 or below', () => {
    const missed = rows.filter((r) => r.harmful && r.grade.red_flags.length === 0 && r.grade.score! > 2).map((r) => `${r.question}: ${r.answer.slice(0, 60)}`);
    expect(missed).toEqual([]);
    expect(rows.filter((r) => r.harmful && r.grade.red_flags.length > 0).length).toBeGreaterThanOrEqual(rows.filter((r) => r.harmful).length - 1);
  });

  it('raises no red flag on any answer labelled 4 or 5', () => {
    const wrong = rows.filter((r) => r.label >= 4 && r.grade.red_flags.length > 0).map((r) => `${r.question}: ${r.grade.red_flags.join('; ')}`);
    expect(wrong).toEqual([]);
  });

  // Off-topic answers are held by relevance against the whole bank; one about another trade that
  // shares words with its own card ("an email sequence" for a dunning-letter sequence) is held by
  // the score alone, which may leave it a little above 2.5.
  it('keeps keyword lists and very short answers at 2 or below, off-topic ones below 3', () => {
    const traps = rows.filter((r) => ['keyword-stuffing', 'very-short'].includes(r.trap));
    expect(traps.filter((r) => (r.grade.score ?? 5) > 2).map((r) => `${r.trap} ${r.question} ${r.grade.score}`)).toEqual([]);
    const off = rows.filter((r) => r.trap === 'off-topic');
    expect(off.filter((r) => (r.grade.score ?? 5) >= 3).map((r) => `${r.question} ${r.grade.score}`)).toEqual([]);
  });

  it('scores paraphrased strong answers above the weak ones on the same question', () => {
    for (const p of rows.filter((r) => r.trap === 'paraphrase')) {
      const weak = rows.filter((r) => r.question === p.question && r.label <= 2);
      for (const w of weak) expect(p.grade.score!, `${p.question}`).toBeGreaterThan(w.grade.score!);
    }
  });
});

describe('spearman', () => {
  it('is 1 for the same order, -1 for the reverse, and handles ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2, 2], [1, 1, 2, 2])).toBeCloseTo(1);
  });
});
