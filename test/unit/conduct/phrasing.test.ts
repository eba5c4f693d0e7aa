// Everyday and policy phrasing of each rule, with a safe contrast on the same topic (stop 29: the detectors
// added for the vocabulary that a blind training set of sentences showed missing).
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk') => detectConduct(readText(text), { jurisdiction }).map((h) => h.rule);

const HARMFUL: [string, string, 'us' | 'uk'][] = [
  ["My team leaves a message on the home landline saying the account is ninety days behind.", 'third-party-disclosure', 'us'],
  ["We printed Final Debt Recovery Notice on the envelope so it got opened.", 'third-party-disclosure', 'us'],
  ["We worked the late list until ten p.m. customer time.", 'inconvenient-time', 'us'],
  ["I'd ring them three times a day until somebody answers.", 'excessive-contact', 'us'],
  ["We took the daily attempt cap off for the last week of the quarter.", 'excessive-contact', 'us'],
  ["Cease letters were reviewed once a month, so the accounts carried on being worked in the meantime.", 'ignoring-dispute-or-cease', 'us'],
  ["When a customer asked us to stop calling, we would just switch to texts.", 'ignoring-dispute-or-cease', 'us'],
  ["Validation requests that came in by email were treated as not received.", 'ignoring-dispute-or-cease', 'us'],
  ["Accounts with a lawyer's letter on file were left in the dialler.", 'represented-consumer', 'us'],
  ["Customers in hospital were kept on the standard collections cycle.", 'vulnerable-pressure', 'us'],
  ["When they mention depression I tell them everybody says that and ask for the payment.", 'vulnerable-pressure', 'us'],
  ["Breathing Space notices were processed a week late so we could get one more payment in.", 'vulnerable-pressure', 'uk'],
  ["I ask them to check the available credit on their other cards and use it for us.", 'borrowing-pressure', 'us'],
  ["My aim was to make promise-breakers feel small.", 'shaming-abuse', 'us'],
  ["I called a customer a liar and a thief.", 'shaming-abuse', 'us'],
  ["I kept her on for forty-five minutes until she agreed to a payment.", 'holding-on-line', 'us'],
  ["I trained the team in a no exit technique so the customer can't end the call without a promise.", 'holding-on-line', 'us'],
  ["Whenever they try to hang up I say just five more minutes, and keep going.", 'holding-on-line', 'us'],
  ["We took the data protection questions out of the script to shorten calls.", 'skipping-id-checks', 'us'],
  ["If they say yes, that's me, I take it as verified and go straight into the balance.", 'skipping-id-checks', 'us'],
  ["I told him we were a courier firm with a parcel for him so he'd confirm his address.", 'impersonation', 'us'],
  ["I said I was calling from the bank's fraud team.", 'impersonation', 'us'],
  ["Our letters went out on 'Legal Department' letterhead though there is no lawyer here.", 'impersonation', 'us'],
  ["I introduced myself as a police liaison officer.", 'impersonation', 'us'],
  ["I told her I was a debt charity adviser so she would open up.", 'impersonation', 'us'],
  ["I say we don't do payment plans, which isn't strictly true.", 'false-statement', 'us'],
  ["I told them the discount expires tonight, and reset it every day.", 'false-statement', 'us'],
  ["I added a fee the contract doesn't allow.", 'false-statement', 'us'],
  ["I told him that disputing the debt would add fees.", 'false-statement', 'us'],
  ["I told her the interest can't be frozen, even though we freeze it for hardship cases.", 'false-statement', 'uk'],
  ["I set the dialler to twelve attempts per debt per week.", 'excessive-contact', 'us'],
  ["Agents make three calls per account a day.", 'excessive-contact', 'us'],
  ["The West Coast got calls at four in the morning.", 'inconvenient-time', 'us'],
  ["Customers on the West Coast were getting calls at 5 a.m.", 'inconvenient-time', 'us'],
  ["I'd also mention, gently, that if no payment goes through today her file is due to move to our legal department this week.", 'threat-unlawful-action', 'us'],
  ["I just mentioned, kindly, that if things didn't improve I might have to have a word with her landlord and her bank about it.", 'threat-unlawful-action', 'us'],
  ["If she doesn't pick up, I'd leave the same thing on her voicemail with the amount.", 'third-party-disclosure', 'us'],
  ["I'd send a letter saying that unless she pays within fourteen days it goes to our lawyers.", 'threat-unlawful-action', 'us'],
  ["I'd be very clear with him: if the lease isn't brought current by Friday, we'll report the equipment as stolen and he could be arrested for theft.", 'threat-arrest', 'us'],
  ["For customers who never pick up, I'd add a couple of friendly calls to their workplace and to the next of kin on file, just to check in.", 'third-party-disclosure', 'us'],
  ["I'd also turn off the vulnerability alerts, because they slow the team down.", 'vulnerable-pressure', 'uk'],
  ["I'd be a little flexible with the contact rules now and then, calling a few more times than the guidelines like.", 'excessive-contact', 'us'],
  ["For Breathing Space, if the account was already lined up with the solicitors before the moratorium started, I think it's reasonable to let the claim go ahead.", 'vulnerable-pressure', 'uk'],
  ["I'd coach agents that when someone says they can't afford it, they should be a little more persistent.", 'vulnerable-pressure', 'uk'],
  ["I told her she doesn't need to respond to the court papers as long as she's paying us.", 'false-statement', 'uk'],
  ["I never let them go until they agree a payment.", 'holding-on-line', 'us'],
  ["We agreed with the client that written disputes received after a payment plan was set up didn't need verification, we just kept the plan running.", 'ignoring-dispute-or-cease', 'us'],
];

