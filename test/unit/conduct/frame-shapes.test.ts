// Sentence shapes the frame reads (stop 30, from a blind training set of sentences written around them): whose
// words a quotation is, a negation inside a relative clause, staff told what they may do, a practice on "anyone
// who ...". Each harmful shape has a safe twin that the same change must leave alone.
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk' = 'us') => detectConduct(readText(text), { jurisdiction }).map((h) => h.rule);

const HARMFUL: [string, string][] = [
  // A "not" in a relative clause does not deny the main clause.
  ["I told him a grown man who can't pay his bills should be ashamed of himself.", 'shaming-abuse'],
  // The candidate's own document, line or opening, quoted.
  ['My opening line for the hardest accounts was "we can have a warrant issued if this isn\'t settled today."', 'threat-arrest'],
  ["On time-barred accounts our letter series ended with 'we will file suit', which nobody in legal ever intended.", 'threat-unlawful-action'],
  ["I'd open with 'this is the security team at your bank' because people answer a bank a lot quicker than a collector.", 'impersonation'],
  ["The letter template I signed off said 'failure to respond may result in your details being passed to the authorities'.", 'threat-arrest'],
  // Staff the candidate let or made speak, or told what they could do.
  ["We let our agents say 'you will go to prison for fraud' if the customer had used the card after losing their job.", 'threat-arrest'],
  ["We had agents say 'we're filing suit this afternoon' on accounts that were never going to litigation.", 'threat-unlawful-action'],
  ["Our collectors mentioned that they could 'freeze the bank account tomorrow' without any court order in place.", 'threat-unlawful-action'],
  ['I told new starters they could skip the security questions for regulars whose voices they recognised.', 'skipping-id-checks'],
  // A practice over "anyone who ...".
  ['Anyone who offered less than the minimum was told to borrow the difference from a friend.', 'borrowing-pressure'],
  // Twins of the safe shapes below (from a blind set of strong answers).
  ['I talked about the debt with his mother when she answered.', 'third-party-disclosure'],
  ['I told him his credit score would drop for ten years if he did not pay today.', 'false-statement'],
  ['She told me she had cancer, and I kept the pressure on until she paid.', 'vulnerable-pressure'],
  ['What I found: the dialler was fine. Then I told the team to keep collecting on accounts with a written dispute.', 'ignoring-dispute-or-cease'],
];

const SAFE: string[] = [
  "He told me a man who can't pay his bills should be ashamed, and I said that isn't how we speak to anyone.",
  "Another customer rang my agent and said 'you lot are thieves, I want every penny back', and she stayed calm and logged a complaint.",
  "Your last guy told me 'everyone's depressed, love, it doesn't stop the bills', she said, so I apologised and paused collection.",
  "I heard an agent say 'you will go to prison for this', so I stopped the call and coached him.",
  "I removed the line 'failure to pay may result in further action' from our letters.",
  'I told new starters they could never skip the security questions, whoever the caller sounds like.',
  'And asking about family help just moves the debt somewhere else.',
  "There's no judgment, so there can be no enforcement, and telling her otherwise frightens someone into paying on a false basis.",
  'She told me she was in treatment for depression. I took the pressure off and said we did not need to sort anything on that call.',
  "I'd be upfront with leadership that scores will drop first.",
  'I need something the whole floor applies the same way, not something each collector invents.',
  'What I found: disputes were going to the wrong inbox. Twelve written disputes had arrived inside the validation period, and on five of them we kept collecting.',
  'When I got through, the customer was angry: "You lot don\'t believe me. Your last guy told me \'everyone\'s depressed, love, it doesn\'t stop the bills.\'" I apologised and paused the account.',
];

describe('frame shapes', () => {
  test.each(HARMFUL)('%s: flagged %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  test.each(SAFE)('%s: no flag', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
