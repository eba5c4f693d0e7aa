// What a session's report says beyond the scores: the verdict and red flags first, skill names
// (ids stay in JSON, with names beside them), and suggested commands that run as printed.
import { afterEach, describe, expect, test } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function home(): string {
  const t = tempDir();
  cleanup = t.cleanup;
  return t.dir;
}

const HARMFUL = 'I would tell his employer about the debt and say we will have him arrested if he does not pay today.';
const WEAK = 'I would ask.';

describe('drill reports', () => {
  test('the summary starts with a verdict naming the red flags; JSON has it too', async () => {
    const dir = home();
    const r = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-'], { input: `${HARMFUL}\n---\n${WEAK}\n`, home: dir });
    expect(r.code, r.stderr).toBe(0);
    const summary = r.stdout.slice(r.stdout.indexOf('\nSummary\n'));
    expect(summary).toMatch(/^\nSummary\n {2}1 of 2 answers would worry an interviewer:\n/);
    expect(summary).toMatch(/\n {2}! 1\. \S+: /);
    // The verdict comes before the averages.
    expect(summary.indexOf('would worry')).toBeLessThan(summary.indexOf('Average'));

    const json = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '--format', 'json', '--no-history'], { input: `${HARMFUL}\n---\n${WEAK}\n` });
    const report = JSON.parse(json.stdout);
    expect(report.summary.verdict).toMatch(/^1 of 2 answers would worry an interviewer: /);
    expect(report.summary.worrying).toEqual([expect.objectContaining({ index: 0, id: report.results[0].id })]);
    expect(report.summary.worrying[0].red_flags.length).toBeGreaterThan(0);
  });

  test('text names skills; JSON keeps ids and adds skill_name', async () => {
    const r = await run(['drill', '--id', 'agent-mid-refuses-to-pay', '--answers', '-', '--no-history'], { input: `${WEAK}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/\bdispute-handling\b|\bnegotiation \d/);
    const json = JSON.parse((await run(['drill', '--id', 'agent-mid-refuses-to-pay', '--answers', '-', '--no-history', '--format', 'json'], { input: `${WEAK}\n` })).stdout);
    const criteria = json.results[0].criteria as { name: string; skill_name?: string }[];
    expect(criteria.length).toBeGreaterThan(0);
    for (const k of criteria) {
      expect(k.name).toMatch(/^[a-z-]+$/);
      expect(k.skill_name).toMatch(/^[A-Z]/);
      expect(r.stdout).toContain(k.skill_name!);
    }
    expect(Object.keys(json.summary.skill_names).sort()).toEqual(Object.keys(json.summary.by_skill).sort());
  });

  test('--id drills named questions in order, each once; an unknown id is a usage error with a suggestion', async () => {
    const json = JSON.parse(
      (await run(['drill', '--id', 'agent-mid-refuses-to-pay', '--id', 'agent-junior-medical-bills-hardship,agent-mid-refuses-to-pay', '--answers', '-', '--no-history', '--format', 'json'], { input: 'one\n---\ntwo\n' })).stdout,
    );
    expect(json.results.map((x: { id: string }) => x.id)).toEqual(['agent-mid-refuses-to-pay', 'agent-junior-medical-bills-hardship']);
    // The list command is named as the user ran the program (here through npx).
    const bad = await run(['drill', '--id', 'agent-mid-refuses-to-py', '--answers', '-'], { input: 'x\n', env: { npm_command: 'exec' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('collections-prep: --id: no question "agent-mid-refuses-to-py" (did you mean "agent-mid-refuses-to-pay"?); "npx collections-prep list" lists them\n');
  });

  test('suggested commands use the name the user ran and the session\'s bank flags', async () => {
    const r = await run(['drill', '-r', 'agent', '--seed', '7', '--questions', 'questions', '--no-builtin', '--answers', '-', '--format', 'json', '--no-history'], {
      input: `${WEAK}\n---\n${WEAK}\n`,
      env: { npm_command: 'exec' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary.next_command).toMatch(/^npx collections-prep drill --questions questions --no-builtin --role agent --skill \S+$/);
  });

  test('an untouched --template is an error, not a session of lowest scores; the text report shows each question', async () => {
    const dir = home();
    const template = await run(['drill', '-r', 'agent', '-n', '2', '--seed', '3', '--template'], { home: dir });
    const untouched = await run(['drill', '--answers', '-', '--answers-format', 'yaml'], { input: template.stdout, home: dir });
    expect(untouched.code).toBe(1);
    expect(untouched.stderr).toBe('collections-prep: standard input: every answer is empty (an untouched --template?): write the answers, then run again\n');
    const json = JSON.parse((await run(['drill', '-r', 'agent', '-n', '2', '--seed', '3', '--answers', '-', '--format', 'json', '--no-history'], { input: `${WEAK}\n---\n${WEAK}\n` })).stdout);
    const text = await run(['drill', '-r', 'agent', '-n', '2', '--seed', '3', '--answers', '-', '--no-history'], { input: `${WEAK}\n---\n${WEAK}\n` });
    const flat = text.stdout.replace(/\n\s+/g, ' ');
    for (const r of json.results as { question: string }[]) expect(flat).toContain(r.question);
  });
});

describe('drill -o FILE', () => {
  test('.html writes a self-contained HTML report with the questions and answers; no extension or .txt is text', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const input = `${HARMFUL}\n---\n${WEAK}\n`;
    const r = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '--no-history', '-o', t.path('session.html')], { input });
    expect(r.code, r.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(t.path('session.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('would worry an interviewer');
    expect(html).toContain('I would tell his employer about the debt');
    expect(html).not.toMatch(/<script|<link|src="http/);
    const json = JSON.parse((await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '--no-history', '--format', 'json'], { input })).stdout);
    for (const x of json.results as { question: string }[]) expect(html).toContain(x.question.replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
    for (const name of ['report', 'report.txt']) {
      await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '--no-history', '-o', t.path(name)], { input });
      expect(readFileSync(t.path(name), 'utf8')).toMatch(/^Session \S+ · role agent/);
    }
  });

  test('an extension that names no format is a usage error, before anything is graded or saved', async () => {
    const dir = home();
    const r = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '-o', 'report.pdf'], { input: `${WEAK}\n`, home: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('collections-prep: -o report.pdf: no report format is named ".pdf": use .txt (or no extension), .json, .md or .html, or give --format\n');
    expect(r.stdout).toBe('');
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${dir}/history.jsonl`)).toBe(false);
  });
});

describe('an -o report that cannot be written', () => {
  test('is refused before the first question, not after the session (a new user answered a whole drill first)', async () => {
    const dir = home();
    const missing = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '-o', `${dir}/no-such-folder/report.md`], { input: `${WEAK}\n---\n${WEAK}\n`, home: dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^collections-prep: cannot write the report to \S+report\.md: the folder \S+no-such-folder does not exist\n$/);
    const folder = await run(['drill', '-r', 'agent', '--seed', '7', '--answers', '-', '-o', dir], { input: `${WEAK}\n---\n${WEAK}\n`, home: dir });
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('it is a folder');
  });
});
