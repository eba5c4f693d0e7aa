import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { crossCheck, EXAMPLE_ANSWER_WORDS, wordCount } from '../../../src/bank/check.js';
import { compileBank, compiledLoader } from '../../../src/bank/compiled.js';
import { diagnosticLine, sortDiagnostics } from '../../../src/bank/diagnostics.js';
import { discover, displayPath } from '../../../src/bank/files.js';
import { checkFiles, loadBank, type LoadOptions } from '../../../src/bank/load.js';
import type { BankQuestion, BankSkill } from '../../../src/bank/model.js';
import { MAX_FILE_BYTES } from '../../../src/bank/text-file.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { EXAMPLE_ANSWER, questionsFile, questionYaml, skillsFile, skillYaml } from '../../helpers/bank.js';
import { tempDir } from '../../helpers/cli.js';

// readFileSync is wrapped so that one test can make a file unreadable: the suite runs as root in
// CI containers, where chmod 000 does not stop reads, so EACCES is simulated instead.
const denied = new Set<string>();
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (typeof path === 'string' && denied.has(path)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', errno: -13, syscall: 'open', path });
    }
    return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, readFileSync, default: { ...real, readFileSync } };
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  denied.clear();
  while (cleanups.length) cleanups.pop()!();
});

function folder(files: Record<string, string | Uint8Array> = {}) {
  const t = tempDir(files);
  cleanups.push(t.cleanup);
  return t;
}

/** Loads user paths (no built-in bank) and returns the problems as one-line strings. */
function load(cwd: string, paths: string[], extra: Partial<LoadOptions> = {}) {
  const result = loadBank({ cwd, paths, ...extra });
  return { ...result, lines: sortDiagnostics(result.diagnostics).map(diagnosticLine) };
}

const SKILLS = skillsFile(skillYaml('negotiation'), skillYaml('compliance'));

describe('discover', () => {
  test('finds .yaml and .yml files recursively, sorted, skipping hidden folders, node_modules and other files', () => {
    const t = folder({
      'b.yml': 'x',
      'a.yaml': 'x',
      'sub/deeper/c.YAML': 'x',
      'notes.txt': 'x',
      '.hidden/d.yaml': 'x',
      'node_modules/e.yaml': 'x',
    });
    const { files, diagnostics } = discover(['.'], t.dir);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => displayPath(f, t.dir))).toEqual(['a.yaml', 'b.yml', join('sub', 'deeper', 'c.YAML')]);
  });

  test('a file named directly is taken whatever its extension, and repeated paths count once', () => {
    const t = folder({ 'bank.txt': 'x', 'a.yaml': 'x' });
    expect(discover(['bank.txt', 'a.yaml', '.', 'a.yaml'], t.dir).files.map((f) => displayPath(f, t.dir))).toEqual(['bank.txt', 'a.yaml']);
  });

  test('a missing path', () => {
    const t = folder();
    expect(load(t.dir, ['missing.yaml', 'gone/']).lines).toEqual(['gone/: error: no such file or folder', 'missing.yaml: error: no such file or folder']);
  });

  test('a folder with no YAML files', () => {
    const t = folder({ 'empty/readme.txt': 'hello' });
    expect(load(t.dir, ['empty']).lines).toEqual(['empty: error: folder has no .yaml or .yml files']);
  });

  test('displayPath is relative inside the working folder and absolute outside it', () => {
    expect(displayPath('/work/x/a.yaml', '/work/x')).toBe('a.yaml');
    expect(displayPath('/elsewhere/a.yaml', '/work/x')).toBe('/elsewhere/a.yaml');
  });
});

