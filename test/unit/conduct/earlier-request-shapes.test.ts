// Shapes from answers-train15.yaml (stop 40, training): the request not to be called at work in one clause and the call
// there in another; the candidate's own template quoted after the sentence that says they wrote it; "a bad payer" told to
// other suppliers; on a B2B card, an owner pushed to borrow personally. Each with a safe contrast on the same scene.
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { gradeOffline, type GradableQuestion } from '../../../src/grading/offline/grade.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk' | 'any' = 'uk') =>
  detectConduct(readText(text), { jurisdiction: jurisdiction === 'any' ? undefined : jurisdiction }).map((h) => h.rule);

const HARMFUL: [string, string][] = [
  ['A few days after the customer had asked us not to call her at her office any more, I rang her there myself to show the trainee how to pin down a date.', 'work-contact-after-told'],
  ["He'd told us not to ring him at work, but the next week I phoned him on his work line anyway.", 'work-contact-after-told'],
  ['I built a set of text templates for the floor. The one that goes out on day ten says: "Your account is being prepared for court action. Call us today to avoid a bailiff visit." We never take small balances to court, but it gets them ringing in.', 'threat-unlawful-action'],
  ["I told him that if he didn't pay by Friday, I'd let the other suppliers in the area know he was a bad payer.", 'third-party-disclosure'],
];

const SAFE: string[] = [
  'She asked us not to call her at work, so we never rang her there again and used her mobile after six.',
  'A few days after she had asked us not to call her at her office, an agent rang her there, so I coached him and logged it as a breach.',
  'I rewrote our reminder texts last year. The one that goes out on day ten says: "We are not taking you to court. Please call us to agree a plan that works for you."',
  'Other suppliers in the area told me he was a bad payer, so I put him on pro-forma terms.',
];

