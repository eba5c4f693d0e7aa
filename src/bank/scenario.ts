import * as z from 'zod';

import { JURISDICTIONS, SECTORS, SENIORITY_LEVELS } from './levels.js';

// Scenario cards for `collections-prep call`: a customer (or, for supervisors, an agent) with a
// persona and account facts, the lines they say in an offline run with branches chosen by what the
// candidate's previous turn did, the goals of the call and the traps it sets; or, for a QA review,
// a scripted call with an answer key of its breaches. Kept apart from schema.ts (the question
// card's schema), which only lists `scenarios:` as a key of a bank file.

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = z
  .string()
  .regex(KEBAB, { message: 'must be kebab-case (lower-case letters, digits and single hyphens), e.g. "my-scenario"' })
  .max(80);
const Text = z.string().trim().min(1, { message: 'must not be empty' });
const Signals = z
  .array(Text)
  .min(1)
  .describe('Words or short phrases; matching ignores case and common word endings ("verify" also finds "verified").');

export const Persona = z
  .strictObject({
    name: Text.describe('Who the candidate speaks to, e.g. "Dana Whitfield".'),
    mood: Text.describe('How they are at the start: anxious, angry, evasive...'),
    situation: Text.describe('What is going on in their life, in a sentence or two: what a model playing them is told.'),
    role: z.enum(['customer', 'third-party', 'agent']).optional().describe('Who picks up: the customer (default), a third party, or (coaching) an agent.'),
  })
  .describe('The person on the other end of the call.');

export const Facts = z
  .strictObject({
    creditor: Text.describe('Whose debt it is (an invented, generic business: "a regional lender").'),
    balance: Text.describe('The balance as the agent would state it, e.g. "$1,240.00" or "£860".'),
    days_past_due: z.number().int().min(0),
    product: Text.optional().describe('What the debt is for: a credit card, a phone contract, an invoice...'),
    true: z.array(Text).min(1).describe('What is true on this account (a real hardship, a billing error, a spouse answering, an attorney).'),
    not_true: z.array(Text).optional().describe('What a careless agent might assume or say that is not true here.'),
  })
  .describe('The account as the agent sees it before the call.');

export const Condition = z
  .strictObject({
    did: Id.optional().describe("A goal id: the candidate's previous turn met it."),
    not_yet: Id.optional().describe('A goal id: no turn so far has met it.'),
    breach: z.union([z.literal('any'), Id]).optional().describe('A conduct rule id (or "any"): the previous turn broke it.'),
    said: Signals.optional().describe('The previous turn holds one of these words or phrases.'),
  })
  .refine((c) => c.did !== undefined || c.not_yet !== undefined || c.breach !== undefined || c.said !== undefined, {
    error: 'needs at least one of `did`, `not_yet`, `breach` or `said`',
  });

export const Branch = z.strictObject({
  if: Condition.describe('When this line is said instead of the default: every condition given must hold.'),
  say: Text,
  hangs_up: z.boolean().optional().describe('The customer ends the call after this line.'),
});

export const CustomerLine = z.strictObject({
  say: Text.describe('What the customer says when no branch applies.'),
  branches: z.array(Branch).min(1).optional().describe('Alternatives, tried in order; the first whose condition holds is said.'),
});

export const Goal = z.strictObject({
  id: Id.describe('kebab-case, unique in the scenario; branches refer to it'),
  goal: Text.describe('What the candidate should do on the call.'),
  skill: Id.describe('The skill it shows (a skill id of the bank): the call is scored per skill.'),
  signals: Signals.describe('Words or phrases in a candidate turn that show the goal met.'),
  by_turn: z.number().int().min(1).optional().describe('The goal counts only if met by this candidate turn (1 is the first).'),
  before: Signals.optional().describe('Words of a turn that must not come first: once a turn says one of them, the goal can no longer be met (e.g. talk of payment before asking what happened).'),
  example: Text.describe('A line that meets it, for the feedback.'),
});

export const Trap = z.strictObject({
  trap: Text.describe('What the call tempts the candidate to do wrong.'),
  rule: Id.describe('The conduct rule it breaks (see `collections-prep rules`).'),
  signals: Signals.describe('Words or phrases that spring the trap in a candidate turn while it is live.'),
  unless: Signals.optional().describe('Words in the same turn that mean the trap was not sprung.'),
  turns: z.array(z.number().int().min(1)).min(1).optional().describe('The candidate turns (1 is the first) in which the trap is live; default all.'),
  until: Id.optional().describe('A goal id: the trap is live only in turns before the one after it is met (e.g. the debt mentioned before identity is verified).'),
  better: Text.describe('What to say instead, for the feedback.'),
});