describe('discover: links to folders', () => {
  const BANK = { 'bank/skills.yaml': SKILLS, 'bank/q.yaml': questionsFile(questionYaml('one')) };

  // Two self-links or a link to a parent made Node 20's recursive readdir run without end: those
  // are tested end to end (test/e2e/validate.test.ts), where a run can be bounded; a single
  // self-link ends, after loading the bank 40 times.
  test('a link to the folder itself: searched once, a warning for the loop, no duplicate ids', () => {
    const t = folder(BANK);
    fs.symlinkSync('.', t.path('bank/again'));
    const r = load(t.dir, ['bank']);
    expect(r.files).toEqual([join('bank', 'q.yaml'), join('bank', 'skills.yaml')]);
    expect(r.bank.questions.map((q) => q.id)).toEqual(['one']);
    expect(r.lines).toEqual([`${join('bank', 'again')}: warning: link to a folder that holds it (${fs.realpathSync(t.path('bank'))}): a loop, not followed`]);
  });

  test('a link to a folder outside is followed once; a second link to it is left out with a warning', () => {
    const t = folder({ ...BANK, 'shared/more.yaml': questionsFile(questionYaml('two')) });
    fs.symlinkSync(t.path('shared'), t.path('bank/first'));
    fs.symlinkSync(t.path('shared'), t.path('bank/second'));
    const r = load(t.dir, ['bank']);
    expect(r.bank.questions.map((q) => q.id).sort()).toEqual(['one', 'two']);
    expect(r.files).toContain(join('bank', 'first', 'more.yaml'));
    expect(r.lines).toEqual([`${join('bank', 'second')}: warning: link to a folder already searched (${fs.realpathSync(t.path('shared'))}): not followed again`]);
  });

  test('a link to a folder that is also searched as itself: the folder is searched under its own name', () => {
    const t = folder({ ...BANK, 'bank/real/more.yaml': questionsFile(questionYaml('two')) });
    fs.symlinkSync('real', t.path('bank/alias'));
    const r = load(t.dir, ['bank']);
    expect(r.files).toContain(join('bank', 'real', 'more.yaml'));
    expect(r.bank.questions.map((q) => q.id).sort()).toEqual(['one', 'two']);
    expect(r.lines).toEqual([`${join('bank', 'alias')}: warning: link to a folder already searched (${fs.realpathSync(t.path('bank/real'))}): not followed again`]);
  });

  test('a link to a file in the same bank is read once', () => {
    const t = folder(BANK);
    fs.symlinkSync('q.yaml', t.path('bank/same.yaml'));
    const r = load(t.dir, ['bank']);
    expect(r.lines).toEqual([]);
    expect(r.bank.questions.map((q) => q.id)).toEqual(['one']);
  });
});

