import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.js';
import { readHistory } from '../../src/history/store.js';
import { BUILTIN_DIR } from '../../src/package.js';
import { run, useTempDirs } from '../helpers/cli.js';
import { ok, startFakeLlm } from '../helpers/llm-server.js';

const temp = useTempDirs();

const HARDSHIP = 'agent-junior-medical-bills-hardship';
// Makes every point of the card but affordability, briefly: below 4, and the follow-up on affordability is the card's.
const NO_AFFORD = 'A customer called angry about a medical bill. I let her finish and said I was sorry to hear it. Then I explained the balance line by line and set up an instalment plan, with written confirmation that afternoon.';
// Makes every point but written confirmation.
const NO_WRITING = 'A customer called angry about a medical bill. I let her finish and said I was sorry to hear it. Then I explained the balance line by line and asked about her income and essential costs to see what she could afford.';
const AFFORD_ANSWER = 'I would go through her income and essential costs with her and build a budget. If she could only afford $20 a month I would accept that under the hardship policy, review it after three months, and point her to free debt advice.';

const yaml = (entries: Record<string, string>) => Object.entries(entries).map(([k, v]) => `${k}: |\n  ${v}\n`).join('');

async function interview(args: string[], files: Record<string, string> = {}, input?: string) {
  const t = temp(files);
  const r = await run(['interview', ...args], { cwd: t.dir, home: t.path('home'), ...(input !== undefined ? { input } : {}) });
  return { ...r, t };
}

/** Every card's example answer, for the questions of a template: strong answers. */
function exampleAnswers(template: string, bank: Map<string, string>): string {
  const ids = Object.keys(load(template) as Record<string, unknown>).filter((k) => !k.endsWith('/follow-up'));
  return yaml(Object.fromEntries(ids.map((id) => [id, bank.get(id)!.replace(/\n/g, ' ')])));
}

function examples(): Map<string, string> {
  const { bank } = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } });
  return new Map(bank.questions.map((q) => [q.id, q.example_answer]));
}

