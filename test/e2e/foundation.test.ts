// Issue 2 end to end: the built CLI, spawned as a user's shell would, on the built-in bank and on
// question files written into temporary folders. Built-in question ids are not relied on (that
// bank is still growing); the roles agent and supervisor and the built-in skill ids are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE_ANSWER, questionsFile, questionYaml, skillsFile, skillYaml } from '../helpers/bank.js';
import { ROOT, run, tempDir, type RunResult } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const COMMANDS = ['drill', 'list', 'show', 'validate', 'schema'];

/** A user-facing failure: no stack trace, and nothing of Node's own error output. */
function expectNoStack(r: RunResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/node:internal|Error: /);
}
const lines = (s: string) => s.split('\n').filter((l) => l !== '');
const json = <T = unknown>(r: RunResult): T => JSON.parse(r.stdout) as T;

interface QuestionJson {
  id: string;
  roles: string[];
  seniority: string[];
  type: string;
  skills: string[];
  file: string;
  [field: string]: unknown;
}

/** The user's own bank: one skill of their own, and questions that use it and the built-in skills. */
const MINE = {
  'mine/skills.yaml': skillsFile(skillYaml('debt-advice')),
  'mine/questions.yaml': questionsFile(
    questionYaml('my-agent-junior', { seniority: '[junior]', type: 'behavioral', skills: '[empathy]' }),
    questionYaml('my-agent-mid', { seniority: '[mid]', type: 'situational', skills: '[negotiation, compliance]' }),
    questionYaml('my-supervisor-lead', { roles: '[supervisor]', seniority: '[lead]', type: 'technical', skills: '[coaching]' }),
    questionYaml('my-both-senior', { roles: '[agent, supervisor]', seniority: '[senior, lead]', type: 'motivational', skills: '[debt-advice]' }),
  ),
};
const MINE_IDS = ['my-agent-junior', 'my-agent-mid', 'my-supervisor-lead', 'my-both-senior'];

/** One file per kind of bad input that issue 2 lists, each with the exact line validate must print. */
function billionLaughs(): string {
  const out = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 20; i++) out.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
  return `${out.join('\n')}\n`;
}
const CARD = questionsFile(questionYaml('bad-card'));
const BAD: Record<string, string | Uint8Array> = {
  'bad/syntax.yaml': 'questions:\n  - id: a\n    text: [unclosed\n',
  'bad/tabs.yaml': 'questions:\n\t- id: a\n',
  'bad/dupkey.yaml': CARD.replace('    type: situational\n', '    type: situational\n    type: technical\n'),
  'bad/typo.yaml': CARD.replace('    example_answer:', '    exmaple_answer:'),
  'bad/maptype.yaml': CARD.replace('      - Listen first.', '      step: Listen first.'),
  'bad/emptylist.yaml': CARD.replace('    seniority: [mid]', '    seniority: []'),
  'bad/empty.yaml': '',
  'bad/comments.yaml': '# yaml-language-server: $schema=./question-file.schema.json\n# nothing yet\n',
  'bad/binary.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  'bad/latin1.yaml': Buffer.from('skills:\n  - id: caf\xe9\n', 'latin1'),
  'bad/big.yaml': `# ${'x'.repeat(1024 * 1024)}\n`,
  'bad/bomb.yaml': billionLaughs(),
  'bad/skillref.yaml': questionsFile(questionYaml('bad-skill-ref', { skills: '[negotiation, complaince]' })),
  'bad/dup-a.yaml': questionsFile(questionYaml('twice')),
  'bad/dup-b.yaml': questionsFile(questionYaml('once'), questionYaml('twice')),
  'bad/rubric.yaml': skillsFile(skillYaml('half-rubric').replace('      3: Adequate.\n', '')),
  'nothing/readme.txt': 'no YAML here',
};
const BAD_LINES = [
  'bad/big.yaml: error: file is 1048579 bytes; the limit is 1048576 bytes (1 MiB)',
  'bad/binary.yaml:3:1: error: file looks binary (it contains NUL bytes); expected UTF-8 YAML text',
  'bad/bomb.yaml:1:1: error: too many YAML alias expansions (limit 100)',
  'bad/comments.yaml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`',
  'bad/dup-b.yaml:20:9: error: questions[1].id: duplicate question id "twice" (first defined at bad/dup-a.yaml:2)',
  'bad/dupkey.yaml:7:5: error: YAML syntax: duplicate key "type" (each key may appear once in a mapping)',
  'bad/empty.yaml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`',
  'bad/emptylist.yaml:5:16: error: questions[0].seniority: `seniority` needs at least 1 item',
  'bad/latin1.yaml:2:12: error: file is not valid UTF-8 text (byte 0xe9); save it as UTF-8',
  'bad/maptype.yaml:10:7: error: questions[0].how_to_answer: `how_to_answer` must be a list, got a mapping',
  'bad/rubric.yaml:6:7: error: skills[0].rubric.3: rubric level 3 is missing; levels 1, 3 and 5 are required (2 and 4 optional)',
  'bad/skillref.yaml:7:27: error: questions[0].skills[1]: unknown skill "complaince" (did you mean "compliance"?)',
  'bad/syntax.yaml:4:1: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
  'bad/tabs.yaml:2:1: error: YAML syntax: tab used for indentation; indent with spaces',
  'bad/typo.yaml:13:5: error: questions[0].exmaple_answer: unknown field `exmaple_answer` (did you mean "example_answer"?)',
  'missing.yaml: error: no such file or folder',
  'nothing: error: folder has no .yaml or .yml files',
];