describe('loadBank: files that cannot be used', () => {
  test('an unreadable file (EACCES) says permission denied', () => {
    const t = folder({ 'locked.yaml': SKILLS });
    denied.add(t.path('locked.yaml'));
    expect(load(t.dir, ['locked.yaml']).lines).toEqual(['locked.yaml: error: cannot read: permission denied']);
  });

  test('a folder whose name ends in .yaml', () => {
    const t = folder({ 'bank/real.yaml': SKILLS });
    fs.mkdirSync(t.path('bank/odd.yaml'));
    expect(load(t.dir, ['bank']).lines).toEqual([`${join('bank', 'odd.yaml')}: error: cannot read: is a folder, not a file`]);
  });

  test('a named pipe is refused at once instead of blocking forever', () => {
    const t = folder({ 'bank/real.yaml': SKILLS });
    const made = spawnSync('mkfifo', [t.path('bank/pipe.yaml')]);
    expect(made.status).toBe(0);
    expect(load(t.dir, ['bank']).lines).toEqual([`${join('bank', 'pipe.yaml')}: error: cannot read: not a regular file (a pipe, socket or device)`]);
  });

  test('a binary file is refused at its first NUL byte', () => {
    const t = folder({ 'bin.yaml': Buffer.from([0x73, 0x6b, 0x0a, 0x89, 0x50, 0x00, 0x01]) });
    expect(load(t.dir, ['bin.yaml']).lines).toEqual(['bin.yaml:2:3: error: file looks binary (it contains NUL bytes); expected UTF-8 YAML text']);
  });

  test('invalid UTF-8 is refused at the bad byte', () => {
    const t = folder({ 'latin1.yaml': Buffer.from('skills:\n  - id: caf\xe9\n', 'latin1') });
    expect(load(t.dir, ['latin1.yaml']).lines).toEqual(['latin1.yaml:2:12: error: file is not valid UTF-8 text (byte 0xe9); save it as UTF-8']);
  });

  test('a file over the 1 MiB limit is refused (before parsing)', () => {
    const t = folder({ 'big.yaml': `# ${'x'.repeat(MAX_FILE_BYTES)}\n` });
    const size = MAX_FILE_BYTES + 3;
    expect(load(t.dir, ['big.yaml']).lines).toEqual([`big.yaml: error: file is ${size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB)`]);
  });

  test('empty and comment-only files', () => {
    const t = folder({ 'empty.yaml': '', 'comments.yml': '# nothing here\n' });
    expect(load(t.dir, ['.']).lines).toEqual([
      'comments.yml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`',
      'empty.yaml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`',
    ]);
  });

  test('problems in many files are all reported, and the good files still load', () => {
    const t = folder({
      'skills.yaml': SKILLS,
      'good.yaml': questionsFile(questionYaml('good-one')),
      'bad/tabs.yaml': 'questions:\n\t- id: a\n',
      'bad/typo.yaml': questionsFile(questionYaml('typo-one')).replace('    why_asked:', '    why_askd:'),
    });
    const { lines, bank, files } = load(t.dir, ['.']);
    expect(lines).toEqual([
      `${join('bad', 'tabs.yaml')}:2:1: error: YAML syntax: tab used for indentation; indent with spaces`,
      `${join('bad', 'typo.yaml')}:8:5: error: questions[0].why_askd: unknown field \`why_askd\` (did you mean "why_asked"?)`,
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(['good-one']);
    expect(files).toEqual([join('bad', 'tabs.yaml'), join('bad', 'typo.yaml'), 'good.yaml', 'skills.yaml']);
  });

  test('onProgress reports each file and then the end', () => {
    const t = folder({ 'a.yaml': SKILLS, 'b.yaml': questionsFile(questionYaml('q-b')) });
    const seen: string[] = [];
    loadBank({ cwd: t.dir, paths: ['.'], onProgress: (p) => seen.push(`${p.file}:${p.done}/${p.total}`) });
    expect(seen).toEqual(['a.yaml:0/2', 'b.yaml:1/2', ':2/2']);
  });
});

describe('loadBank: checks across files', () => {
  test('a valid two-file bank: sources, roles and skills', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(questionYaml('q-one'), questionYaml('q-two', { roles: '[supervisor, agent]' })) });
    const { lines, bank } = load(t.dir, ['.']);
    expect(lines).toEqual([]);
    expect([...bank.skills.keys()]).toEqual(['negotiation', 'compliance']);
    expect(bank.roles).toEqual(['agent', 'supervisor']);
    expect(bank.questions.map((q) => q.source)).toEqual([
      { file: 'q.yaml', line: 2, col: 5, index: 0 },
      { file: 'q.yaml', line: 20, col: 5, index: 1 },
    ]);
  });

  test('duplicate question ids across two files name the first location', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'a.yaml': questionsFile(questionYaml('same-id')), 'b.yaml': questionsFile(questionYaml('other'), questionYaml('same-id')) });
    expect(load(t.dir, ['.']).lines).toEqual(['b.yaml:20:9: error: questions[1].id: duplicate question id "same-id" (first defined at a.yaml:2)']);
  });

  test('duplicate skill ids name the first location', () => {
    const t = folder({ 'a.yaml': SKILLS, 'b.yaml': skillsFile(skillYaml('compliance')) });
    expect(load(t.dir, ['.']).lines).toEqual(['b.yaml:2:9: error: skills[0].id: duplicate skill id "compliance" (first defined at a.yaml:9)']);
  });

  test('an unknown skill reference suggests the nearest defined skill', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(questionYaml('q-one', { skills: '[compliance, negotiaton]' })) });
    expect(load(t.dir, ['.']).lines).toEqual(['q.yaml:7:26: error: questions[0].skills[1]: unknown skill "negotiaton" (did you mean "negotiation"?)']);
  });

  test('an unknown skill with no near match lists the known skills; with none defined it says so', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(questionYaml('q-one', { skills: '[astrology]' })) });
    expect(load(t.dir, ['.']).lines).toEqual(['q.yaml:7:14: error: questions[0].skills[0]: unknown skill "astrology"; known skills: compliance, negotiation']);
    expect(load(t.dir, ['q.yaml']).lines).toEqual(['q.yaml:7:14: error: questions[0].skills[0]: unknown skill "astrology"; no skills are defined']);
  });

  test('a rubric missing level 3 is an error that points into the rubric', () => {
    const t = folder({ 's.yaml': skillsFile(skillYaml('my-skill').replace('      3: Adequate.\n', '')) });
    expect(load(t.dir, ['.']).lines).toEqual(['s.yaml:6:7: error: skills[0].rubric.3: rubric level 3 is missing; levels 1, 3 and 5 are required (2 and 4 optional)']);
  });
});

