// Issue 6 end to end: `stats` and `history`, spawning the built CLI with a data folder of its own.
// History comes from real batch sessions (`drill --answers` with --seed) or from JSON-lines
// fixtures with known dates.
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, tempDir, type RunResult } from '../helpers/cli.js';
import { earlierToday, historyOf, jsonl } from '../helpers/history.js';

const ANSWERS = [
  'First I would review the account history. Then I would ask why they cannot pay, listen, and offer a payment plan they can afford, within the FDCPA, and confirm it in writing.',
  'I would tell them to pay now or we will take them to court.',
  'I would acknowledge how hard this is, check whether they are vulnerable, and agree a small first payment, then follow up as agreed.',
].join('\n---\n');

function expectOneLineError(r: RunResult, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe('stats and history over real drill sessions', () => {
  const home = tempDir();
  const reports: { id: string; json: { session: { id: string }; results: { id: string; score: number | null }[]; summary: unknown } }[] = [];
  afterAll(() => home.cleanup());

  beforeAll(async () => {
    for (const [role, seed] of [
      ['agent', 3],
      ['supervisor', 5],
    ] as const) {
      const r = await run(['drill', '--role', role, '--seed', String(seed), '--answers', '-', '--format', 'json'], { input: ANSWERS, home: home.dir });
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      reports.push({ id: json.session.id, json });
    }
  });

  it('stats: text that fits 80 columns and reads without colour', async () => {
    const r = await run(['stats'], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Progress: 2 sessions, 6 answers, average \d\.\d\/5, on \d{4}-\d\d-\d\d$/m);
    expect(r.stdout).toMatch(/Streak: 1 day · This week: 2 sessions · Due for review today: 0/);
    expect(r.stdout).toContain('Scores by session');
    expect(r.stdout).toMatch(/█+░*\s+\d\.\d/);
    expect(r.stdout).toContain('Skills: average, and trend by session');
    expect(r.stdout).toContain('Questions answered, by role and level');
    expect(r.stdout).toMatch(/^\s+agent\s+.*\s3$/m);
    expect(r.stdout).toMatch(/^\s+supervisor\s+.*\s3$/m);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('stats --format json agrees with the session reports', async () => {
    const r = await run(['stats', '--format', 'json'], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.totals).toMatchObject({ sessions: 2, answers: 6, scored: 6, skipped: 0 });
    expect(stats.sessions.map((s: { id: string }) => s.id).sort()).toEqual(reports.map((x) => x.id).sort());
    for (const report of reports) {
      const point = stats.sessions.find((s: { id: string }) => s.id === report.id);
      expect(point.average).toBe((report.json.summary as { average: number }).average);
    }
    expect(stats.streak_days).toBe(1);
    expect(stats.due_today).toBe(0);
    expect(Object.keys(stats.answered_by).sort()).toEqual(['agent', 'supervisor']);
  });

  it('stats --role and --since narrow it; a bad date is a usage error', async () => {
    const agent = JSON.parse((await run(['stats', '--role', 'agent', '--format', 'json'], { home: home.dir })).stdout);
    expect(agent.totals.sessions).toBe(1);
    expect(Object.keys(agent.answered_by)).toEqual(['agent']);
    const future = await run(['stats', '--since', '2999-01-01'], { home: home.dir });
    expect(future.code).toBe(0);
    expect(future.stdout).toMatch(/No answers match --since 2999-01-01 \(2 sessions in all\)/);
    expectOneLineError(await run(['stats', '--since', '2026-13-01'], { home: home.dir }), 2, /--since "2026-13-01" is not a date/);
    expectOneLineError(await run(['stats', '--format', 'xml'], { home: home.dir }), 2, /argument 'xml' is invalid/);
  });

  it('history lists sessions, newest first, with --limit and --format json', async () => {
    const r = await run(['history'], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    const ids = [...r.stdout.matchAll(/^(\d{8}-\d{6}-[0-9a-f]{4})\s/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(reports.map((x) => x.id).sort());
    expect(r.stdout).toMatch(/^id\s+date\s+role\s+answers\s+avg/m);
    expect(r.stdout).toMatch(/\s3\/3\s+\d\.\d/);
    const one = await run(['history', '--limit', '1'], { home: home.dir });
    expect(one.stdout).toContain('(1 of 2 sessions');
    const json = JSON.parse((await run(['history', 'list', '--format', 'json'], { home: home.dir })).stdout);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ count: 3, answered: 3, interrupted: false, ended: true });
  });

  it('history show prints a session again in every format, by id or a unique beginning', async () => {
    const { id, json } = reports[0]!;
    const again = await run(['history', 'show', id, '--format', 'json'], { home: home.dir });
    expect(again.code, again.stderr).toBe(0);
    const shown = JSON.parse(again.stdout);
    expect(shown.session.id).toBe(id);
    expect(shown.results.map((r: { id: string; score: number }) => [r.id, r.score])).toEqual(json.results.map((r) => [r.id, r.score]));
    expect(shown.summary).toEqual(json.summary);
    const prefix = id.slice(0, id.length - 2);
    const other = reports[1]!.id;
    const unique = other.startsWith(prefix) ? id : prefix;
    const text = await run(['history', 'show', unique], { home: home.dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Session ${id}`);
    expect(text.stdout).toContain('Summary');
    const md = await run(['history', 'show', id, '--format', 'markdown'], { home: home.dir });
    expect(md.stdout).toContain(`# collections-prep session ${id}`);
  });

  it('history show: an unknown id is an error with a suggestion; an ambiguous one lists matches', async () => {
    const { id } = reports[0]!;
    const typo = `${id.slice(0, -1)}${id.endsWith('z') ? 'y' : 'z'}`;
    expectOneLineError(await run(['history', 'show', typo], { home: home.dir }), 1, new RegExp(`no session "${typo}" \\(did you mean "${id}"\\?\\)`));
    const common = reports[0]!.id.slice(0, 8) === reports[1]!.id.slice(0, 8) ? reports[0]!.id.slice(0, 8) : '2';
    expectOneLineError(await run(['history', 'show', common], { home: home.dir }), 1, /matches 2 sessions/);
  });

  it('history export writes a Markdown report for a coach', async () => {
    const out = join(home.dir, 'progress.md');
    const r = await run(['history', 'export', '--format', 'markdown', '-o', out], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Progress report \(markdown, 2 sessions\) written to /);
    const md = readFileSync(out, 'utf8');
    for (const heading of ['# Interview practice progress', '## At a glance', '## Skills over time', '## Sessions', '## Questions answered by role and level']) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/\| Skill \| Average \| First \| Latest \| Trend \| Answers \|/);
  });

  it('history export writes one self-contained HTML page (format from the file name)', async () => {
    const out = join(home.dir, 'progress.html');
    const r = await run(['history', 'export', '-o', out], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThan(2);
    // Nothing fetched from anywhere: no links, scripts, remote URLs, imports or url() in CSS.
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|<iframe\b|<object\b|<embed\b|@import|url\(|https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    expect(html).not.toMatch(/\ssrc=|\shref=/i);
  });

  it('history export --format to standard output, and a bad format is a usage error', async () => {
    const md = await run(['history', 'export', '--role', 'supervisor'], { home: home.dir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('# Interview practice progress (role supervisor)');
    expectOneLineError(await run(['history', 'export', '--format', 'pdf'], { home: home.dir }), 2, /argument 'pdf' is invalid/);
  });

  it('help: stats and history are listed, with examples', async () => {
    const root = await run(['--help']);
    expect(root.stdout).toMatch(/^\s+stats\s/m);
    expect(root.stdout).toMatch(/^\s+history\s/m);
    const stats = await run(['stats', '--help']);
    expect(stats.stdout).toContain('Examples:');
    expect(stats.stdout).toContain('--since <date>');
    const history = await run(['history', '--help']);
    expect(history.stdout).toContain('Examples:');
    for (const sub of ['list', 'show', 'export', 'clear']) expect(history.stdout).toMatch(new RegExp(`^\\s+${sub}\\b`, 'm'));
    const exp = await run(['history', 'export', '--help']);
    expect(exp.stdout).toMatch(/--format <format>.*\(choices: "markdown", "html"\)/s);
  });
});

describe('a question tried again in a session', () => {
  it('history counts questions and tries apart: "2/2, 3 tries", never "3/2"; JSON keeps answered and adds questions_answered', async () => {
    const home = tempDir();
    try {
      // Two questions planned, the first tried twice: three answers, as "Try this question again" records them.
      const records = historyOf({ id: '20261201-090000-aaaa', at: '2026-12-01T09:00:00Z', answers: [{ question: 'agent-mid-refuses-to-pay' }, { question: 'agent-mid-refuses-to-pay' }, { question: 'agent-junior-third-party-answers' }] });
      const session = records.find((r) => r.kind === 'session') as { count: number };
      session.count = 2;
      writeFileSync(home.path('history.jsonl'), jsonl(records));
      const r = await run(['history'], { home: home.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\s2\/2, 3 tries\s+\d\.\d/);
      expect(r.stdout).not.toMatch(/3\/2/);
      for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      const json = JSON.parse((await run(['history', '--format', 'json'], { home: home.dir })).stdout);
      expect(json[0]).toMatchObject({ count: 2, answered: 3, questions_answered: 2 });
    } finally {
      home.cleanup();
    }
  });
});

describe('calls in the history', () => {
  it('history lists calls with the sessions, newest first, and history show prints a call again by a unique beginning of its id', async () => {
    const home = tempDir();
    try {
      const drill = await run(['drill', '--role', 'agent', '--count', '1', '--seed', '3', '--answers', '-'], { home: home.dir, input: 'I would ask why and offer a plan.' });
      expect(drill.code, drill.stderr).toBe(0);
      const call = await run(['call', '--scenario', 'us-medical-bills-hardship', '--turns', '-'], { home: home.dir, input: 'Hi, is this Dana Whitfield?\n---\nCan you confirm your date of birth and zip code?\n' });
      expect(call.code, call.stderr).toBe(0);
      const list = await run(['history'], { home: home.dir });
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toMatch(/\scall, 2 turns\s+\d\.\d/);
      const json = JSON.parse((await run(['history', '--format', 'json'], { home: home.dir })).stdout) as { kind: string; id: string; scenario?: string }[];
      expect(json.map((e) => e.kind)).toEqual(['call', 'session']);
      expect(json[0]!.scenario).toBe('us-medical-bills-hardship');
      const again = await run(['history', 'show', json[0]!.id], { home: home.dir });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('Call: A customer behind after unexpected medical bills');
      expect(again.stdout).toContain('Goals');
      const asJson = JSON.parse((await run(['history', 'show', json[0]!.id, '--format', 'json'], { home: home.dir })).stdout);
      expect(asJson).toMatchObject({ kind: 'call', scenario: { id: 'us-medical-bills-hardship' } });
    } finally {
      home.cleanup();
    }
  });
});

describe('data safety', () => {
  it('a damaged line never stops stats: one warning line with the count', async () => {
    const home = tempDir();
    try {
      const ok = await run(['drill', '--role', 'agent', '--seed', '1', '--answers', '-'], { input: ANSWERS, home: home.dir });
      expect(ok.code, ok.stderr).toBe(0);
      appendFileSync(home.path('history.jsonl'), '{"v":1,"kind":"answer",\nnot json at all\n');
      for (let i = 0; i < 2; i++) {
        const r = await run(['stats'], { home: home.dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Progress: 1 session, 3 answers');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^collections-prep: warning: skipped 2 damaged lines in .*history\.jsonl \(lines \d+, \d+\)$/m);
      }
      const list = await run(['history'], { home: home.dir });
      expect(list.code).toBe(0);
      expect(list.stderr).toMatch(/skipped 2 damaged lines/);
    } finally {
      home.cleanup();
    }
  });

  it('at 80 columns a spelt-out state never squeezes the role into broken words (a new user saw "supervi / sor")', async () => {
    const home = tempDir();
    try {
      const tried = { question: 'q', score: 3 };
      writeFileSync(home.path('history.jsonl'), jsonl(historyOf(
        { id: '20261201-090000-aaaa', at: '2026-12-01T09:00:00Z', role: 'supervisor', answers: [tried, tried, { question: 'r', score: 3 }, { question: 's', score: 4 }] },
        { id: '20261201-100000-bbbb', at: '2026-12-01T10:00:00Z', role: 'supervisor', answers: [tried], end: 'interrupted' },
      )));
      const wide = await run(['history'], { home: home.dir, env: { COLUMNS: '80' } });
      expect(wide.code, wide.stderr).toBe(0);
      expect(wide.stdout).toMatch(/^20261201-100000-bbbb .* supervisor .* \*$/m);
      expect(wide.stdout).toContain('* interrupted · ? unfinished');
      expect(wide.stdout).not.toMatch(/supervi\s*$/m);
      const wider = await run(['history'], { home: home.dir, env: { COLUMNS: '100' } });
      expect(wider.stdout).toMatch(/^20261201-100000-bbbb .* interrupted$/m);
      // A mock interview's "supervisor, interview" stays on one line at 80 when a mark would spare it the second (a new user).
      const records = historyOf({ id: '20261201-110000-cccc', at: '2026-12-01T11:00:00Z', role: 'supervisor', answers: [tried] }).map((r) => (r.kind === 'session' ? { ...r, activity: 'interview' as const } : r));
      writeFileSync(home.path('history.jsonl'), jsonl([...historyOf({ id: '20261201-100000-bbbb', at: '2026-12-01T10:00:00Z', role: 'supervisor', answers: [tried], end: 'interrupted' }), ...records]));
      const withInterview = await run(['history'], { home: home.dir, env: { COLUMNS: '80' } });
      expect(withInterview.stdout).toMatch(/^20261201-110000-cccc .* supervisor, interview .*$/m);
      expect(withInterview.stdout).toMatch(/^20261201-100000-bbbb .* \*$/m);
    } finally {
      home.cleanup();
    }
  });

  it('history written by an older version still reads (test/fixtures/history-v1.jsonl)', async () => {
    const home = tempDir();
    try {
      copyFileSync(join(ROOT, 'test', 'fixtures', 'history-v1.jsonl'), home.path('history.jsonl'));
      const stats = await run(['stats', '--format', 'json'], { home: home.dir });
      expect(stats.code, stats.stderr).toBe(0);
      expect(stats.stderr).toMatch(/skipped 1 damaged line in .* \(line 15\)/);
      expect(JSON.parse(stats.stdout).totals).toMatchObject({ sessions: 3, answers: 4, scored: 3, skipped: 1, average: 2.7 });
      const list = await run(['history'], { home: home.dir });
      expect(list.stdout).toMatch(/20261104-071500-e5f6 .* unfinished/);
      expect(list.stdout).toMatch(/20261103-180000-c3d4 .* interrupted/);
      const show = await run(['history', 'show', '20261102'], { home: home.dir });
      expect(show.code, show.stderr).toBe(0);
      expect(show.stdout).toContain('agent-refuses-to-pay');
      expect(show.stdout).toMatch(/Score 2\.4\/5/);
      const html = await run(['history', 'export', '--format', 'html'], { home: home.dir });
      expect(html.code).toBe(0);
      expect(html.stdout).toContain('<svg');
    } finally {
      home.cleanup();
    }
  });

  it('history clear without --yes and without a terminal is an error, and deletes nothing', async () => {
    const home = tempDir({ 'history.jsonl': jsonl(historyOf({ id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 3 }] })) });
    try {
      expectOneLineError(await run(['history', 'clear'], { home: home.dir }), 1, /history clear deletes every recorded session: run it in a terminal to confirm, or add --yes/);
      expect(existsSync(home.path('history.jsonl'))).toBe(true);
    } finally {
      home.cleanup();
    }
  });

  it('history clear --yes deletes the history and its index', async () => {
    const home = tempDir({ 'history.jsonl': jsonl(historyOf({ id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 3 }] })) });
    try {
      expect((await run(['stats'], { home: home.dir })).code).toBe(0);
      expect(existsSync(home.path('cache/history-index.json'))).toBe(true);
      const r = await run(['history', 'clear', '--yes'], { home: home.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/History cleared: 1 session deleted/);
      expect(existsSync(home.path('history.jsonl'))).toBe(false);
      expect(existsSync(home.path('cache/history-index.json'))).toBe(false);
      const again = await run(['history', 'clear', '--yes'], { home: home.dir });
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/No history to clear/);
      const stats = await run(['stats'], { home: home.dir });
      expect(stats.stdout).toMatch(/No practice recorded yet/);
    } finally {
      home.cleanup();
    }
  });
});

describe('drill --review and --focus weak, from history', () => {
  it('puts the questions due for review first', async () => {
    const ids = JSON.parse((await run(['list', '--role', 'agent', '--format', 'json'])).stdout).map((q: { id: string }) => q.id) as string[];
    const [due, notDue] = ids;
    // Answered long ago (due now) and just now (not due).
    const recent = earlierToday(60_000);
    const home = tempDir({
      'history.jsonl': jsonl([
        ...historyOf({ id: 'old', at: '2020-01-01T09:00:00Z', role: 'agent', answers: [{ question: due!, score: 1.5 }] }),
        ...historyOf({ id: 'new', at: recent, role: 'agent', answers: [{ question: notDue!, score: 4.5, after: 0 }] }),
      ]),
    });
    try {
      const stats = JSON.parse((await run(['stats', '--format', 'json'], { home: home.dir })).stdout);
      expect(stats.due_today).toBe(1);
      const r = await run(['drill', '--role', 'agent', '--review', '--seed', '4', '-n', '3', '--answers', '-', '--format', 'json', '--no-history'], { input: ANSWERS, home: home.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('1 question is due for review.');
      const results = JSON.parse(r.stdout).results.map((x: { id: string }) => x.id);
      expect(results[0]).toBe(due);
      expect(results).not.toContain(notDue);
    } finally {
      home.cleanup();
    }
  });

  it('--focus weak runs from history', async () => {
    const home = tempDir({
      'history.jsonl': jsonl(historyOf({ id: 'h', at: '2026-11-01T09:00:00Z', answers: [{ question: 'x', skills: ['compliance'], score: 1.2 }] })),
    });
    try {
      const r = await run(['drill', '--role', 'agent', '--focus', 'weak', '--seed', '2', '--answers', '-', '--format', 'json'], { input: ANSWERS, home: home.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).results).toHaveLength(3);
    } finally {
      home.cleanup();
    }
  });
});

describe('an empty history', () => {
  it('stats, history and export say so, and exit 0', async () => {
    const home = tempDir();
    try {
      const stats = await run(['stats'], { home: home.dir });
      expect(stats.code).toBe(0);
      expect(stats.stdout).toMatch(/No practice recorded yet/);
      expect(JSON.parse((await run(['stats', '--format', 'json'], { home: home.dir })).stdout).totals.sessions).toBe(0);
      expect((await run(['history'], { home: home.dir })).stdout).toMatch(/No sessions recorded yet/);
      expectOneLineError(await run(['history', 'show', 'abc'], { home: home.dir }), 1, /no session "abc": no sessions are recorded yet/);
      const html = await run(['history', 'export', '--format', 'html'], { home: home.dir });
      expect(html.code).toBe(0);
      expect(html.stdout).toContain('No sessions recorded for this period yet.');
    } finally {
      home.cleanup();
    }
  });
});
