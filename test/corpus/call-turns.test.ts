// Conduct on calls, turn by turn, against candidate turns written and labelled by a QA lead who had
// not read the detectors (test/corpus/call-turns/). The turn detectors were tuned on train.yaml
// only; the floors on test.yaml sit just below what was measured when they were last changed.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readText } from '../../src/language/read.js';
import { detectTurnConduct } from '../../src/conduct/turn.js';
import { CONDUCT_RULES } from '../../src/conduct/rules.js';

const Situation = z.object({
  id: z.string(),
  jurisdiction: z.enum(['us', 'uk']),
  situation: z.string(),
  state: z.object({
    listener: z.enum(['consumer', 'third-party', 'spouse', 'unknown']),
    verified: z.boolean(),
    authorised: z.boolean().optional(),
    voicemail: z.boolean().optional(),
    disputed: z.boolean().optional(),
    ceased: z.boolean().optional(),
    represented: z.boolean().optional(),
    workForbidden: z.boolean().optional(),
    atWork: z.boolean().optional(),
    vulnerable: z.boolean().optional(),
    localHour: z.number().optional(),
    hourAgreed: z.boolean().optional(),
  }),
  turns: z.array(z.object({ text: z.string(), breaches: z.array(z.string()) })),
});

function measure(file: string) {
  const sits = z.array(Situation).parse(parse(readFileSync(new URL(`./call-turns/${file}`, import.meta.url), 'utf8')));
  let breachTurns = 0, flagged = 0, safeTurns = 0, safeFlagged = 0, labels = 0, byRule = 0;
  for (const s of sits) {
    for (const t of s.turns) {
      const { localHour, ...rest } = s.state;
      const got = detectTurnConduct(readText(t.text), { ...rest, ...(localHour !== undefined ? { localHour } : {}) }, { jurisdiction: s.jurisdiction }).map((h) => h.rule);
      if (t.breaches.length) {
        breachTurns++;
        if (got.length) flagged++;
      } else {
        safeTurns++;
        if (got.length) safeFlagged++;
      }
      for (const b of t.breaches) {
        labels++;
        // The labeller's "pressing someone vulnerable" includes pushing them to borrow, a rule of its own here.
        if (got.includes(b) || (b === 'vulnerable-pressure' && got.includes('borrowing-pressure'))) byRule++;
      }
    }
  }
  return { sits, breachTurns, flagged, safeTurns, safeFlagged, labels, byRule };
}

describe('conduct on call turns', () => {
  const train = measure('train.yaml');
  const test = measure('test.yaml');
  const train2 = measure('train2.yaml');
  const test2 = measure('test2.yaml');
  const train3 = measure('train3.yaml');
  const train4 = measure('train4.yaml');
  const train5 = measure('train5.yaml');
  const train6 = measure('train6.yaml');
  const train7 = measure('train7.yaml');
  const train8 = measure('train8.yaml');

  it('uses only the rules the tool has, in both halves, over 10+ situations each', () => {
    const ids = new Set(CONDUCT_RULES.map((r) => r.id));
    for (const half of [train, train2, train3, train4, train5, train6, train7, train8, test, test2]) {
      expect(half.sits.length).toBeGreaterThanOrEqual(10);
      for (const s of half.sits) for (const t of s.turns) for (const b of t.breaches) expect(ids.has(b), b).toBe(true);
    }
    const trainIds = new Set([...train.sits, ...train2.sits, ...train3.sits, ...train4.sits, ...train5.sits, ...train6.sits, ...train7.sits, ...train8.sits].map((s) => s.id));
    for (const s of [...test.sits, ...test2.sits]) expect(trainIds.has(s.id), s.id).toBe(false);
  });

  it('flags the breaches of the held-out turns on their turn, and few compliant turns', () => {
    // Measured: 74/81 breach turns flagged, 4/70 compliant turns flagged, 81/111 labels by their own rule (82/111 on 2026-12-02).
    expect(test.flagged / test.breachTurns).toBeGreaterThanOrEqual(0.88);
    expect(test.safeFlagged).toBeLessThanOrEqual(8);
    expect(test.byRule / test.labels).toBeGreaterThanOrEqual(0.68);
  });

  it('flags some breaches of the second held-out set, hard indirect turns written on 2026-12-02', () => {
    // Measured the day it arrived, before any change: 16/50 breach turns flagged, 4/50 compliant
    // turns flagged, 15/63 labels by their own rule; after that day's training-set changes 17/50, 4/50; after the next
    // session's two new training sets (train3.yaml, train4.yaml), 22/50, 3/50, 21/63. Never tuned on: the floors guard
    // against a change that loses what the rules already catch, they are not a target.
    expect(test2.flagged).toBeGreaterThanOrEqual(20);
    expect(test2.safeFlagged).toBeLessThanOrEqual(5);
  });

  it('holds on the training turns it was tuned on', () => {
    // Measured: 78/82 flagged, 0/74 compliant turns flagged; 81/82 and 0/74 after the third training set's round.
    expect(train.flagged / train.breachTurns).toBeGreaterThanOrEqual(0.93);
    expect(train.safeFlagged).toBeLessThanOrEqual(1);
  });

  it('holds on the second training set, written later by another blind QA lead', () => {
    // Before any tuning on it: 56/98 breach turns flagged, 7/94 compliant turns flagged.
    // After one round on it: 78/98 and 6/94; after a second (2026-12-02), 86/98 and 5/94.
    // A third round (the next session, with train3.yaml and train4.yaml): 91/98 and 2/94.
    expect(train2.flagged).toBeGreaterThanOrEqual(88);
    expect(train2.safeFlagged).toBeLessThanOrEqual(4);
  });

  // The later training sets, each measured on arrival before any tuning on it, then after a round on it.
  const LATER_SETS = [
    { half: train3, what: 'the third, hard indirect turns like the second held-out set', arrival: '42/61 and 3/59', after: '59/61 and 1/59', flagged: 56, safe: 3 },
    { half: train4, what: 'the fourth, asked to be very hard (hinted, hedged, disguised as help)', arrival: '38/62 and 8/58', after: '61/62 and 1/58', flagged: 58, safe: 3 },
    { half: train5, what: 'the fifth, hinted and euphemistic turns', arrival: '28/55 and 7/65', after: '53/55 and 0/65', flagged: 50, safe: 3 },
    { half: train6, what: 'the sixth, contact counts, hours, work calls and holding on', arrival: '40/61 and 7/59', after: '60/61 and 0/59', flagged: 57, safe: 3 },
    { half: train7, what: 'the seventh, breaches without alarming words and alarming words without breaches', arrival: '36/58 and 4/62', after: '56/58 and 0/62', flagged: 53, safe: 3 },
    { half: train8, what: 'the eighth: voicemails, a child, a receptionist, joint holders, an attorney, hospital, gambling, a carer', arrival: '37/63 and 11/57', after: '53/63 and 0/57', flagged: 50, safe: 3 },
  ];
  for (const set of LATER_SETS) {
    it(`holds on ${set.what} (breach turns and compliant turns flagged on arrival ${set.arrival}; after tuning ${set.after})`, () => {
      expect(set.half.flagged).toBeGreaterThanOrEqual(set.flagged);
      expect(set.half.safeFlagged).toBeLessThanOrEqual(set.safe);
    });
  }
});