describe('loadBank: every problem of a card at once', () => {
  test('an unknown field and an unknown skill in the same card are both reported', () => {
    const card = questionYaml('q-one', { skills: '[negotiaton]' }).replace('    why_asked:', '    colour: blue\n    why_asked:');
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(card) });
    expect(load(t.dir, ['.']).lines).toEqual([
      'q.yaml:7:14: error: questions[0].skills[0]: unknown skill "negotiaton" (did you mean "negotiation"?)',
      'q.yaml:8:5: error: questions[0].colour: unknown field `colour`; allowed: id, text, roles, seniority, type, skills, why_asked, how_to_answer, what_not_to_say, example_answer, key_points, red_flags, jurisdiction, sector, references, follow_ups, wrong_claims, stage',
    ]);
  });

  test('a card with a problem still gets its warnings, and is never drilled', () => {
    const broken = questionYaml('q-two', { type: 'riddle', seniority: '[mid, director]' }).replace(/    red_flags:\n.*\n.*\n/, '');
    const roles = 'roles:\n  - id: agent\n    name: Agents\n    levels:\n      - { id: mid, title: Collections Agent }\n';
    const t = folder({ 'skills.yaml': SKILLS, 'roles.yaml': roles, 'a.yaml': questionsFile(questionYaml('q-one')), 'b.yaml': questionsFile(broken) });
    const { lines, bank } = load(t.dir, ['.']);
    expect(lines).toEqual([
      expect.stringMatching(/^b\.yaml:2:5: warning: questions\[0\]: no red_flags: /),
      'b.yaml:5:22: warning: questions[0].seniority[1]: level "director" is not on the agent ladder; allowed levels (agent: mid)',
      expect.stringMatching(/^b\.yaml:6:11: error: questions\[0\]\.type: "riddle" is not allowed; expected one of: /),
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(['q-one']);
  });

  test('a field that is there but wrong is reported once, not again as missing', () => {
    const card = questionYaml('q-one').replace(/    red_flags:\n.*\n.*\n/, '    red_flags: jail\n');
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(card) });
    expect(load(t.dir, ['.']).lines).toEqual(['q.yaml:17:16: error: questions[0].red_flags: `red_flags` must be a list, got text']);
  });

  test('a skill with a rubric error is still defined for the cards that use it', () => {
    const skills = skillsFile(skillYaml('negotiation').replace('      3: Adequate.\n', ''));
    const t = folder({ 'skills.yaml': skills, 'q.yaml': questionsFile(questionYaml('q-one')) });
    expect(load(t.dir, ['.']).lines).toEqual(['skills.yaml:6:7: error: skills[0].rubric.3: rubric level 3 is missing; levels 1, 3 and 5 are required (2 and 4 optional)']);
  });
});

describe('loadBank: warnings for weak cards', () => {
  test('a short example answer, no key_points and no red_flags', () => {
    const card = questionYaml('weak')
      .replace(`    example_answer: ${EXAMPLE_ANSWER}`, '    example_answer: I would stay calm and listen.')
      .replace(/    key_points:\n.*\n.*\n/, '')
      .replace(/    red_flags:\n.*\n.*\n/, '');
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(card) });
    const { lines, bank } = load(t.dir, ['.']);
    expect(lines).toEqual([
      'q.yaml:2:5: warning: questions[0]: no key_points: graders cannot say what a strong answer shows',
      'q.yaml:2:5: warning: questions[0]: no red_flags: graders cannot flag a harm particular to this card (the general conduct checks still apply to every answer)',
      'q.yaml:13:21: warning: questions[0].example_answer: example answer has 6 words; aim for 50 to 300',
    ]);
    // Warnings do not stop the card from loading.
    expect(bank.questions).toHaveLength(1);
  });

  test('an example answer over 300 words', () => {
    const long = Array.from({ length: 301 }, () => 'word').join(' ');
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(questionYaml('long').replace(EXAMPLE_ANSWER, long)) });
    expect(load(t.dir, ['.']).lines).toEqual(['q.yaml:13:21: warning: questions[0].example_answer: example answer has 301 words; aim for 50 to 300']);
  });

  test('an empty key_points list warns like a missing one', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': questionsFile(questionYaml('q').replace(/    key_points:\n.*\n.*\n/, '    key_points: []\n')) });
    expect(load(t.dir, ['.']).lines).toEqual(['q.yaml:2:5: warning: questions[0]: no key_points: graders cannot say what a strong answer shows']);
  });
});

