import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/errors.js';
import { mapLimit } from '../../../../src/grading/grader.js';
import { cacheKey, fileCache } from '../../../../src/grading/llm/cache.js';
import { BREAKER_THRESHOLD, llmGrader, SAMPLE_TEMPERATURE } from '../../../../src/grading/llm/grade.js';
import { buildMessages } from '../../../../src/grading/llm/prompt.js';
import { gradingSession, llmSettings } from '../../../../src/grading/llm/setup.js';
import { apiError, closedPort, completion, htmlPage, ok, quoteOf, skillsOf, startFakeLlm, validGrade, type Behaviour, type FakeServer } from '../../../helpers/llm-server.js';
import { GOOD_ANSWER, QUESTION, SECRET, SKILLS } from '../../../helpers/llm-fixtures.js';

const FAST = { baseDelayMs: 5, maxDelayMs: 20 };
let server: FakeServer | undefined;
const temps: string[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

async function serve(behaviour: Behaviour): Promise<FakeServer> {
  server = await startFakeLlm(behaviour);
  return server;
}

function grader(baseUrl: string, options: { timeout?: number; improve?: boolean; cacheDir?: string; policy?: object; maxWait?: number; samples?: number } = {}) {
  const settings = llmSettings({ model: 'test-model', baseUrl, timeout: options.timeout ?? 10 }, { OPENAI_API_KEY: SECRET });
  const session = gradingSession(settings, {}, { policy: options.policy ?? FAST, maxWaitSeconds: options.maxWait });
  return llmGrader({ session, skills: SKILLS, improve: options.improve ?? false, cache: options.cacheDir ? fileCache(options.cacheDir) : undefined, samples: options.samples });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cprep-llm-'));
  temps.push(dir);
  return dir;
}

describe('LLM grading against an OpenAI-compatible server', () => {
  it('grades an answer: strict json_schema, temperature 0, the whole rubric in the prompt', async () => {
    const s = await serve((req) => ok(req));
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade).toMatchObject({ grader: 'llm', model: 'test-model', score: 4.2, feedback: 'A solid answer from the LLM.' });
    expect(grade.criteria.map((c) => [c.name, c.score])).toEqual([
      ['negotiation', 4],
      ['compliance', 4],
    ]);
    expect(grade.criteria[0]!.evidence).toEqual(['First I would listen']);
    expect(grade.usage).toEqual({ prompt_tokens: 100, completion_tokens: 20 });
    expect(grade.notice).toBeUndefined();
    expect(grade.improved_answer).toBeUndefined();

    expect(s.requests).toHaveLength(1);
    const req = s.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(req.body.model).toBe('test-model');
    expect(req.body.temperature).toBe(0);
    expect(req.body.response_format?.type).toBe('json_schema');
    expect(req.body.response_format?.json_schema?.strict).toBe(true);
    const schema = req.body.response_format?.json_schema?.schema as { required: string[]; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('improved_answer');

    const prompt = req.body.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain(QUESTION.text);
    expect(prompt).toContain(QUESTION.why_asked);
    for (const skill of SKILLS.values()) for (const level of Object.values(skill.rubric)) expect(prompt).toContain(level);
    expect(prompt).toContain('2: between levels 1 and 3');
    expect(prompt).toContain(QUESTION.key_points![0]!.point);
    expect(prompt).toContain(QUESTION.what_not_to_say[0]);
    expect(prompt).toContain(QUESTION.example_answer);
    expect(prompt).toMatch(/untrusted/i);
    expect(prompt).toMatch(/<<<CANDIDATE_ANSWER \w+>>>\n[\s\S]*<<<END_CANDIDATE_ANSWER \w+>>>/);
  });

  it('retries a 429 after its retry-after and then succeeds', async () => {
    const s = await serve((req) => (req.n === 1 ? apiError(429, 'Rate limit reached', {}, { 'retry-after': '1' }) : ok(req)));
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('llm');
    expect(s.requests).toHaveLength(2);
  });

  it('falls back to the offline grader with a notice when 500s use up the retries', async () => {
    const s = await serve(() => apiError(500, 'upstream exploded'));
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('offline');
    expect(grade.notice).toMatch(/could not grade this answer \(HTTP 500: upstream exploded, 4 attempts\)/);
    expect(grade.score).toBeGreaterThanOrEqual(1);
    expect(s.requests).toHaveLength(4);
  });

  it('re-asks once with the problem when the reply is not JSON, and uses the second reply', async () => {
    const s = await serve((req) => (req.n === 1 ? { json: completion('Sure! The answer is quite good, I would say 4 out of 5.') } : ok(req)));
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('llm');
    expect(s.requests).toHaveLength(2);
    const second = s.requests[1]!.body.messages;
    expect(second.at(-2)).toMatchObject({ role: 'assistant', content: expect.stringContaining('Sure!') });
    expect(second.at(-1)!.content).toMatch(/not a valid grade: the reply was not JSON/);
    // Tokens of both requests count.
    expect(grade.usage).toEqual({ prompt_tokens: 200, completion_tokens: 40 });
  });

  it('falls back after a second non-JSON reply', async () => {
    const s = await serve(() => ({ json: completion('I cannot produce JSON today.') }));
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('offline');
    expect(grade.notice).toMatch(/not a valid grade twice \(the reply was not JSON/);
    expect(s.requests).toHaveLength(2);
  });

  it('falls back after schema-violating JSON twice (a score of 9, a missing skill)', async () => {
    const s = await serve((req) =>
      req.n === 1 ? { json: completion(JSON.stringify(validGrade(req, { score: 9 }))) } : { json: completion(JSON.stringify(validGrade(req, { criteria: [] }))) },
    );
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('offline');
    expect(s.requests[1]!.body.messages.at(-1)!.content).toMatch(/did not match the schema/);
    expect(grade.notice).toMatch(/missing: negotiation, compliance/);
    expect(s.requests).toHaveLength(2);
  });

  it('gives up on a server that never answers after the timeout (twice), without hanging', async () => {
    const s = await serve(() => ({ hang: true }));
    const grade = await grader(s.baseURL, { timeout: 0.3 }).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('offline');
    expect(grade.notice).toMatch(/no reply within 0\.3 s/);
    expect(s.requests).toHaveLength(2);
  });

  it('retries a connection reset, and falls back when it keeps happening', async () => {
    const flaky = await serve((req) => (req.n === 1 ? { reset: true } : ok(req)));
    expect((await grader(flaky.baseURL).grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect(flaky.requests).toHaveLength(2);
    await flaky.close();

    const broken = await serve(() => ({ reset: true }));
    const grade = await grader(broken.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('offline');
    expect(grade.notice).toMatch(/connection error/);
  });

  it('retries a reply cut off mid-body like a dropped connection', async () => {
    const flaky = await serve((req) => (req.n === 1 ? { cutAfter: 30, json: completion(JSON.stringify(validGrade(req))) } : ok(req)));
    const grade = await grader(flaky.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('llm');
    expect(flaky.requests).toHaveLength(2);
    await flaky.close();

    const cut = await serve((req) => ({ cutAfter: 30, json: completion(JSON.stringify(validGrade(req))) }));
    const fallback = await grader(cut.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(fallback).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/cut off before its end, 4 attempts/) });
  });

  it('names what came back when it is not a chat completion: an HTML page, nothing, not JSON', async () => {
    const cases: [Behaviour, RegExp][] = [
      [() => htmlPage(), /sent an HTML page \(HTTP 200\), not a chat completion: check that the base URL/],
      [() => ({ headers: { 'content-type': 'application/json' }, raw: '' }), /sent an empty reply \(HTTP 200, no body\)/],
      [() => ({ headers: { 'content-type': 'application/json' }, raw: 'hello there' }), /reply was not JSON \(HTTP 200; it began "hello there"\)/],
      [() => ({ json: { status: 'ok' } }), /JSON but not a chat completion/],
    ];
    for (const [behaviour, notice] of cases) {
      const s = await serve(behaviour);
      const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
      expect(grade.grader).toBe('offline');
      expect(grade.notice).toMatch(notice);
      expect(grade.notice).not.toMatch(/the reply was empty/);
      expect(s.requests).toHaveLength(1);
      await s.close();
      server = undefined;
    }
  });

  it('stops the session with one line on a redirect loop, after a few requests', async () => {
    const s = await serve((req) => ({ status: 307, headers: { location: req.path.endsWith('/b') ? '/v1/chat/completions' : '/v1/chat/completions/b' }, raw: '' }));
    const g = grader(s.baseURL);
    const error = await g.grade(QUESTION, GOOD_ANSWER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^the server redirects in a loop \(127\.0\.0\.1:\d+\/v1\/chat\/completions\/b to 127\.0\.0\.1:\d+\/v1\/chat\/completions\): check --base-url/);
    expect(s.requests).toHaveLength(2);
    // The session is stopped: the next answer makes no request.
    await expect(g.grade(QUESTION, GOOD_ANSWER)).rejects.toBe(error);
    expect(s.requests).toHaveLength(2);
  });

  it('follows a few redirects, keeping the key on the same host only, and no more', async () => {
    const moved = await serve((req) => (req.path.startsWith('/v2') ? ok(req) : { status: 308, headers: { location: req.path.replace('/v1', '/v2') }, raw: '' }));
    expect((await grader(moved.baseURL).grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect(moved.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/v1/chat/completions', `Bearer ${SECRET}`],
      ['/v2/chat/completions', `Bearer ${SECRET}`],
    ]);
    await moved.close();

    const other = await serve((req) => ok(req));
    const away = await serve(() => ({ status: 302, headers: { location: `http://localhost:${other.port}/v1/chat/completions` }, raw: '' }));
    expect((await grader(away.baseURL).grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    await other.close();
    await away.close();

    const endless = await serve((req) => ({ status: 307, headers: { location: `/v1/chat/completions?hop=${req.n}` }, raw: '' }));
    await expect(grader(endless.baseURL).grade(QUESTION, GOOD_ANSWER)).rejects.toThrow(/redirected more than 3 times/);
    expect(endless.requests).toHaveLength(4);
  });

  it('stops at once on 401 with one clear error, without the key even when the server echoes it', async () => {
    const s = await serve(() => apiError(401, `Incorrect API key provided: ${SECRET}`, { code: 'invalid_api_key' }));
    const g = grader(s.baseURL);
    const questions = Array.from({ length: 8 }, () => QUESTION);
    const error = await mapLimit(questions, 4, (q) => g.grade(q, GOOD_ANSWER)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    expect(message).toMatch(/refused the API key \(401/);
    expect(message).toMatch(/OPENAI_API_KEY/);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain('\n');
    expect(s.requests.length).toBeLessThanOrEqual(4);
    await expect(g.grade(QUESTION, GOOD_ANSWER)).rejects.toBe(error);
    expect(s.requests.length).toBeLessThanOrEqual(4);
  });

  it('stops on an unknown model (404) and on a refused connection', async () => {
    const s = await serve(() => apiError(404, 'The model `nope` does not exist', { code: 'model_not_found' }));
    await expect(grader(s.baseURL).grade(QUESTION, GOOD_ANSWER)).rejects.toThrow(/model "test-model" was not found at 127\.0\.0\.1:\d+ \(404/);
    expect(s.requests).toHaveLength(1);

    const port = await closedPort();
    await expect(grader(`http://127.0.0.1:${port}/v1`).grade(QUESTION, GOOD_ANSWER)).rejects.toThrow(/cannot connect to 127\.0\.0\.1:\d+ \(connection refused\)/);
  });

  it('falls back to json_object when a server rejects json_schema, and remembers it', async () => {
    const s = await serve((req) =>
      req.body.response_format?.type === 'json_schema' ? apiError(400, "response_format type 'json_schema' is not supported by this server") : ok(req),
    );
    const g = grader(s.baseURL);
    expect((await g.grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect((await g.grade(QUESTION, `${GOOD_ANSWER} Again.`)).grader).toBe('llm');
    expect(s.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    // In json_object mode the schema travels in the prompt.
    expect(s.requests[1]!.body.messages[0]!.content).toContain('"improved_answer"');
  });

  it('falls back to plain text with JSON extraction when json_object is rejected too', async () => {
    const s = await serve((req) =>
      req.body.response_format ? apiError(400, 'Unrecognized request argument: response_format') : { json: completion(`<think>hmm</think>\nHere it is:\n\`\`\`json\n${JSON.stringify(validGrade(req))}\n\`\`\``) },
    );
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('llm');
    expect(s.requests.map((r) => r.body.response_format?.type ?? 'text')).toEqual(['json_schema', 'json_object', 'text']);
  });

  it('asks again without temperature when a model rejects temperature 0', async () => {
    const s = await serve((req) => (req.body.temperature !== undefined ? apiError(400, "Unsupported value: 'temperature' does not support 0 with this model.") : ok(req)));
    expect((await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect(s.requests).toHaveLength(2);
  });

  it('stops asking a server that is down after a few answers in a row', async () => {
    const s = await serve(() => apiError(503, 'overloaded'));
    const g = grader(s.baseURL, { policy: { ...FAST, attempts: 2 } });
    const grades = [];
    for (let i = 0; i < BREAKER_THRESHOLD + 2; i++) grades.push(await g.grade(QUESTION, `${GOOD_ANSWER} ${i}`));
    expect(grades.every((gr) => gr.grader === 'offline' && gr.notice)).toBe(true);
    expect(s.requests).toHaveLength(BREAKER_THRESHOLD * 2);
    expect(grades.at(-1)!.notice).toMatch(/not answering/);
  });

  it('answers identical requests from the cache; without the cache it asks again', async () => {
    const s = await serve((req) => ok(req));
    const dir = tempDir();
    const first = await grader(s.baseURL, { cacheDir: dir }).grade(QUESTION, GOOD_ANSWER);
    const again = await grader(s.baseURL, { cacheDir: dir }).grade(QUESTION, GOOD_ANSWER);
    expect(s.requests).toHaveLength(1);
    expect(again).toMatchObject({ grader: 'llm', score: first.score, feedback: first.feedback });
    expect(again.usage).toBeUndefined();
    await grader(s.baseURL, { cacheDir: dir }).grade(QUESTION, `${GOOD_ANSWER} Different.`);
    expect(s.requests).toHaveLength(2);
    await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(s.requests).toHaveLength(3);
  });

  it('treats a damaged cache entry as a miss', async () => {
    const s = await serve((req) => ok(req));
    const dir = tempDir();
    await grader(s.baseURL, { cacheDir: dir }).grade(QUESTION, GOOD_ANSWER);
    const sub = readdirSync(dir)[0]!;
    const file = join(dir, sub, readdirSync(join(dir, sub))[0]!);
    writeFileSync(file, '{"v":1,"reply":{"score":"oops"');
    expect((await grader(s.baseURL, { cacheDir: dir }).grade(QUESTION, GOOD_ANSWER)).grader).toBe('llm');
    expect(s.requests).toHaveLength(2);
  });

  it('keys the cache on server, model and prompt', () => {
    const messages = buildMessages({ question: QUESTION, skills: SKILLS, answer: 'x', improve: false });
    const base = cacheKey({ baseURL: 'http://a/v1', model: 'm', messages });
    expect(cacheKey({ baseURL: 'http://a/v1', model: 'm', messages })).toBe(base);
    expect(cacheKey({ baseURL: 'http://a/v1', model: 'n', messages })).not.toBe(base);
    expect(cacheKey({ baseURL: 'http://b/v1', model: 'm', messages })).not.toBe(base);
    expect(cacheKey({ baseURL: 'http://a/v1', model: 'm', messages: buildMessages({ question: QUESTION, skills: SKILLS, answer: 'x', improve: true }) })).not.toBe(base);
  });

  it('asks for a stronger version of the answer with --improve', async () => {
    const s = await serve((req) => ok(req));
    const grade = await grader(s.baseURL, { improve: true }).grade(QUESTION, GOOD_ANSWER);
    expect(grade.improved_answer).toBe('A stronger answer, in the first person.');
  });

  it('always shows the red flags that the offline checks find', async () => {
    const s = await serve((req) => ok(req, { red_flags: ['Pressures the customer'] }));
    const grade = await grader(s.baseURL).grade(QUESTION, `${GOOD_ANSWER} Then I tell them they will go to jail if they do not pay today.`);
    expect(grade.grader).toBe('llm');
    expect(grade.red_flags).toEqual(['Pressures the customer', 'Threatens arrest, jail, the police or criminal charges']);
    expect(grade.conduct?.map((c) => c.rule)).toEqual(['threat-arrest']);
  });

  it('moves a point the LLM credited to missing when an offline conduct flag contradicts it', async () => {
    const s = await serve((req) => ok(req, { matched_points: ['Listens first', 'Stays within the rules'], missing_points: [] }));
    const flagged = await grader(s.baseURL).grade(QUESTION, `${GOOD_ANSWER} Then I tell them they will go to jail if they do not pay today.`);
    expect(flagged.matched_points).toEqual(['Listens first']);
    expect(flagged.missing_points).toEqual(['Stays within the rules']);
    const clean = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(clean.matched_points).toEqual(['Listens first', 'Stays within the rules']);
  });

  it('does not send an empty answer', async () => {
    const s = await serve((req) => ok(req));
    const grade = await grader(s.baseURL).grade(QUESTION, '   ');
    expect(grade).toMatchObject({ grader: 'offline', score: 1 });
    expect(grade.notice).toMatch(/No answer was given/);
    expect(s.requests).toHaveLength(0);
  });

  it('drops evidence that is not in the answer, and marks a criterion whose only evidence was invented', async () => {
    const s = await serve((req) =>
      ok(req, {
        criteria: [
          { skill: 'negotiation', score: 5, evidence: ['I offered twelve payment plans', '“ask why they will not pay”'], comment: 'Great.' },
          { skill: 'compliance', score: 5, evidence: ['I quoted the FDCPA'], comment: 'Great.' },
        ],
      }),
    );
    const grade = await grader(s.baseURL).grade(QUESTION, GOOD_ANSWER);
    expect(grade.grader).toBe('llm');
    expect(grade.criteria[0]!.evidence).toEqual(['“ask why they will not pay”']);
    expect(grade.criteria[1]!.evidence).toEqual([]);
    expect(grade.criteria[1]!.comment).toMatch(/No quote given for this is in the answer/);
    expect(grade.warnings).toEqual([expect.stringMatching(/evidence for Compliance is not in the answer/)]);
  });

  it('warns, in warnings and the feedback, when the LLM and offline scores differ by 2 or more', async () => {
    const s = await serve((req) => ok(req, { score: 5, criteria: skillsOf(req).map((skill) => ({ skill, score: 5, evidence: [], comment: 'Superb.' })) }));
    const grade = await grader(s.baseURL).grade(QUESTION, 'I would just ask them to pay.');
    expect(grade).toMatchObject({ grader: 'llm', score: 5 });
    expect(grade.notice).toBeUndefined();
    expect(grade.warnings).toEqual([expect.stringMatching(/^The LLM scored this 5\.0 and the offline grader [1-3]\.\d: a gap of 2 or more/)]);
    expect(grade.feedback).toMatch(/a gap of 2 or more/);
  });

  it('--samples N: asks N times at a small temperature, takes the median per skill and reports the spread', async () => {
    const scores = [2, 5, 4];
    const s = await serve((req) => {
      const n = scores[(req.n - 1) % 3]!;
      return ok(req, { score: n, criteria: skillsOf(req).map((skill) => ({ skill, score: n, evidence: quoteOf(req), comment: `level ${n}` })) });
    });
    const grade = await grader(s.baseURL, { samples: 3 }).grade(QUESTION, GOOD_ANSWER);
    expect(s.requests).toHaveLength(3);
    expect(s.requests.every((r) => r.body.temperature === SAMPLE_TEMPERATURE)).toBe(true);
    expect(grade).toMatchObject({ grader: 'llm', score: 4, samples: { count: 3, scores: [2, 5, 4], overall: 3, by_skill: { negotiation: 3, compliance: 3 } } });
    expect(grade.criteria.map((c) => c.score)).toEqual([4, 4]);
    expect(grade.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/The 3 samples disagree: overall scores 2\.0, 5\.0, 4\.0/)]));
    expect(grade.usage).toEqual({ prompt_tokens: 300, completion_tokens: 60 });
  });

  it('--max-wait: once the session budget is spent, what is under way and what follows is graded offline at once', async () => {
    const s = await serve(() => ({ hang: true }));
    const g = grader(s.baseURL, { timeout: 60, maxWait: 0.3 });
    const first = await g.grade(QUESTION, GOOD_ANSWER);
    expect(first).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/--max-wait of 0\.3 s was used up/) });
    // One request at most (on a loaded machine the budget may pass before it even arrives), and none after.
    const sent = s.requests.length;
    expect(sent).toBeLessThanOrEqual(1);
    const second = await g.grade(QUESTION, GOOD_ANSWER);
    expect(second.notice).toMatch(/--max-wait/);
    expect(s.requests).toHaveLength(sent);
  });

  it('--max-wait also cuts a long retry-after short', async () => {
    const s = await serve(() => apiError(429, 'slow down', {}, { 'retry-after': '3600' }));
    const grade = await grader(s.baseURL, { maxWait: 0.3 }).grade(QUESTION, GOOD_ANSWER);
    expect(grade.notice).toMatch(/--max-wait of 0\.3 s was used up/);
    expect(s.requests.length).toBeLessThanOrEqual(1);
  });

  it('stops waiting at once when the grade is cancelled (Ctrl-C): the offline grade, with a notice', async () => {
    let arrived: () => void = () => {};
    const request = new Promise<void>((r) => (arrived = r));
    const s = await serve(() => {
      arrived();
      return { hang: true };
    });
    const stop = new AbortController();
    const pending = grader(s.baseURL, { timeout: 60 }).grade(QUESTION, GOOD_ANSWER, stop.signal);
    await request;
    stop.abort();
    const grade = await pending;
    expect(grade).toMatchObject({ grader: 'offline', notice: expect.stringMatching(/grading was interrupted/) });
    expect(s.requests).toHaveLength(1);
  });
});
