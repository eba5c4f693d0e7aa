// Scenario cards in bank files: validated by zod like questions, then checked across fields and
// files (goals named by branches and traps, skills, levels, turns) with exact lines.
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { compileBank, compiledLoader } from '../../../src/bank/compiled.js';
import { diagnosticLine, sortDiagnostics } from '../../../src/bank/diagnostics.js';
import { loadBank } from '../../../src/bank/load.js';
import { questionFileJsonSchema } from '../../../src/bank/schema.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { tempDir } from '../../helpers/cli.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const SCENARIO = `scenarios:
  - id: my-call
    title: A call
    roles: [agent]
    seniority: [junior]
    jurisdiction: us
    brief: You call Pat.
    persona: { name: Pat, mood: calm, situation: Pat lost a job. }
    facts:
      creditor: a phone company
      balance: $300
      days_past_due: 40
      true: [Pat lost a job.]
    script:
      - say: Hello?
      - say: Speaking.
        branches:
          - if: { did: verify }
            say: It is the first of May.
    goals:
      - id: verify
        goal: Verify identity
        skill: compliance
        signals: [date of birth]
        example: Can you confirm your date of birth?
`;

/** With the built-in skills; `beside`: beside the whole built-in bank (its ladders apply). */
function problems(files: Record<string, string>, beside = false): string[] {
  const t = tempDir(files);
  cleanups.push(t.cleanup);
  const { diagnostics } = loadBank({ cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: !beside });
  return sortDiagnostics(diagnostics).map(diagnosticLine);
}

describe('scenario cards', () => {
  test('a file of scenarios alone is valid and its scenarios are in the bank', () => {
    const t = tempDir({ 'calls.yaml': SCENARIO });
    cleanups.push(t.cleanup);
    const { bank, diagnostics } = loadBank({ cwd: t.dir, paths: ['.'], builtin: { dir: BUILTIN_DIR }, builtinSkillsOnly: true });
    expect(diagnostics).toEqual([]);
    expect(bank.scenarios.map((s) => [s.id, s.source.file, s.source.line])).toEqual([['my-call', 'calls.yaml', 2]]);
  });

  test('unknown keys, a missing persona and a bad condition are errors at their line', () => {
    const bad = SCENARIO.replace('    persona: { name: Pat, mood: calm, situation: Pat lost a job. }\n', '    personna: x\n').replace('          - if: { did: verify }', '          - if: {}');
    expect(problems({ 'calls.yaml': bad })).toEqual([
      expect.stringMatching(/^calls\.yaml:2:5: error: scenarios\[0\]\.persona: missing required field/),
      expect.stringMatching(/^calls\.yaml:8:5: error: scenarios\[0\]\.personna: unknown field/),
      expect.stringMatching(/^calls\.yaml:18:17: error: scenarios\[0\]\.script\[1\]\.branches\[0\]\.if: .*needs at least one of `did`, `not_yet`, `breach` or `said`/),
    ]);
  });

  test('goals that branches and traps name, skills, levels, turns and duplicate ids are checked', () => {
    const bad = SCENARIO.replace('if: { did: verify }', 'if: { did: verfy }')
      .replace('        skill: compliance', '        skill: complaince\n        by_turn: 5')
      .replace('    seniority: [junior]', '    seniority: [director]')
      .concat('    traps:\n      - { trap: x, rule: skipping-id-checks, signals: [owe], until: nope, turns: [9], better: y }\n');
    const twice = `${bad}${bad.replace(/^scenarios:\n/, '')}`;
    const lines = problems({ 'calls.yaml': twice }, true);
    expect(lines.filter((l) => l.startsWith('calls.yaml:') && l.includes('scenarios[0]'))).toEqual([
      expect.stringMatching(/calls\.yaml:5:\d+: error: scenarios\[0\]\.seniority\[0\]: level "director" is not on the ladder of agent/),
      expect.stringMatching(/calls\.yaml:18:\d+: error: scenarios\[0\]\.script\[1\]\.branches\[0\]\.if\.did: no goal "verfy" in this scenario \(goals: verify\)/),
      expect.stringMatching(/calls\.yaml:23:\d+: error: scenarios\[0\]\.goals\[0\]\.skill: unknown skill "complaince"/),
      expect.stringMatching(/calls\.yaml:24:\d+: error: scenarios\[0\]\.goals\[0\]\.by_turn: by_turn 5 is after the call's last turn \(the script has 2 lines/),
      expect.stringMatching(/calls\.yaml:28:\d+: error: scenarios\[0\]\.traps\[0\]\.until: no goal "nope"/),
      expect.stringMatching(/calls\.yaml:28:\d+: error: scenarios\[0\]\.traps\[0\]\.turns\[0\]: turn 9 is after the call's last turn \(2\)/),
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/scenarios\[1\]\.id: duplicate scenario id "my-call" \(first defined at calls\.yaml:2\)/));
  });

  test("call_state: the goal that verifies identity must exist, a fact from turn N must fall within the call, true/false or a turn number only", () => {
    const bad = SCENARIO.concat('    call_state: { verified_by: nope, represented: 5, vulnerable: 2, local_hour: 22 }\n');
    expect(problems({ 'calls.yaml': bad })).toEqual([
      expect.stringMatching(/calls\.yaml:\d+:\d+: error: scenarios\[0\]\.call_state\.verified_by: no goal "nope" in this scenario/),
      expect.stringMatching(/calls\.yaml:\d+:\d+: error: scenarios\[0\]\.call_state\.represented: turn 5 is after the call's last turn \(2\)/),
    ]);
    expect(problems({ 'calls.yaml': SCENARIO.concat('    call_state: { disputed: 0 }\n') })).toEqual([expect.stringMatching(/call_state\.disputed/)]);
  });

  test('a scenario needs a call to practise (script and goals) or one to review (qa)', () => {
    const bare = SCENARIO.slice(0, SCENARIO.indexOf('    script:'));
    expect(problems({ 'calls.yaml': bare })).toEqual([expect.stringMatching(/needs `script` and `goals` \(a call to practise\), or `qa` \(a call to review\), or both/)]);
  });

  test('the JSON Schema lists scenarios', () => {
    const schema = questionFileJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('scenarios');
  });

  test('the compiled built-in bank keeps the scenarios', () => {
    const { bank } = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } });
    expect(bank.scenarios.length).toBeGreaterThanOrEqual(14);
    const t = tempDir();
    cleanups.push(t.cleanup);
    const json = JSON.stringify(compileBank(BUILTIN_DIR, [...bank.ladders.values()], [...bank.skills.values()], bank.questions, BUILTIN_DIR, bank.scenarios));
    const file = t.path('bank.json');
    writeFileSync(file, json);
    const loaded = compiledLoader(file, BUILTIN_DIR)(BUILTIN_DIR);
    expect(loaded?.scenarios.map((s) => s.id)).toEqual(bank.scenarios.map((s) => s.id));
  });
});

describe("the README's scenario example", () => {
  test('is a valid scenario file', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const yaml = /#### Scenarios \(for `call`\)[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeDefined();
    expect(problems({ 'readme.yaml': yaml! })).toEqual([]);
  });
});