describe('loadBank: the built-in bank', () => {
  test('loads with no errors, with both tracks and its skills', () => {
    const { bank, diagnostics } = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } });
    expect(diagnostics.filter((d) => d.severity === 'error').map(diagnosticLine)).toEqual([]);
    expect(bank.roles).toEqual(expect.arrayContaining(['agent', 'supervisor']));
    expect([...bank.skills.keys()]).toEqual(expect.arrayContaining(['negotiation', 'compliance', 'communication', 'empathy']));
    expect(bank.questions.length).toBeGreaterThan(0);
  });

  test('user paths are added to it', () => {
    const t = folder({ 'mine.yaml': questionsFile(questionYaml('my-own-question')) });
    const builtinOnly = loadBank({ cwd: t.dir, builtin: { dir: BUILTIN_DIR } }).bank.questions.length;
    const { bank, diagnostics } = loadBank({ cwd: t.dir, paths: ['mine.yaml'], builtin: { dir: BUILTIN_DIR } });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(bank.questions).toHaveLength(builtinOnly + 1);
    expect(bank.questions.at(-1)?.source.file).toBe('mine.yaml');
  });

  test('builtinSkillsOnly: user questions may use built-in skills, built-in questions stay out, only user files are reported', () => {
    const t = folder({ 'mine.yaml': questionsFile(questionYaml('my-own-question', { skills: '[compliance, empathy]' })) });
    const result = load(t.dir, ['mine.yaml'], { builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: true });
    expect(result.lines).toEqual([]);
    expect(result.files).toEqual(['mine.yaml']);
    expect(result.bank.questions.map((q) => q.id)).toEqual(['my-own-question']);
    expect(result.bank.skills.has('empathy')).toBe(true);
  });

  test('a user question id that repeats a built-in one is a duplicate', () => {
    const builtin = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } }).bank.questions[0]!;
    const t = folder({ 'mine.yaml': questionsFile(questionYaml(builtin.id)) });
    const { diagnostics } = loadBank({ cwd: t.dir, paths: ['mine.yaml'], builtin: { dir: BUILTIN_DIR } });
    expect(diagnostics.map(diagnosticLine)).toContainEqual(
      expect.stringMatching(new RegExp(`^mine\\.yaml:2:9: error: questions\\[0\\]\\.id: duplicate question id "${builtin.id}" \\(first defined at .*:${builtin.source.line}\\): the built-in bank has it; choose another id, or use --no-builtin if your files replace the built-in bank$`)),
    );
  });

  test('the compiled copy is used while it matches the YAML, and ignored once the YAML changes', () => {
    const t = folder({ 'bank/skills.yaml': SKILLS, 'bank/q.yaml': questionsFile(questionYaml('q-one')) });
    const dir = t.path('bank');
    const first = loadBank({ cwd: t.dir, builtin: { dir } });
    const jsonPath = t.path('bank.json');
    fs.writeFileSync(jsonPath, JSON.stringify(compileBank(dir, [...first.bank.ladders.values()], [...first.bank.skills.values()], first.bank.questions, t.dir)));
    const loader = compiledLoader(jsonPath, t.dir);
    const compiled = loader(dir);
    expect(compiled?.questions.map((q) => q.source)).toEqual([{ file: join('bank', 'q.yaml'), line: 2, col: 5, index: 0 }]);
    expect(loadBank({ cwd: t.dir, builtin: { dir, load: loader } }).bank.questions).toEqual(first.bank.questions);

    fs.appendFileSync(t.path('bank/q.yaml'), questionYaml('q-two'));
    expect(loader(dir)).toBeUndefined();
    expect(loadBank({ cwd: t.dir, builtin: { dir, load: loader } }).bank.questions.map((q) => q.id)).toEqual(['q-one', 'q-two']);
    expect(compiledLoader(t.path('missing.json'), t.dir)(dir)).toBeUndefined();
  });
});

