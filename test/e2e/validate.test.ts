// `validate` end to end: the built CLI, spawned as a user's shell would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { questionsFile, questionYaml } from '../helpers/bank.js';
import { run, tempDir } from '../helpers/cli.js';
import { BAD_LINES, json, lines, useUserBanks, WEAK_LINES } from '../helpers/user-banks.js';

const banks = useUserBanks();
const inT = banks.inT;

describe.concurrent('validate', () => {
  test('the built-in bank is valid', async () => {
    const r = await run(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout).at(-1)).toMatch(/^✓ valid: \d+ files, \d+ questions( \(\d+ warnings?\))?$/);
    expect(r.stdout).not.toContain(': error: ');
  });

  test('the built-in bank is valid from any folder', async () => {
    const r = await run(['validate', '--format', 'json'], { cwd: banks.t.dir });
    expect(r.code).toBe(0);
    expect(json<{ valid: boolean; errors: number }>(r)).toMatchObject({ valid: true, errors: 0 });
  });

  test('a user bank that uses built-in skills is valid', async () => {
    const r = await inT(['validate', 'mine']);
    expect(r).toEqual({ code: 0, stdout: '✓ valid: 2 files, 4 questions\n', stderr: '' });
  });

  test('every bad input gets exactly one line that names file, line and column, then exit 1', async () => {
    // The alias bomb and the huge file must not hang: a bound ends a hung run, and the test checks
    // that the tool ended by itself (speed is measured by npm run bench, never asserted here).
    const r = await inT(['validate', 'bad', 'nothing', 'missing.yaml'], { boundMs: 60_000 });
    expect(r.bounded).not.toBe(true);
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
        { file: 'weak.yaml', line: 2, col: 5, severity: 'warning', path: 'questions[0]', message: 'no red_flags: graders cannot flag a harm particular to this card (the general conduct checks still apply to every answer)' },
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
      '::warning file=weak.yaml,line=2,col=5::questions[0]: no red_flags: graders cannot flag a harm particular to this card (the general conduct checks still apply to every answer)',
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

// Issue 12 item 9: links to folders are followed once. These runs could hang (Node 20's recursive
// readdir follows a self-link without end), so each is bounded, and the test asserts that the
// tool ended by itself.
describe('validate and drill with links to folders', () => {
  const box = tempDir({
    'loop/q.yaml': questionsFile(questionYaml('looped-card', { skills: '[negotiation]' })),
    'answer.txt': 'I would ask why they cannot pay, listen, and offer a plan they can afford.\n',
  });
  symlinkSync('.', box.path('loop/a'));
  symlinkSync('.', box.path('loop/b'));
  mkdirSync(box.path('loop/sub'));
  symlinkSync('..', box.path('loop/sub/up'));
  afterAll(() => box.cleanup());
  const loopWarnings = [
    `loop/a: warning: link to a folder that holds it (${realpathSync(box.path('loop'))}): a loop, not followed`,
    `loop/b: warning: link to a folder that holds it (${realpathSync(box.path('loop'))}): a loop, not followed`,
    `loop/sub/up: warning: link to a folder that holds it (${realpathSync(box.path('loop'))}): a loop, not followed`,
  ];

  test('validate: each loop is one warning, the card is read once (no duplicate ids)', async () => {
    const r = await run(['validate', 'loop'], { cwd: box.dir, boundMs: 20_000 });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([...loopWarnings, '✓ valid: 1 file, 1 question (3 warnings)']);
  });

  test('drill: the bank loads once and the session runs', async () => {
    const r = await run(['drill', '--questions', 'loop', '--no-builtin', '--seed', '1', '--answers', 'answer.txt'], {
      cwd: box.dir,
      home: box.path('home'),
      boundMs: 20_000,
    });
    expect(r.bounded).toBe(false);
    expect(r.stderr).not.toContain('duplicate');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('looped-card');
  });
});

// Issue 12 item 10, for bank files: a FIFO or a device named as a question file is refused from
// its file type, never read (reading would block, or never end). Bounded, as they could hang.
describe('special files named as question files', () => {
  const box = tempDir({ 'answer.txt': 'I would listen first.\n' });
  expect(spawnSync('mkfifo', [box.path('fifo.yaml')]).status).toBe(0);
  afterAll(() => box.cleanup());

  test('validate refuses a FIFO and /dev/zero at once', async () => {
    const r = await run(['validate', 'fifo.yaml', '/dev/zero'], { cwd: box.dir, boundMs: 20_000 });
    expect(r.bounded).toBe(false);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      '/dev/zero: error: cannot read: not a regular file (a pipe, socket or device)',
      'fifo.yaml: error: cannot read: not a regular file (a pipe, socket or device)',
      '✗ invalid: 2 errors, 0 warnings in 2 files, 0 questions',
    ]);
  });

  test('drill --questions refuses them too', async () => {
    for (const file of ['fifo.yaml', '/dev/zero']) {
      const r = await run(['drill', '--questions', file, '--seed', '1', '--answers', 'answer.txt'], { cwd: box.dir, home: box.path('home'), boundMs: 20_000 });
      expect(r.bounded).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file}: error: cannot read: not a regular file (a pipe, socket or device)`);
    }
  });
});
