// The second-edition card fields and roles as data (issue 11, items 1 to 5): each new field's
// validation, good and bad, with located messages; ladders; and the compiled bank carrying them.
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { compileBank, compiledLoader } from '../../../src/bank/compiled.js';
import { diagnosticLine, sortDiagnostics } from '../../../src/bank/diagnostics.js';
import { loadBank, type LoadOptions } from '../../../src/bank/load.js';
import { parseQuestionFile } from '../../../src/bank/parse.js';
import { questionsFile, questionYaml, skillsFile, skillYaml } from '../../helpers/bank.js';
import { tempDir } from '../../helpers/cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function folder(files: Record<string, string> = {}) {
  const t = tempDir(files);
  cleanups.push(t.cleanup);
  return t;
}

/** One card (lines 2 to 19, see helpers/bank.ts) with extra fields from line 20 on. */
const card = (...extra: string[]) => questionsFile(questionYaml('q-one') + (extra.length ? `${extra.join('\n')}\n` : ''));
const problems = (text: string) => parseQuestionFile(text, 'f.yaml').diagnostics.map(diagnosticLine);

const SKILLS = skillsFile(skillYaml('negotiation'));

/** Loads the files as a user's bank (no built-in bank) and returns the problems as one-line strings. */
function load(files: Record<string, string>, extra: Partial<LoadOptions> = {}) {
  const t = folder({ 'skills.yaml': SKILLS, ...files });
  const result = loadBank({ cwd: t.dir, paths: ['.'], ...extra });
  return { ...result, dir: t.dir, lines: sortDiagnostics(result.diagnostics).map(diagnosticLine) };
}

const ROLES = [
  'roles:',
  '  - id: agent',
  '    name: Collections agent track',
  '    levels:',
  '      - { id: junior, title: Junior Collections Agent }',
  '      - { id: mid, title: Collections Agent }',
  '      - { id: senior, title: Senior Collections Agent, aliases: [Collections Specialist] }',
  '      - { id: lead, title: Collections Team Lead }',
  '      - { id: manager, title: Collections Manager }',
  '  - id: supervisor',
  '    name: Collection supervisor track',
  '    levels:',
  '      - { id: mid, title: Collection Specialist }',
  '      - { id: lead, title: Collection Supervisor }',
  '      - { id: senior, title: Senior Collection Supervisor }',
  '      - { id: manager, title: Collections Manager }',
  '      - { id: director, title: Director of Collections }',
  '',
].join('\n');

const FULL = card(
  '    jurisdiction: us', // 20
  '    sector: consumer',
  '    references: ["12 CFR 1006.14(b)(2)", "15 U.S.C. 1692c(b)"]',
  '    stage: opening',
  '    follow_ups:',
  '      - question: And if they dispute the balance in writing?', // 25
  '        when_missing: Listens before asking for money',
  '      - question: What would you say next?',
  '    wrong_claims:',
  '      - claim: Calling seven times a day is allowed',
  '        signals: [seven times a day, 7 times a day]', // 30
  '        correct: Reg F presumes harassment above 7 call attempts in 7 days about one debt',
  '      - claim: A dispute never stops collection',
  '        pattern: "dispute[s]? (never|does not) (stop|pause)"',
  '        correct: A written dispute within the validation period stops collection until verification is sent',
);

describe('second-edition card fields: valid', () => {
  test('every new field parses (fast road) and keeps its value', () => {
    const parsed = parseQuestionFile(FULL, 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data?.questions?.[0]).toMatchObject({
      jurisdiction: 'us',
      sector: 'consumer',
      references: ['12 CFR 1006.14(b)(2)', '15 U.S.C. 1692c(b)'],
      stage: 'opening',
      follow_ups: [{ question: 'And if they dispute the balance in writing?', when_missing: 'Listens before asking for money' }, { question: 'What would you say next?' }],
      wrong_claims: [
        { claim: 'Calling seven times a day is allowed', signals: ['seven times a day', '7 times a day'] },
        { claim: 'A dispute never stops collection', pattern: 'dispute[s]? (never|does not) (stop|pause)' },
      ],
    });
  });

  test('the full parse (a file with an anchor) keeps them too', () => {
    const parsed = parseQuestionFile(FULL.replace('    sector: consumer', '    sector: &s consumer'), 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data?.questions?.[0]?.sector).toBe('consumer');
    expect(parsed.data?.questions?.[0]?.wrong_claims).toHaveLength(2);
  });

  test('all of them are optional in a user\'s bank', () => {
    expect(load({ 'q.yaml': card() }).lines).toEqual([]);
  });

  test('a when_missing that matches a key point ignores case and a closing full stop', () => {
    const r = load({ 'q.yaml': card('    follow_ups:', '      - question: Why?', '        when_missing: listens before asking for money.') });
    expect(r.lines).toEqual([]);
  });
});

