import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/history/store.js';
import { run, tempDir } from '../helpers/cli.js';

const box = tempDir({
  'answers.yaml': [
    'agent-mid-refuses-to-pay: |',
    '  First I would review the account history, then ask why they are refusing and listen.',
    '  I would offer a payment plan they can afford, confirm it in writing and document the call under the FDCPA.',
    'agent-junior-unexpected-charge: ""',
  ].join('\n'),
  'unknown.yaml': 'agent-mid-refuses-to-pay: fine\nagent-mid-refuses-to-pai: typo\n',
  'binary.txt': Buffer.from([0x41, 0x00, 0x42]),
  'big.txt': Buffer.alloc(1024 * 1024 + 10, 0x61),
  'mine/q.yaml': [
    'questions:',
    '  - id: my-only-question',
    '    text: Why collections?',
    '    roles: [trainee]',
    '    seniority: [junior]',
    '    type: motivational',
    '    skills: [communication]',
    '    why_asked: Motivation.',
    '    how_to_answer: [Be honest]',
    '    what_not_to_say: [It pays]',
    '    example_answer: I like helping people get back on track with their finances.',
  ].join('\n'),
});
afterAll(() => box.cleanup());

const home = (name: string) => join(box.dir, `home-${name}`);
const three = 'I would ask why and offer a plan they can afford.\n---\nI would listen first.\n---\n\n';

describe('drill in batch mode', () => {
  it('grades piped plain-text answers and prints a text report with a summary', async () => {
    const r = await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-'], { input: three, home: home('text') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Session \S+ · role agent/);
    expect(r.stdout).toContain('3/3');
    expect(r.stdout).toMatch(/Summary\n {2}(No red flag or wrong fact in any answer|\d of 3 answers would worry an interviewer)/);
    expect(r.stdout).toMatch(/\n {2}Average \d\.\d\/5/);
    // The hint names the program as it was run (here, by its path from the current folder).
    // A long command goes on lines of its own, continued with " \\" so that it pastes whole.
    expect(r.stdout.replace(/ \\\n\s*/g, ' ')).toMatch(/Drill them next:\s+node bin\/collections-prep\.js drill --role agent --skill \S+/);
  });

  it('prints the JSON report of the contract, and only that, with --format json', async () => {
    const r = await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '--format', 'json'], { input: three, home: home('json') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.session).toMatchObject({ role: 'agent', grader: 'offline', seed: 4 });
    expect(report.session.started_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(report.results).toHaveLength(3);
    for (const res of report.results) {
      expect(Object.keys(res)).toEqual(expect.arrayContaining(['id', 'question', 'answer', 'grader', 'score', 'criteria', 'matched_points', 'missing_points', 'red_flags', 'feedback']));
      expect(res.grader).toBe('offline');
      expect(res.score).toBeGreaterThanOrEqual(1);
      expect(res.score).toBeLessThanOrEqual(5);
    }
    // The empty third answer is graded lowest, not dropped.
    expect(report.results[2]).toMatchObject({ answer: '', score: 1 });
    expect(report.summary).toMatchObject({ count: 3 });
    expect(typeof report.summary.average).toBe('number');
    expect(Object.keys(report.summary.by_skill).length).toBeGreaterThan(0);
  });

  it('selects the same questions for the same seed', async () => {
    const ids = async () => JSON.parse((await run(['drill', '-r', 'supervisor', '--seed', '99', '-n', '3', '--answers', '-', '--format', 'json', '--no-history'], { input: three })).stdout).results.map((x: { id: string }) => x.id);
    expect(await ids()).toEqual(await ids());
  });

  it('writes markdown, and with -o also a file', async () => {
    const out = join(box.dir, 'report.md');
    const r = await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '--format', 'markdown', '-o', out], { input: three, home: home('md') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# collections-prep session/);
    expect(r.stdout).toContain('| # | Question | Level | Score |');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
    expect(r.stderr).toContain(`Report written to ${out}`);
  });

  it('takes answers by question id from YAML: exactly those questions, in file order, filters ignored', async () => {
    const r = await run(['drill', '--role', 'supervisor', '--answers', join(box.dir, 'answers.yaml'), '--format', 'json'], { home: home('yaml') });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { id: string }) => x.id)).toEqual(['agent-mid-refuses-to-pay', 'agent-junior-unexpected-charge']);
    expect(report.results[0].score).toBeGreaterThan(report.results[1].score);
  });

  it('records every answer and grade in history, and nothing with --no-history', async () => {
    const h = home('history');
    await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-'], { input: three, home: h });
    const kinds = readHistory(join(h, 'history.jsonl')).records.map((x) => x.kind);
    expect(kinds).toEqual(['session', 'answer', 'answer', 'answer', 'grade', 'grade', 'grade', 'end']);
    const none = home('none');
    await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '--no-history'], { input: three, home: none });
    expect(existsSync(join(none, 'history.jsonl'))).toBe(false);
  });

  it('keeps history whole when sessions run at once', async () => {
    const h = home('concurrent');
    const answers = Array.from({ length: 8 }, (_, i) => `Answer number ${i} with a plan and a reason.`).join('\n---\n');
    const runs = await Promise.all(Array.from({ length: 4 }, (_, i) => run(['drill', '-r', 'agent', '--seed', String(i), '--answers', '-'], { input: answers, home: h })));
    expect(runs.map((x) => x.code)).toEqual([0, 0, 0, 0]);
    const read = readHistory(join(h, 'history.jsonl'));
    expect(read.skipped).toEqual([]);
    expect(read.records).toHaveLength(4 * (1 + 8 + 8 + 1));
  });

  it('does not grade with --grader none', async () => {
    const r = await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '--format', 'json', '--grader', 'none', '--no-history'], { input: three });
    const report = JSON.parse(r.stdout);
    expect(report.results.every((x: { score: unknown; grader: string }) => x.score === null && x.grader === 'none')).toBe(true);
    expect(report.summary.average).toBeNull();
  });

  it('uses a user bank with --no-builtin', async () => {
    const r = await run(['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '--answers', '-', '--no-history'], { input: 'I enjoy helping people sort out their money.' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('my-only-question');
  });
});

