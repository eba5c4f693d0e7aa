import { describe, expect, it } from 'vitest';
import { gradeOffline, type GradableQuestion } from '../../../../src/grading/offline/grade.js';
import { analyse, stem } from '../../../../src/grading/offline/text.js';
import { contradictedByAnswer } from '../../../../src/grading/offline/contradicts.js';
import type { Skill } from '../../../../src/bank/schema.js';

const skills = new Map<string, Skill>([
  ['negotiation', { id: 'negotiation', name: 'Negotiation', description: 'd', rubric: { 1: 'weak', 3: 'ok', 5: 'strong' } }],
  ['compliance', { id: 'compliance', name: 'Compliance', description: 'd', rubric: { 1: 'breaks rules', 3: 'follows rules', 5: 'names rules' } }],
]);

const question: GradableQuestion = {
  id: 'refuses',
  text: 'A customer refuses to pay after several reminders. What do you do?',
  type: 'situational',
  skills: ['negotiation', 'compliance'],
  why_asked: 'Tests calm problem solving within the law.',
  how_to_answer: ['Review the history', 'Ask why', 'Offer options', 'Document and escalate'],
  example_answer:
    'First I would review the account history and notes. Then I would call, ask why they are refusing and listen. I would offer a payment plan they can afford, within policy and the FDCPA. Finally I would confirm in writing, document the call and escalate per procedure if they still refuse.',
  key_points: [
    { point: 'Finds out why the customer is refusing', signals: ['ask why', 'reason', 'understand'] },
    { point: 'Offers an affordable plan', signals: ['payment plan', 'afford', 'instalment'] },
    { point: 'Documents and escalates within the rules', signals: ['document', 'escalate', 'FDCPA'] },
  ],
  red_flags: [{ flag: 'Threatens action that is not intended', signals: ['arrest', 'sue you tomorrow'] }],
};

const grade = (answer: string) => gradeOffline(question, answer, { skills });

