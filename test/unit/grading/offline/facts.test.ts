// Declared wrong claims: a signal must say the claim, not share one common word with it.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../../../../src/grading/offline/facts.js';
import { readText } from '../../../../src/language/read.js';

const card = {
  jurisdiction: 'uk' as const,
  text: 'A customer cannot afford the standard plan. What do you do?',
  example_answer: 'I would look at her income and outgoings and agree a plan she can keep.',
  wrong_claims: [{ claim: 'Affordability is the customer’s problem once they agree', signals: ['up to them if they agreed', 'their problem once agreed'], correct: 'CONC 7 expects a sustainable arrangement.' }],
};
const claims = (answer: string) => checkFacts(readText(answer), card).map((e) => e.claim);

describe('wrong claims', () => {
  it('a signal that keeps one content word must appear as written', () => {
    expect(claims('I would offer a lower payment and confirm the agreed plan in writing.')).toEqual([]);
    expect(claims('Honestly, it is up to them if they agreed to it.')).toEqual([card.wrong_claims[0]!.claim]);
  });

  it('a signal of several content words still matches through other word forms', () => {
    expect(claims('It is their problem once they have agreed to the plan.')).toEqual([card.wrong_claims[0]!.claim]);
  });

  it('a signal whose wrong word is "only" or "no" needs that word; an answer that calls the figure excessive denies it', () => {
    const duty = {
      jurisdiction: 'uk' as const,
      text: 'How does the Consumer Duty change a collections call?',
      example_answer: 'It asks for good outcomes on every call.',
      wrong_claims: [
        { claim: 'The Consumer Duty only applies to new products or new customers.', signals: ['only for new customers'], correct: 'It covers closed books too.' },
        { claim: 'UK rules allow up to seven calls a week.', signals: ['seven calls a week'], correct: 'CONC sets no number.' },
      ],
    };
    const found = (a: string) => checkFacts(readText(a), duty).map((e) => e.claim);
    expect(found('The Duty covers collections, including books that are closed to new customers since July 2024.')).toEqual([]);
    expect(found('The Duty is only for new customers, so our old book is outside it.')).toEqual(['The Consumer Duty only applies to new products or new customers.']);
    expect(found("Seven calls a week to a customer who's just lost her job could easily be excessive.")).toEqual([]);
    expect(found('We can make seven calls a week, that is the rule.')).toEqual(['UK rules allow up to seven calls a week.']);
  });
});

describe('a count in a signal', () => {
  it('must be in the answer too: "re-age after one payment" is not said by "re-age after three payments"', () => {
    const reage = {
      jurisdiction: 'us' as const,
      text: 'Design a hardship programme.',
      example_answer: 'Re-age only under the FFIEC policy.',
      wrong_claims: [{ claim: 'An account may be re-aged after a single payment.', signals: ['re-age after one payment', 're-aged once the customer makes a single payment'], correct: 'Three consecutive minimum payments first.' }],
    };
    const found = (a: string) => checkFacts(readText(a), reage).map((e) => e.claim);
    expect(found("We'd re-age only after three consecutive minimum payments, per the FFIEC policy, and report accurately.")).toEqual([]);
    expect(found('We re-age after one payment, so the account looks current straight away.')).toEqual([reage.wrong_claims[0]!.claim]);
  });
});

describe('the words a fact error quotes', () => {
  const us = { jurisdiction: 'us' as const, sector: 'consumer' as const, text: 'How often may you call?', example_answer: 'Seven attempts in seven days, 8 a.m. to 9 p.m.' };
  const words = (answer: string, c: Parameters<typeof checkFacts>[1] = us) => checkFacts(readText(answer), c).map((e) => e.words);

  it('are the answer\'s own words that state the wrong figure or claim, not the whole sentence', () => {
    expect(words('Under Reg F I can make seven calls a day, as long as it is between 7 a.m. and 10 p.m. in their time zone.')).toEqual(['seven calls a day', 'between 7 a.m. and 10 p.m.']);
    expect(words('Frankly, it is up to them if they agreed to it, and I move on.', card)).toEqual(['up to them if they agreed']);
  });

  it('read a negation in the count\'s own part of the sentence, not in another clause', () => {
    expect(words('I taught him no calls earlier than eight in the morning, and to keep to the federal limit of three calls a day per account.')).toEqual(['three calls a day']);
    expect(words('The rule is not three calls a day, it is seven in seven days.')).toEqual([]);
  });
});