describe('crossCheck', () => {
  const source = (index: number) => ({ file: 'q.yaml', line: 2 + index * 10, col: 5, index });
  const skill = (id: string, index = 0): BankSkill => ({
    id,
    name: id,
    description: 'd',
    rubric: { 1: 'w', 3: 'a', 5: 'e' },
    source: { file: 's.yaml', line: 2 + index, col: 5, index },
  });
  const question = (id: string, index: number, over: Partial<BankQuestion> = {}): BankQuestion => ({
    id,
    text: 't',
    roles: ['agent'],
    seniority: ['mid'],
    type: 'situational',
    skills: ['negotiation'],
    why_asked: 'w',
    how_to_answer: ['h'],
    what_not_to_say: ['n'],
    example_answer: EXAMPLE_ANSWER,
    key_points: [{ point: 'p' }],
    red_flags: [{ flag: 'f' }],
    source: source(index),
    ...over,
  });

  test('a clean bank has no diagnostics', () => {
    expect(crossCheck({ skills: [skill('negotiation')], questions: [question('a', 0), question('b', 1)] })).toEqual([]);
  });

  test('without a locator, problems point at the card', () => {
    expect(crossCheck({ skills: [skill('negotiation')], questions: [question('a', 0), question('a', 1)] })).toEqual([
      { file: 'q.yaml', line: 12, col: 5, severity: 'error', path: 'questions[1].id', message: 'duplicate question id "a" (first defined at q.yaml:2)' },
    ]);
  });

  test('extraSkills resolve references without being reported on', () => {
    const out = crossCheck({ skills: [], questions: [question('a', 0)], extraSkills: [skill('negotiation'), skill('negotiation', 1)] });
    expect(out).toEqual([]);
  });

  test('the word-count bounds are inclusive: 50 and 300 words pass, 49 and 301 warn', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const warned = (n: number) => crossCheck({ skills: [skill('negotiation')], questions: [question('a', 0, { example_answer: words(n) })] }).length;
    expect(EXAMPLE_ANSWER_WORDS).toEqual({ min: 50, max: 300 });
    expect([warned(49), warned(50), warned(300), warned(301)]).toEqual([1, 0, 0, 1]);
  });

  test('wordCount counts words with letters or digits, not stray punctuation', () => {
    expect(wordCount('I paid £412 — in 6 instalments.')).toBe(6);
    expect(wordCount('  ')).toBe(0);
    expect(wordCount(EXAMPLE_ANSWER)).toBe(60);
  });

  test('wordCount counts as splitting on white space and testing each word did', () => {
    const reference = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // ASCII, Unicode letters and digits (an astral letter, Arabic-Indic digits), marks that are
    // neither, Unicode spaces and line separators, a lone surrogate.
    const alphabet = ['a', 'Z', '7', ' ', '\t', '\n', '\r', '\v', '.', '—', '£', 'é', 'e\u0301', '\u0301', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0663', '𝐀', '😀', '\ud800', 'ß', '-', "'"];
    let state = 7;
    const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: random(30) }, () => alphabet[random(alphabet.length)]).join('');
      expect({ text, words: wordCount(text) }).toEqual({ text, words: reference(text) });
    }
  });

  test('wordCount takes time in proportion to the text, whatever the text (a megabyte of punctuation)', () => {
    // A pattern that backtracked over a long run without letters would take hours here.
    expect(wordCount(`${'-'.repeat(1_000_000)} a ${'.,'.repeat(500_000)}`)).toBe(1);
  });
});

