// The data folder under faults: folders, FIFOs and devices where files should be, a cache that
// cannot be written, permissions. Each command must end by itself with one clear line.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempDirs } from '../helpers/cli.js';
import { fakeLlmEnv, ok, useFakeLlm } from '../helpers/llm-server.js';

const ANSWERS = 'agent-junior-why-collections: |\n  I like helping people sort out their money, and I stay calm and polite on hard calls.\n';
const BOUND = 30_000;

const serve = useFakeLlm();
const temp = useTempDirs();

function workspace() {
  return temp({ 'answers.yaml': ANSWERS, 'home/.keep': '' });
}

/** The error lines (notes about flags that do not apply are left out). */
function oneLine(stderr: string): string[] {
  return stderr.trim().split('\n').filter((l) => l.trim() !== '' && !/is not applied|are not applied/.test(l));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? [full, ...filesUnder(full)] : [full];
  });
}

describe('a folder where history.jsonl should be', () => {
  it('stats, drill --review and history export each say so in one line naming the path (exit 1)', async () => {
    const t = workspace();
    mkdirSync(t.path('home/history.jsonl'));
    for (const args of [['stats'], ['drill', '--review', '-r', 'agent', '--answers', t.path('answers.yaml')], ['history', 'export'], ['drill', '--answers', t.path('answers.yaml')]]) {
      const r = await run(args, { home: t.path('home'), boundMs: BOUND });
      expect(r.bounded, args.join(' ')).toBe(false);
      expect(r.code, args.join(' ')).toBe(1);
      expect(oneLine(r.stderr), args.join(' ')).toEqual([expect.stringMatching(/^collections-prep: cannot (read|write) .*history\.jsonl: it is a folder/)]);
    }
  }, 60_000);
});

describe('FIFOs and devices where the tool\'s files should be', () => {
  it('config.yaml, history.jsonl and the index as a FIFO or /dev/zero: refused or passed over at once, never waited on', async () => {
    const t = workspace();
    const home = t.path('home');
    execFileSync('mkfifo', [join(home, 'config.yaml')]);
    const config = await run(['list'], { home, boundMs: BOUND });
    expect(config.bounded).toBe(false);
    expect(config.code).toBe(1);
    expect(oneLine(config.stderr)).toEqual([expect.stringMatching(/cannot read the config file .*config\.yaml: it is not a regular file/)]);

    const zero = workspace();
    symlinkSync('/dev/zero', zero.path('home/config.yaml'));
    const dev = await run(['list'], { home: zero.path('home'), boundMs: BOUND });
    expect(dev.bounded).toBe(false);
    expect(oneLine(dev.stderr)).toEqual([expect.stringMatching(/config\.yaml: it is not a regular file/)]);

    const fifoHistory = workspace();
    execFileSync('mkfifo', [fifoHistory.path('home/history.jsonl')]);
    for (const args of [['stats'], ['drill', '--answers', fifoHistory.path('answers.yaml')]]) {
      const r = await run(args, { home: fifoHistory.path('home'), boundMs: BOUND });
      expect(r.bounded, args.join(' ')).toBe(false);
      expect(r.code, args.join(' ')).toBe(1);
      expect(oneLine(r.stderr), args.join(' ')).toEqual([expect.stringMatching(/history\.jsonl: it is not a regular file/)]);
    }

    // The index is only a cache: a FIFO there is passed over, and the history read in full.
    const index = workspace();
    const first = await run(['drill', '--answers', index.path('answers.yaml')], { home: index.path('home'), boundMs: BOUND });
    expect(first.code).toBe(0);
    mkdirSync(index.path('home/cache'), { recursive: true });
    execFileSync('mkfifo', [index.path('home/cache/history-index.json')]);
    const stats = await run(['stats', '--format', 'json'], { home: index.path('home'), boundMs: BOUND });
    expect(stats.bounded).toBe(false);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout).totals.sessions).toBe(1);
  }, 90_000); // seven CLI runs
});

describe('the LLM cache', () => {
  it('a file where cache/llm should be costs no grade: graded, saved, reported, and one note', async () => {
    const server = await serve((req) => ok(req));
    const t = workspace();
    mkdirSync(t.path('home/cache'), { recursive: true });
    writeFileSync(t.path('home/cache/llm'), 'not a folder');
    const r = await run(['drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--format', 'json'], {
      home: t.path('home'),
      env: fakeLlmEnv(server),
      boundMs: BOUND,
    });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ grader: 'llm' });
    expect(r.stderr.match(/the LLM cache .* cannot be written \(a file stands where a folder should be\)/g)).toHaveLength(1);
    const records = readFileSync(t.path('home/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.kind === 'grade')).toHaveLength(1);
  }, 60_000);
});