describe('offline grader', () => {
  it('is deterministic', () => {
    const a = 'I would ask why they refuse and offer a payment plan.';
    expect(grade(a)).toEqual(grade(a));
  });

  it('grades words that are names of Object methods ("constructor", "toString") like any other word', () => {
    const g = grade('I worked for a constructor, used toString and valueOf in a hasOwnProperty __proto__ report, and called him constructor times a day.');
    expect(g.score).toBeGreaterThanOrEqual(1);
    expect(g.red_flags).toEqual([]);
  });

  it('scores a full, structured answer well and an empty one lowest, with feedback that says why', () => {
    const good = grade(question.example_answer);
    expect(good.score).toBeGreaterThanOrEqual(3.5);
    expect(good.missing_points).toEqual([]);
    expect(good.criteria.map((c) => c.name)).toEqual(['negotiation', 'compliance']);
    const empty = grade('   ');
    expect(empty.score).toBe(1);
    expect(empty.feedback).toMatch(/No answer/);
  });

  it('a low skill level with no flag behind it is "too little shown", not the rubric\'s bottom line (a safe answer read "breaks rules")', () => {
    const g = grade('I would never threaten anyone.');
    expect(g.red_flags).toEqual([]);
    const compliance = g.criteria.find((c) => c.name === 'compliance')!;
    expect(compliance.score).toBeLessThanOrEqual(2);
    expect(compliance.comment).toMatch(/^Level \d: too little compliance in the answer to credit/);
    expect(compliance.comment).not.toContain('breaks rules');
    const flagged = grade('I told him we would have him arrested if he did not pay by Friday.');
    expect(flagged.criteria.find((c) => c.name === 'compliance')!.comment).toContain('breaks rules');
  });

  it('says why a score with every key point falls short of full marks (a new user saw 4.2 and no reason)', () => {
    const answers = [
      'I would ask why they are refusing and listen to the reason. Then I would offer a payment plan they can afford. I would document it and escalate if they still refuse.',
      'First I would review the account history. Then I would call, ask why they are refusing and really try to understand the reason behind it, because there usually is one. I would offer a payment plan they can afford within policy, set it up in instalments, and document the call. If they still refused I would escalate it to my team lead, as our procedure says.',
      'I would call and ask why they are refusing, and listen properly to the reason, because people rarely refuse for nothing. Once I understand it, I would offer a payment plan they can realistically afford, in small instalments if needed. I would document the whole conversation and escalate to my lead if they still refuse.',
      'Honestly I would start by asking why, and I would listen, since understanding the reason is half the job. Usually it is money, so I would offer a payment plan or instalments they can afford and agree it there and then. After the call I would document what was said, and if they still refused after that I would escalate it through the normal process, staying within the FDCPA the whole way. That keeps it fair for them and for us.',
    ];
    for (const answer of answers) {
      const g = grade(answer);
      expect(g.missing_points).toEqual([]);
      if ((g.score ?? 5) < 4.5) expect(g.feedback, answer).toMatch(/Held back because [^.]*(no figure or time frame|brief \(\d+ words\)|short \(\d+ words\)|lacks|less detail than a model answer)/);
    }
    // The last: every point, no STAR part missing, under 90 words: its reason is its length.
    expect(grade(answers[answers.length - 1]!).feedback).toMatch(/Held back because it is brief \(\d+ words\) for what it covers\./);
  });

  it('says why a score falls short of full marks even when nothing else held it back', () => {
    const g = grade('First I would review the account history and the notes from every earlier call. Then I would call, ask why they are refusing and listen carefully to the reason. I would confirm what we agreed in writing that same day, so they have it in front of them.');
    expect(g.red_flags).toEqual([]);
    expect(g.missing_points.length).toBeGreaterThan(0);
    expect(g.score).toBeLessThan(4.5);
    expect(g.feedback).toMatch(new RegExp(`Held back because [^.]*it misses ${g.missing_points.length} of the 3 key points`));
  });

  it('tolerates inflection and case in signals', () => {
    const g = grade('I ASKED WHY he was refusing, then we agreed an instalment he could AFFORD, and I documented everything for the FDCPA file.');
    expect(g.matched_points).toHaveLength(3);
  });

  it('is negation-aware: "I never threatened" is not a threat', () => {
    expect(grade('I would never threaten arrest. I would ask why and offer a payment plan, and document the call.').red_flags).toEqual([]);
    expect(grade('I would tell him he could face arrest if he keeps refusing.').red_flags.length).toBeGreaterThan(0);
  });

  it('flags harmful behaviour even when the card does not list it', () => {
    const g = grade('I would call his employer and tell his boss about the debt so he feels the pressure.');
    expect(g.red_flags.join(' ')).toMatch(/third party/);
    expect(g.score).toBeLessThanOrEqual(2);
  });

  it('does not reward a list of keywords', () => {
    const g = grade('ask why, reason, payment plan, afford, instalment, document, escalate, FDCPA, empathy, listen');
    expect(g.score).toBeLessThanOrEqual(2);
    expect(g.feedback).toMatch(/keywords/);
  });

  it('marks an off-topic answer down and says so', () => {
    const g = grade('Last summer I organised a charity football tournament with twelve teams, booked the pitches and sold out the tickets within a week, which raised a good sum for the local hospital.');
    expect(g.score).toBeLessThanOrEqual(1.5);
    expect(g.feedback).toMatch(/does not seem to answer this question/);
  });

  it('works on a card with no signals by using the key point text', () => {
    const bare: GradableQuestion = {
      ...question,
      key_points: question.key_points!.map((k) => ({ point: k.point })),
      red_flags: [{ flag: 'Threatens the customer with arrest' }],
    };
    const g = gradeOffline(bare, 'First I would find out why the customer is refusing. Then I would offer a plan they can afford and document it, escalating within the rules.', { skills });
    expect(g.matched_points.length).toBeGreaterThanOrEqual(2);
    const harmful = gradeOffline(bare, 'I would threaten the customer with arrest.', { skills });
    expect(harmful.red_flags).toHaveLength(1);
  });

  it('gives one or two concrete suggestions', () => {
    const g = grade('I would ask why they are refusing and listen carefully to the reason they give me.');
    expect(g.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(g.suggestions.length).toBeLessThanOrEqual(2);
  });
});

describe('length', () => {
  it('says an answer over 300 words is long, as the fitted score takes points off for it', () => {
    const sentence = 'I checked the account history, listened to the customer and agreed a plan she could afford, then confirmed it in writing. ';
    const long = grade(sentence.repeat(16));
    expect(long.feedback).toMatch(/it is long \(\d+ words\)/);
    expect(JSON.stringify(long)).toMatch(/Cut it to the steps/);
    expect(grade(sentence.repeat(3)).feedback).not.toMatch(/it is long/);
  });
});

describe('text analysis', () => {
  it('stems inflections together', () => {
    expect(stem('paying')).toBe(stem('pay'));
    expect(stem('paid')).toBe(stem('pay'));
    expect(stem('calls')).toBe(stem('calling'));
    expect(stem('negotiated')).toBe(stem('negotiate'));
  });

  it('scopes negation to the clause', () => {
    const a = analyse("I didn't threaten him, but I warned him about the lawsuit.");
    const warned = a.tokens.find((t) => t.word === 'warned')!;
    const threaten = a.tokens.find((t) => t.word === 'threaten')!;
    expect(threaten.negated).toBe(true);
    expect(warned.negated).toBe(false);
  });
});

describe('negation does not hide harm', () => {
  const skills = new Map<string, Skill>();
  const q: GradableQuestion = {
    text: 'A customer refuses to pay. What do you do?',
    type: 'situational',
    skills: [],
    why_asked: 'x',
    how_to_answer: ['x'],
    example_answer: 'I would ask why and offer a plan.',
  };
  it('a customer refusing is not the candidate negating', () => {
    expect(gradeOffline(q, 'If they still refuse I tell them they could go to jail.', { skills }).red_flags.length).toBe(1);
    expect(gradeOffline(q, "If he won't pay, I'd tell his employer about it.", { skills }).red_flags.length).toBe(1);
    expect(gradeOffline(q, "I didn't argue, and I told his employer about the debt.", { skills }).red_flags.length).toBe(1);
    expect(gradeOffline(q, 'I would never tell his employer or threaten jail.', { skills }).red_flags).toEqual([]);
  });
});

describe('offline grader, the fitted harm penalty', () => {
  it('takes points off a sentence that reads like forbidden conduct, and says which, without a red flag', () => {
    const clean = grade('First I would ask why they are refusing and listen. Then I would offer a payment plan they can afford and document the call.');
    const pressed = grade('First I would ask why they are refusing and listen. I kept the pressure on until she gave me a card number, because that is how you hit target.');
    expect(pressed.red_flags).toEqual([]);
    expect(pressed.score!).toBeLessThan(clean.score!);
    expect(pressed.feedback).toMatch(/reads close to conduct the rules forbid \("I kept the pressure on until she gave me a card number, because that is how you hit\.\.\."\)/);
    expect(clean.feedback).not.toMatch(/reads close to conduct/);
  });
});

describe('offline grader, a fact error and the key points', () => {
  const dso: GradableQuestion = {
    id: 'dso',
    text: 'Receivables are 3.6 million and credit sales for the 90-day quarter 6 million. Work out DSO.',
    type: 'technical',
    skills: ['negotiation'],
    why_asked: 'Tests the DSO formula.',
    how_to_answer: ['Give the formula', 'Work it out'],
    example_answer: 'DSO is receivables over credit sales times the days: 3.6 over 6 times 90 is 54 days.',
    key_points: [
      { point: 'Reaches 54 days', signals: ['54 days'] },
      { point: 'Divides receivables by credit sales', signals: ['divided by credit sales', 'over credit sales'] },
    ],
  };
  it('a wrong figure elsewhere does not take away a point it shares only numbers with', () => {
    const g = gradeOffline(dso, 'Receivables divided by credit sales times 90 is 54 days. I once cut DSO from 60 days to 45, a 40 percent reduction.', { skills });
    expect((g.fact_errors ?? []).map((e) => e.claim)).toEqual(['A change the figures do not give (40%)']);
    expect(g.matched_points).toContain('Reaches 54 days');
    expect(g.missing_points).toEqual([]);
  });
});

describe('key points a red flag contradicts', () => {
  it('does not show "✓ ... within the rules" beside a flag for a threat, and keeps the points the flag does not touch', () => {
    const answer =
      'First I would review the account history and notes, then call and ask why they are refusing and listen to the reason. I would offer a payment plan they can afford. I would document the call and escalate it, and I told him that if he did not pay by Friday he would be arrested.';
    const g = grade(answer);
    expect((g.conduct ?? []).map((c) => c.rule)).toContain('threat-arrest');
    expect(g.matched_points).not.toContain('Documents and escalates within the rules');
    expect(g.missing_points).toContain('Documents and escalates within the rules');
    expect(g.matched_points).toContain('Finds out why the customer is refusing');
  });

  it('shows the same point as met when the answer carries no flag', () => {
    const g = grade('First I would review the account history, then call and ask why they are refusing and listen to the reason. I would offer a payment plan they can afford. I would document the call and escalate it within the FDCPA.');
    expect(g.red_flags).toEqual([]);
    expect(g.matched_points).toContain('Documents and escalates within the rules');
  });
});

describe('key points the answer itself disowns', () => {
  it('a point about owning the error or not blaming others is not met by an answer that disowns it (a new user saw the ✓)', () => {
    const point = 'Owns the error and apologises without blaming colleagues';
    expect(contradictedByAnswer(point, "I would tell the client that the agent made a mistake and it's not really my problem.")).toBe(true);
    expect(contradictedByAnswer(point, 'They should pay the invoice anyway and we can sort it out later.')).toBe(true);
    expect(contradictedByAnswer(point, "I'd apologise: it was our mistake, and I would not blame the agent in front of the client.")).toBe(false);
    expect(contradictedByAnswer('Pauses collection and explains the steps', "it's not really my problem")).toBe(false);
  });
});

describe('feedback a new user found wanting', () => {
  const other: GradableQuestion = {
    ...question,
    id: 'third-party',
    text: "You phone a customer about an overdue account and their brother answers. What do you do?",
    example_answer: "I would ask for the customer by name, give my first name only and never say why I'm calling to the brother. I'd ask when she's usually in.",
    key_points: [{ point: 'Discloses nothing to the brother', signals: ['first name only', 'never say why', 'when she is in'] }],
  };

  it('names the question an off-topic answer seems to answer in its own words, not by its id', () => {
    const g = gradeOffline(question, "I'd give the brother my first name only, never say what it's about, and find out when his sister is usually in so I can ring her then.", { skills, bank: [{ ...question, id: 'refuses' }, { ...other, id: 'third-party' }] });
    expect(g.feedback).toContain('It reads like an answer to another question: "You phone a customer about an overdue account');
    expect(g.feedback).not.toContain('(third-party)');
  });

  it('reads "I always give 110 percent" as a saying, not a figure', () => {
    expect(grade('I stay calm and professional, I work well in a team and I always give 110 percent.').feedback).not.toMatch(/is specific/);
  });

  it('does not tick a point that claims evidence beside "it lacks an example from experience"', () => {
    const motivation: GradableQuestion = {
      ...question,
      id: 'why-lead',
      text: 'Why do you want to lead a team?',
      type: 'motivational',
      key_points: [{ point: 'Is motivated by developing others and gives evidence', signals: ['helping new people', 'developing others'] }],
    };
    const g = gradeOffline(motivation, 'I like helping new people on the team and I want to grow.', { skills });
    if (g.feedback.includes('lacks an example from experience')) expect(g.matched_points).toEqual([]);
    expect(g.feedback).toMatch(/lacks[^.]*an example from experience/);
  });
});

describe('skill levels beside the score', () => {
  it('never shows a skill above the next whole number of the score (a new user saw 3.0/5 over three skills at 4)', () => {
    for (const a of [question.example_answer, 'I would ask why they refuse and offer a payment plan.', 'I would review the history, ask why, offer an affordable plan within the FDCPA and document it.']) {
      const g = grade(a);
      for (const c of g.criteria) expect(c.score, `${g.score} ${c.name}`).toBeLessThanOrEqual(Math.ceil(g.score ?? 0));
    }
  });
});
