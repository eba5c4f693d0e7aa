// The maths of `stats`: averages, per-skill progress, streak, week, counts, due reviews, filters.
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { parseSince, startOfWeek } from '../../../src/history/dates.js';
import { rebuildSessions } from '../../../src/history/sessions.js';
import { computeStats, streak } from '../../../src/history/stats.js';
import { historyOf, type SessionSpec } from '../../helpers/history.js';

const NOW = new Date('2026-11-25T12:00:00Z'); // a Wednesday

function stats(specs: SessionSpec[], now = NOW, filter = {}) {
  return computeStats(rebuildSessions(historyOf(...specs)), now, filter);
}

const WEEK: SessionSpec[] = [
  {
    id: 's1',
    at: '2026-11-20T09:00:00Z',
    role: 'agent',
    answers: [
      { question: 'a1', score: 2, skills: ['negotiation', 'compliance'], criteria: { negotiation: 2, compliance: 1 }, seniority: ['junior'], missing: ['Confirms in writing'] },
      { question: 'a2', score: 3, skills: ['empathy'], seniority: ['mid'], missing: ['Confirms in writing'], red: ['Threatens court'] },
    ],
  },
  {
    id: 's2',
    at: '2026-11-23T18:00:00Z', // Monday
    role: 'agent',
    answers: [
      { question: 'a3', score: 3.5, skills: ['negotiation'], seniority: ['mid', 'senior'] },
      { question: 'a4', skipped: true },
    ],
  },
  {
    id: 's3',
    at: '2026-11-24T08:00:00Z',
    role: 'supervisor',
    answers: [{ question: 'b1', score: 4.5, skills: ['coaching', 'negotiation'], roles: ['supervisor'], seniority: ['lead'] }],
  },
  {
    id: 's4',
    at: '2026-11-25T07:00:00Z',
    role: 'agent',
    answers: [{ question: 'a1', score: 4.4, skills: ['negotiation', 'compliance'], criteria: { negotiation: 5, compliance: 4 }, seniority: ['junior'] }],
  },
];

