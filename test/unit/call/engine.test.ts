import { describe, expect, test } from 'vitest';
import { Call, callStateOf } from '../../../src/call/engine.js';
import { findSignal, signalPattern } from '../../../src/call/match.js';
import { runCall, scriptedCustomer } from '../../../src/call/run.js';
import { scoreCall } from '../../../src/call/score.js';
import { scenario } from './fixtures.js';

const session = { id: 's', started_at: '2026-12-01T00:00:00.000Z', grader: 'offline' as const, mode: 'batch' as const };
const skills = new Map([['compliance', { name: 'Compliance' }], ['negotiation', { name: 'Negotiation' }]]);

async function play(turns: string[], over = {}) {
  let i = 0;
  return runCall({
    scenario: scenario(over),
    customer: scriptedCustomer,
    nextTurn: async () => (i < turns.length ? { text: turns[i++]! } : 'end'),
    session,
    skillNames: skills,
    now: () => new Date('2026-12-01T00:01:00Z'),
  });
}

describe('signals', () => {
  test('match word endings and phrases, on word boundaries only', () => {
    expect(signalPattern('verify').test('I verified it')).toBe(true);
    expect(signalPattern('verify').test('verifying now')).toBe(true);
    expect(signalPattern('date of birth').test('your date-of-birth please')).toBe(true);
    expect(signalPattern('owe').test('you owe us')).toBe(true);
    expect(signalPattern('owe').test('the power is off')).toBe(false);
    expect(signalPattern('pay').test('repay it')).toBe(false);
    expect(signalPattern('£45').test('pay the £45 now')).toBe(true);
  });

  test('the evidence is the sentence that holds the signal', () => {
    expect(findSignal('Hello Pat. Can you confirm your date of birth? Thanks.', ['date of birth'])?.words).toBe('Can you confirm your date of birth?');
    expect(findSignal('nothing here', ['date of birth'])).toBeUndefined();
  });
});

