// `show` end to end: the built CLI, spawned as a user's shell would.
import { describe, expect, test } from 'vitest';
import { EXAMPLE_ANSWER } from '../helpers/bank.js';
import { run } from '../helpers/cli.js';
import { json, type QuestionJson, useUserBanks } from '../helpers/user-banks.js';

const banks = useUserBanks();
const inT = banks.inT;

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
    // Key points carry a bullet: ✓ is the grader's mark for a point the answer made.
    expect(out).toContain('• Listens before asking for money');
    expect(out).toContain('Source: mine/questions.yaml:20');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  test('a card with many skills wraps its header line between words within the width', async () => {
    const r = await inT(['show', 'agent-manager-agency-placement-oversight']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^agent · manager · technical · skills: /);
    expect(lines[2]).not.toMatch(/^\S*[a-z]$/);
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
    // The hint names the program as it was run (a new user saw "collections-prep" here and "node bin/..." elsewhere).
    expect(r.stderr).toMatch(/^collections-prep: no question with id "my-agent-mdi" \(did you mean "my-agent-mid"\?\); see "[^"]*collections-prep(\.js)? list"\n$/);
    const far = await run(['show', 'zzzz-nothing-like-it']);
    expect(far.code).toBe(1);
    expect(far.stderr).toMatch(/^collections-prep: no question with id "zzzz-nothing-like-it"; see "[^"]*collections-prep(\.js)? list"\n$/);
  });

  test('a missing id argument is a usage error', async () => {
    const r = await run(['show']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("collections-prep: missing required argument 'id'\n");
  });
});
