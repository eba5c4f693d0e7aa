// Conduct on calls, turn by turn, against candidate turns written and labelled by a QA lead who had
// not read the detectors (test/corpus/call-turns/). The turn detectors were tuned on train.yaml
// only; the floors on test.yaml sit just below what was measured when they were last changed.
import { describe, expect, it } from 'vitest';
import { CONDUCT_RULES } from '../../src/conduct/rules.js';
import { loadCallTurns, measureCallTurns } from './evaluate.js';

function measure(file: string) {
  const sits = loadCallTurns(file);
  return { sits, ...measureCallTurns(sits) };
}

describe('conduct on call turns', () => {
  const train = measure('train.yaml');
  const test = measure('test.yaml');
  const train2 = measure('train2.yaml');
  const test2 = measure('test2.yaml');
  const test3 = measure('test3.yaml');
  const test4 = measure('test4.yaml');
  const test5 = measure('test5.yaml');
  const train3 = measure('train3.yaml');
  const train4 = measure('train4.yaml');
  const train5 = measure('train5.yaml');
  const train6 = measure('train6.yaml');
  const train7 = measure('train7.yaml');
  const train8 = measure('train8.yaml');
  const train9 = measure('train9.yaml');
  const train10 = measure('train10.yaml');
  const train11 = measure('train11.yaml');
  const train12 = measure('train12.yaml');
  const train13 = measure('train13.yaml');
  const train14 = measure('train14.yaml');
  const train15 = measure('train15.yaml');
  const train16 = measure('train16.yaml');
  const train17 = measure('train17.yaml');
  const train18 = measure('train18.yaml');
  const train19 = measure('train19.yaml');
  const train20 = measure('train20.yaml');
  const train21 = measure('train21.yaml');
  const train22 = measure('train22.yaml');
  const train23 = measure('train23.yaml');
  const train24 = measure('train24.yaml');

  it('uses only the rules the tool has, in both halves, over 10+ situations each (7 in the fifth held-out set)', () => {
    const ids = new Set(CONDUCT_RULES.map((r) => r.id));
    for (const half of [train, train2, train3, train4, train5, train6, train7, train8, train9, train10, train11, train12, train13, test, test2, test3, test4, test5]) {
      expect(half.sits.length).toBeGreaterThanOrEqual(half === test5 ? 7 : 10);
      for (const s of half.sits) for (const t of s.turns) for (const b of t.breaches) expect(ids.has(b), b).toBe(true);
    }
    const trainIds = new Set([...train.sits, ...train2.sits, ...train3.sits, ...train4.sits, ...train5.sits, ...train6.sits, ...train7.sits, ...train8.sits, ...train9.sits, ...train10.sits, ...train11.sits, ...train12.sits, ...train13.sits].map((s) => s.id));
    for (const s of [...test.sits, ...test2.sits, ...test3.sits, ...test4.sits, ...test5.sits]) expect(trainIds.has(s.id), s.id).toBe(false);
  });

  it('flags the breaches of the held-out turns on their turn, and few compliant turns', () => {
    // Measured: 74/81 breach turns flagged, 4/70 compliant turns flagged, 81/111 labels by their own rule (82/111 on 2026-12-02).
    // With the fitted turn model (a session later): 79/81, 4/70, 81/111 (this file's counting).
    expect(test.flagged / test.breachTurns).toBeGreaterThanOrEqual(0.95);
    expect(test.safeFlagged).toBeLessThanOrEqual(6);
    expect(test.byRule / test.labels).toBeGreaterThanOrEqual(0.68);
  });

  it('flags some breaches of the second held-out set, hard indirect turns written on 2026-12-02', () => {
    // Measured the day it arrived, before any change: 16/50 breach turns flagged, 4/50 compliant
    // turns flagged, 15/63 labels by their own rule; after that day's training-set changes 17/50, 4/50; after the next
    // session's two new training sets (train3.yaml, train4.yaml), 22/50, 3/50, 21/63; then 26/50, 3/50; with the fitted
    // turn model, 41/50, 3/50, 36/63; with it refitted on train10 and train11 (stop 26), 40/50, 3/50, 35/63. Never tuned on:
    // the floors guard against a change that loses what is caught, they are not a target.
    expect(test2.flagged).toBeGreaterThanOrEqual(39);
    expect(test2.safeFlagged).toBeLessThanOrEqual(5);
  });

  it('flags the breaches of the third held-out set (written in stop 26, after that stop\'s detectors and turn model)', () => {
    // Measured once, on arrival: 46/50 breach turns flagged, 5/82 compliant turns flagged, 47/65 labels by their own rule.
    expect(test3.flagged).toBeGreaterThanOrEqual(44);
    expect(test3.safeFlagged).toBeLessThanOrEqual(7);
  });

  it('flags the breaches of the fourth held-out set (written in stop 27 by two QA leads, after that stop\'s detectors and turn model)', () => {
    // Measured once, on arrival: 59/70 breach turns flagged, 8/91 compliant turns flagged, 62/93 labels by their own rule.
    expect(test4.sits.length).toBe(12);
    expect(test4.flagged).toBeGreaterThanOrEqual(57);
    expect(test4.safeFlagged).toBeLessThanOrEqual(10);
  });

  it('flags most breaches of the fifth held-out set (the second lead\'s other seven calls), with more false flags than the others', () => {
    // Measured once, on arrival: 35/44 breach turns flagged, 11/57 compliant turns flagged, 36/65 labels by their own rule.
    expect(test5.sits.length).toBe(7);
    expect(test5.flagged).toBeGreaterThanOrEqual(33);
    expect(test5.safeFlagged).toBeLessThanOrEqual(13);
  });

  it('holds on the training turns it was tuned on', () => {
    // Measured: 78/82 flagged, 0/74 compliant turns flagged; 81/82 and 0/74 after the third training set's round;
    // 82/82 and 0/74 with the fitted turn model.
    expect(train.flagged / train.breachTurns).toBeGreaterThanOrEqual(0.97);
    expect(train.safeFlagged).toBeLessThanOrEqual(1);
  });

  it('holds on the second training set, written later by another blind QA lead', () => {
    // Before any tuning on it: 56/98 breach turns flagged, 7/94 compliant turns flagged.
    // After one round on it: 78/98 and 6/94; after a second (2026-12-02), 86/98 and 5/94.
    // A third round (the next session, with train3.yaml and train4.yaml): 91/98 and 2/94; later 92/98;
    // with the fitted turn model (src/conduct/turn-model.ts, fitted on every training set), 98/98 and 2/94.
    expect(train2.flagged).toBeGreaterThanOrEqual(96);
    expect(train2.safeFlagged).toBeLessThanOrEqual(4);
  });

  // The later training sets, each measured on arrival before any tuning on it, then after a round on it.
  // The turn model was fitted on them all: what it does on a set it has not seen is in
  // src/conduct/turn-model.json's figures (each set left out of its fit in turn).
  const LATER_SETS = [
    { half: train3, what: 'the third, hard indirect turns like the second held-out set', arrival: '42/61 and 3/59', after: '59/61 and 1/59; with the fitted turn model, 61/61 and 1/59', flagged: 60, safe: 2 },
    { half: train4, what: 'the fourth, asked to be very hard (hinted, hedged, disguised as help)', arrival: '38/62 and 8/58', after: '61/62 and 1/58; with the fitted turn model, 62/62 and 0/58', flagged: 61, safe: 1 },
    { half: train5, what: 'the fifth, hinted and euphemistic turns', arrival: '28/55 and 7/65', after: '53/55 and 0/65; with the fitted turn model, 55/55 and 0/65', flagged: 54, safe: 1 },
    { half: train6, what: 'the sixth, contact counts, hours, work calls and holding on', arrival: '40/61 and 7/59', after: '60/61 and 0/59; with the fitted turn model, 61/61 and 0/59', flagged: 60, safe: 1 },
    { half: train7, what: 'the seventh, breaches without alarming words and alarming words without breaches', arrival: '36/58 and 4/62', after: '56/58 and 0/62; with the fitted turn model, 58/58 and 0/62', flagged: 57, safe: 1 },
    { half: train8, what: 'the eighth: voicemails, a child, a receptionist, joint holders, an attorney, hospital, gambling, a carer', arrival: '37/63 and 11/57', after: '53/63 and 0/57; with the fitted turn model, 60/63 and 0/57', flagged: 58, safe: 1 },
    { half: train9, what: 'the ninth, mostly compliant everyday turns', arrival: '43/76 and 5/188 by the detectors, 65/76 and 7/188 with the turn model fitted before it came', after: '76/76 and 5/188 with the turn model refitted on it (no detector tuned on it)', flagged: 74, safe: 6 },
    { half: train10, what: 'the tenth, veiled threats and compliant turns that sound close to a breach', arrival: '44/92 and 8/176 by the detectors, 69/92 and 10/176 with the turn model fitted before it came', after: '89/92 and 8/176 with the turn model refitted on it (no detector tuned on it)', flagged: 87, safe: 9 },
    { half: train11, what: 'the eleventh, compliant turns a careless reviewer might flag and breaches only the state makes', arrival: '46/70 and 4/170 by the detectors, 64/70 and 5/170 with the turn model fitted before it came', after: '69/70 and 4/170 with the turn model refitted on it (no detector tuned on it)', flagged: 67, safe: 5 },
    { half: train12, what: 'the twelfth: a US spouse in the evening, a roommate, an attorney, a UK husband, a debt adviser, a Lasting Power of Attorney, a Sunday-night crisis call', arrival: '76/89 and 12/154 with the turn model fitted before it came', after: '89/89 and 4/154 with the turn model refitted on it and a round on its false flags (work calls moved home or to another number, "your adviser can send us", court named only to say it is not coming)', flagged: 87, safe: 5 },
    { half: train13, what: 'the thirteenth (stop 29): a US spouse in the evening, a shared voicemail, a work line, a written dispute, an attorney, a cease letter in chemotherapy, a UK husband, a widow, depression, a debt charity, a billing error, a 7:30 call she asked for', arrival: '69/83 and 11/124 with the turn model fitted before it came', after: '82/83 and 7/124 with the turn model refitted on it and a round on its misses (doubling "pretty much", the sheriff not wanted to see the file, "morning, noon and night", "treat me as your adviser") and false flags (an early hour she asked for, "then you can go to the Ombudsman")', flagged: 80, safe: 9 },
    { half: train14, what: 'the fourteenth (stop 30): a US spouse at 8:30 p.m., a written dispute at 7:20 a.m., an attorney, a work line, a mother asked for location, a cease letter in chemotherapy, a UK flatmate, an executor widow, a crisis team, a debt adviser, a partner at an hour asked for, a late voicemail', arrival: '64/78 and 14/128 with the turn model fitted before it came', after: '76/78 and 6/128 with the turn model refitted on it and a round on its misses (complaints talked down, "just a formality", an overdraft to use, an unsocial hour\'s greeting, a later hour than the one asked for) and false flags ("Harrowgate Lending", "your credit card, which is now three payments behind")', flagged: 74, safe: 8 },
    { half: train15, what: 'the fifteenth (stop 31): calls that change as they go (identity checked part way, a phone handed over, a break at work, a lawyer or an adviser named, a late callback asked for, the listener\'s question restated)', arrival: '70/82 and 3/109 with the turn model fitted before it came', after: '80/82 and 2/109 after a round on its misses (complaints talked down, "we\'re the enforcement side of it", "nobody\'s going anywhere till", a work ban acknowledged and broken, "seven-fifteen in the morning") and false flags (the listener\'s question restated, a stage explained, a preferred hour noted)', flagged: 76, safe: 5 },
    { half: train16, what: 'the sixteenth (stop 31): a debt buyer, a guarantor abroad, a sole trader, a customer hard of hearing, a returned voicemail, a call the customer records, a complaint mid-call, a card fee', arrival: '70/85 and 15/116 with the turn model fitted before it came', after: '80/85 and 7/116 after a round on its misses (abuse of someone who cannot follow, "you lads are all the same", a deal only good on this call, a complaint said to cost them, enforcement sent round, a message at the ward after a ban, a dispute said to be denied) and false flags (what the listener said restated, consent asked for, an hour the customer asked for, a work number given up; two states corrected to their situation paragraphs)', flagged: 76, safe: 10 },
    { half: train17, what: 'the seventeenth (stop 32): an inbound call, a call taken over, an interpreter, bankruptcy and Breathing Space, a deceased account, a time-barred debt, car finance, a water bill, self-harm, a customer trying to hang up', arrival: '77/85 and 11/113', after: '83/85 and 1/113 after a round on its misses (a probate office named, HR told to hear about it, a complaint advised against, a debt that never goes away, work email after a ban, still dealing with a represented customer) and false flags (who is there asked for, consent asked for in other words, an apology for an earlier breach, a payment told back, a gerund judged, an hour the customer chose)', flagged: 77, safe: 5 },
    { half: train18, what: 'the eighteenth (stop 32): a second call after a broken promise, a card payment, a partial dispute, a power of attorney, a shift worker, writing only, a debt management company, the recording asked about, a collector under target', arrival: '77/86 and 18/113', after: '81/86 and 8/113 after a round on its misses (a complaint said to slow things down, nothing to complain about, just between you and me, catching her on the unit) and false flags (the undisputed part collected, the hour she asked for, a channel asked about, a slip owned up to, a complaint logged about a breach, a Visa ending 4417, work something out)', flagged: 76, safe: 12 },
    { half: train19, what: 'the nineteenth (stop 33): a student\'s first debt, identity fraud, a customer moving abroad, a joint account\'s other holder, a confused customer, a manager asked for, a customer recording, tracing after returned mail, a full and final offer, a booked callback', arrival: '69/86 and 12/118', after: '86/86 and 3/118 after a round on its misses (a manager asked for and claimed, a courier named, the rest of your life, stopped at the airport, he can front you, not before ten, nothing\'s come in) and false flags (no calls to you at work noted, a call on the break, the representative\'s number, a borrower, take-home pay), with the turn model refitted', flagged: 82, safe: 6 },
    { half: train20, what: 'the twentieth (stop 34): a customer who says they already paid, hospital, a teenager or flatmate answering, a scam asked about, gambling, a lost job, a plan cut, a callback from a number not on file, and what the call already settled holding for later turns', arrival: '77/87 and 9/116', after: '87/87 and 1/116 after a round on its misses (\'Mornings, got it\' then an evening call, \'keep it between us\', \'send it to legal ... if nothing comes in\', \'grab you at seven\', \'stick you in for quarter past eight\' after \'not before ten\', \'have them spot you\', \'false pretenses\', \'folks like you\', \'I need the £1,960 today\') and false flags (the agency named to the consumer before the checks, \'Not at work.\', paid in full, a letter to the attorney), with the turn model refitted', flagged: 85, safe: 2 },
    { half: train21, what: 'the twenty-first (stop 35): a debt buyer asked who they are, identity theft, a servicemember, a daughter or friend interpreting, a recorded call, self-harm mentioned, another time zone, Breathing Space, economic abuse, a charity adviser, the Ombudsman, a benefit sanction, a payment holiday late at night, a carer with power of attorney', arrival: '64/82 and 11/122', after: '81/82 and 3/122 after a round on its misses (\'float you the money\', \'my ninth go since Monday\', \'most people her age take pride\', \'a federal offense\', the CFPB said not to handle it, \'hand in hand with the DWP\', \'the odd call\' after a cease) and false flags (\'charged off\', a name before the firm, an inbound greeting, \'thanks for calling back\', a late call offered to end), with the turn model refitted', flagged: 79, safe: 4 },
    { half: train22, what: 'the twenty-second (stop 35, written after its rounds): a widow and a joint card, a landlord answering, email only, a creditor\'s fee disputed, a student loan mistaken for a card, "put it on my credit report", a third now and the rest never, a customer driving', arrival: '38/40 and 4/58', after: 'not tuned on', flagged: 38, safe: 4 },
    { half: train23, what: 'the twenty-third (stop 37): UK car finance and night shifts, gambling disclosed midway, a joint shortfall with an estranged wife, a student\'s housemate; US a medical bill with an insurance appeal, a half-remembered time-barred card, a cease letter and a customer ringing in, a bankruptcy filed yesterday', arrival: '41/45 and 7/72', after: '41/45 and 4/72 after a round on its false flags (an hour the consumer chose, said back; court named with the steps that must come first)', flagged: 41, safe: 4 },
    { half: train24, what: 'the twenty-fourth (stop 39): UK a debt management plan provider acting, a terminal diagnosis with the husband answering, a free debt adviser, protected-goods car finance; US a coworker on a barred workplace line, an emailed dispute in the validation period, a teenager then the spouse on the landline, 7:40 a.m. two time zones away', arrival: '45/54 and 4/74', after: 'not tuned on yet', flagged: 45, safe: 4 },
  ];
  for (const set of LATER_SETS) {
    it(`holds on ${set.what} (breach turns and compliant turns flagged on arrival ${set.arrival}; after tuning ${set.after})`, () => {
      expect(set.half.flagged).toBeGreaterThanOrEqual(set.flagged);
      expect(set.half.safeFlagged).toBeLessThanOrEqual(set.safe);
    });
  }
});
