// plan: the interview date and job in the config file, the days left and a practice plan; drill
// --review and stats using the date. Dates are relative to today (the built CLI reads the real
// clock; the core's own tests pin it).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../src/history/dates.js';
import { run, useTempDirs, type RunResult } from '../helpers/cli.js';
import { historyOf, jsonl } from '../helpers/history.js';

const temp = useTempDirs();
const inDays = (n: number) => dayKey(addDays(new Date(), n));
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

function oneLineError(r: RunResult, code: number, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe('plan', () => {
  it('stores the date and job, shows the days left and a plan to the day; plain plan shows it again; --clear removes it', async () => {
    const home = temp();
    const none = await run(['plan'], { home: home.dir });
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/No interview date is set\. Set one: .*plan --date YYYY-MM-DD --job '<title>'/);

    const date = inDays(14);
    const set = await run(['plan', '--date', date, '--job', 'collection supervisor'], { home: home.dir });
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain(`Stored in ${home.path('config.yaml')}`);
    expect(readFileSync(home.path('config.yaml'), 'utf8')).toBe(`interview:\n  date: ${date}\n  job: Collection Supervisor\n`);
    expect(set.stdout).toContain(`Interview: Collection Supervisor (supervisor lead) on ${date}, 14 days left`);
    expect(set.stdout).toMatch(/Readiness per skill against the level's bar of 3\.25/);
    expect(set.stdout).toContain(`Plan to ${date}`);
    expect(set.stdout).toMatch(/a mock interview/);
    for (const line of set.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);

    const shown = await run(['plan', '--format', 'json'], { home: home.dir });
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.stdout);
    expect(json.interview).toMatchObject({ date, days_left: 14, job: { title: 'Collection Supervisor', role: 'supervisor', level: 'lead' }, bar: 3.25 });
    expect(json.plan.days).toHaveLength(15);
    expect(json.plan.days.at(-1)).toMatchObject({ date, kind: 'interview' });
    expect(json.plan.days.at(-2)).toMatchObject({ date: inDays(13), kind: 'mock' });
    expect(json.plan.days.at(-2).command).toMatch(/ interview --job 'Collection Supervisor'$/);
    expect(json.plan.days[0].command).toMatch(/ drill --job 'Collection Supervisor' --review --skill [a-z,-]+ -n 3$/);

    // The interview moved: the job is kept.
    const moved = await run(['plan', '--date', inDays(3)], { home: home.dir });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toContain(`Collection Supervisor (supervisor lead) on ${inDays(3)}, 3 days left`);

    const cleared = await run(['plan', '--clear'], { home: home.dir });
    expect(cleared.code).toBe(0);
    expect(cleared.stderr).toMatch(/Interview date cleared/);
    expect(readFileSync(home.path('config.yaml'), 'utf8')).toBe('');
    expect((await run(['plan'], { home: home.dir })).stdout).toMatch(/No interview date is set/);
  });

  it('a date in the past, a malformed date, an unknown or ambiguous job: one-line usage errors; nothing stored', async () => {
    const home = temp();
    oneLineError(await run(['plan', '--date', inDays(-1), '--job', 'Collections Agent'], { home: home.dir }), 2, new RegExp(`--date ${inDays(-1)} is in the past \\(today is ${inDays(0)}\\)`));
    oneLineError(await run(['plan', '--date', '15/12/2026', '--job', 'Collections Agent'], { home: home.dir }), 2, /--date "15\/12\/2026" is not a date: give the day of the interview as YYYY-MM-DD/);
    oneLineError(await run(['plan', '--date', '2026-02-30', '--job', 'Collections Agent'], { home: home.dir }), 2, /is not a date/);
    oneLineError(await run(['plan', '--date', inDays(5), '--job', 'collection supervsior'], { home: home.dir }), 2, /unknown job title "collection supervsior" for --job \(did you mean "Collection Supervisor"/);
    oneLineError(await run(['plan', '--date', inDays(5), '--job', 'Collections Manager'], { home: home.dir }), 2, /fits more than one role or level: .*add -r <role>/);
    oneLineError(await run(['plan', '--date', inDays(5)], { home: home.dir }), 2, /give both the day and the job/);
    oneLineError(await run(['plan', '--clear', '--date', inDays(5)], { home: home.dir }), 2, /--clear removes the stored interview/);
    expect(existsSync(home.path('config.yaml'))).toBe(false);
    // -r settles a shared title, and is stored with it.
    const r = await run(['plan', '--date', inDays(5), '--job', 'Collections Manager', '-r', 'agent'], { home: home.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(home.path('config.yaml'), 'utf8')).toContain('role: agent');
    const json = JSON.parse((await run(['plan', '--format', 'json'], { home: home.dir })).stdout);
    expect(json.plan.days.find((d: { kind: string }) => d.kind === 'mock').command).toMatch(/ interview --job 'Collections Manager' -r agent$/);
  });

  it('plan --help documents the flags and the config file', async () => {
    const r = await run(['plan', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--date <YYYY-MM-DD>', '--job <title>', '--clear', '-r, --role']) expect(r.stdout).toContain(flag);
    expect(r.stdout).toMatch(/config file/);
  });
});

// Three good answers a while apart: FSRS puts the next review weeks away.
function weakHistory(question: string, skills = ['compliance']): string {
  return jsonl([
    ...historyOf({ id: 'a', at: ago(40), role: 'agent', answers: [{ question, score: 3.5, skills, seniority: ['mid'] }] }),
    ...historyOf({ id: 'b', at: ago(30), role: 'agent', answers: [{ question, score: 3.5, skills, seniority: ['mid'] }] }),
    ...historyOf({ id: 'c', at: ago(10), role: 'agent', answers: [{ question, score: 2.2, skills, seniority: ['mid'] }] }),
  ]);
}

describe('drill --review and stats with an interview date', () => {
  it('a weak question that FSRS would bring back after the date is due before it', async () => {
    const ids = JSON.parse((await run(['list', '--job', 'Collections Agent', '--skill', 'compliance', '--format', 'json'])).stdout).map((q: { id: string }) => q.id) as string[];
    const weak = ids[0]!;
    const home = temp({ 'history.jsonl': weakHistory(weak) });
    const before = JSON.parse((await run(['stats', '--format', 'json'], { home: home.dir })).stdout);
    expect(before.due_today).toBe(0);
    expect(before.interview_plan).toBeUndefined();

    expect((await run(['plan', '--date', inDays(10), '--job', 'Collections Agent'], { home: home.dir })).code).toBe(0);
    const after = JSON.parse((await run(['stats', '--format', 'json'], { home: home.dir })).stdout);
    expect(after.due_today).toBe(1);
    const drill = await run(['drill', '--job', 'Collections Agent', '--review', '-n', '1', '--answers', '-', '--format', 'json', '--no-history'], { home: home.dir, input: 'I would check the account and follow the FDCPA.' });
    expect(drill.code, drill.stderr).toBe(0);
    expect(drill.stderr).toContain('1 question is due for review.');
    expect(JSON.parse(drill.stdout).results[0].id).toBe(weak);
  });

  it('stats shows the days left and readiness per skill for the job', async () => {
    const home = temp({ 'history.jsonl': weakHistory('agent-x') });
    expect((await run(['plan', '--date', inDays(10), '--job', 'Collections Agent'], { home: home.dir })).code).toBe(0);
    const text = await run(['stats'], { home: home.dir });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Interview: Collections Agent (agent mid) on ${inDays(10)}, 10 days left`);
    expect(text.stdout).toMatch(/Readiness per skill against the level's bar of 3\.25/);
    // Compliance: 3.5, 3.5 and 2.2 in the latest three sessions: 3.1, within 0.75 of the bar.
    expect(text.stdout).toMatch(/^ {2}Compliance +3\.1 +3 +close$/m);
    expect(text.stdout).toMatch(/^ {2}Negotiation +- +0 +not practised$/m);
    for (const line of text.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    const json = JSON.parse((await run(['stats', '--format', 'json'], { home: home.dir })).stdout);
    expect(json.interview_plan).toMatchObject({ date: inDays(10), days_left: 10, job: { title: 'Collections Agent', role: 'agent', level: 'mid' }, bar: 3.25 });
    expect(json.interview_plan.skills.find((s: { skill: string }) => s.skill === 'compliance')).toMatchObject({ recent: 3.1, answers: 3, status: 'close', skill_name: 'Compliance' });
  });
});