describe('second-edition card fields: located errors', () => {
  test('jurisdiction and sector are closed lists, with a suggestion', () => {
    expect(problems(card('    jurisdiction: usa'))).toEqual([
      'f.yaml:20:19: error: questions[0].jurisdiction: "usa" is not allowed (did you mean "us"?); expected one of: us, uk, any',
    ]);
    expect(problems(card('    sector: retail'))).toEqual([
      'f.yaml:20:13: error: questions[0].sector: "retail" is not allowed; expected one of: consumer, commercial, any',
    ]);
  });

  test('references is a non-empty list of text', () => {
    expect(problems(card('    references: []'))).toEqual(['f.yaml:20:17: error: questions[0].references: `references` needs at least 1 item']);
    expect(problems(card('    references: FDCPA'))).toEqual(['f.yaml:20:17: error: questions[0].references: `references` must be a list, got text']);
  });

  test('stage is opening or closing', () => {
    expect(problems(card('    stage: middle'))).toEqual(['f.yaml:20:12: error: questions[0].stage: "middle" is not allowed; expected one of: opening, closing']);
  });

  test('follow_ups: unknown keys are errors with a suggestion; question is required', () => {
    expect(problems(card('    follow_ups:', '      - question: And then?', '        when_mising: x'))).toEqual([
      'f.yaml:22:9: error: questions[0].follow_ups[0].when_mising: unknown field `when_mising` (did you mean "when_missing"?)',
    ]);
    expect(problems(card('    follow_ups:', '      - when_missing: Listens before asking for money'))).toEqual([
      'f.yaml:21:9: error: questions[0].follow_ups[0].question: missing required field `question` (text)',
    ]);
  });

  test('a when_missing that is not one of the card\'s key points is an error with the nearest point', () => {
    const r = load({ 'q.yaml': card('    follow_ups:', '      - question: And then?', '        when_missing: Listens before asking for payment') });
    expect(r.lines).toEqual([
      'q.yaml:22:23: error: questions[0].follow_ups[0].when_missing: when_missing "Listens before asking for payment" is not one of the card\'s key points (did you mean "Listens before asking for money"?)',
    ]);
  });

  test('a when_missing far from every key point lists them', () => {
    const r = load({ 'q.yaml': card('    follow_ups:', '      - question: And then?', '        when_missing: Quotes the statute') });
    expect(r.lines).toEqual([
      'q.yaml:22:23: error: questions[0].follow_ups[0].when_missing: when_missing "Quotes the statute" is not one of the card\'s key points; key points: "Listens before asking for money"',
    ]);
  });

  test('wrong_claims: signals or pattern is required, and correct', () => {
    expect(problems(card('    wrong_claims:', '      - claim: Seven a day is fine', '        correct: No, 7 in 7 days.'))).toEqual([
      'f.yaml:21:9: error: questions[0].wrong_claims[0]: `wrong_claims[0]` needs `signals` or `pattern` (or both), so that a grader can tell when the claim is made',
    ]);
    expect(problems(card('    wrong_claims:', '      - claim: Seven a day is fine', '        signals: [seven a day]'))).toEqual([
      'f.yaml:21:9: error: questions[0].wrong_claims[0].correct: missing required field `correct` (text)',
    ]);
  });

  test('wrong_claims: a pattern must compile, and the error points at it', () => {
    expect(problems(card('    wrong_claims:', '      - claim: Seven a day is fine', '        pattern: "(unclosed"', '        correct: No.'))).toEqual([
      'f.yaml:22:18: error: questions[0].wrong_claims[0].pattern: `pattern` is not a valid regular expression: Unterminated group',
    ]);
  });

  test('wrong_claims: unknown keys are errors', () => {
    expect(problems(card('    wrong_claims:', '      - claim: x', '        signal: [y]', '        correct: z'))[0]).toBe(
      'f.yaml:22:9: error: questions[0].wrong_claims[0].signal: unknown field `signal` (did you mean "signals"?)',
    );
  });

  test('an invalid card does not hide the valid ones beside it from cross-file checks', () => {
    const bad = questionYaml('q-bad').replace('    type: situational', '    type: situational\n    jurisdiction: mars');
    const r = load({ 'a.yaml': questionsFile(bad, questionYaml('q-two')), 'b.yaml': questionsFile(questionYaml('q-two')) });
    expect(r.lines.some((l) => l.includes('duplicate question id "q-two"'))).toBe(true);
    expect(r.lines.some((l) => l.includes('"mars" is not allowed'))).toBe(true);
  });
});