describe('a call turn by turn', () => {
  test('a breach no branch answers gets a reaction from the customer, and never their thanks', () => {
    const grateful = scenario({ script: [{ say: 'Hello?' }, { say: 'Okay. Thanks for explaining.' }, { say: 'What now?' }], closing: 'Thank you. Bye.' });
    const call = new Call(grateful);
    // Thanks after a push to borrow is replaced by the reaction alone.
    expect(call.candidate('Just take out a payday loan and clear it today.').next?.text).toBe("I'm not borrowing more to pay you. That would only make it worse.");
    // A plain line is said after the reaction; the closing after a breach keeps no thanks.
    const threat = new Call(grateful);
    threat.candidate('Hi Pat, could you confirm your date of birth?');
    threat.candidate('Thanks. Shall we set up a payment plan?');
    const last = threat.candidate('If you do not pay by Friday you will be arrested.');
    expect(last.next).toEqual({ text: "Arrested? Over a bill? That can't be right. Goodbye.", hangsUp: true, index: -1 });
    // A branch written for the breach is said as written.
    const own = new Call(scenario());
    expect(own.candidate('If you do not pay by Friday you will be arrested.').next?.text).toBe('How dare you!');
  });

  test('coaching: the agent\'s breach put to them is not the supervisor\'s; telling them to do it is', () => {
    const coaching = scenario({ persona: { name: 'Jordan', mood: 'defensive', situation: 'An agent who told a mother about her son\'s debt.', role: 'agent' }, script: [{ say: 'Hi.' }, { say: 'Okay.' }, { say: 'Right.' }], traps: [] });
    const call = new Call(coaching);
    expect(call.candidate("On the call review, you told the customer's mother that her son owed us money. Can you walk me through it?").flags).toEqual([]);
    expect(call.candidate('Next time, if his mother picks up, just tell her he owes us money.').flags.map((f) => f.rule)).toEqual(['third-party-disclosure']);
  });

  test('after a breach, later lines keep no thanks (a new user was thanked two turns after threatening court)', () => {
    const later = new Call(scenario({ script: [{ say: 'Hello?' }, { say: 'Right.' }, { say: 'Thank you for being kind about it. Is there anything else?' }], closing: 'Thanks again. Bye.' }));
    later.candidate('If you do not pay by Friday you will be arrested.');
    expect(later.candidate('Shall we set up a payment plan?').next?.text).toBe('Is there anything else?');
    expect(later.candidate('That is all.').next?.text).toBe('Bye.');
    const kind = new Call(scenario({ script: [{ say: 'Hello?' }, { say: 'Right.' }, { say: 'Thank you for being kind about it.' }] }));
    kind.candidate('Hello Pat.');
    expect(kind.candidate('Shall we set up a payment plan?').next?.text).toBe('Thank you for being kind about it.');
  });

  test('no reaction where the customer cannot tell, or is not the customer', () => {
    const call = new Call(scenario());
    call.candidate('Hello.');
    const unchecked = call.candidate('You owe us $300, what is your date of birth?');
    expect(unchecked.flags.map((f) => f.rule)).toEqual(['skipping-id-checks']);
    expect(unchecked.next?.text).toBe('Who are you again?');
    const agent = new Call(scenario({ persona: { name: 'Sam', mood: 'defensive', situation: 'An agent after a breach.', role: 'agent' }, script: [{ say: 'Hi.' }, { say: 'Okay.' }] }));
    expect(agent.candidate('If you do not pay by Friday you will be arrested.').next?.text).toBe('Okay.');
  });

  test('the next line is the branch the previous turn chose; goals are met with their words', () => {
    const call = new Call(scenario());
    expect(call.opening().text).toBe('Hello?');
    const t1 = call.candidate('Hi, is that Pat? Could you confirm your date of birth?');
    expect(t1.met).toEqual(['verify']);
    expect(t1.next?.text).toBe('It is the first of May.');
    const t2 = call.candidate('Thanks. Shall we set up a payment plan?');
    expect(t2.met).toEqual(['plan']);
    expect(t2.next?.text).toBe('A plan sounds good.');
    const t3 = call.candidate('Great, goodbye.');
    expect(t3.next).toEqual({ text: 'Bye.', hangsUp: true, index: -1 });
    expect(call.goalResults().map((g) => [g.id, g.met, g.turn])).toEqual([['verify', true, 1], ['plan', true, 2]]);
  });

  test('a goal not yet met chooses its branch; a goal met after its by_turn does not count', () => {
    const call = new Call(scenario());
    call.candidate('Hello.');
    expect(call.candidate('Hmm.').next?.text).toBe('Who are you again?');
    call.candidate('What is your date of birth?');
    const verify = call.goalResults()[0]!;
    expect(verify.met).toBe(false);
    expect(verify).toMatchObject({ evidence: 'What is your date of birth?', why: 'turn 3: too late, it was due by turn 2' });
  });

  test('a breach is flagged on its turn, with the citation for the jurisdiction, and the customer reacts', () => {
    const call = new Call(scenario());
    const t1 = call.candidate("If you don't pay today you will be arrested.");
    expect(t1.flags).toEqual([{ rule: 'threat-arrest', citation: 'FDCPA §1692e(4), §1692e(7)', words: expect.stringContaining('arrested'), source: 'rules' }]);
    expect(t1.next).toMatchObject({ text: 'How dare you!', hangsUp: true });
    const uk = new Call(scenario({ jurisdiction: 'uk' })).candidate("If you don't pay today you will be arrested.");
    expect(uk.flags[0]!.citation).toMatch(/^CONC 7/);
  });

  test('a trap is live until the turn after its goal is met', () => {
    const call = new Call(scenario());
    expect(call.candidate('You owe us $300.').flags.map((f) => [f.rule, f.source])).toEqual([['skipping-id-checks', 'trap']]);
    // Checked after the balance was given: not credited (the goal is "before"), but the trap ends with it.
    expect(call.candidate('What is your date of birth?').met).toEqual([]);
    expect(call.goalResults()[0]).toMatchObject({ met: false, why: 'not counted: turn 1 came first, balance before ID' });
    expect(call.candidate('The balance is $300.').flags).toEqual([]);
    const other = new Call(scenario({ traps: [{ trap: 'x', rule: 'skipping-id-checks', turns: [2], signals: ['balance'], better: 'b' }] }));
    expect(other.candidate('The balance is $300.').flags).toEqual([]);
    expect(other.candidate('The balance is $300.').flags).toHaveLength(1);
  });

  test('a turn that breaks a rule meets no goal, and the goal says why; a later clean turn can still meet it (unless the breach was the trap the goal guards)', () => {
    const call = new Call(scenario());
    const t1 = call.candidate('You owe us $300. What is your date of birth?');
    expect(t1.flags.map((f) => f.rule)).toEqual(['skipping-id-checks']);
    expect(t1.met).toEqual([]);
    expect(t1.withheld).toEqual(['verify']);
    expect(call.goalResults()[0]).toMatchObject({
      met: false,
      evidence: 'What is your date of birth?',
      why: 'not counted, turn 1 broke a rule: skipping-id-checks',
      turn: 1,
    });
    const t2 = call.candidate('Sorry. Could you confirm your date of birth first?');
    expect([t2.flags, t2.met, t2.withheld]).toEqual([[], [], []]);
    expect(call.goalResults()[0]).toMatchObject({ met: false, evidence: 'What is your date of birth?', turn: 1 });
    // A breach of another rule withholds the goal for that turn only.
    const other = new Call(scenario({ traps: [] }));
    expect(other.candidate('You are a deadbeat. What is your date of birth?').withheld).toEqual(['verify']);
    const later = other.candidate('Sorry. Could you confirm your date of birth first?');
    expect(later.met).toEqual(['verify']);
    expect(other.goalResults()[0]).toMatchObject({ met: true, evidence: 'Could you confirm your date of birth first?', why: null, turn: 2 });
  });

  test('any rule withholds every goal of its turn, not only the goal the rule is about', () => {
    const call = new Call(scenario());
    call.candidate('Could you confirm your date of birth?');
    const t2 = call.candidate('We can set up a payment plan, or you will be arrested.');
    expect(t2.flags.map((f) => f.rule)).toEqual(['threat-arrest']);
    expect([t2.met, t2.withheld]).toEqual([[], ['plan']]);
    expect(call.goalResults().map((g) => g.met)).toEqual([true, false]);
  });

  test('a trap with `unless` words in the turn is not sprung', () => {
    const call = new Call(scenario({ traps: [{ trap: 'x', rule: 'third-party-disclosure', signals: ['debt'], unless: ['only discuss'], better: 'b' }] }));
    expect(call.candidate('I can only discuss the debt with him.').flags).toEqual([]);
  });
});

