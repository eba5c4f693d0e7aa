// `list` end to end: the built CLI, spawned as a user's shell would.
import { describe, expect, test } from 'vitest';
import { run } from '../helpers/cli.js';
import { expectNoStack, json, lines, MINE_IDS, type QuestionJson, useUserBanks } from '../helpers/user-banks.js';

const banks = useUserBanks();
const inT = banks.inT;

describe.concurrent('list', () => {
  test('the built-in bank as a table that fits 80 columns when stdout is not a terminal', async () => {
    const r = await run(['list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^ID +LEVELS +TYPE\b/);
    // The bank's size is pinned in test/unit/bank/builtin-coverage.test.ts; here only the heading's form.
    expect(r.stdout).toMatch(/^agent · Collections agent track \(\d+ questions\)$/m);
    expect(r.stdout).toMatch(/^agent: junior Junior Collections Agent < mid Collections Agent < senior/m);
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(80);
    // No row is cut short at 80 columns: levels are abbreviated instead (with a legend); the
    // question text, with no room beside the ids, goes under each row, ending at a word.
    const rows = out.filter((l) => /^[a-z]/.test(l) && !l.includes(' · ') && !l.includes(': ') && !l.includes('collections-prep.js'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).not.toContain('…');
    const texts = out.filter((l) => l.startsWith('    '));
    expect(texts.length).toBe(rows.length);
    for (const t of texts) expect(t).toMatch(/^ {4}\S.*\S$/);
    expect(r.stdout).toContain('levels: jr junior, sr senior, mgr manager, dir director');
    // A card written for both tracks is a row under each: the count says how many, so rows and count agree.
    const count = /^(\d+) questions(?: \((\d+) listed under two roles\))?\.\s+Show one with:\s+node\s+bin\/collections-prep\.js\s+show <id>$/m.exec(r.stdout);
    expect(Number(count?.[1])).toBeGreaterThan(0);
    // (A row is the line above its question's text.)
    expect(out.filter((l, i) => !l.startsWith(' ') && (out[i + 1] ?? '').startsWith('    ')).length).toBe(Number(count?.[1]) + Number(count?.[2] ?? 0));
  });

  test('--role lists that role\'s group only, its rows matching its count, and the footer wraps at 60 columns', async () => {
    const r = await run(['list', '-r', 'supervisor'], { env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^agent · /m);
    const lines = r.stdout.split('\n');
    const rows = lines.filter((l, i) => !l.startsWith(' ') && (lines[i + 1] ?? '').startsWith('    '));
    const count = /^(\d+) questions\. Show one with:/m.exec(r.stdout);
    expect(rows.length).toBe(Number(count?.[1]));
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(r.stdout).not.toMatch(/\bsh\n/);
  });

  test('--format json: an array with the YAML field names plus file', async () => {
    const r = await run(['list', '--format', 'json']);
    expect(r.code).toBe(0);
    const all = json<QuestionJson[]>(r);
    expect(all.length).toBeGreaterThan(0);
    const required = ['id', 'text', 'roles', 'seniority', 'type', 'skills', 'why_asked', 'how_to_answer', 'what_not_to_say', 'example_answer', 'file'];
    for (const q of all) {
      for (const key of required) expect(q).toHaveProperty(key);
      expect(q).not.toHaveProperty('source');
      expect(q.file).toMatch(/^questions\/.+\.ya?ml$/);
    }
    const roles = new Set(all.flatMap((q) => q.roles));
    expect(roles.has('agent') && roles.has('supervisor')).toBe(true);
  });

  test('the user bank alone, with --no-builtin, in file order with file names', async () => {
    const r = await inT(['list', '--no-builtin', '--questions', 'mine', '--format', 'json']);
    expect(r.code).toBe(0);
    const all = json<QuestionJson[]>(r);
    expect(all.map((q) => q.id)).toEqual(MINE_IDS);
    expect(all[0]).toMatchObject({ file: 'mine/questions.yaml', line: 2, roles: ['agent'], seniority: ['junior'], type: 'behavioral', skills: ['empathy'] });
  });

  test('--questions adds to the built-in bank', async () => {
    const [builtin, both] = await Promise.all([
      inT(['list', '--format', 'json']),
      inT(['list', '--questions', 'mine/questions.yaml', 'mine/skills.yaml', '--format', 'json']),
    ]);
    expect(both.code).toBe(0);
    const before = json<QuestionJson[]>(builtin);
    const after = json<QuestionJson[]>(both);
    expect(after).toHaveLength(before.length + MINE_IDS.length);
    expect(after.slice(-MINE_IDS.length).map((q) => q.id)).toEqual(MINE_IDS);
  });

  test('--no-builtin without --questions is a usage error', async () => {
    const r = await run(['list', '--no-builtin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('collections-prep: --no-builtin leaves no questions: add your own with --questions <path>\n');
  });

  const filtered = async (...args: string[]) => {
    const r = await inT(['list', '--no-builtin', '--questions', 'mine', '--format', 'json', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return json<QuestionJson[]>(r).map((q) => q.id);
  };

  test('--role, --seniority, --skill and --type filter; different filters combine', async () => {
    expect(await filtered('--role', 'supervisor')).toEqual(['my-supervisor-lead', 'my-both-senior']);
    expect(await filtered('-r', 'agent')).toEqual(['my-agent-junior', 'my-agent-mid', 'my-both-senior']);
    expect(await filtered('--seniority', 'lead')).toEqual(['my-supervisor-lead', 'my-both-senior']);
    expect(await filtered('-k', 'compliance')).toEqual(['my-agent-mid']);
    expect(await filtered('--skill', 'debt-advice')).toEqual(['my-both-senior']);
    expect(await filtered('-t', 'technical')).toEqual(['my-supervisor-lead']);
    expect(await filtered('-r', 'agent', '-s', 'senior', '-t', 'motivational')).toEqual(['my-both-senior']);
  });

  test('comma-separated and repeated values mean the same', async () => {
    const comma = await filtered('-s', 'junior,mid');
    expect(comma).toEqual(['my-agent-junior', 'my-agent-mid']);
    expect(await filtered('-s', 'junior', '-s', 'mid')).toEqual(comma);
    expect(await filtered('--seniority', 'junior', 'mid')).toEqual(comma);
    expect(await filtered('-k', 'empathy,coaching')).toEqual(['my-agent-junior', 'my-supervisor-lead']);
    expect(await filtered('-t', 'behavioral', '-t', 'technical')).toEqual(['my-agent-junior', 'my-supervisor-lead']);
  });

  test('built-in filters by role return only that role', async () => {
    for (const role of ['agent', 'supervisor']) {
      const r = await run(['list', '--role', role, '--format', 'json']);
      const all = json<QuestionJson[]>(r);
      expect(all.length).toBeGreaterThan(0);
      expect(all.every((q) => q.roles.includes(role))).toBe(true);
    }
  });

  test.each([
    [['--role', 'manager'], 'collections-prep: unknown role "manager" for --role; the bank has: agent, supervisor'],
    [['-s', 'mid,juniorr'], 'collections-prep: unknown level "juniorr" for --seniority (did you mean "junior"?); the bank has: junior, mid, senior, lead, manager, director'],
    [['-t', 'behavioural'], 'collections-prep: unknown type "behavioural" for --type (did you mean "behavioral"?); the bank has: behavioral, situational, technical, motivational'],
  ])('an unknown value %j is exit 2 with what exists', async (args, message) => {
    const r = await run(['list', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n`);
    expectNoStack(r);
  });

  test('an unknown skill is exit 2 with a suggestion and the skills that exist', async () => {
    const r = await run(['list', '-k', 'negotiaton']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^collections-prep: unknown skill "negotiaton" for --skill \(did you mean "negotiation"\?\); the bank has: .*\bcompliance\b.*\bnegotiation\b/);
    expectNoStack(r);
  });

  test('an unknown role in a user bank lists that bank\'s roles', async () => {
    const r = await inT(['list', '--no-builtin', '--questions', 'mine', '--role', 'supervisr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('collections-prep: unknown role "supervisr" for --role (did you mean "supervisor"?); the bank has: agent, supervisor\n');
  });

  test('filters that match nothing: exit 1 and which filter emptied the list', async () => {
    const r = await inT(['list', '--no-builtin', '--questions', 'mine', '-r', 'supervisor', '-s', 'junior']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('collections-prep: no question matches --seniority junior together with the filters before it (2 matched until then)\n');
  });

  test('a broken --questions file stops list with one line naming file, line and column', async () => {
    const r = await inT(['list', '--questions', 'bad/typo.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'collections-prep: bad/typo.yaml:13:5: error: questions[0].exmaple_answer: unknown field `exmaple_answer` (did you mean "example_answer"?)\n',
    );
    const many = await inT(['list', '--questions', 'bad']);
    expect(many.code).toBe(1);
    expect(lines(many.stderr)).toHaveLength(1);
    expect(many.stderr).toMatch(/^collections-prep: bad\/big\.yaml: error: .* \(and \d+ more; run "collections-prep validate" on the files for all of them\)\n$/);
  });
});
