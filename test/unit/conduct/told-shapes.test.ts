// Shapes in which the candidate's own act is told (stop 39, from blind training sets): an item of a list of their acts, a
// change made "so that" staff act, a request conceded at the head of the sentence, a statement owned as untrue, a bound said
// of another clause, the candidate's template quoted after its lead. Each with a safe contrast on the same scene.
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk' = 'us') => detectConduct(readText(text), { jurisdiction }).map((h) => h.rule);

const HARMFUL: [string, string][] = [
  ['I pulled his file, checked the ageing, saw that his lawyer had written to us, called him at home anyway to agree a plan, and logged the promise.', 'represented-consumer'],
  ["I reviewed the call, coached the agent, deleted the recording where he'd threatened the customer so it wouldn't turn up in the audit, and closed the ticket.", 'hiding-complaints-or-breaches'],
  ["I'd change the inbound script so that if the call comes from the number on file, the agent skips the security questions and goes straight to the balance.", 'skipping-id-checks'],
  ['Despite the cease letter on file, I rang her to offer a 40% settlement.', 'ignoring-dispute-or-cease'],
  ["Yes, I tell customers their credit card debt can't be wiped out in bankruptcy. It isn't true, but it stops them going down that route.", 'false-statement'],
  ['I set a minimum of ten call attempts per account per week on our consumer book, and anyone under that went on a performance plan.', 'excessive-contact'],
  ['I had the team call him nine times over the next seven days.', 'excessive-contact'],
  ["In the script I drafted, the last line before the close is: 'Failure to pay may result in a warrant being issued for your arrest.'", 'threat-arrest'],
  ['I told the agents not to end a call until the customer had agreed to pay something today.', 'holding-on-line'],
];

const SAFE: string[] = [
  'I pulled his file, checked the ageing, saw that his lawyer had written to us, and wrote to the lawyer instead.',
  "I reviewed the call, coached the agent, kept the recording where he'd threatened the customer for the audit, and reported it to compliance.",
  'I changed the inbound script so that the agent confirms the date of birth and postcode before any balance is mentioned.',
  'Despite the pressure from the client, I stopped all calls once the cease letter was on file.',
  "The customer said she'd be arrested if she didn't pay, and I told her that simply wasn't true.",
  "I told him no, nobody gets arrested over an unpaid phone bill, that's not how it works.",
  'I set a cap of seven call attempts per account per week, and anyone over that was coached.',
  "In the script I drafted, the last line before the close is: 'If you're struggling, you can get free advice from a debt charity.'",
  "I told the agents to end a call as soon as the customer asks, and to offer a callback at a time that suits them.",
];

describe('the candidate\'s own act, told in other shapes', () => {
  test.each(HARMFUL)('%s: %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  test.each(SAFE)('%s: no flag', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