describe('the report', () => {
  test('a clean call: every goal met, 5 overall and per skill, nothing to improve', async () => {
    const r = await play(['Hi Pat, could you confirm your date of birth?', 'Thanks. How about a payment plan of $50 per month?', 'Bye.']);
    expect(r.score).toBe(5);
    expect(r.criteria.map((c) => [c.name, c.skill_name, c.score])).toEqual([['compliance', 'Compliance', 5], ['negotiation', 'Negotiation', 5]]);
    expect(r.red_flags).toEqual([]);
    expect(r.feedback).toMatchObject({ worst_turn: null, better: null });
    expect(r.ended).toBe('script');
    expect(r.transcript.map((t) => t.speaker)).toEqual(['customer', 'candidate', 'customer', 'candidate', 'customer', 'candidate', 'customer']);
  });

  test('a conduct flag caps the score and every criterion at 2; the worst turn gets the better line', async () => {
    const r = await play(['Could you confirm your date of birth? You will be arrested if you do not pay.'], {});
    expect(r.score).toBeLessThanOrEqual(2);
    for (const c of r.criteria) expect(c.score).toBeLessThanOrEqual(2);
    expect(r.red_flags).toEqual(['Threatens arrest, jail, the police or criminal charges']);
    expect(r.conduct).toEqual([expect.objectContaining({ rule: 'threat-arrest', turn: 1 })]);
    expect(r.feedback.worst_turn).toBe(1);
    expect(r.feedback.better).toMatch(/Nobody is going to be arrested/);
    expect(r.ended).toBe('hung-up');
    // Where the breach fell, in words a person reads (the rule's id is for JSON): "1 breach, on turn 1".
    expect(r.feedback.text).toContain('1 breach, on turn 1:');
    expect(r.feedback.text).not.toContain('threat-arrest');
  });

  test("of the worst turn's breaches, the one the scenario sets a trap for gets the scenario's better line", async () => {
    const r = await play(['You will be arrested if you do not pay the balance you owe.'], {});
    expect(r.conduct.map((f) => f.rule).sort()).toEqual(['skipping-id-checks', 'threat-arrest']);
    expect(r.feedback.better).toBe('First, your date of birth?');
  });

  test('without breaches, the worst turn is where the first missed goal was due, with its example', async () => {
    const r = await play(['Hello, is that Pat?', 'Lovely weather.']);
    expect(r.score).toBe(1);
    expect(r.feedback).toMatchObject({ worst_turn: 2, said: 'Lovely weather.', better: 'Can you confirm your date of birth?' });
    expect(r.ended).toBe('turns');
  });

  test('per skill: the share of its goals met', () => {
    const s = scenario();
    const goals = [
      { id: 'verify', goal: 'Verify identity', skill: 'compliance', met: true, evidence: 'x', turn: 1 },
      { id: 'plan', goal: 'Offer a plan', skill: 'negotiation', met: false, evidence: null, turn: null },
    ];
    const scored = scoreCall(s, [], goals, skills);
    expect(scored.criteria.map((c) => c.score)).toEqual([5, 1]);
    expect(scored.score).toBe(3);
  });

  test('a customer model that fails falls back to the scripted line, with a notice', async () => {
    let i = 0;
    const turns = ['Hi, your date of birth please?'];
    const r = await runCall({
      scenario: scenario(),
      customer: { kind: 'llm', say: async ({ scripted }) => (scripted.index === 0 ? { text: 'Hello there?' } : Promise.reject(new Error('connection refused'))) },
      nextTurn: async () => (i < turns.length ? { text: turns[i++]! } : 'end'),
      session,
      skillNames: skills,
      now: () => new Date(),
    });
    expect(r.transcript[0]!.text).toBe('Hello there?');
    expect(r.transcript[2]).toMatchObject({ text: 'It is the first of May.', notice: expect.stringContaining('connection refused') });
    expect(r.notices).toHaveLength(1);
  });
});

describe('where the call stands', () => {
  test('a call_state fact given as a turn holds from that turn on; true holds from the start; false or absent never', () => {
    const s = scenario({ call_state: { represented: 3, vulnerable: true, disputed: false } });
    const at = (turn: number) => callStateOf(s, new Set(['verify']), turn);
    expect(at(1)).toEqual({ listener: 'consumer', verified: true, represented: false, vulnerable: true, disputed: false });
    expect(at(3)).toMatchObject({ represented: true, vulnerable: true });
    expect(at(7)).toMatchObject({ represented: true });
    expect(at(3).ceased).toBeUndefined();
  });
});