export const QaLine = z.strictObject({
  speaker: z.enum(['agent', 'customer']),
  text: Text,
});

export const QaBreach = z.strictObject({
  line: z.number().int().min(1).describe('The line of the transcript (1 is the first) where the breach is.'),
  rule: Id.describe('The conduct rule broken (see `collections-prep rules`), or a goal the agent skipped (e.g. "no-disclosure").'),
  what: Text.describe('The breach, in plain words.'),
  signals: Signals.describe('Words a reviewer who found it would use.'),
});

export const Qa = z
  .strictObject({
    transcript: z.array(QaLine).min(2).describe('The call to review, line by line.'),
    breaches: z.array(QaBreach).min(1).describe('The answer key: every breach in the transcript.'),
  })
  .describe('A call to review for breaches (supervisors): `call --qa ID`.');

// What the customer says during the call holds from the turn it answers: a lawyer named before
// turn 3 does not make turns 1 and 2 contact with a represented consumer.
const FromTurn = z
  .union([z.boolean(), z.number().int().min(1)])
  .describe('true: from the start of the call; a number: from that candidate turn on (1 is the first), e.g. the turn that answers the line where the customer says it.');

export const CallStateFacts = z
  .strictObject({
    verified_by: Id.optional().describe('The goal whose meeting confirms the consumer\'s identity (default: a goal with id "verify-identity"); before it, talk of the debt skips the identity checks.'),
    spouse: z.boolean().optional().describe('The person on the line is the consumer\'s spouse or partner (the consumer in the US, a third party in the UK).'),
    authorised: FromTurn.optional().describe('The person on the line may discuss the account (power of attorney, joint holder, the consumer\'s consent).'),
    voicemail: z.boolean().optional().describe('The candidate leaves messages that others may hear.'),
    disputed: FromTurn.optional().describe('The consumer disputed the debt in writing (for a US collector, in the validation period), or, for a UK firm, complained that it is a billing error.'),
    ceased: FromTurn.optional().describe('The consumer asked in writing that contact stop.'),
    represented: FromTurn.optional().describe('A lawyer or debt adviser acts for the consumer.'),
    work_forbidden: FromTurn.optional().describe('The consumer said not to call at work, or the employer forbids it.'),
    vulnerable: FromTurn.optional().describe('The consumer has an illness, a bereavement, a mental-health condition or another vulnerability.'),
    local_hour: z.number().min(0).max(24).optional().describe('The hour where the consumer is during the call (before 8 or after 21, collecting is at an inconvenient time).'),
  })
  .describe('Where the call stands, for the conduct rules that judge each turn (who is on the line comes from persona.role).');

export const Scenario = z
  .strictObject({
    id: Id.describe('kebab-case, unique among the scenarios of the bank'),
    title: Text,
    roles: z.array(Id).min(1),
    seniority: z.array(z.enum(SENIORITY_LEVELS)).min(1),
    jurisdiction: z.enum(JURISDICTIONS),
    sector: z.enum(SECTORS).optional(),
    brief: Text.describe('What the candidate is told before the call: who they are and why they call.'),
    persona: Persona,
    facts: Facts,
    script: z.array(CustomerLine).min(1).optional().describe("The other side's lines, in order: the first opens the call, each later one answers the candidate's turn before it."),
    closing: Text.optional().describe('Said after the last scripted line has been answered, before the call ends.'),
    goals: z.array(Goal).min(1).optional(),
    traps: z.array(Trap).min(1).optional(),
    call_state: CallStateFacts.optional(),
    qa: Qa.optional(),
  })
  .refine((s) => (s.script !== undefined && s.goals !== undefined) || s.qa !== undefined, {
    error: 'needs `script` and `goals` (a call to practise), or `qa` (a call to review), or both',
  })
  .meta({ id: 'Scenario', title: 'Scenario' });

export type Scenario = z.infer<typeof Scenario>;
export type Goal = z.infer<typeof Goal>;
export type Trap = z.infer<typeof Trap>;
export type CustomerLine = z.infer<typeof CustomerLine>;
export type Branch = z.infer<typeof Branch>;
export type Condition = z.infer<typeof Condition>;
export type Qa = z.infer<typeof Qa>;
export type QaBreach = z.infer<typeof QaBreach>;
export type CallStateFacts = z.infer<typeof CallStateFacts>;
