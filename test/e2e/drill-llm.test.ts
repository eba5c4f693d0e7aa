// End-to-end: the built CLI (run `npm run build` first; `npm test` does) against a loopback server.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, useTempDirs } from '../helpers/cli.js';
import { apiError, closedPort, completion, ok, schemaFollowing, useFakeLlm } from '../helpers/llm-server.js';
import { SECRET } from '../helpers/llm-fixtures.js';

const IDS = ['agent-junior-medical-bills-hardship', 'agent-junior-third-party-answers', 'agent-junior-unexpected-charge', 'agent-junior-why-collections'];
const ANSWER =
  'First I listened and let them explain what happened, then I said I was sorry about the bills. I checked the account history, explained the balance, and offered a payment plan they could afford, which I confirmed in writing.';

function answersYaml(ids = IDS.slice(0, 2)): string {
  return ids.map((id, i) => `${id}: |\n  ${ANSWER} (${i})\n`).join('');
}

const serve = useFakeLlm();
const temp = useTempDirs();

function workspace(ids?: string[]) {
  return temp({ 'answers.yaml': answersYaml(ids), 'home/.keep': '' });
}

function llmEnv(s: { baseURL: string }) {
  return { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: s.baseURL, COLLECTIONS_PREP_MODEL: 'test-model', CI: '1' };
}