describe('checks the engine makes on any card', () => {
  const general = (answer: string) => checkFacts(readText(answer), { jurisdiction: 'us', text: 'Tell me about your collections work.', example_answer: 'I worked a book of accounts.' }).map((e) => e.claim);

  it('a share of the total that the answer\'s own figures do not give', () => {
    expect(general('Total is 200 thousand. Past due is 80 thousand, that is 66 percent of the portfolio.')).toEqual(['A share of the total that the figures do not give (66%)']);
    expect(general('The ledger is $200,000. Past due is $80,000, which is 40% of the total.')).toEqual([]);
    // The share belongs to the amount just before it, not to the total named first.
    expect(general('Our book was £1.2m and £300k of it, that is 25% of the book, was over 60 days.')).toEqual([]);
  });

  it('a change the answer\'s own figures do not give, with the percentage in words too', () => {
    expect(general('Over four months the balance went from 40,000 to 12,000, a sixty per cent reduction.')).toEqual(['A change the figures do not give (60%)']);
    expect(general('Over four months the balance went from 40,000 to 12,000, a seventy per cent reduction.')).toEqual([]);
  });

  it('DSO "only" counting overdue invoices, even after a denial of something else', () => {
    expect(general("Longer terms won't hurt our DSO, because DSO only measures invoices that are past due.")).toEqual(['DSO counts only overdue invoices']);
    expect(general('It is a myth that DSO only measures invoices that are past due.')).toEqual([]);
  });

  it('a definition that opens on "that" names its subject in the sentence before', () => {
    expect(general("I'd use cost to collect to find savings. That's the cash collected divided by what we spend, so the higher it is the better.")).toEqual(['Cost to collect stated the wrong way up']);
  });

  it('the FDCPA said to cover commercial debts', () => {
    expect(general('Long-standing clients still fall under the FDCPA, so I kept to seven calls in seven days.')).toEqual(['The FDCPA and Reg F cover commercial debts']);
    expect(general('The FDCPA covers consumer debts, so with a business customer our own policy sets the contact rules.')).toEqual([]);
  });

  it('wrong rules stated as fact: written-only complaints, an abusive customer outside the FDCPA, work calls always allowed', () => {
    expect(general('I told him a complaint only counts if it comes in writing.')).toEqual(['A complaint counts only in writing']);
    expect(general('Any expression of dissatisfaction is a complaint, in writing or on the phone.')).toEqual([]);
    expect(general("Once a customer starts swearing at you, their FDCPA protections don't really apply anymore.")).toEqual(["An abusive customer loses the FDCPA's protection"]);
    expect(general('Even when a customer swears, the FDCPA still protects them, so I end the call politely.')).toEqual([]);
    expect(general('Calling someone at work is always allowed under the FDCPA.')).toEqual(['Calls at work are always allowed']);
  });

  it('stop 32 (answers-train9.yaml, a new user): a relative as the consumer, a complaint only with the word, a debt dying with the person, a cease that covers calls or lasts 30 days', () => {
    expect(general('Her brother lives at the same address, so he counts as the consumer.')).toEqual(['A relative other than a spouse counts as the consumer']);
    expect(general('A parent of a minor counts as the consumer, and so does a spouse.')).toEqual([]);
    expect(general('The relative on the line was the spouse, who counts as the consumer.')).toEqual([]);
    expect(general("I don't treat it as a complaint unless they actually use the word.")).toEqual(['A complaint counts only if the customer uses the word']);
    expect(general('Any dissatisfaction is a complaint, whether or not they use the word.')).toEqual([]);
    expect(general('In the UK debts die with the person, so we write them off.')).toEqual(['A debt dies with the person']);
    expect(general("The debt is paid from the estate; it doesn't die with the person.")).toEqual([]);
    expect(general('A cease letter is about phone contact, so I keep sending the reminder letters.')).toEqual(['A cease request covers only phone calls']);
    expect(general('A cease letter under the FDCPA only stops calls for 30 days.')).toEqual(['A cease request covers only phone calls']);
    expect(general('A cease letter stops calls, letters and texts alike.')).toEqual([]);
  });

  it('a CEI above 100% said in words', () => {
    expect(general('By year three I want a CEI of one hundred and ten per cent.')).toEqual(['A CEI of 110%']);
    expect(general('Our collection effectiveness index reached a hundred and twelve percent.')).toEqual(['A CEI of 112%']);
    expect(general('Our CEI went up to ninety-two percent.')).toEqual([]);
  });

  it('a change in percent that its own figures do not give; relative, against the new figure, or in points are all fair', () => {
    expect(general('I cut DSO from 60 days to 45, which is a 40 percent reduction, by invoicing the same day.')).toEqual(['A change the figures do not give (40%)']);
    expect(general('We brought DSO down from 60 to 45 days, a 25% reduction.')).toEqual([]);
    expect(general('CEI rose from 60% to 72%, a 12% improvement.')).toEqual([]);
    expect(general('Arrears fell from $200k to $150k, a 25 per cent drop.')).toEqual([]);
    expect(general('We went from 12 agents to 9 and still cut DSO by 10%.')).toEqual([]);
  });

  it('ageing shares that add up to more than the whole, allowing a point of rounding', () => {
    expect(general('Current is 60%, 1-30 is 22.5%, 31-60 is 12.5%, 61-90 is 6% and over 90 is 4%.')).toEqual(['Bucket shares that add up to 105%']);
    expect(general('Current is 60%, 1-30 is 23%, 31-60 is 13%, 61-90 is 3% and over 90 is 2%.')).toEqual([]);
  });
});