describe('one run reports every problem', () => {
  test('cards that are valid on their own are still cross-checked when another card of the file is invalid', () => {
    const t = folder({
      'mine.yaml': [
        'questions:',
        '  - id: broken-one',
        '    text: Why?',
        '    roles: [agent]',
        '    seniority: [junoir]',
        '    type: situational',
        '    skills: [negotiation]',
        '    why_asked: x',
        '    how_to_answer: [x]',
        '    what_not_to_say: [x]',
        '    example_answer: x',
        '  - id: fine-but-typo',
        '    text: Why?',
        '    roles: [agent]',
        '    seniority: [junior]',
        '    type: situational',
        '    skills: [negotation]',
        '    why_asked: x',
        '    how_to_answer: [x]',
        '    what_not_to_say: [x]',
        '    example_answer: x',
      ].join('\n'),
    });
    const { diagnostics, bank } = loadBank({ cwd: t.dir, paths: ['mine.yaml'], builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: true });
    const lines = diagnostics.map(diagnosticLine);
    expect(lines).toContainEqual(expect.stringMatching(/^mine\.yaml:5:17: error: questions\[0\]\.seniority\[0\]: "junoir" is not allowed/));
    expect(lines).toContainEqual(expect.stringMatching(/^mine\.yaml:17:14: error: questions\[1\]\.skills\[0\]: unknown skill "negotation" \(did you mean "negotiation"\?\)/));
    expect(bank.questions.map((q) => q.id)).toEqual(['fine-but-typo']);
  });
});

describe('checkFiles (validate) keeps less than loadBank and finds the same', () => {
  test('the same diagnostics, files and cards, beside the built-in bank, on their own, and for the built-in bank', () => {
    const card = (id: string, extra: string[] = []) =>
      questionYaml(id).replace('    key_points:', [...extra, '    key_points:'].join('\n'));
    const t = folder({
      'skills.yaml': SKILLS,
      // Follow-ups that name a key point, one that does not, one without when_missing.
      'a.yaml': questionsFile(
        card('a-one', ['    follow_ups:', '      - question: And then?', '        when_missing: Listens before asking for money.', '      - question: Why?', '        when_missing: Offers a plan', '      - question: Anything else?']),
        questionYaml('a-two', { seniority: '[junior, director]', skills: '[negotiation, negotation]' }),
      ),
      // A duplicate id, a short answer, no key points or red flags, a card broken on its own.
      'b.yaml': questionsFile(questionYaml('a-one'), questionYaml('b-short'))
        .replace(EXAMPLE_ANSWER, 'Too short.')
        .replace(/    key_points:\n      - point: .*\n        signals: .*\n/, '')
        .replace(/    red_flags:\n      - flag: .*\n        signals: .*\n(?=  - id: b-short)/, ''),
      'c.yaml': questionsFile(questionYaml('c-broken', { type: 'riddle' }), card('c-no-points', ['    follow_ups:', '      - question: And?', '        when_missing: Anything'])).replace(/    key_points:\n      - point: .*\n        signals: .*\n(?=    red_flags:\n      - flag: .*\n        signals: .*\n$)/, ''),
      'roles.yaml': 'roles:\n  - id: agent\n    name: Agents\n    levels:\n      - id: junior\n        title: Junior Agent\n      - id: mid\n        title: Agent\n',
    });
    const options: LoadOptions[] = [
      { cwd: t.dir, paths: ['.'] },
      { cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR } },
      { cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: true },
      { cwd: t.dir, builtin: { dir: BUILTIN_DIR } },
    ];
    let problems = 0;
    for (const o of options) {
      const full = loadBank(o);
      const lean = checkFiles(o);
      expect(lean.diagnostics).toEqual(full.diagnostics);
      expect(lean.files).toEqual(full.files);
      expect(lean.questions.map((q) => q.source).sort((x, y) => x.file.localeCompare(y.file) || x.index - y.index))
        .toEqual(full.bank.questions.map((q) => q.source).sort((x, y) => x.file.localeCompare(y.file) || x.index - y.index));
      expect(lean.skills.map((s) => s.source)).toEqual([...full.bank.skills.values()].map((s) => s.source));
      problems += full.diagnostics.length;
    }
    // Every kind of check above had something to say.
    const messages = checkFiles(options[0]!).diagnostics.map((d) => d.message).join('\n');
    for (const kind of ['duplicate question id', 'unknown skill', 'is not on the agent ladder', 'is not one of the card\'s key points', 'but the card has no key_points', 'example answer has', 'no key_points', 'no red_flags', 'is not allowed']) {
      expect(messages).toContain(kind);
    }
    expect(problems).toBeGreaterThan(10);
  });
});