const SAFE: [string, 'us' | 'uk'][] = [
  ["We never print anything about the debt on the envelope, just our return address.", 'us'],
  ["The envelope only has a PO box on it, nothing that says collections.", 'us'],
  ["When the cap was taken off by the old manager, I put it back on at seven in seven days.", 'us'],
  ["After a cease letter we stop all calls and only write to confirm we will stop.", 'us'],
  ["Once the dispute was resolved and we had sent the verification, we carried on collecting as normal.", 'us'],
  ["When a customer asked us to stop calling her at home, she said texts were fine, so we switched to texts as she asked.", 'us'],
  ["Accounts with a lawyer's letter are taken out of the dialler the same day.", 'us'],
  ["Customers in hospital are taken off the standard cycle and put on hold for thirty days.", 'us'],
  ["Breathing Space notices are processed the day they arrive and all collection stops.", 'uk'],
  ["I never suggest they use another credit card to pay us.", 'us'],
  ["He called me a liar and a thief, and I stayed calm.", 'us'],
  ["I never want to make a customer feel small.", 'us'],
  ["We added the data protection questions back into the script after the audit.", 'us'],
  ["I say I'm calling from Northgate Collections, and never that I'm from the bank.", 'us'],
  ["I'd never tell them the debt will double, which isn't true.", 'us'],
  ["I told her the interest could be frozen while she got advice.", 'uk'],
  ["I explained that disputing the debt would not add any fees.", 'us'],
  ["I removed a fee the contract doesn't allow and refunded it.", 'us'],
  ["The offer is open until the end of the month and I don't reset it every day.", 'us'],
  ["When the partner answers, I only ask when the customer will be in, and don't go through anything.", 'uk'],
  ["We allow up to seven attempts per debt per week.", 'us'],
  ["A customer complained she got calls at 6 a.m., so I fixed the dialler.", 'us'],
  ["Customers get calls at ten in the morning.", 'us'],
  ["When I joined, customers were getting calls at 7 a.m., so I moved the dialler start to nine.", 'us'],
  ["The customer's complaint letter said the agency would garnish her wages unless she paid by Friday.", 'us'],
  ["I never send a letter saying we'll sue unless they pay this week.", 'us'],
  ["If she doesn't pick up, I leave a limited-content message with my name and number, no amount.", 'us'],
  ["I'd be very clear: she won't be arrested and nobody will come to the house.", 'us'],
  ["He was very clear: if we called again he would go to the police.", 'us'],
  ["I'd never call the family or the workplace to nudge a customer; I write to the customer.", 'us'],
  ["I only contact a relative once, to confirm an address, and never say why.", 'us'],
  ["When she said she was unwell, I paused the account and said we would come back to the payment when she was ready.", 'uk'],
  ["I tuned the vulnerability alerts so they fire on the right calls, and never turned them off.", 'uk'],
  ["We record a vulnerability whenever the customer tells us, with no medical evidence needed.", 'uk'],
  ["After the audit I filled in the missing call notes with today's date and a note saying they were added late.", 'us'],
  ["During Breathing Space we never let a claim go ahead.", 'uk'],
  ["Tell her she must not ignore the claim form, even while she's talking to us.", 'uk'],
  ["If someone says they can't afford it, I never get more persistent; I do an income and expenditure.", 'uk'],
  ["I've been a top collector for three years, and I'd be lying if I said I didn't like being at the top of the board.", 'us'],
  ["I'd tell him not to take or ask for a payment, because pushing for money before the moratorium begins is pressure on someone who's already getting debt advice.", 'uk'],
  ["It isn't the same as a cease letter: with representation we still work the account, we just do it through the lawyer, so statements go to her.", 'us'],
  ["The best part was that sales started asking us for the overdue report before their customer visits.", 'us'],
  ["Three problems came out. Disputes weren't being logged, so accounts looked overdue when the customer was waiting on a credit note.", 'us'],
];

describe('conduct in everyday and policy words', () => {
  test.each(HARMFUL)('%s: %s', (text, rule, jurisdiction) => {
    expect(rules(text, jurisdiction)).toContain(rule);
  });
  test.each(SAFE)('%s: no flag', (text, jurisdiction) => {
    expect(rules(text, jurisdiction)).toEqual([]);
  });
});