describe('drill errors', () => {
  const cases: { name: string; args: string[]; input?: string; code: number; message: RegExp }[] = [
    { name: 'no terminal and no answers', args: ['drill', '-r', 'agent'], code: 1, message: /no terminal for an interactive session: .*--answers -/ },
    { name: 'unknown role', args: ['drill', '-r', 'agnet', '--answers', '-'], input: 'x', code: 2, message: /unknown role "agnet" for --role \(did you mean "agent"\?\); the bank has: agent, supervisor/ },
    { name: 'unknown skill', args: ['drill', '-k', 'negotation', '--answers', '-'], input: 'x', code: 2, message: /unknown skill "negotation" .*did you mean "negotiation"/ },
    { name: 'unknown level', args: ['drill', '-s', 'chief', '--answers', '-'], input: 'x', code: 2, message: /unknown level "chief" for --seniority; the bank has: junior, mid, senior, lead, manager, director/ },
    { name: 'unknown type', args: ['drill', '-t', 'trick', '--answers', '-'], input: 'x', code: 2, message: /unknown type "trick"/ },
    { name: 'a filter that empties the set', args: ['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '-s', 'senior', '--answers', '-'], input: 'x', code: 1, message: /no question matches --seniority senior/ },
    { name: 'a filter after one that matched everything', args: ['drill', '-r', 'trainee', '-t', 'technical', '--no-builtin', '--questions', join(box.dir, 'mine'), '--answers', '-'], input: 'x', code: 1, message: /no question matches --type technical$/m },
    { name: 'too few answers for --count', args: ['drill', '-r', 'agent', '-n', '4', '--answers', '-'], input: 'a\n---\nb', code: 1, message: /got 2 answers for 4 questions/ },
    { name: 'more answers than questions', args: ['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '--answers', '-'], input: 'a\n---\nb', code: 1, message: /got 2 answers for 1 question/ },
    { name: 'unknown id in an answers file', args: ['drill', '--answers', join(box.dir, 'unknown.yaml')], code: 1, message: /unknown question id "agent-mid-refuses-to-pai" \(did you mean "agent-mid-refuses-to-pay"\?\)/ },
    { name: 'a missing answers file', args: ['drill', '--answers', join(box.dir, 'nope.txt')], code: 1, message: /cannot read answers from .*nope.txt: no such file/ },
    { name: 'a binary answers file', args: ['drill', '--answers', join(box.dir, 'binary.txt')], code: 1, message: /binary/ },
    { name: 'an oversized answers file', args: ['drill', '--answers', join(box.dir, 'big.txt')], code: 1, message: /the limit is 1048576 bytes \(1 MiB\)/ },
    { name: 'a bad --count', args: ['drill', '-n', 'lots'], code: 2, message: /--count must be a whole number/ },
    { name: 'a device as the answers file', args: ['drill', '--answers', '/dev/zero'], code: 1, message: /cannot read answers from \/dev\/zero: not a regular file/ },
    { name: 'a --timeout beyond an hour', args: ['drill', '--timeout', '5000000'], code: 2, message: /--timeout must be a number of seconds, more than 0 and at most 3600/ },
    { name: 'a data folder that is a file', args: ['drill', '-r', 'agent', '--seed', '1', '--answers', '-'], input: 'x', code: 1, message: /cannot write .*history\.jsonl: a file stands where a folder should be; set COLLECTIONS_PREP_HOME/ },
    { name: 'a bad --grader', args: ['drill', '--grader', 'magic'], code: 2, message: /Allowed choices are offline, llm, none/ },
  ];
  for (const c of cases) {
    it(`explains ${c.name} in one line (exit ${c.code})`, async () => {
      const errorsHome = c.name.includes('data folder') ? join(box.dir, 'binary.txt') : home('errors');
      const r = await run(c.args, { input: c.input, home: errorsHome });
      expect(r.code).toBe(c.code);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('uses every question and says so when fewer match than --count', async () => {
    const r = await run(['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '-n', '5', '--answers', '-', '--no-history', '--format', 'json'], { input: 'Just one.' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Only 1 question matches the filters; drilling all of them.\n');
    expect(JSON.parse(r.stdout).results).toHaveLength(1);
  });
});

describe('drill with a damaged history', () => {
  it('warns about a torn line and carries on', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const h = home('torn');
    mkdirSync(h, { recursive: true });
    writeFileSync(join(h, 'history.jsonl'), '{"v":1,"kind":"end","session":"a","at":"2026-11-01T00:00:00.000Z"}\n{"v":1,"kind":"ans');
    const r = await run(['drill', '-r', 'agent', '-n', '1', '--answers', '-', '--format', 'json'], { input: 'One answer.', home: h });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped 1 damaged line in .*history.jsonl \(line 2\)/);
    expect(JSON.parse(r.stdout).results).toHaveLength(1);
    expect(readHistory(join(h, 'history.jsonl')).records.length).toBe(1 + 4);
  });
});

describe('drill and the history index', () => {
  it('holds back questions answered in earlier sessions, and writes nothing at all with --no-history', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const h = home('index');
    const first = await run(['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '--answers', '-'], { input: 'I enjoy it.', home: h });
    expect(first.code).toBe(0);
    const before = readdirSync(h, { recursive: true }).map(String).sort();
    const size = statSync(join(h, 'history.jsonl')).size;
    const again = await run(['drill', '--no-builtin', '--questions', join(box.dir, 'mine'), '--answers', '-', '--no-history'], { input: 'Still.', home: h });
    expect(again.code).toBe(0);
    expect(readdirSync(h, { recursive: true }).map(String).sort()).toEqual(before);
    expect(statSync(join(h, 'history.jsonl')).size).toBe(size);

    // With three agent questions answered before, an unseeded drill of three prefers others.
    const seen = JSON.parse((await run(['drill', '-r', 'agent', '-n', '3', '--seed', '1', '--answers', '-', '--format', 'json'], { input: 'a\n---\nb\n---\nc', home: h })).stdout).results.map((x: { id: string }) => x.id);
    const next = JSON.parse((await run(['drill', '-r', 'agent', '-n', '3', '--answers', '-', '--format', 'json'], { input: 'a\n---\nb\n---\nc', home: h })).stdout).results.map((x: { id: string }) => x.id);
    expect(next.filter((id: string) => seen.includes(id))).toEqual([]);
  });
});

describe('drill with a long history', () => {
  it('reads recency through the index and still holds back recent questions', async () => {
    const { mkdirSync, writeFileSync, existsSync: exists, statSync } = await import('node:fs');
    const { historyOf, jsonl } = await import('../helpers/history.js');
    const h = home('long');
    mkdirSync(h, { recursive: true });
    // 1,500 old sessions (past the size at which drill switches to the index), then a recent one.
    const old = Array.from({ length: 1500 }, (_, i) => ({
      id: `old-${i}`,
      at: new Date(Date.parse('2025-01-01T09:00:00Z') + i * 3600_000).toISOString(),
      answers: [{ question: 'my-only-question', score: 3, skills: ['communication'] }],
    }));
    const recent = { id: 'recent', at: new Date(Date.now() - 3600_000).toISOString(), answers: [{ question: 'agent-mid-refuses-to-pay', score: 3, skills: ['negotiation'] }] };
    writeFileSync(join(h, 'history.jsonl'), jsonl(historyOf(...old, recent)));
    expect(statSync(join(h, 'history.jsonl')).size).toBeGreaterThan(512 * 1024);
    // Seven of the eight agent negotiation questions: without the hold-back, the recent one would
    // be among them seven times in eight.
    const r = await run(['drill', '-r', 'agent', '-k', 'negotiation', '-n', '7', '--answers', '-', '--format', 'json'], { input: Array(7).fill('An answer.').join('\n---\n'), home: h });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: { id: string }) => x.id)).not.toContain('agent-mid-refuses-to-pay');
    expect(exists(join(h, 'cache', 'history-index.json'))).toBe(true);
  });
});

describe('drill conveniences', () => {
  it('--template prints an answers file for the selection that grades as it is filled in', async () => {
    const { writeFileSync } = await import('node:fs');
    const t = await run(['drill', '-r', 'agent', '-n', '2', '--seed', '5', '--template'], { home: home('template') });
    expect(t.code).toBe(0);
    const ids = [...t.stdout.matchAll(/^([a-z0-9-]+): \|$/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    // A card may serve both tracks (the Collections Manager cards): its header names both roles.
    expect(t.stdout).toMatch(/^# 1\/2 · agent(, supervisor)? · /m);
    const filled = t.stdout.replace(/^([a-z0-9-]+): \|\n {2}\n/gm, '$1: |\n  I would ask why and offer a plan they can afford.\n');
    writeFileSync(join(box.dir, 'filled.yaml'), filled);
    const r = await run(['drill', '--answers', join(box.dir, 'filled.yaml'), '--format', 'json'], { home: home('template') });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { id: string }) => x.id)).toEqual(ids);
    expect(report.results[0].answer).toBe('I would ask why and offer a plan they can afford.');
    // Nothing was recorded for the template itself.
    expect(readHistory(join(home('template'), 'history.jsonl')).records.filter((x) => x.kind === 'session')).toHaveLength(1);
  });

  it('says when flags do not apply: filters with answers by id, --model without --grader llm', async () => {
    const r = await run(['drill', '--answers', join(box.dir, 'answers.yaml'), '-r', 'supervisor', '-n', '4', '--model', 'x', '--no-history', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--model and --base-url apply to --grader llm only; grading with the offline grader.');
    expect(r.stderr).toContain('Answers by question id set the session, so --role, --count are not applied.');
    expect(JSON.parse(r.stdout).session.role).toBe('agent');
  });

  it('checks filter values before anything else, even with no terminal', async () => {
    const r = await run(['drill', '-r', 'supervsor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown role "supervsor" for --role \(did you mean "supervisor"\?\)/);
  });

  it('-o takes its format from the file name unless --format is given', async () => {
    const json = join(box.dir, 'out.json');
    const r = await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '-o', json, '--no-history'], { input: three });
    expect(r.stdout).toMatch(/^Session /);
    expect(JSON.parse(readFileSync(json, 'utf8')).version).toBe(1);
    const forced = join(box.dir, 'forced.json');
    await run(['drill', '-r', 'agent', '--seed', '4', '-n', '3', '--answers', '-', '-o', forced, '--format', 'text', '--no-history'], { input: three });
    expect(readFileSync(forced, 'utf8')).toMatch(/^Session /);
  });

  it('warns when piped text looks like answers by id', async () => {
    const r = await run(['drill', '-r', 'agent', '--answers', '-', '--no-history', '--format', 'json'], { input: 'agent-mid-refuses-to-pay: I would ask why.\n' });
    expect(r.stderr).toContain('standard input looks like answers by question id: read as plain text; add --answers-format yaml to read it by id.');
  });

  it('--review --include-today asks again a question failed today, which FSRS would put off; --include-today alone is a usage error', async () => {
    const { earlierToday, historyOf, jsonl } = await import('../helpers/history.js');
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const dir = home('include-today');
    mkdirSync(dir, { recursive: true });
    const recent = earlierToday(10 * 60_000);
    writeFileSync(join(dir, 'history.jsonl'), jsonl(historyOf({ id: 'today', at: recent, answers: [{ question: 'agent-junior-why-collections', score: 1.4, after: 0 }, { question: 'agent-mid-refuses-to-pay', score: 4.5, after: 1 }] })));
    const plain = await run(['drill', '-r', 'agent', '--review', '-n', '2', '--template'], { home: dir });
    expect(plain.stderr).toContain('No questions are due for review; drilling new ones.');
    expect(plain.stdout).not.toMatch(/^agent-junior-why-collections:/m);
    const today = await run(['drill', '-r', 'agent', '--review', '--include-today', '-n', '2', '--template'], { home: dir });
    expect(today.code, today.stderr).toBe(0);
    expect(today.stderr).toContain('No questions are due for review; 1 failed today and will be asked again.');
    const ids = [...today.stdout.matchAll(/^([a-z0-9-]+): \|$/gm)].map((m) => m[1]);
    // The failure first; the question passed today is not asked again.
    expect(ids[0]).toBe('agent-junior-why-collections');
    expect(ids).not.toContain('agent-mid-refuses-to-pay');

    const alone = await run(['drill', '-r', 'agent', '--include-today', '--template'], { home: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toBe('collections-prep: --include-today goes with --review: drill --review --include-today\n');
  });
});

describe('the level remembered in the config file (by a session in a terminal)', () => {
  const remembered = () => {
    const dir = home('remembered-level');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.yaml'), 'role: agent\nlevels:\n  supervisor: director\n  agent: junior\n');
    return dir;
  };

  it('changes no batch or --seed selection: the same questions as with no config file, and no note', async () => {
    const withIt = remembered();
    const fresh = home('no-remembered-level');
    const five = 'a\n---\nb\n---\nc\n---\nd\n---\ne\n';
    for (const [args, input] of [
      [['drill', '-r', 'supervisor', '--seed', '7', '-n', '4', '--template'], undefined],
      [['drill', '--seed', '7', '-n', '4', '--template'], undefined],
      [['drill', '-r', 'supervisor', '--seed', '7', '--answers', '-', '--format', 'json', '--no-history'], five],
    ] as const) {
      const a = await run([...args], { home: withIt, ...(input ? { input } : {}) });
      const b = await run([...args], { home: fresh, ...(input ? { input } : {}) });
      expect(a.code, a.stderr).toBe(0);
      expect(a.stderr).not.toMatch(/remembered|Preparing for/i);
      const ids = (out: string) => [...out.matchAll(/^(?:([a-z0-9-]+): \||\s*"id": "([a-z0-9-]+)")/gm)].map((m) => m[1] ?? m[2]).filter((id) => !/^\d{8}-/.test(id!));
      expect(ids(a.stdout).length).toBeGreaterThan(3);
      expect(ids(a.stdout)).toEqual(ids(b.stdout));
    }
  });

  it('does not keep a batch run without --seed to the remembered level: with no level, every level of the role, spread', async () => {
    const r = await run(['drill', '-r', 'supervisor', '-n', '5', '--answers', '-', '--format', 'json', '--no-history'], { home: remembered(), input: 'a\n---\nb\n---\nc\n---\nd\n---\ne\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/remembered|Preparing for/i);
    const levels = (JSON.parse(r.stdout) as { session: { levels: string[] } }).session.levels;
    expect(levels.length).toBeGreaterThan(1);
    expect(levels).not.toEqual(['director']);
  });
});