describe('computeStats', () => {
  const s = stats(WEEK);

  it('counts sessions, answers, skipped ones and the average of scored answers', () => {
    expect(s.totals).toEqual({ sessions: 4, answers: 5, scored: 5, skipped: 1, average: 3.5, first_day: '2026-11-20', last_day: '2026-11-25' });
  });

  it('averages each session, and each skill within it (criterion scores where the grader gave them)', () => {
    expect(s.sessions.map((p) => [p.id, p.average, p.answered, p.count])).toEqual([
      ['s1', 2.5, 2, 2],
      ['s2', 3.5, 1, 2],
      ['s3', 4.5, 1, 1],
      ['s4', 4.4, 1, 1],
    ]);
    expect(s.sessions[0]!.by_skill).toEqual({ compliance: 1, empathy: 3, negotiation: 2 });
  });

  it('follows each skill over time: its average, its series by session, its answer count', () => {
    const nego = s.skills.find((k) => k.skill === 'negotiation')!;
    expect(nego.series.map((p) => [p.session, p.average])).toEqual([
      ['s1', 2],
      ['s2', 3.5],
      ['s3', 4.5],
      ['s4', 5],
    ]);
    expect(nego.answers).toBe(4);
    expect(nego.average).toBe(3.8); // (2 + 3.5 + 4.5 + 5) / 4 = 3.75
    expect(s.skills.map((k) => k.skill)).toEqual(['coaching', 'compliance', 'empathy', 'negotiation']);
    expect(s.skills.find((k) => k.skill === 'compliance')!.average).toBe(2.5);
  });

  it('names up to three weakest skills below 4, weakest first, from the answers no flag held down', () => {
    // a2 (empathy 3) has a red flag: a flag caps every skill of its card, so it says nothing of empathy.
    expect(s.weakest).toEqual([
      { skill: 'compliance', average: 2.5 },
      { skill: 'negotiation', average: 3.8 },
    ]);
    expect(s.skills.find((k) => k.skill === 'empathy')!.average).toBe(3);
  });

  it('a conduct rule or a wrong fact keeps an answer out of the weakest skills too', () => {
    const held = stats([
      {
        id: 'h1',
        at: '2026-11-24T09:00:00Z',
        role: 'agent',
        answers: [
          { question: 'q1', score: 2, skills: ['leadership'], conduct: true },
          { question: 'q2', score: 2.5, skills: ['workforce-planning'], factError: true },
          { question: 'q3', score: 3, skills: ['negotiation'] },
        ],
      },
    ]);
    expect(held.weakest).toEqual([{ skill: 'negotiation', average: 3 }]);
    expect(held.skills.map((k) => k.skill)).toEqual(['leadership', 'negotiation', 'workforce-planning']);
  });

  it('a question tried twice in a session counts once by role and level, and twice as answers', () => {
    const retry = stats([
      {
        id: 'r1',
        at: '2026-11-24T09:00:00Z',
        role: 'agent',
        answers: [
          { question: 'a1', score: 2, skills: ['negotiation'], seniority: ['junior'] },
          { question: 'a1', score: 4, skills: ['negotiation'], seniority: ['junior'] },
          { question: 'a2', score: 3, skills: ['negotiation'], seniority: ['mid'] },
        ],
      },
    ]);
    expect(retry.answered_by).toEqual({ agent: { total: 2, levels: { junior: 1, mid: 1 } } });
    expect(retry.totals.answers).toBe(3);
  });

  it('counts answered questions by role and level (a two-level question under both)', () => {
    expect(s.answered_by).toEqual({
      agent: { total: 4, levels: { junior: 2, mid: 2, senior: 1 } },
      supervisor: { total: 1, levels: { lead: 1 } },
    });
  });

  it('counts recurring gaps (two answers or more) and every red flag', () => {
    expect(s.recurring_gaps).toEqual([{ point: 'Confirms in writing', count: 2 }]);
    expect(s.red_flags).toEqual([{ flag: 'Threatens court', count: 1 }]);
  });

  it('streak: consecutive days ending today; this week: since Monday', () => {
    expect(s.streak_days).toBe(3); // 23rd, 24th, 25th (not the 20th)
    expect(s.sessions_this_week).toBe(3);
    expect(s.week_start).toBe('2026-11-23');
  });

  it('due today: reviews falling on or before today', () => {
    // a1 was last answered today (easy): not due. a2 (good, 20th) due 23rd; a3 (good, 23rd) due
    // 26th; b1 (easy, 24th) due 2 Dec.
    expect(s.due_today).toBe(1);
    expect(stats(WEEK, new Date('2026-11-26T23:00:00Z')).due_today).toBe(2);
  });

  it('--role narrows everything to that role, due reviews included', () => {
    const sup = stats(WEEK, NOW, { role: 'supervisor' });
    expect(sup.totals.sessions).toBe(1);
    expect(sup.totals.average).toBe(4.5);
    expect(sup.answered_by).toEqual({ supervisor: { total: 1, levels: { lead: 1 } } });
    expect(sup.due_today).toBe(0);
    expect(stats(WEEK, NOW, { role: 'agent' }).due_today).toBe(1);
    expect(sup.filters.role).toBe('supervisor');
  });

  it('--since keeps answers from that moment on', () => {
    const since = stats(WEEK, NOW, { since: parseSince('2026-11-24') });
    expect(since.sessions.map((p) => p.id)).toEqual(['s3', 's4']);
    expect(since.totals.first_day).toBe('2026-11-24');
    expect(since.streak_days).toBe(2);
  });

  it("a mock interview's row is its verdict's average, where a skipped question counts as 1 (a new user saw 2.9 and 2.6)", () => {
    const records = historyOf({ id: 'iv', at: '2026-11-24T10:00:00Z', answers: [{ question: 'a', score: 3 }, { question: 'b', score: 4 }, { question: 'c', skipped: true }] });
    const end = records.pop()!;
    records.push({ v: 1, kind: 'verdict', session: 'iv', at: '2026-11-24T10:10:00Z', verdict: { outcome: 'not-yet', reasons: [], bar: 3, average: 2.7 } }, end);
    const st = computeStats(rebuildSessions(records), NOW, {});
    expect(st.sessions[0]!.average).toBe(2.7);
    // A drill session with the same answers keeps the average of what was scored.
    expect(stats([{ id: 'd', at: '2026-11-24T10:00:00Z', answers: [{ question: 'a', score: 3 }, { question: 'b', score: 4 }, { question: 'c', skipped: true }] }]).sessions[0]!.average).toBe(3.5);
  });

  it('an empty history gives zeros, not errors', () => {
    const empty = computeStats([], NOW);
    expect(empty.totals).toEqual({ sessions: 0, answers: 0, scored: 0, skipped: 0, average: null, first_day: null, last_day: null });
    expect(empty.streak_days).toBe(0);
    expect(empty.due_today).toBe(0);
    expect(empty.skills).toEqual([]);
  });

  it('a session scored by nobody counts as practice, without an average', () => {
    const none = stats([{ id: 'n', at: '2026-11-25T08:00:00Z', grader: 'none', answers: [{ question: 'q', score: null }] }]);
    expect(none.totals).toMatchObject({ sessions: 1, answers: 1, scored: 0, average: null });
    expect(none.sessions[0]!.average).toBeNull();
    expect(none.streak_days).toBe(1);
  });
});