describe('interview --template', () => {
  it('writes every question with a <id>/follow-up key and the card\'s follow-ups as comments, in the interviewer\'s order', async () => {
    const r = await interview(['--job', 'Collection Supervisor', '--seed', '3', '--template']);
    expect(r.code).toBe(0);
    const parsed = load(r.stdout) as Record<string, string | null>;
    const keys = Object.keys(parsed);
    expect(keys).toHaveLength(12);
    for (let i = 0; i < keys.length; i += 2) expect(keys[i + 1]).toBe(`${keys[i]}/follow-up`);
    expect(r.stdout).toMatch(/# 1\/6 · opening · lead · motivational/);
    expect(r.stdout).toMatch(/# 6\/6 · closing · \w+ · motivational/);
    expect(r.stdout).toMatch(/# 5\/6 · stretch · senior/);
    expect(r.stdout).toMatch(/# Possible follow-ups:\n# {3}- if it misses "/);
    // An untouched template is refused, not graded as six lowest scores.
    const back = await interview(['--job', 'Collection Supervisor', '--answers', 'i.yaml'], { 'i.yaml': r.stdout });
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(/every answer is empty/);
  }, 90_000);
});

describe('interview in batch mode', () => {
  it('prints the JSON contract: follow_up per result and the verdict', async () => {
    const r = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml', '--format', 'json'], { 'a.yaml': yaml({ [HARDSHIP]: NO_AFFORD, [`${HARDSHIP}/follow-up`]: AFFORD_ANSWER }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.session).toMatchObject({ role: 'agent', levels: ['junior'], activity: 'interview', mode: 'batch' });
    const [res] = report.results;
    expect(res.follow_up).toMatchObject({
      question: 'What would you have done if her budget showed she could spare only $20 a month?',
      reason: expect.stringContaining('Checks affordability'),
      answer: AFFORD_ANSWER,
      score: expect.any(Number),
    });
    // The follow-up made the missed point, and lifted the question's score (never past 4).
    expect(res.follow_up.recovered_points).toEqual(['Checks affordability before agreeing a plan.']);
    expect(res.follow_up.final_score).toBeGreaterThan(res.follow_up.main_score);
    expect(res.score).toBe(res.follow_up.final_score);
    expect(res.score).toBeLessThanOrEqual(4);
    expect(report.verdict).toMatchObject({ outcome: expect.stringMatching(/^(ready|borderline|not-yet)$/), reasons: expect.any(Array) });
  });

  it('asks the follow-up about the point each answer missed', async () => {
    const r = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.json', '--format', 'json', '--no-history'], {
      'a.json': JSON.stringify({ [HARDSHIP]: NO_AFFORD }),
    });
    const s = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.json', '--format', 'json', '--no-history'], {
      'a.json': JSON.stringify({ [HARDSHIP]: NO_WRITING }),
    });
    const a = JSON.parse(r.stdout).results[0];
    const b = JSON.parse(s.stdout).results[0];
    expect(a.missing_points).toContain('Checks affordability before agreeing a plan.');
    expect(a.follow_up).toMatchObject({ target: 'Checks affordability before agreeing a plan.', question: expect.stringMatching(/\$20 a month/), answer: null, score: null });
    expect(b.missing_points).toContain('Agrees a realistic plan within policy and confirms it in writing.');
    expect(b.follow_up).toMatchObject({ target: 'Agrees a realistic plan within policy and confirms it in writing.', question: expect.stringMatching(/confirm the plan/) });
    // Not answered: listed, not graded; the score is the main answer's.
    expect(a.score).toBe(a.follow_up.main_score);
  }, 90_000);

  it('strong answers with no flags: ready; the same with one threat: not yet, the flag first', async () => {
    const bank = examples();
    const tpl = await interview(['--job', 'Collections Agent', '--seed', '11', '--template']);
    const strong = exampleAnswers(tpl.stdout, bank);
    const good = await interview(['--job', 'Collections Agent', '--answers', 'a.yaml', '--format', 'json'], { 'a.yaml': strong });
    const verdict = JSON.parse(good.stdout).verdict;
    expect(verdict.outcome).toBe('ready');
    const ids = Object.keys(load(strong) as Record<string, string>);
    const threat = strong.replace(/^(\S+: \|\n {2})/m, '$1I told him that if he did not pay by Friday he would be arrested. ');
    expect(threat).not.toBe(strong);
    const bad = await interview(['--job', 'Collections Agent', '--answers', 'a.yaml', '--format', 'json'], { 'a.yaml': threat });
    const v = JSON.parse(bad.stdout).verdict;
    expect(v.outcome).toBe('not-yet');
    expect(v.reasons[0]).toMatch(new RegExp(`^Red flag in question 1 \\(${ids[0]}\\)`));
  }, 120_000);

  it('records the interview in history: its activity, each follow-up, the verdict', async () => {
    const r = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml'], { 'a.yaml': yaml({ [HARDSHIP]: NO_AFFORD, [`${HARDSHIP}/follow-up`]: AFFORD_ANSWER }) });
    expect(r.code).toBe(0);
    const { records, skipped } = readHistory(r.t.path('home/history.jsonl'));
    expect(skipped).toEqual([]);
    expect(records.map((x) => x.kind)).toEqual(['session', 'answer', 'grade', 'follow-up', 'verdict', 'end']);
    expect(records[0]).toMatchObject({ activity: 'interview' });
    expect(records[3]).toMatchObject({ question: HARDSHIP, follow_up: { answer: AFFORD_ANSWER } });
    // stats and the HTML export show the interview and its verdict.
    const stats = await run(['stats', '--format', 'json'], { home: r.t.path('home') });
    expect(stats.code).toBe(0);
    const verdict = (records[4] as { verdict: { outcome: string } }).verdict.outcome;
    expect(JSON.parse(stats.stdout).interviews).toEqual([expect.objectContaining({ title: 'Junior Collections Agent', outcome: verdict })]);
    const text = await run(['stats'], { home: r.t.path('home') });
    expect(text.stdout).toMatch(/Mock interviews\n.*\n.*Junior Collections Agent\s+(ready|borderline|not yet)/);
    const html = await run(['history', 'export', '--format', 'html'], { home: r.t.path('home') });
    expect(html.stdout).toContain('<h2>Mock interviews</h2>');
    // history shows it again as an interview: the follow-up, the verdict, and scores after the follow-up (a new
    // user saw a plain drill report, and an average the verdict did not give).
    const shown = await run(['history', 'show', (records[0] as { id: string }).id], { home: r.t.path('home') });
    expect(shown.stdout).toMatch(/^Mock interview /);
    expect(shown.stdout).toContain('Follow-up');
    expect(shown.stdout).toMatch(/Verdict: (READY|BORDERLINE|NOT YET)/);
    const listed = JSON.parse((await run(['history', '--format', 'json'], { home: r.t.path('home') })).stdout) as { average: number }[];
    const { final_score: final, main_score: main } = (records[3] as { follow_up: { final_score: number; main_score: number } }).follow_up;
    expect(final).toBeGreaterThan(main);
    expect(listed[0]!.average).toBe(final);
    // stats agrees with history and the verdict: the answer counts after its follow-up.
    const figures = JSON.parse(stats.stdout) as { sessions: { average: number }[]; totals: { average: number } };
    expect(figures.sessions[0]!.average).toBe(final);
    expect(figures.totals.average).toBe(final);
    expect((await run(['history'], { home: r.t.path('home') })).stdout).toContain('agent, interview');
    const none = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml', '--no-history'], { 'a.yaml': yaml({ [HARDSHIP]: NO_AFFORD }) });
    expect(none.code).toBe(0);
    expect(() => readFileSync(none.t.path('home/history.jsonl'))).toThrow();
  }, 120_000);

  it('writes text, markdown and html, and -o in the format its name says', async () => {
    const files = { 'a.yaml': yaml({ [HARDSHIP]: NO_AFFORD, [`${HARDSHIP}/follow-up`]: AFFORD_ANSWER }) };
    const text = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml', '--no-history', '-o', 'r.html'], files);
    expect(text.stdout).toMatch(/^Mock interview \S+ · Junior Collections Agent/);
    expect(text.stdout).toMatch(/Follow-up\n\s+What would you have done/);
    expect(text.stdout).toMatch(/the question goes from \d\.\d to \d\.\d/);
    expect(text.stdout).toMatch(/Verdict: (READY|BORDERLINE|NOT YET)/);
    const html = readFileSync(text.t.path('r.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h2>Verdict</h2>');
    expect(html).toContain('$20 a month');
    const md = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml', '--no-history', '--format', 'markdown'], files);
    expect(md.stdout).toMatch(/^# Mock interview/);
    expect(md.stdout).toMatch(/## Verdict: /);
    expect(md.stdout).toMatch(/\*\*Follow-up:\*\* What would you have done/);
  }, 90_000);

  it('takes plain-text answers in the interviewer\'s order, one per question', async () => {
    const answers = Array.from({ length: 4 }, () => 'I would listen, check what they can afford and agree a plan in writing.').join('\n---\n');
    const r = await interview(['--job', 'Collections Agent', '--seed', '2', '--answers', '-', '--format', 'json', '--no-history'], {}, answers);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { stage: string }) => x.stage)).toEqual(['opening', 'main', 'main', 'closing']);
    const wrong = await interview(['--job', 'Collections Agent', '--seed', '2', '-n', '6', '--answers', '-', '--no-history'], {}, answers);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/got 4 answers for 6 questions/);
  }, 90_000);

  it("with --grader llm in batch mode, the follow-up is the card's: the model grades but writes none", async () => {
    const server = await startFakeLlm((req) => ok(req, { score: 2.5, missing_points: ['Checks affordability before agreeing a plan.'] }));
    try {
      const t = temp({ 'a.yaml': yaml({ [HARDSHIP]: NO_AFFORD, [`${HARDSHIP}/follow-up`]: AFFORD_ANSWER }) });
      const r = await run(['interview', '-r', 'agent', '-s', 'junior', '--answers', 'a.yaml', '--format', 'json', '--grader', 'llm', '--no-history'], {
        cwd: t.dir,
        home: t.path('home'),
        env: { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'test', COLLECTIONS_PREP_MODEL: 'test-model' },
      });
      expect(r.code).toBe(0);
      const res = JSON.parse(r.stdout).results[0];
      expect(res.grader).toBe('llm');
      expect(res.follow_up).toMatchObject({ source: 'card', question: expect.stringMatching(/\$20 a month/), answer: AFFORD_ANSWER, score: expect.any(Number) });
      // Two grades (the answer, the follow-up answer) and no request to write a follow-up.
      expect(server.requests).toHaveLength(2);
      expect(server.requests.every((q) => !q.body.messages[0]!.content.includes('follow-up question'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('usage errors: no job, several levels, a follow-up without its answer', async () => {
    const none = await interview(['--answers', '-'], {}, 'x');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--job/);
    const two = await interview(['-r', 'agent', '-s', 'junior,mid', '--template']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/one level/);
    const orphan = await interview(['-r', 'agent', '-s', 'junior', '--answers', 'a.yaml'], { 'a.yaml': yaml({ [`${HARDSHIP}/follow-up`]: 'x', 'agent-junior-why-collections': 'y' }) });
    expect(orphan.code).toBe(1);
    expect(orphan.stderr).toMatch(/follow-up" follows/);
  }, 90_000);
});