/** A valid card that draws every kind of warning. */
const WEAK = questionsFile(
  questionYaml('weak-card')
    .replace(`    example_answer: ${EXAMPLE_ANSWER}`, '    example_answer: I would listen and then agree a plan.')
    .replace(/    key_points:\n.*\n.*\n/, '')
    .replace(/    red_flags:\n.*\n.*\n/, ''),
);
const WEAK_LINES = [
  'weak.yaml:2:5: warning: questions[0]: no key_points: graders cannot say what a strong answer shows',
  'weak.yaml:2:5: warning: questions[0]: no red_flags: graders cannot flag a harmful answer',
  'weak.yaml:13:21: warning: questions[0].example_answer: example answer has 8 words; aim for 50 to 300',
];

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir({ ...MINE, ...BAD, 'weak.yaml': WEAK });
  // A named pipe must be refused, not read (which would block forever).
  mkdirSync(t.path('pipe'));
  expect(spawnSync('mkfifo', [t.path('pipe/q.yaml')]).status).toBe(0);
});
afterAll(() => t.cleanup());
const inT = (args: string[]) => run(args, { cwd: t.dir });

describe.concurrent('the package', () => {
  test('--version and -V print the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('--help lists every command and has examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/^ +\$ collections-prep validate /m);
  });

  test.each(COMMANDS)('%s --help has usage, options and examples', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: collections-prep ${cmd} `));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(new RegExp(`^  \\$ collections-prep ${cmd}\\b`, 'm'));
  });

  test('an unknown flag or command is a usage error (exit 2) without a stack trace', async () => {
    const flag = await run(['list', '--colour']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("collections-prep: unknown option '--colour'\n");
    const command = await run(['lsit']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/^collections-prep: unknown command 'lsit'\n\(Did you mean list\?\)\n$/);
    const value = await run(['validate', '--format', 'xml']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, json, github.");
    expect(lines(value.stderr)).toHaveLength(1);
  });
});

describe.concurrent('validate', () => {
  test('the built-in bank is valid', async () => {
    const r = await run(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout).at(-1)).toMatch(/^✓ valid: \d+ files, \d+ questions( \(\d+ warnings?\))?$/);
    expect(r.stdout).not.toContain(': error: ');
  });

  test('the built-in bank is valid from any folder', async () => {
    const r = await run(['validate', '--format', 'json'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(json<{ valid: boolean; errors: number }>(r)).toMatchObject({ valid: true, errors: 0 });
  });

  test('a user bank that uses built-in skills is valid', async () => {
    const r = await inT(['validate', 'mine']);
    expect(r).toEqual({ code: 0, stdout: '✓ valid: 2 files, 4 questions\n', stderr: '' });
  });

  test('every bad input gets exactly one line that names file, line and column, then exit 1', async () => {
    const started = Date.now();
    const r = await inT(['validate', 'bad', 'nothing', 'missing.yaml']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toEqual([...BAD_LINES, `✗ invalid: ${BAD_LINES.length} errors, 0 warnings in 16 files, 4 questions`]);
  });

  test('a named pipe is refused without waiting for a writer', async () => {
    const r = await inT(['validate', 'pipe']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0]).toBe('pipe/q.yaml: error: cannot read: not a regular file (a pipe, socket or device)');
  });

  test('--format json: the counts and every diagnostic', async () => {
    const r = await inT(['validate', '--format', 'json', 'bad/skillref.yaml', 'weak.yaml', 'missing.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(json(r)).toEqual({
      valid: false,
      strict: false,
      files: 2,
      questions: 2,
      skills: 0,
      errors: 2,
      warnings: 3,
      diagnostics: [
        { file: 'bad/skillref.yaml', line: 7, col: 27, severity: 'error', path: 'questions[0].skills[1]', message: 'unknown skill "complaince" (did you mean "compliance"?)' },
        { file: 'missing.yaml', line: 0, col: 0, severity: 'error', path: '', message: 'no such file or folder' },
        { file: 'weak.yaml', line: 2, col: 5, severity: 'warning', path: 'questions[0]', message: 'no key_points: graders cannot say what a strong answer shows' },
        { file: 'weak.yaml', line: 2, col: 5, severity: 'warning', path: 'questions[0]', message: 'no red_flags: graders cannot flag a harmful answer' },
        { file: 'weak.yaml', line: 13, col: 21, severity: 'warning', path: 'questions[0].example_answer', message: 'example answer has 8 words; aim for 50 to 300' },
      ],
    });
  });

  test('--format json counts the skills of the files given', async () => {
    const r = await inT(['validate', '--format', 'json', 'mine']);
    expect(json(r)).toEqual({ valid: true, strict: false, files: 2, questions: 4, skills: 1, errors: 0, warnings: 0, diagnostics: [] });
  });

  test('--format github: one workflow command per problem', async () => {
    const r = await inT(['validate', '--format', 'github', 'bad/typo.yaml', 'bad/big.yaml', 'weak.yaml']);
    expect(r.code).toBe(1);
    const annotations = lines(r.stdout).filter((l) => l.startsWith('::'));
    expect(annotations).toEqual([
      '::error file=bad/big.yaml::file is 1048579 bytes; the limit is 1048576 bytes (1 MiB)',
      '::error file=bad/typo.yaml,line=13,col=5::questions[0].exmaple_answer: unknown field `exmaple_answer` (did you mean "example_answer"?)',
      '::warning file=weak.yaml,line=2,col=5::questions[0]: no key_points: graders cannot say what a strong answer shows',
      '::warning file=weak.yaml,line=2,col=5::questions[0]: no red_flags: graders cannot flag a harmful answer',
      '::warning file=weak.yaml,line=13,col=21::questions[0].example_answer: example answer has 8 words; aim for 50 to 300',
    ]);
  });

  test('warnings alone pass; --strict makes them fail', async () => {
    const loose = await inT(['validate', 'weak.yaml']);
    expect(loose.code).toBe(0);
    expect(lines(loose.stdout)).toEqual([...WEAK_LINES, '✓ valid: 1 file, 1 question (3 warnings)']);

    const strict = await inT(['validate', '--strict', 'weak.yaml']);
    expect(strict.code).toBe(1);
    expect(lines(strict.stdout)).toEqual([...WEAK_LINES, '✗ invalid: 0 errors, 3 warnings (--strict: warnings fail) in 1 file, 1 question']);

    const github = await inT(['validate', '--strict', '--format', 'github', 'weak.yaml']);
    expect(github.code).toBe(1);
    expect(lines(github.stdout).filter((l) => l.startsWith('::')).every((l) => l.startsWith('::error '))).toBe(true);

    const asJson = await inT(['validate', '--strict', '--format', 'json', 'weak.yaml']);
    expect(asJson.code).toBe(1);
    expect(json(asJson)).toMatchObject({ valid: false, strict: true, errors: 0, warnings: 3 });
  });
});

describe.concurrent('list', () => {
  test('the built-in bank as a table that fits 80 columns when stdout is not a terminal', async () => {
    const r = await run(['list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^ID +LEVELS +TYPE\b/);
    expect(out).toContain('agent · Collections agent track (37 questions)');
    expect(r.stdout).toMatch(/^agent: junior Junior Collections Agent < mid Collections Agent < senior/m);
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(80);
    // Nothing is cut short at 80 columns: levels are abbreviated instead (with a legend).
    expect(r.stdout).not.toContain('…');
    expect(r.stdout).toContain('levels: jr junior, sr senior, mgr manager, dir director');
    const count = /^(\d+) questions\. Show one with: collections-prep show <id>$/m.exec(r.stdout);
    expect(Number(count?.[1])).toBeGreaterThan(0);
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

describe.concurrent('show', () => {
  test('prints a readable card', async () => {
    const r = await inT(['show', 'my-agent-mid', '--no-builtin', '--questions', 'mine']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    // Skills by their names from the bank (these two are built-in skills).
    expect(out.split('\n').slice(0, 2)).toEqual(['my-agent-mid', 'agent · mid · situational · skills: Negotiation, Compliance']);
    const headings = ['Question', 'Why it is asked', 'How to answer', 'What not to say', 'Example answer', 'Key points', 'Red flags'];
    const at = headings.map((h) => out.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(out).toContain('  A customer says they will not pay. What do you do?');
    expect(out).toContain('  1. Listen first.');
    expect(out).toContain('✓ Listens before asking for money');
    expect(out).toContain('Source: mine/questions.yaml:20');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test('a built-in question by its id, with skill names from the built-in bank', async () => {
    const listed = json<QuestionJson[]>(await run(['list', '--role', 'supervisor', '--format', 'json']));
    const first = listed[0]!;
    const r = await run(['show', first.id]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(first.id);
    expect(r.stdout).toContain('Why it is asked');
  });

  test('--format json: the YAML fields plus file', async () => {
    const r = await inT(['show', 'my-both-senior', '--questions', 'mine', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({
      id: 'my-both-senior',
      text: 'A customer says they will not pay. What do you do?',
      roles: ['agent', 'supervisor'],
      seniority: ['senior', 'lead'],
      type: 'motivational',
      skills: ['debt-advice'],
      why_asked: 'Tests whether you stay calm and within the law.',
      how_to_answer: ['Listen first.'],
      what_not_to_say: ['Threats.'],
      example_answer: EXAMPLE_ANSWER,
      key_points: [{ point: 'Listens before asking for money', signals: ['listen'] }],
      red_flags: [{ flag: 'Threatens action that is not lawful', signals: ['jail'] }],
      file: 'mine/questions.yaml',
      line: 56,
    });
  });

  test('an unknown id is exit 1 with the nearest id', async () => {
    const r = await inT(['show', 'my-agent-mdi', '--questions', 'mine']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('collections-prep: no question with id "my-agent-mdi" (did you mean "my-agent-mid"?); see "collections-prep list"\n');
    const far = await run(['show', 'zzzz-nothing-like-it']);
    expect(far.code).toBe(1);
    expect(far.stderr).toBe('collections-prep: no question with id "zzzz-nothing-like-it"; see "collections-prep list"\n');
  });

  test('a missing id argument is a usage error', async () => {
    const r = await run(['show']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("collections-prep: missing required argument 'id'\n");
  });
});

describe.concurrent('schema', () => {
  test('prints JSON Schema draft 2020-12, equal to the committed file', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const committed = JSON.parse(readFileSync(join(ROOT, 'questions', 'question-file.schema.json'), 'utf8')) as unknown;
    expect(printed).toEqual(committed);
  });

  test('-o writes it to a file', async () => {
    const r = await inT(['schema', '-o', 'out.schema.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote out.schema.json\n');
    expect(readFileSync(t.path('out.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'questions', 'question-file.schema.json'), 'utf8'));
  });

  test('the schema rejects what validate rejects: unknown keys, and requires rubric levels 1, 3, 5', async () => {
    const schema = JSON.parse((await run(['schema'])).stdout) as {
      additionalProperties: boolean;
      $defs?: Record<string, { additionalProperties?: boolean; required?: string[]; properties?: Record<string, { required?: string[] }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    expect(text).toMatch(/"required":\["1","3","5"\]/);
  });
});
