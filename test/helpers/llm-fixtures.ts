import type { BankQuestion } from '../../src/bank/model.js';
import type { Skill } from '../../src/bank/schema.js';

export const SKILLS = new Map<string, Skill>([
  [
    'negotiation',
    {
      id: 'negotiation',
      name: 'Negotiation',
      description: 'Reaching a payment arrangement that the customer can keep.',
      rubric: { 1: 'Demands full payment.', 3: 'Offers a standard plan.', 5: 'Explores the situation and offers options within policy.' },
    },
  ],
  [
    'compliance',
    {
      id: 'compliance',
      name: 'Compliance',
      description: 'Stays within the law and policy.',
      rubric: { 1: 'Threatens or discloses.', 2: 'Knows some rules.', 3: 'Follows the script.', 4: 'Knows why the rules exist.', 5: 'Applies the rules with judgement.' },
    },
  ],
]);

export const QUESTION: BankQuestion = {
  id: 'agent-refuses-to-pay',
  text: 'A customer tells you they will not pay, even after several reminders. What do you do?',
  roles: ['agent'],
  seniority: ['mid'],
  type: 'situational',
  skills: ['negotiation', 'compliance'],
  why_asked: 'Tests whether you stay calm, find the reason behind a refusal, and stay within the law.',
  how_to_answer: ['Review the account history before the call.'],
  what_not_to_say: ['Threatening consequences that the company would not or could not carry out.'],
  example_answer:
    'I would first listen and ask why they do not want to pay, then check the account history, explain the balance, and offer a plan within policy, confirming it in writing.',
  key_points: [{ point: 'Finds out why the customer is refusing', signals: ['ask why', 'reason'] }],
  red_flags: [{ flag: 'Threatens action that is not intended or not lawful', signals: ['arrest', 'jail'] }],
  source: { file: 'test.yaml', line: 1, col: 1, index: 0 },
};

export const GOOD_ANSWER =
  'First I would listen and ask why they will not pay, because the reason decides what happens next. Then I would check the account history, explain the balance calmly, and offer a payment plan within policy that they can afford, confirming it in writing and following up.';

export const SECRET = 'sk-test-SECRET-123';
