// Turns of a call: the words are the act, and where the call stands decides whether they break a rule.
import { describe, expect, test } from 'vitest';
import { detectTurnConduct, type CallState } from '../../../src/conduct/turn.js';
import { readText } from '../../../src/language/read.js';

const consumer: CallState = { listener: 'consumer', verified: true };
const rules = (text: string, state: CallState, jurisdiction: 'us' | 'uk' = 'us') => detectTurnConduct(readText(text), state, { jurisdiction }).map((h) => h.rule);

describe('conduct on a call turn', () => {
  test('telling a third party about the debt is a disclosure; asking for the consumer is not', () => {
    const mother: CallState = { listener: 'third-party', verified: false };
    expect(rules("It's about the eight hundred dollars he owes on his card. Could you remind him?", mother)).toContain('third-party-disclosure');
    expect(rules("I'm sorry, I can't say what it's regarding. Is there a better time to reach him?", mother)).toEqual([]);
    expect(rules('If he keeps dodging us this could turn into a police matter.', mother)).toEqual(expect.arrayContaining(['threat-arrest', 'third-party-disclosure']));
  });

  test('a spouse is the consumer in the US and a third party in the UK', () => {
    const spouse: CallState = { listener: 'spouse', verified: true };
    expect(rules('She is three months behind on the loan.', spouse, 'us')).toEqual([]);
    expect(rules('She is three months behind on the loan.', spouse, 'uk')).toContain('third-party-disclosure');
  });

  test('the debt before identity is confirmed skips the checks; an authorised carer may hear it', () => {
    expect(rules("Is that Mr Khan? Right, it's about the overdue balance on your contract.", { listener: 'unknown', verified: false }, 'uk')).toContain('skipping-id-checks');
    expect(rules('The balance is £2,815 and three payments are missed.', { listener: 'third-party', verified: true, authorised: true }, 'uk')).toEqual([]);
  });

  test('after a written dispute or stop request, asking for money or more calls breaks it; a statement does not', () => {
    expect(rules('While we look into it, could you put down fifty dollars as good faith?', { ...consumer, disputed: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("I'll set a reminder to call you Monday.", { ...consumer, ceased: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("I'll mail the statement today, and we won't call you again.", { ...consumer, ceased: true })).toEqual([]);
  });

  test('a represented consumer is not asked for a deal; the representative\'s details may be', () => {
    const rep: CallState = { ...consumer, represented: true };
    expect(rules("Let's sort a plan just between us now, it's quicker.", rep, 'uk')).toContain('represented-consumer');
    expect(rules("Thanks, could you give me your adviser's name and reference so we can contact her?", rep, 'uk')).toEqual([]);
  });

  test('pressing someone vulnerable is urgency, not an offer', () => {
    const ill: CallState = { ...consumer, vulnerable: true };
    expect(rules('I understand, but the arrears still need clearing this month.', ill, 'uk')).toContain('vulnerable-pressure');
    expect(rules("Let's not worry about a payment today. Would a token payment of £1 a month be manageable?", ill, 'uk')).toEqual([]);
    expect(rules('Could you not just put it on a credit card for now?', ill, 'uk')).toContain('borrowing-pressure');
  });

  test('a call proposed at an unsocial hour, with the time of day in the sentence before', () => {
    expect(rules('Would this evening work? I could call you at nine-thirty your time.', consumer)).toContain('inconvenient-time');
    expect(rules("I'll ring you back at half six this evening.", consumer, 'uk')).toEqual([]);
  });

  test('quoting the customer or denying the harm is not a breach', () => {
    expect(rules("You said \"I can't pay\", so let's look at what you can manage.", consumer)).toEqual([]);
    expect(rules("Nobody is going to arrest you, and I'm not going to send anyone round.", consumer)).toEqual([]);
  });
  test('naming the lender or the loan is not pressure to borrow; suggesting a loan is', () => {
    expect(rules('Good morning, my name is Priya and I am calling from the lender.', { listener: 'unknown', verified: false }, 'uk')).not.toContain('borrowing-pressure');
    expect(rules("Yes, it's about your personal loan, which is two payments behind.", consumer, 'uk')).toEqual([]);
    expect(rules('Could you take out a personal loan to clear it this week?', consumer, 'uk')).toContain('borrowing-pressure');
    expect(rules('Could your sister lend you the money for this one?', consumer, 'uk')).toContain('borrowing-pressure');
  });

  test("contacting the representative the turn names is no contact with the represented consumer", () => {
    const represented: CallState = { ...consumer, represented: true };
    expect(rules('Thanks for the details of Mr Hale, your solicitor. We will write to him from now on.', represented, 'uk')).toEqual([]);
    expect(rules('I know you have a solicitor, but we will contact you directly from now on.', represented, 'uk')).toContain('represented-consumer');
  });
});