describe('false fact errors the engine avoids', () => {
  it('a signal whose two terms are one word must appear as written ("a payment is a payment")', () => {
    const c = { jurisdiction: 'uk' as const, text: 'What do you do?', example_answer: 'I pause.', wrong_claims: [{ claim: 'Any payment is a good outcome', signals: ['a payment is a payment'], correct: 'A payment pressed from a vulnerable customer is a poor outcome.' }] };
    const got = (a: string) => checkFacts(readText(a), c).map((e) => e.claim);
    expect(got('We would talk about a payment break or a reduced payment, and give details of free debt advice.')).toEqual([]);
    expect(got('Honestly, a payment is a payment, so I would take it.')).toEqual(['Any payment is a good outcome']);
  });

  it('a call count is a claim about the rule only when the permission is said of it', () => {
    const us = (a: string) => checkFacts(readText(a), { jurisdiction: 'us', text: 'Coach an agent.', example_answer: 'I coached her.' }).map((e) => e.claim);
    expect(us('We went through the rule together over many weeks, agreed she would move to email, and I reviewed her attempt counts and eight calls a week for six weeks.')).toEqual([]);
    expect(us('The rule lets us make eight calls a week to each customer.')).toEqual(['8 calls a week are allowed']);
  });
});

describe('field facts added in stop 29', () => {
  const us = (a: string) => checkFacts(readText(a), { jurisdiction: 'us', text: 'A customer disputes the debt.', example_answer: 'I logged it.' }).map((e) => e.claim);
  const uk = (a: string) => checkFacts(readText(a), { jurisdiction: 'uk', text: 'A customer is in debt advice.', example_answer: 'I paused.' }).map((e) => e.claim);
  it('any dispute, oral or written, said to stop collection (US)', () => {
    expect(us('By law any dispute, oral or written, stops all collection until we verify.')).toEqual(['Any dispute stops collection']);
    expect(us('Only a written dispute in the validation period stops collection; an oral one is noted and reported as disputed.')).toEqual([]);
  });
  it('Breathing Space said to last other than 60 days, not the crisis one', () => {
    expect(uk('Breathing Space lasts ninety days, so we stop everything.')).toEqual(['Breathing Space lasts other than 60 days']);
    expect(uk('A standard Breathing Space lasts 60 days.')).toEqual([]);
    expect(uk('A mental health crisis Breathing Space lasts for the treatment plus 30 days.')).toEqual([]);
    expect(uk('I would exclude Breathing Space, an arrangement set up in the last six months, and disputes.')).toEqual([]);
  });
  it('scorecard weights that add up to more than the whole', () => {
    expect(uk('The scorecard weights would be 40% compliance, 40% outcomes and 30% cash.')).toEqual(['Weights that add up to 110%']);
    expect(uk('The scorecard weights would be 40% compliance, 30% outcomes and 30% cash.')).toEqual([]);
  });
  it("a restriction stated is not the card's claim that widens it, and a signal's 'without' must be said", () => {
    const third = { jurisdiction: 'us' as const, text: 'The brother answers.', example_answer: 'I asked for the customer.', wrong_claims: [{ claim: 'A brother can be told', signals: ['brother can be told'], correct: 'Only the consumer.' }, { claim: 'Recorded without telling', signals: ['without telling the customer'], correct: 'Tell them.' }] };
    const c = (a: string) => checkFacts(readText(a), third).map((e) => e.claim);
    expect(c('The brother can be told everything about it.')).toEqual(['A brother can be told']);
    expect(c('I told the brother I can only speak about it with the customer.')).toEqual([]);
    expect(c('We record it and we tell the customer what we record.')).toEqual([]);
    expect(c('We record it without telling the customer.')).toEqual(['Recorded without telling']);
  });
});


