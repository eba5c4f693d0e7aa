// The user banks, bad files and helpers that the end-to-end tests of the bank commands (list,
// show, validate, schema, and the package itself) share: question files written into a temporary
// folder. Built-in question ids are not relied on (that bank is still growing); the roles agent
// and supervisor and the built-in skill ids are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { EXAMPLE_ANSWER, questionsFile, questionYaml, skillsFile, skillYaml } from './bank.js';
import { ROOT, run, tempDir, type RunOptions, type RunResult } from './cli.js';

export const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
export const COMMANDS = ['drill', 'list', 'show', 'validate', 'schema'];

/** A user-facing failure: no stack trace, and nothing of Node's own error output. */
export function expectNoStack(r: RunResult): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/node:internal|Error: /);
}
export const lines = (s: string) => s.split('\n').filter((l) => l !== '');
export const json = <T = unknown>(r: RunResult): T => JSON.parse(r.stdout) as T;

export interface QuestionJson {
  id: string;
  roles: string[];
  seniority: string[];
  type: string;
  skills: string[];
  file: string;
  [field: string]: unknown;
}

/** The user's own bank: one skill of their own, and questions that use it and the built-in skills. */
export const MINE = {
  'mine/skills.yaml': skillsFile(skillYaml('debt-advice')),
  'mine/questions.yaml': questionsFile(
    questionYaml('my-agent-junior', { seniority: '[junior]', type: 'behavioral', skills: '[empathy]' }),
    questionYaml('my-agent-mid', { seniority: '[mid]', type: 'situational', skills: '[negotiation, compliance]' }),
    questionYaml('my-supervisor-lead', { roles: '[supervisor]', seniority: '[lead]', type: 'technical', skills: '[coaching]' }),
    questionYaml('my-both-senior', { roles: '[agent, supervisor]', seniority: '[senior, lead]', type: 'motivational', skills: '[debt-advice]' }),
  ),
};
export const MINE_IDS = ['my-agent-junior', 'my-agent-mid', 'my-supervisor-lead', 'my-both-senior'];

/** One file per kind of bad input that issue 2 lists, each with the exact line validate must print. */
export function billionLaughs(): string {
  const out = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 20; i++) out.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
  return `${out.join('\n')}\n`;
}
export const CARD = questionsFile(questionYaml('bad-card'));
export const BAD: Record<string, string | Uint8Array> = {
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
export const BAD_LINES = [
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
export const WEAK = questionsFile(
  questionYaml('weak-card')
    .replace(`    example_answer: ${EXAMPLE_ANSWER}`, '    example_answer: I would listen and then agree a plan.')
    .replace(/    key_points:\n.*\n.*\n/, '')
    .replace(/    red_flags:\n.*\n.*\n/, ''),
);
export const WEAK_LINES = [
  'weak.yaml:2:5: warning: questions[0]: no key_points: graders cannot say what a strong answer shows',
  'weak.yaml:2:5: warning: questions[0]: no red_flags: graders cannot flag a harm particular to this card (the general conduct checks still apply to every answer)',
  'weak.yaml:13:21: warning: questions[0].example_answer: example answer has 8 words; aim for 50 to 300',
];


/**
 * The folder of user banks and bad files for this test file (made before its tests, removed
 * after): `inT` runs the CLI there.
 */
export function useUserBanks() {
  let t: ReturnType<typeof tempDir>;
  beforeAll(() => {
    t = tempDir({ ...MINE, ...BAD, 'weak.yaml': WEAK });
    // A named pipe must be refused, not read (which would block forever).
    mkdirSync(t.path('pipe'));
    expect(spawnSync('mkfifo', [t.path('pipe/q.yaml')]).status).toBe(0);
  });
  afterAll(() => t.cleanup());
  return {
    inT: (args: string[], options: RunOptions = {}) => run(args, { cwd: t.dir, ...options }),
    get t() {
      return t;
    },
  };
}