describe('roles: declared ladders with job titles', () => {
  test('a roles file parses on the fast road; roles join the bank with their ladders', () => {
    const parsed = parseQuestionFile(ROLES, 'roles.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.locate(['roles', 1])).toEqual({ line: 10, col: 5 });
    const r = load({ 'roles.yaml': ROLES });
    expect(r.lines).toEqual([]);
    expect([...r.bank.ladders.keys()]).toEqual(['agent', 'supervisor']);
    expect(r.bank.ladders.get('supervisor')!.levels.map((l) => l.id)).toEqual(['mid', 'lead', 'senior', 'manager', 'director']);
    expect(r.bank.ladders.get('agent')!.levels[2]).toEqual({ id: 'senior', title: 'Senior Collections Agent', aliases: ['Collections Specialist'] });
    expect(r.bank.roles).toEqual(['agent', 'supervisor']);
  });

  test('unknown keys, unknown level ids and missing titles are located errors', () => {
    expect(problems('roles:\n  - id: agent\n    name: A\n    levels:\n      - { id: junior, title: J, alias: [x] }\n      - { id: chief, title: C }\n      - { id: mid }\n')).toEqual([
      'f.yaml:5:33: error: roles[0].levels[0].alias: unknown field `alias` (did you mean "aliases"?)',
      'f.yaml:6:15: error: roles[0].levels[1].id: "chief" is not allowed; expected one of: junior, mid, senior, lead, manager, director',
      'f.yaml:7:9: error: roles[0].levels[2].title: missing required field `title` (text)',
    ]);
    expect(problems('roles:\n  - id: agent\n    name: A\n    ladder: []\n')).toEqual([
      'f.yaml:2:5: error: roles[0].levels: missing required field `levels` (a list)',
      'f.yaml:4:5: error: roles[0].ladder: unknown field `ladder`; allowed: id, name, levels',
    ]);
  });

  test('a role declared twice, a level twice, or a title for two levels of one role are errors', () => {
    const r = load({
      'a.yaml': 'roles:\n  - id: agent\n    name: A\n    levels:\n      - { id: junior, title: Junior }\n      - { id: mid, title: Agent }\n      - { id: mid, title: Mid }\n      - { id: senior, title: Senior, aliases: [agent] }\n',
      'b.yaml': 'roles:\n  - id: agent\n    name: Again\n    levels:\n      - { id: mid, title: M }\n',
    });
    expect(r.lines).toEqual([
      'a.yaml:7:15: error: roles[0].levels[2].id: level "mid" is already on the agent ladder (levels[1]); each level appears once',
      'a.yaml:8:48: error: roles[0].levels[3].aliases[0]: title "agent" is already used by agent mid; a title names one level of a role',
      'b.yaml:2:9: error: roles[0].id: duplicate role id "agent" (first declared at a.yaml:2)',
    ]);
  });

  test('a card level outside its declared role\'s ladder is a warning that lists the allowed levels', () => {
    const r = load({ 'roles.yaml': ROLES, 'q.yaml': card().replace('seniority: [mid]', 'seniority: [manager, director]') });
    expect(r.lines).toEqual([
      'q.yaml:5:26: warning: questions[0].seniority[1]: level "director" is not on the agent ladder; allowed levels (agent: junior < mid < senior < lead < manager)',
    ]);
  });

  test('a card for two roles may use a level that either ladder has', () => {
    const both = card().replace('roles: [agent]', 'roles: [agent, supervisor]').replace('seniority: [mid]', 'seniority: [junior, director]');
    expect(load({ 'roles.yaml': ROLES, 'q.yaml': both }).lines).toEqual([]);
  });

  test('a role no file declares keeps the global order and any level (users\' own banks keep working)', () => {
    const own = card().replace('seniority: [mid]', 'seniority: [director, junior]');
    const r = load({ 'q.yaml': own });
    expect(r.lines).toEqual([]);
    expect(r.bank.questions[0]!.seniority).toEqual(['junior', 'director']);
    const mine = card().replace('roles: [agent]', 'roles: [recoveries]').replace('seniority: [mid]', 'seniority: [director, lead, junior]');
    const withRoles = load({ 'roles.yaml': ROLES, 'q.yaml': mine });
    expect(withRoles.lines).toEqual([]);
    expect(withRoles.bank.questions[0]!.seniority).toEqual(['junior', 'lead', 'director']);
  });

  test('levels are kept in the card\'s role\'s ladder order, wherever the roles are declared', () => {
    const sup = card().replace('roles: [agent]', 'roles: [supervisor]').replace('seniority: [mid]', 'seniority: [senior, manager, lead]');
    // The card's file sorts before the roles file: ordering waits until every file is read.
    const r = load({ 'a-cards.yaml': sup, 'z-roles.yaml': ROLES });
    expect(r.lines).toEqual([]);
    expect(r.bank.questions[0]!.seniority).toEqual(['lead', 'senior', 'manager']);
  });

  test('with --no-builtin (builtinSkillsOnly) the built-in ladders do not apply to a user\'s agent cards', async () => {
    const { BUILTIN_DIR } = await import('../../../src/package.js');
    const t = folder({ 'q.yaml': card().replace('seniority: [mid]', 'seniority: [director]') });
    const own = loadBank({ cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: true });
    expect(own.diagnostics).toEqual([]);
    const beside = loadBank({ cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR } });
    expect(beside.diagnostics.map((d) => `${d.severity}: ${d.path}: ${d.message}`)).toEqual([
      'warning: questions[0].seniority[0]: level "director" is not on the agent ladder; allowed levels (agent: junior < mid < senior < lead < manager)',
    ]);
  });
});