function drill(t: ReturnType<typeof workspace>, s: { baseURL: string }, extra: string[] = [], env: Record<string, string> = {}) {
  return run(['drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--format', 'json', ...extra], {
    home: t.path('home'),
    env: { ...llmEnv(s), ...env },
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('drill --grader llm (built CLI)', () => {
  it('grades through the server, sums tokens, says once where answers go, and caches', async () => {
    const s = await serve((req) => ok(req));
    const t = workspace();
    const first = await drill(t, s);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.session).toMatchObject({ grader: 'llm', model: 'test-model' });
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(IDS.slice(0, 2));
    expect(report.results.every((r: { grader: string; notice?: string }) => r.grader === 'llm' && !r.notice)).toBe(true);
    expect(report.summary.usage).toEqual({ prompt_tokens: 200, completion_tokens: 40 });
    expect(first.stderr).toMatch(new RegExp(`answers are sent to 127\\.0\\.0\\.1:${s.port} to be graded by test-model`));
    expect(s.requests).toHaveLength(2);

    // The same answers again: from the cache, and no second note.
    const second = await drill(t, s);
    expect(second.code).toBe(0);
    expect(s.requests).toHaveLength(2);
    expect(second.stderr).not.toMatch(/answers are sent to/);
    expect(JSON.parse(second.stdout).results.map((r: { score: number }) => r.score)).toEqual(report.results.map((r: { score: number }) => r.score));

    // --no-cache asks again.
    const third = await drill(t, s, ['--no-cache']);
    expect(third.code).toBe(0);
    expect(s.requests).toHaveLength(4);
  });

  it('uses the replies of a server that enforces the schema it is sent, even minimal ones', async () => {
    const s = await serve(schemaFollowing);
    const t = workspace(IDS);
    const r = await drill(t, s, ['--no-cache']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).results as { grader: string; notice?: string; criteria: { name: string }[]; skills: string[] }[];
    expect(results.map((x) => x.grader)).toEqual(IDS.map(() => 'llm'));
    expect(results.every((x) => x.notice === undefined)).toBe(true);
    for (const x of results) expect(x.criteria.map((c) => c.name)).toEqual(x.skills);
    expect(s.requests).toHaveLength(IDS.length);
  });

  it('--samples 3 asks three times and records the spread in every report format', async () => {
    const scores = [3, 5, 4];
    const s = await serve((req) => ok(req, { score: scores[(req.n - 1) % 3] }));
    const t = workspace(IDS.slice(0, 1));
    const json = await drill(t, s, ['--samples', '3']);
    expect(json.code).toBe(0);
    expect(s.requests).toHaveLength(3);
    expect(JSON.parse(json.stdout).results[0]).toMatchObject({ grader: 'llm', score: 4, samples: { count: 3, scores: [3, 5, 4], overall: 2 } });
    for (const format of ['text', 'markdown']) {
      const r = await drill(t, s, ['--samples', '3', '--format', format]);
      expect(r.stdout, format).toMatch(/Samples:\*{0,2} 3 replies scored 3\.0, 5\.0, 4\.0; spread 2/);
    }
    // The HTML report (-o x.html) shows the spread and the caution it raises, as text and Markdown do.
    const html = await run(['drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--samples', '3', '-o', t.path('session.html')], { home: t.path('home'), env: llmEnv(s) });
    expect(html.code).toBe(0);
    const page = readFileSync(t.path('session.html'), 'utf8');
    expect(page).toMatch(/<strong>Samples:<\/strong> 3 replies scored 3\.0, 5\.0, 4\.0; spread 2/);
    expect(page).toMatch(/<strong>Cautions:<\/strong>.*The 3 samples disagree/s);
  }, 60_000);

  it('caps an LLM grade that lists a red flag at 2, in the report and in history', async () => {
    const s = await serve((req) => ok(req, { score: 4, red_flags: ['Threatens arrest and tells the employer'] }));
    const t = workspace(IDS.slice(0, 1));
    const r = await drill(t, s);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout).results;
    expect(result).toMatchObject({ grader: 'llm', score: 2, red_flags: expect.arrayContaining(['Threatens arrest and tells the employer']) });
    expect(result.criteria.every((c: { score: number }) => c.score <= 2)).toBe(true);
    const grades = readFileSync(t.path('home/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.kind === 'grade');
    expect(grades[0].grade.score).toBe(2);
  });

  it('refuses a key pasted as --model before any request, and never prints or stores it', async () => {
    const s = await serve((req) => ok(req));
    const t = workspace();
    const key = 'sk-proj-PastedByMistake0123456789';
    const r = await drill(t, s, ['--model', key]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^collections-prep: the model name looks like an API key \(not shown\)/m);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(s.requests).toHaveLength(0);
    for (const f of filesUnder(t.dir)) expect(readFileSync(f, 'utf8')).not.toContain(key);
  });

  it('stops on 401 with one clear line and exit 1, after few requests', async () => {
    const s = await serve(() => apiError(401, `Incorrect API key provided: ${SECRET}.`, { code: 'invalid_api_key' }));
    const t = workspace(IDS);
    const r = await drill(t, s, ['--concurrency', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Note:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^collections-prep: 127\.0\.0\.1:\d+ refused the API key \(401 Unauthorized.*OPENAI_API_KEY$/);
    expect(r.stderr).not.toContain(SECRET);
    expect(s.requests.length).toBeLessThanOrEqual(2);
    // The answers were saved before grading, and the session is closed as cut short.
    const records = readFileSync(t.path('home/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.kind === 'answer')).toHaveLength(IDS.length);
    expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
  });

  it('stops with one line when nothing listens at the base URL', async () => {
    const t = workspace();
    const port = await closedPort();
    const r = await drill(t, { baseURL: `http://127.0.0.1:${port}/v1` });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('Note:'))).toEqual([
      expect.stringMatching(/^collections-prep: cannot connect to 127\.0\.0\.1:\d+ \(connection refused\): is the server running\?/),
    ]);
  });

  it('honours --concurrency: never more requests in flight than allowed', async () => {
    // Each reply waits until a second request arrives (or 2 s pass), so two run at once when allowed.
    const waiting: (() => void)[] = [];
    const s = await serve(
      (req) =>
        new Promise((resolve) => {
          const reply = () => resolve(ok(req));
          waiting.push(reply);
          if (waiting.length >= 2) for (const w of waiting.splice(0)) w();
          else setTimeout(() => waiting.includes(reply) && waiting.splice(waiting.indexOf(reply), 1) && reply(), 2000);
        }),
    );
    const t = workspace(IDS);
    const r = await drill(t, s, ['--concurrency', '2', '--no-cache']);
    expect(r.code).toBe(0);
    expect(s.requests).toHaveLength(4);
    expect(s.maxInFlight).toBe(2);
    expect(JSON.parse(r.stdout).results.map((x: { id: string }) => x.id)).toEqual(IDS);
  });

  it('completes with offline grades and a notice when the server never answers (--timeout)', async () => {
    const s = await serve(() => ({ hang: true }));
    const t = workspace(IDS.slice(0, 1));
    const r = await drill(t, s, ['--timeout', '0.4']);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout).results;
    expect(result).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/no reply within 0\.4 s/) });
  });

  it('falls back to json_object for a server without json_schema', async () => {
    const s = await serve((req) => (req.body.response_format?.type === 'json_schema' ? apiError(400, 'json_schema response_format is not supported') : ok(req)));
    const t = workspace();
    const r = await drill(t, s, ['--concurrency', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results.every((x: { grader: string }) => x.grader === 'llm')).toBe(true);
    expect(s.requests.map((q) => q.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('takes its defaults from config.yaml; flags win over it', async () => {
    const s = await serve((req) => ok(req));
    const t = temp({
      'answers.yaml': answersYaml(IDS.slice(0, 1)),
      'home/config.yaml': `grader: llm\nmodel: model-from-config\nbase_url: ${s.baseURL}\nconcurrency: 1\n`,
    });
    const env = { OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: undefined, COLLECTIONS_PREP_MODEL: undefined };
    const r = await run(['drill', '--answers', t.path('answers.yaml'), '--format', 'json'], { home: t.path('home'), env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).session).toMatchObject({ grader: 'llm', model: 'model-from-config' });
    expect(s.requests[0]!.body.model).toBe('model-from-config');
    const offline = await run(['drill', '--answers', t.path('answers.yaml'), '--format', 'json', '--grader', 'offline'], { home: t.path('home'), env });
    expect(JSON.parse(offline.stdout).session.grader).toBe('offline');
    expect(s.requests).toHaveLength(1);
  });

  it('never writes or prints the API key anywhere', async () => {
    // A careless server echoes the key everywhere it can: in grades, in bad replies, in errors.
    let mode: 'ok' | 'junk' | 'fail' | 'auth' = 'ok';
    const s = await serve((req) => {
      const echo = String(req.headers.authorization);
      if (mode === 'ok') return ok(req, { feedback: `Fine. (${echo})`, improved_answer: `Better, ${SECRET}.`, red_flags: [`Used ${SECRET}`] });
      if (mode === 'junk') return { json: completion(`No JSON for you, ${echo}`) };
      if (mode === 'fail') return apiError(500, `upstream saw ${echo}`);
      return apiError(401, `Incorrect API key provided: ${SECRET}`);
    });
    const t = workspace();
    const outputs: string[] = [];
    const go = async (args: string[]) => {
      const r = await run(args, { home: t.path('home'), env: llmEnv(s) });
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    const answers = ['--answers', t.path('answers.yaml')];
    expect((await go(['drill', ...answers, '--grader', 'llm', '--improve', '-o', t.path('report.md'), '--format', 'markdown'])).code).toBe(0);
    expect((await go(['drill', ...answers, '--grader', 'llm', '--format', 'json', '-o', t.path('report.json')])).code).toBe(0);
    mode = 'junk';
    const junk = await go(['drill', ...answers, '--grader', 'llm', '--no-cache', '--format', 'json']);
    expect(JSON.parse(junk.stdout).results[0].notice).toMatch(/not a valid grade twice/);
    mode = 'fail';
    const fallback = await go(['drill', ...answers, '--grader', 'llm', '--no-cache', '--concurrency', '2', '--format', 'text', '-o', t.path('report.txt')]);
    expect(fallback.code).toBe(0);
    expect(fallback.stdout).toMatch(/offline grader scored it/);
    mode = 'auth';
    expect((await go(['drill', ...answers, '--grader', 'llm', '--no-cache'])).code).toBe(1);
    expect((await go(['doctor', '--grader', 'llm'])).code).toBe(1);
    expect((await go(['drill', ...answers, '--grader', 'llm', '--no-cache', '--debug'])).code).toBe(1);

    const files = [...filesUnder(t.dir)];
    expect(files.some((f) => f.includes(`${join('home', 'cache')}`))).toBe(true);
    expect(files.some((f) => f.endsWith('history.jsonl'))).toBe(true);
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain(SECRET);
    for (const o of outputs) expect(o).not.toContain(SECRET);
    // The server did get the key: the test would prove nothing otherwise.
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
  }, 90_000); // nine CLI runs, some with retries: a bound for a loaded machine, not a timing check
});

describe('doctor (built CLI)', () => {
  // A check's text wraps under its mark (8 columns in); read each check as one line.
  const flat = (out: string) => out.replace(/\n {8}/g, ' ');

  it('passes with a server that follows the schema a drill sends, after one real grade round trip', async () => {
    const s = await serve(schemaFollowing);
    const t = workspace();
    const r = await run(['doctor', '--grader', 'llm'], { home: t.path('home'), env: llmEnv(s), boundMs: 30_000 });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toMatch(/✓ pass {2}Node\.js /);
    expect(flat(r.stdout)).toMatch(/✓ pass {2}question bank: \d+ questions/);
    expect(flat(r.stdout)).toMatch(/✓ pass {2}data folder .* is writable/);
    expect(flat(r.stdout)).toMatch(new RegExp(`✓ pass {2}LLM: test-model at 127\\.0\\.0\\.1:${s.port} graded a sample answer in .*structured output \\(json_schema\\)`));
    expect(flat(r.stdout)).toMatch(/All checks passed\./);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(s.requests).toHaveLength(1);
    // The request is a grade: the question's own schema, criteria keyed by its skills.
    const schema = s.requests[0]!.body.response_format?.json_schema?.schema as { properties: { criteria: { required: string[] } } };
    expect(schema.properties.criteria.required.length).toBeGreaterThan(0);
  });

  it('fails when the server answers but not with a grade that a drill can use', async () => {
    const s = await serve(() => ({ json: completion('{"ok": true}') }));
    const t = workspace();
    const r = await run(['doctor', '--grader', 'llm'], { home: t.path('home'), env: llmEnv(s), boundMs: 30_000 });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(1);
    expect(flat(r.stdout)).toMatch(/✗ FAIL {2}LLM: test-model at 127\.0\.0\.1:\d+ did not give a grade that a drill can use, so drills would be graded offline: .*not a valid grade twice/);
  });

  it('fails when history.jsonl is a folder', async () => {
    const t = workspace();
    mkdirSync(t.path('home/history.jsonl'));
    const r = await run(['doctor'], { home: t.path('home'), env: { OPENAI_BASE_URL: undefined, COLLECTIONS_PREP_MODEL: undefined } });
    expect(r.code).toBe(1);
    expect(flat(r.stdout)).toMatch(/✗ FAIL {2}history .*history\.jsonl is not a regular file/);
  });

  it('skips the LLM when none is configured, and fails on a bad model', async () => {
    const t = workspace();
    const plain = await run(['doctor'], { home: t.path('home'), env: { OPENAI_BASE_URL: undefined, COLLECTIONS_PREP_MODEL: undefined } });
    expect(plain.code).toBe(0);
    expect(flat(plain.stdout)).toMatch(/- skip {2}LLM: not configured/);

    const s = await serve(() => apiError(404, 'model "nope" not found, try pulling it first'));
    const bad = await run(['doctor', '--model', 'nope'], { home: t.path('home'), env: llmEnv(s) });
    expect(bad.code).toBe(1);
    expect(flat(bad.stdout)).toMatch(/✗ FAIL {2}LLM: model "nope" was not found at 127\.0\.0\.1:\d+ \(404/);
    expect(flat(bad.stdout)).toMatch(/1 check failed\./);
  });
});

describe('Ctrl-C in batch mode', () => {
  it('stops starting grades, prints the report of what was graded, closes the session and exits 130', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let arrived: () => void = () => {};
    const first = new Promise<void>((r) => (arrived = r));
    const s = await serve(async (req) => {
      arrived();
      await held;
      return ok(req);
    });
    const t = workspace(IDS.slice(0, 3));
    const child = spawn(process.execPath, [BIN, 'drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--format', 'json', '--concurrency', '1'], {
      env: { ...process.env, NO_COLOR: '1', COLLECTIONS_PREP_HOME: t.path('home'), ...llmEnv(s) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await first;
    child.kill('SIGINT');
    // Let the grade under way finish once the interrupt has been seen.
    await new Promise<void>((r) => {
      const poll = setInterval(() => {
        if (stderr.includes('Interrupted')) {
          clearInterval(poll);
          r();
        }
      }, 20);
    });
    release();
    expect(await exit).toBe(130);
    const report = JSON.parse(stdout);
    expect(report.results).toHaveLength(3);
    expect(report.results[0].score).not.toBeNull();
    expect(report.results.slice(1).every((x: { score: unknown; feedback: string }) => x.score === null && /interrupted/.test(x.feedback))).toBe(true);
    expect(report.session.interrupted).toBe(true);
    expect(s.requests).toHaveLength(1);
    const records = readFileSync(t.path('home/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.kind === 'answer')).toHaveLength(3);
    expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
  });
});

describe('SIGTERM in batch mode', () => {
  it('stops waiting on the LLM at once, prints the report, closes the session as interrupted and exits 143', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    let arrived: () => void = () => {};
    const first = new Promise<void>((r) => (arrived = r));
    const s = await serve(() => {
      arrived();
      return { hang: true };
    });
    const t = workspace(IDS.slice(0, 3));
    const child = spawn(process.execPath, [BIN, 'drill', '--answers', t.path('answers.yaml'), '--grader', 'llm', '--format', 'json', '--concurrency', '1', '--timeout', '600'], {
      env: { ...process.env, NO_COLOR: '1', COLLECTIONS_PREP_HOME: t.path('home'), ...llmEnv(s) },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await first;
    child.kill('SIGTERM');
    let bound: NodeJS.Timeout | undefined;
    const code = await Promise.race([exit, new Promise<'bound'>((r) => (bound = setTimeout(() => r('bound'), 20_000)))]);
    clearTimeout(bound);
    if (code === 'bound') child.kill('SIGKILL');
    expect(code).toBe(143);
    const report = JSON.parse(stdout);
    expect(report.session.interrupted).toBe(true);
    expect(report.results[0]).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/interrupted/) });
    expect(report.results.slice(1).every((x: { score: unknown }) => x.score === null)).toBe(true);
    const records = readFileSync(t.path('home/history.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.kind === 'answer')).toHaveLength(3);
    expect(records.at(-1)).toMatchObject({ kind: 'end', interrupted: true });
    expect(s.requests).toHaveLength(1);
  });
});