describe('privacy of the data folder', () => {
  it('creates its folders 0700 and its files 0600, and makes an old 0644 history private', async () => {
    const server = await serve((req) => ok(req));
    const t = workspace();
    const home = t.path('home/data');
    const r = await run(['drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--format', 'json'], {
      home,
      env: fakeLlmEnv(server),
      boundMs: BOUND,
    });
    expect(r.code).toBe(0);
    const stats = await run(['stats'], { home, boundMs: BOUND });
    expect(stats.code).toBe(0);
    const made = [home, ...filesUnder(home)];
    expect(made.some((f) => f.endsWith('history.jsonl'))).toBe(true);
    expect(made.some((f) => f.endsWith('.json') && f.includes(join('cache', 'llm')))).toBe(true);
    expect(made.some((f) => f.endsWith('history-index.json'))).toBe(true);
    for (const f of made) {
      const mode = statSync(f).mode & 0o777;
      expect(mode.toString(8), f).toBe(statSync(f).isDirectory() ? '700' : '600');
    }

    chmodSync(join(home, 'history.jsonl'), 0o644);
    expect((await run(['drill', '--answers', t.path('answers.yaml'), '--format', 'json'], { home, boundMs: BOUND })).code).toBe(0);
    expect((statSync(join(home, 'history.jsonl')).mode & 0o777).toString(8)).toBe('600');
  }, 60_000);

  it('history clear also clears the LLM cache, and says so', async () => {
    const server = await serve((req) => ok(req));
    const t = workspace();
    const home = t.path('home');
    const env = fakeLlmEnv(server);
    expect((await run(['drill', '--answers', t.path('answers.yaml'), '--grader', 'llm'], { home, env, boundMs: BOUND })).code).toBe(0);
    expect(existsSync(join(home, 'cache', 'llm'))).toBe(true);
    const r = await run(['history', 'clear', '--yes'], { home, boundMs: BOUND });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/History cleared: 1 session deleted .*, with the LLM cache \(.*llm\)\./);
    expect(existsSync(join(home, 'cache', 'llm'))).toBe(false);
    expect(existsSync(join(home, 'history.jsonl'))).toBe(false);
  }, 60_000);

  it('history clear names what it could not delete, in one line, instead of an unexpected error', async () => {
    const t = workspace();
    const home = t.path('home');
    expect((await run(['drill', '--answers', t.path('answers.yaml')], { home, boundMs: BOUND })).code).toBe(0);
    // A folder with something in it where the index should be: it cannot be removed as a file.
    mkdirSync(join(home, 'cache', 'history-index.json', 'x'), { recursive: true });
    const r = await run(['history', 'clear', '--yes'], { home, boundMs: BOUND });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^History cleared: 1 session deleted .* Could not delete .*history-index\.json \(.*\): delete it by hand\.$/)]);
    expect(r.stderr).not.toMatch(/unexpected error/);
  }, 60_000);
});

describe('terminal escapes in what files, servers and users give', () => {
  const ESC = /[\u001b\u0007\u009b]/;
  it('never reach the terminal: a card\'s text, an answer, and an LLM reply, in text and markdown', async () => {
    const { questionsFile, questionYaml } = await import('../helpers/bank.js');
    const card = questionYaml('my-escape-card').replace('A customer says they will not pay.', 'A customer \u001b]0;pwned\u0007says they will not pay.\u001b[2J');
    const t = temp({ 'bank/cards.yaml': questionsFile(card), 'answers.txt': 'I would listen first \u001b[2J\u001b]0;x\u0007and offer a plan.\n', 'home/.keep': '' });
    const server = await serve((req) => ok(req, { feedback: 'Good \u001b]0;title\u0007answer.\u001b[2J', suggestions: ['Say more\u001b[H.'] }));
    const env = fakeLlmEnv(server);
    const bank = ['--questions', t.path('bank'), '--no-builtin'];
    for (const args of [
      ['show', 'my-escape-card', ...bank],
      ['list', ...bank],
      ['drill', ...bank, '--answers', t.path('answers.txt'), '--grader', 'llm'],
      ['drill', ...bank, '--answers', t.path('answers.txt'), '--grader', 'llm', '--format', 'markdown', '--no-cache'],
      ['history', 'show', 'last'],
    ]) {
      const r = await run(args, { home: t.path('home'), env, boundMs: BOUND });
      if (args[0] !== 'history') expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(ESC);
    }
    const history = readFileSync(t.path('home/history.jsonl'), 'utf8');
    expect(history).not.toMatch(/\\u001b|\\u0007/);
  }, 90_000); // five CLI runs: a bound for a loaded machine, not a timing check
});