describe('a fault found', () => {
  it('is not a count stated as allowed: "I found our dialer was applying the seven-in-seven per phone number, so ... twenty-one attempts in a week"', () => {
    const us = { jurisdiction: 'us' as const, sector: 'consumer' as const, text: 'Contact rates are falling. What do you do?', example_answer: 'Seven attempts in seven days.' };
    expect(checkFacts(readText('While checking that, I found our dialer was applying the seven-in-seven per phone number, so a consumer with three numbers could get up to twenty-one attempts in a week.'), us)).toEqual([]);
    expect(checkFacts(readText('Under Reg F we can make up to twenty-one attempts in a week.'), us).length).toBe(1);
  });
});

describe('a sum worked out in the answer (answers-train15.yaml shapes)', () => {
  const metrics = { jurisdiction: 'any' as const, text: 'Two agencies report liquidation; which one is doing better?', example_answer: 'I compare net-back after commission.' };
  const errors = (answer: string) => checkFacts(readText(answer), metrics);

  it('a product or quotient of two figures stated wrong is a fact error that says the right result', () => {
    const e = errors('A keeps 25 percent commission, so 9 times 0.75 gives us 7.25 percent back.');
    expect(e.map((x) => x.correct)).toEqual(['9 times 0.75 is 6.75']);
    expect(errors('We collected 12,000 of 48,000 in March, and 12,000 divided by 48,000 is 40 percent.')).toHaveLength(1);
  });

  it('a right result, a result as a percentage of the ratio, a rounded one with "about", and one step of a chain are not', () => {
    expect(errors('So 9 times 0.75 gives us 6.75 percent, and 7 times 0.82 is 5.74.')).toEqual([]);
    expect(errors('12,000 divided by 48,000 is 25 percent.')).toEqual([]);
    expect(errors('430 divided by 270 is about 1.6, far too high to be a CEI.')).toEqual([]);
    expect(errors('DSO is 3.6 divided by 6 times 90, so 54 days.')).toEqual([]);
  });
});

describe('the FDCPA on a B2B card', () => {
  const b2b = { jurisdiction: 'us' as const, sector: 'commercial' as const, text: 'A long-standing business customer is sixty days past due. How do you keep the relationship while collecting?', example_answer: 'I call the owner and agree dated payments.' };
  const claims = (answer: string) => checkFacts(readText(answer), b2b).map((e) => e.claim);

  it('named as the law that governs the accounts is the claim that it covers commercial debts', () => {
    expect(claims('Because the FDCPA covers these accounts, I stuck to calling between eight and nine.')).toEqual(['The FDCPA and Reg F cover commercial debts']);
    expect(claims('Under the FDCPA, once a customer disputes an invoice we have to stop chasing it for 30 days.')).toEqual(['The FDCPA and Reg F cover commercial debts']);
  });

  it('said to be consumer law, borrowed as a standard, denied, or in the customer\'s words, it is not', () => {
    expect(claims("The FDCPA doesn't apply to business debts, but I hold our letters to the same standard anyway.")).toEqual([]);
    expect(claims('I use the FDCPA as a guide for call times, even on business accounts.')).toEqual([]);
    expect(claims('He said, "this is harassment under the FDCPA," and I explained that it covers consumer debts, not his company\'s lease.')).toEqual([]);
  });
});
