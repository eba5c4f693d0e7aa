import { describe, expect, test } from 'vitest';
import { gradeQa, namedLine, parseFindings, qaReport } from '../../../src/call/qa.js';
import { builtinBank } from './fixtures.js';

const bank = () => builtinBank().bank;
const review = () => bank().scenarios.find((s) => s.id === 'us-qa-review-first-call')!;
const session = { id: 's', started_at: '2026-12-01T00:00:00.000Z', grader: 'offline' as const, mode: 'batch' as const };

describe('QA findings', () => {
  test('are read one a line (bullets and numbers aside) or in blocks between ---', () => {
    expect(parseFindings('- line 1: late call\n\n* line 5: threat of arrest\n2) borrowing\n')).toEqual(['line 1: late call', 'line 5: threat of arrest', 'borrowing']);
    expect(parseFindings('first\nstill first\n---\nsecond')).toEqual(['first still first', 'second']);
  });

  test('name their line as "line 5", "turn 5", "#5", "L5" or a leading "5:"', () => {
    expect([namedLine('line 5: x'), namedLine('Turn 3 - y'), namedLine('#7 z'), namedLine('L2 w'), namedLine('9: v'), namedLine('no line')]).toEqual([5, 3, 7, 2, 9, undefined]);
  });

  test('are scored as found, missed and invented against the answer key', () => {
    const r = gradeQa(review(), [
      'line 1: the call was at 9:40 pm, too late',
      'line 5: threatened to have her arrested for fraud',
      'line 5: threatened arrest again', // the same breach twice: not invented
      'line 8: the agent swore at her', // not in the call
    ]);
    expect(r.found.map((f) => f.rule)).toEqual(['inconvenient-time', 'threat-arrest']);
    expect(r.missed.map((m) => m.rule)).toEqual(['skipping-id-checks', 'no-disclosure', 'borrowing-pressure', 'excessive-contact']);
    expect(r.invented).toEqual(['line 8: the agent swore at her']);
  });

  test('a finding that names a line finds every breach on it that it describes', () => {
    const r = gradeQa(review(), ['line 3: no identity verification and no mini-Miranda disclosure']);
    expect(r.found.map((f) => f.rule)).toEqual(['skipping-id-checks', 'no-disclosure']);
  });

  test('a finding on the wrong line (more than one away) does not count', () => {
    expect(gradeQa(review(), ['line 9: threatened arrest']).found).toEqual([]);
  });

  test('the report: all found is 5, invented findings cost half a breach each, the key on its lines', () => {
    const s = review();
    const all = qaReport({ scenario: s, findings: s.qa!.breaches.map((b) => `line ${b.line}: ${b.signals[0]}`), session, skillNames: bank().skills });
    expect(all.score).toBe(5);
    expect(all.qa!.missed).toEqual([]);
    expect(all.transcript[4]!.flags[0]).toMatchObject({ rule: 'threat-arrest', source: 'key', citation: 'FDCPA §1692e(4), §1692e(7)' });
    const some = qaReport({ scenario: s, findings: ['line 5: arrest threat', 'line 2: she was rude'], session, skillNames: bank().skills });
    // 1 found, 1 invented, of 6: (1 - 0.5) / 6.
    expect(some.score).toBe(Math.round((1 + (4 * 0.5) / 6) * 10) / 10);
    expect(some.feedback.text).toMatch(/You found 1 of 6 breaches, and listed 1 that the call does not have/);
  });
});
