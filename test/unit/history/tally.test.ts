// One tally behind both per-session summaries: the end-of-drill summary and a session's row in
// `stats` must give the same counts and averages for the same answers.
import { describe, expect, it } from 'vitest';
import { rebuildSessions } from '../../../src/history/sessions.js';
import { computeStats } from '../../../src/history/stats.js';
import { tallyAnswers } from '../../../src/history/tally.js';
import { summarise } from '../../../src/session/summary.js';
import { historyOf } from '../../helpers/history.js';

const sessions = rebuildSessions(
  historyOf({
    id: 's1',
    at: '2026-11-20T09:00:00Z',
    role: 'agent',
    answers: [
      { question: 'a1', score: 2, skills: ['negotiation', 'compliance'], criteria: { negotiation: 2, compliance: 1 } },
      { question: 'a2', score: 3.3, skills: ['empathy', 'negotiation'] },
      { question: 'a3', skipped: true },
      { question: 'a4', score: 4.6, skills: ['empathy'] },
    ],
  }),
);

describe('tallyAnswers', () => {
  it('counts answers, skips, scores and what each answer says of its skills', () => {
    const t = tallyAnswers(sessions[0]!.items);
    expect([t.count, t.answered, t.n, Math.round(t.sum * 10) / 10]).toEqual([4, 3, 3, 9.9]);
    expect(Object.fromEntries([...t.skills].map(([k, a]) => [k, [Math.round(a.sum * 10) / 10, a.n]]))).toEqual({
      negotiation: [5.3, 2],
      compliance: [1, 1],
      empathy: [7.9, 2],
    });
  });

  it('gives the drill summary and the stats row of a session the same numbers', () => {
    const session = sessions[0]!;
    const summary = summarise(session.items.map((i) => i.entry), session.info);
    const row = computeStats(sessions, new Date('2026-11-25T12:00:00Z')).sessions[0]!;
    expect(summary.average).toBe(3.3);
    expect([row.average, row.answered, row.count, row.by_skill]).toEqual([summary.average, summary.answered, summary.count, summary.by_skill]);
    expect(summary.skipped).toBe(row.count - row.answered);
  });
});