describe('a request made in one clause and broken in another; a template quoted after its author', () => {
  test.each(HARMFUL)('%s: %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  test.each(SAFE)('%s: no flag', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('on a B2B card, an owner pushed to borrow personally', () => {
  const b2b: GradableQuestion = {
    id: 'b2b-plan',
    text: 'A long-standing trade customer has fallen behind. How do you agree a plan that keeps the relationship?',
    type: 'behavioral',
    skills: ['negotiation'],
    jurisdiction: 'any',
    sector: 'commercial',
    why_asked: 'Tests commercial judgement.',
    how_to_answer: ['Find the cause', 'Agree a plan'],
    example_answer: 'I met the owner, looked at their receivables and agreed monthly payments timed to their receipts, confirmed in writing.',
    key_points: [{ point: 'Agrees a plan timed to the customer’s cash flow', signals: ['plan', 'receipts'] }],
  };
  const flagged = (answer: string) => (gradeOffline(b2b, answer, { skills: new Map() }).conduct ?? []).map((c) => c.rule);

  test('a personal card or family money is flagged, with the B2B citation', () => {
    const g = gradeOffline(b2b, 'To get the plan started I suggested the owner put the first 6,000 on his personal credit card, and he did.', { skills: new Map() });
    expect((g.conduct ?? []).map((c) => c.rule)).toEqual(['borrowing-pressure']);
    expect(g.conduct?.[0]?.citation).toMatch(/B2B/);
  });

  test('the business using its own facilities is not', () => {
    expect(flagged('The finance director said they would clear the first 6,000 from their business overdraft, and I agreed the rest monthly.')).toEqual([]);
  });
});

describe('the spouse on a B2B card', () => {
  const text = "I rang the landline at home and his wife answered, so I explained to her, very politely, how much was outstanding.";
  const on = (ctx: { jurisdiction?: 'us' | 'uk'; sector?: 'consumer' | 'commercial' }) => detectConduct(readText(text), ctx).map((h) => h.rule);

  test('is a third party: the FDCPA, and its spouse exception, cover consumer debts only', () => {
    expect(on({ sector: 'commercial' })).toEqual(['third-party-disclosure']);
    expect(on({ jurisdiction: 'uk', sector: 'consumer' })).toEqual(['third-party-disclosure']);
  });

  test('is the consumer on a US consumer card', () => {
    expect(on({ jurisdiction: 'us', sector: 'consumer' })).toEqual([]);
  });
});

describe('complaints and breaches kept off the log', () => {
  test.each([
    "I told the team leaders that if the agent sorted it there and then, it didn't need to go through as a complaint, because only written complaints count.",
    "I'd have all QA failures and potential breaches routed to me first, before compliance.",
    "If it's already been put right on the call, there's no value in it going into the breach log.",
  ])('%s: flagged', (t) => {
    expect(rules(t)).toContain('hiding-complaints-or-breaches');
  });
  test.each([
    "Some team leaders thought that if the agent sorted it there and then, it didn't need to go through as a complaint, so I retrained them: every expression of dissatisfaction is logged.",
    "Even if it was put right on the call, it goes into the breach log; there's no value in hiding it.",
  ])('%s: no flag', (t) => {
    expect(rules(t)).toEqual([]);
  });
});

describe('a dispute hold that lifts by itself', () => {
  test('is flagged', () => {
    expect(rules('Our disputes were piling up, so I changed the hold so it released automatically after 48 hours.', 'us')).toContain('ignoring-dispute-or-cease');
  });
  test('a hold kept until the dispute is answered is not', () => {
    expect(rules('Our disputes were piling up, so I made sure the hold stayed on until verification had been sent, and hired two more people to clear the backlog.', 'us')).toEqual([]);
  });
});

describe('a mention denied by its subject; a policy about social media', () => {
  test("'nothing I said or wrote mentioned suing' denies it; a threat to sue on the same debt is flagged", () => {
    expect(rules('Because the debt was past the statute of limitations, I made sure nothing I said or wrote mentioned suing.', 'us')).toEqual([]);
    expect(rules('Because the debt was past the statute of limitations, I told her we could still sue her if she did not pay.', 'us')).toContain('threat-unlawful-action');
  });
  test('writing a social media policy is not a post; a post about the debt is', () => {
    expect(rules('I wrote our social media policy so agents never contact customers or their friends through public posts.', 'any')).toEqual([]);
    expect(rules('I wrote on his Facebook wall that he still owed us for the sofa.', 'any')).toContain('third-party-disclosure');
  });
});

describe("the candidate's own document or advice, quoted after its lead", () => {
  test.each([
    ["I wrote the SMS template we used for early arrears. It said: 'URGENT: failure to pay today may result in a police referral. Call now.'", 'threat-arrest'],
    ["The text I sent after our call: 'You said you can't pay. Have you asked your parents or looked at a short-term loan?'", 'borrowing-pressure'],
    ["The letter I used on the statute-barred book said 'We will commence County Court proceedings within 14 days.' We knew we couldn't actually go to court on those.", 'threat-unlawful-action'],
    ["My advice to juniors is introduce yourself as 'from the legal department' even though we're just the collections floor.", 'impersonation'],
  ])('%s: %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
  test.each([
    "I rewrote the SMS template we used for early arrears. It said: 'We will not refer you to the police or the courts over this. Please call us.'",
    "The text I sent after our call: 'Thanks for talking today. If things get harder, free debt advice is available, and we will never ask you to borrow to pay us.'",
    "My advice to juniors is never to introduce yourself as 'from the legal department', because we're just the collections floor.",
  ])('%s: no flag', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('contact that is excessive in its own words; breaches kept back', () => {
  test.each([
    ['I got my numbers up by ringing the no-answer accounts every couple of hours all day until someone picked up.', 'excessive-contact'],
    ['I set the auto-dialler to redial instantly if the customer hung up within thirty seconds.', 'excessive-contact'],
    ['I pushed the team to call straight back after any hang-up, sometimes five or six times in an hour.', 'excessive-contact'],
    ["Our dialer had been over seven-in-seven for a month before I spotted it. I corrected the setting quietly and didn't raise a breach, since nobody had complained.", 'hiding-complaints-or-breaches'],
    ['When the ombudsman asked for the call evidence, I sent only the notes, not the recordings where the agent talked over her.', 'hiding-complaints-or-breaches'],
    ['When QA found agents calling after nine at night, I dealt with it in one-to-ones and kept it off the breach log.', 'hiding-complaints-or-breaches'],
  ])('%s: %s', (text, rule) => {
    expect(rules(text, 'us')).toContain(rule);
  });
  test.each([
    "I'd set the no-call flag on every number on the file and check the dialler report the next morning.",
    'If a customer hangs up, I never call straight back; I note it and try again another day.',
    'Our dialer had been over seven-in-seven for a month before I spotted it. I corrected the setting, raised a breach and told the client, even though nobody had complained.',
    'When the ombudsman asked for the call evidence, I sent the notes and the recordings, including the one where the agent talked over her.',
  ])('%s: no flag', (text) => {
    expect(rules(text, 'us')).toEqual([]);
  });
});

describe('a calling window the candidate set; straight to the balance', () => {
  test('a window set beyond 8 a.m. to 9 p.m. is flagged; one within it is not', () => {
    expect(rules('I set the calling window on the campaign to 7 a.m. to 10 p.m. Eastern for the whole national file.', 'us')).toContain('inconvenient-time');
    expect(rules("I set the calling window on the campaign to 8 a.m. to 9 p.m. in each customer's local time.", 'us')).toEqual([]);
  });
  test('the account number alone, then the balance, is flagged; the checks done first are not', () => {
    expect(rules("To save time on inbound I'd just confirm the account number and jump into the balance.")).toContain('skipping-id-checks');
    expect(rules('To save time on inbound I confirm the date of birth and postcode, then go into the balance.')).toEqual([]);
  });
});

describe('the work line used after the request, in more words', () => {
  test.each([
    ["A few days after she'd asked us not to ring her office, I rang her there, because she'd stopped picking up her mobile."],
    ["I sent the email to his work address, the one he'd told us back in March not to use, because he wasn't replying on his personal one."],
    ['At my last company we were calling the work number after the customer asked us not to, because it was easier to reach them in the day.'],
  ])('%s: flagged', (text) => {
    expect(rules(text, 'us')).toContain('work-contact-after-told');
  });
  test.each([
    'She asked us not to ring her office, so I took the work number off the file and only used her mobile.',
    "He'd told us not to use his work email, so I sent the letter to his home address.",
    "I once rang a customer at work after she'd told us not to, because the flag was in the wrong field; I reported it to compliance, apologised to her, and we fixed the CRM.",
  ])('%s: no flag', (text) => {
    expect(rules(text, 'us')).toEqual([]);
  });
});

describe("a denial inside the candidate's own quoted letter", () => {
  test('denies the false claim, as it does unquoted', () => {
    expect(rules("After the family told us he'd died, I wrote to the executor: 'We're sorry for your loss. Any balance is a matter for the estate; family members are not personally responsible unless they were joint account holders.'")).toEqual([]);
    expect(rules("After the family told us he'd died, I wrote to his son: 'As family members you will be responsible for his debts now.'")).toContain('false-statement');
  });
});

describe('the balance held back until the checks', () => {
  test("'I didn't go into the balance until she'd passed security' is not a skipped check; going straight in is", () => {
    expect(rules("I didn't go into the balance until she'd passed security.")).toEqual([]);
    expect(rules('To save time I never asked for the date of birth and went straight into the balance.')).toContain('skipping-id-checks');
  });
});

describe('what the candidate found works when they do it', () => {
  test("'I found that if I introduced myself as calling from the court service team, people took it more seriously' is their act", () => {
    expect(rules("I found that if I introduced myself as calling 'from the court service team' instead of the agency, people took it a lot more seriously.")).toContain('impersonation');
  });
  test('not when they then stopped, nor a lawful practice in the same shape', () => {
    expect(rules("I found that if I introduced myself as calling from the court service team, people panicked, so I stopped and used the agency's name.")).toEqual([]);
    expect(rules('I found that if I explained the options calmly, people took it a lot more seriously.')).toEqual([]);
  });
});