describe('streak', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('ends today, or yesterday when today has no session yet', () => {
    expect(streak(new Set(['2026-11-25', '2026-11-24', '2026-11-23']), now)).toBe(3);
    expect(streak(new Set(['2026-11-24', '2026-11-23']), now)).toBe(2);
    expect(streak(new Set(['2026-11-23']), now)).toBe(0);
    expect(streak(new Set(), now)).toBe(0);
    expect(streak(new Set(['2026-11-25', '2026-11-23']), now)).toBe(1);
  });
  it('crosses month and year ends', () => {
    expect(streak(new Set(['2027-01-01', '2026-12-31', '2026-12-30']), new Date('2027-01-01T08:00:00Z'))).toBe(3);
    expect(streak(new Set(['2026-12-01', '2026-11-30']), new Date('2026-12-01T08:00:00Z'))).toBe(2);
  });
});

describe('dates', () => {
  it('weeks start on Monday', () => {
    expect(startOfWeek(new Date('2026-11-29T23:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Sunday
    expect(startOfWeek(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z'); // Monday
  });
  it('--since takes a date or an ISO date-time, and refuses anything else', () => {
    expect(parseSince('2026-11-01')?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseSince('2026-11-01T10:30:00Z')?.toISOString()).toBe('2026-11-01T10:30:00.000Z');
    expect(parseSince('2026-11-01T10:30:00+02:00')?.toISOString()).toBe('2026-11-01T08:30:00.000Z');
    for (const bad of ['2026-13-01', '2026-02-30', 'yesterday', '01/11/2026', '', '2026-11', '2026-11-01T25:00:00Z']) expect(parseSince(bad), bad).toBeUndefined();
  });
});

describe('levels by role follow each role\'s ladder (issue 11)', () => {
  const ladders = new Map([
    ['supervisor', { id: 'supervisor', name: 'Supervisor track', levels: [
      { id: 'mid' as const, title: 'Collection Specialist' },
      { id: 'lead' as const, title: 'Collection Supervisor' },
      { id: 'senior' as const, title: 'Senior Collection Supervisor' },
    ] }],
  ]);
  const specs: SessionSpec[] = [
    {
      id: 'x1',
      at: '2026-11-24T09:00:00Z',
      role: 'supervisor',
      answers: [
        { question: 'q1', score: 3, skills: ['coaching'], seniority: ['senior'] },
        { question: 'q2', score: 3, skills: ['coaching'], seniority: ['lead'] },
        { question: 'q3', score: 3, skills: ['coaching'], seniority: ['mid'] },
      ],
    },
  ];

  it('a declared role goes up its own ladder, with the job titles', () => {
    const s = stats(specs, NOW, { ladders });
    expect(Object.keys(s.answered_by.supervisor!.levels)).toEqual(['mid', 'lead', 'senior']);
    expect(s.answered_by.supervisor!.titles).toEqual({ mid: 'Collection Specialist', lead: 'Collection Supervisor', senior: 'Senior Collection Supervisor' });
  });

  it('without its ladder, the global order (senior before lead) and no titles', () => {
    const s = stats(specs);
    expect(s.answered_by.supervisor).toEqual({ total: 3, levels: { mid: 1, senior: 1, lead: 1 } });
    expect(Object.keys(s.answered_by.supervisor!.levels)).toEqual(['mid', 'senior', 'lead']);
  });

  it('the stats text shows each level with its title', async () => {
    const { renderStatsText } = await import('../../../src/report/stats-text.js');
    const text = renderStatsText(stats(specs, NOW, { ladders }));
    expect(text).toMatch(/^\s+supervisor\s+all levels\s+3$/m);
    expect(text).toMatch(/^\s+lead\s+Collection Supervisor\s+1$/m);
    expect(text.indexOf('Collection Specialist')).toBeLessThan(text.indexOf('Senior Collection Supervisor'));
  });
});
