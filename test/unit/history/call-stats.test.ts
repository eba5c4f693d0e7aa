import { describe, expect, it } from 'vitest';
import { CallRecord } from '../../../src/history/call-records.js';
import { callStats } from '../../../src/history/call-stats.js';
import { callLine } from './call-line.js';

const record = (at: string, score: number, ended: 'script' | 'interrupted') => {
  const raw = JSON.parse(callLine(at, 'Hardship', score)) as { report: { ended: string } };
  raw.report.ended = ended;
  return CallRecord.parse(raw);
};

describe('call statistics', () => {
  it('leave interrupted calls out of the averages but count and list them (a new user: one turn, then Ctrl-C, scored 1.0 and pulled the average down)', () => {
    const s = callStats([record('2026-12-01T10:00:00.000Z', 4, 'script'), record('2026-12-02T10:00:00.000Z', 1, 'interrupted')]);
    expect(s).toMatchObject({ calls: 2, interrupted: 1, average: 4 });
    expect(s.recent.map((r) => r.score)).toEqual([1, 4]);
  });
});
