// A small scenario built in code, so that the engine's tests do not depend on the built-in cards.
import type { BankScenario } from '../../../src/bank/model.js';
import { loadBank } from '../../../src/bank/load.js';
import { BUILTIN_DIR, PACKAGE_ROOT } from '../../../src/package.js';

export function scenario(over: Partial<BankScenario> = {}): BankScenario {
  return {
    id: 'test-call',
    title: 'A test call',
    roles: ['agent'],
    seniority: ['junior'],
    jurisdiction: 'us',
    sector: 'consumer',
    brief: 'You call Pat about a phone bill.',
    persona: { name: 'Pat Doe', mood: 'calm', situation: 'Pat lost a job.' },
    facts: { creditor: 'a phone company', balance: '$300', days_past_due: 40, true: ['Pat lost a job.'] },
    script: [
      { say: 'Hello?' },
      { say: 'Yes, speaking.', branches: [{ if: { breach: 'any' }, say: 'How dare you!', hangs_up: true }, { if: { did: 'verify' }, say: 'It is the first of May.' }] },
      { say: 'Okay.', branches: [{ if: { not_yet: 'verify' }, say: 'Who are you again?' }, { if: { said: ['plan'] }, say: 'A plan sounds good.' }] },
    ],
    closing: 'Bye.',
    goals: [
      { id: 'verify', goal: 'Verify identity', skill: 'compliance', signals: ['date of birth'], by_turn: 2, example: 'Can you confirm your date of birth?' },
      { id: 'plan', goal: 'Offer a plan', skill: 'negotiation', signals: ['payment plan', 'per month'], example: 'How about a payment plan?' },
    ],
    traps: [{ trap: 'Balance before ID', rule: 'skipping-id-checks', until: 'verify', signals: ['balance', 'owe'], better: 'First, your date of birth?' }],
    source: { file: 'test.yaml', line: 1, col: 1, index: 0 },
    ...over,
  };
}

let builtin: ReturnType<typeof loadBank> | undefined;
/** The built-in bank, parsed from the YAML (not the compiled copy), once per file. */
export function builtinBank(): ReturnType<typeof loadBank> {
  builtin ??= loadBank({ cwd: PACKAGE_ROOT, builtin: { dir: BUILTIN_DIR } });
  return builtin;
}