describe('the built-in bank', () => {
  test('every built-in card must say its jurisdiction', () => {
    const t = folder({ 'skills.yaml': SKILLS, 'q.yaml': card() });
    const r = loadBank({ cwd: t.dir, builtin: { dir: t.dir } });
    expect(r.diagnostics.map(diagnosticLine)).toEqual([
      'q.yaml:2:5: error: questions[0]: missing required field `jurisdiction` (us, uk or any): every built-in card says whose rules it relies on',
    ]);
    const ok = folder({ 'skills.yaml': SKILLS, 'q.yaml': card('    jurisdiction: any') });
    expect(loadBank({ cwd: ok.dir, builtin: { dir: ok.dir } }).diagnostics).toEqual([]);
  });

  test('the compiled copy carries roles and every new field, levels in ladder order', () => {
    const sup = FULL.replace('roles: [agent]', 'roles: [supervisor]').replace('seniority: [mid]', 'seniority: [senior, lead]');
    const t = folder({ 'skills.yaml': SKILLS, 'roles.yaml': ROLES, 'q.yaml': sup });
    const first = loadBank({ cwd: t.dir, builtin: { dir: t.dir } });
    expect(first.diagnostics).toEqual([]);
    const compiled = compileBank(t.dir, [...first.bank.ladders.values()], [...first.bank.skills.values()], first.bank.questions, t.dir);
    const json = `${t.dir}/bank.json`;
    writeFileSync(json, JSON.stringify(compiled));
    const again = loadBank({ cwd: t.dir, builtin: { dir: t.dir, load: compiledLoader(json, t.dir) } });
    expect(again.bank.ladders.get('supervisor')!.levels.map((l) => l.title)).toEqual([
      'Collection Specialist',
      'Collection Supervisor',
      'Senior Collection Supervisor',
      'Collections Manager',
      'Director of Collections',
    ]);
    const q = again.bank.questions[0]!;
    expect(q.seniority).toEqual(['lead', 'senior']);
    expect(q).toMatchObject({ jurisdiction: 'us', sector: 'consumer', stage: 'opening', references: ['12 CFR 1006.14(b)(2)', '15 U.S.C. 1692c(b)'] });
    expect(q.follow_ups).toHaveLength(2);
    expect(q.wrong_claims).toHaveLength(2);
    expect(again.bank.questions).toEqual(first.bank.questions);
  });
});
