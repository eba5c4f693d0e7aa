import type { BankScenario } from '../bank/model.js';
import { conductRule } from '../conduct/rules.js';
import { RED_FLAG_CAP } from '../grading/caps.js';
import { noun, plural } from '../text/plural.js';
import type { CallCriterion, CallFeedback, CallFlag, CallGoal, CallTurn } from '../history/call-records.js';

/** Breaches of procedure, graver than nothing but lighter than harm done to the customer: they lose a tie for the worst turn. */
const LESSER = new Set(['skipping-id-checks']);

// A call's score: per skill, the share of its goals met (1 none, 5 all); overall, the mean of the
// skills. A conduct flag anywhere in the call holds both at 2, as it holds a drill answer.

/** What to say instead, when the scenario's traps do not say it for that rule. */
const BETTER: Record<string, string> = {
  'third-party-disclosure': "I'm calling about a personal matter for them. Could you let them know that Sam called, and pass on this number? Thank you.",
  'threat-arrest': "Nobody is going to be arrested over this: it's a debt, not a crime. Let's look at what you can manage.",
  'threat-unlawful-action': "I'm not going to threaten you with anything. What I can do is set up a plan you can afford, and tell you honestly what happens if the account stays unpaid.",
  'false-statement': "Let me give you the exact figures: the balance is what's on your statement, and nothing changes today while we talk this through.",
  impersonation: "I'm calling from a collections team, not a court or the government: I want to help you sort this account out.",
  'excessive-contact': "When is a good time to reach you? I'll call once then, rather than keep trying.",
  'inconvenient-time': 'When is a convenient time for us to call you? I can note it on the account, within normal hours.',
  'work-contact-after-told': "I've noted that we mustn't call you at work. Which number and time suits you instead?",
  'ignoring-dispute-or-cease': "I've noted your dispute. We'll put collection on hold and send you the details of the debt in writing before we ask for anything.",
  'represented-consumer': "As you have someone representing you, I'll deal with them from now on. Could you give me their details?",
  'vulnerable-pressure': "I'm sorry, that sounds really hard. There's no pressure today: we can pause the account while you get support.",
  'borrowing-pressure': "I wouldn't want you to borrow to pay this. Let's work from what you can afford out of your income.",
  'shaming-abuse': "I understand this is stressful. Let's work out together what would help.",
  'holding-on-line': "You don't have to decide anything now. Can I call you back at a time that suits you, or send the options in writing?",
  'skipping-id-checks': 'Before I go on, can I just check I am speaking to the right person? Could you confirm your date of birth and the first line of your address?',
};

/** The score for a share of goals met: 1 (none) to 5 (all), to one decimal. */
function fromShare(met: number, total: number): number {
  return total === 0 ? 1 : Math.round((1 + (4 * met) / total) * 10) / 10;
}

export interface CallScore {
  score: number;
  criteria: CallCriterion[];
  red_flags: string[];
  conduct: (CallFlag & { turn: number })[];
  feedback: CallFeedback;
}

export function scoreCall(scenario: BankScenario, transcript: readonly CallTurn[], goals: readonly CallGoal[], skillNames: ReadonlyMap<string, { name: string }>): CallScore {
  const conduct = transcript.flatMap((t) => t.flags.map((f) => ({ ...f, turn: t.turn ?? 0 })));
  const flagged = conduct.length > 0;
  const skills = [...new Set(goals.map((g) => g.skill))];
  const criteria = skills.map((skill) => {
    const mine = goals.filter((g) => g.skill === skill);
    const met = mine.filter((g) => g.met);
    let score = fromShare(met.length, mine.length);
    if (flagged) score = Math.min(score, Math.ceil(RED_FLAG_CAP));
    const missed = mine.filter((g) => !g.met);
    const comment = [met.length ? `Met: ${met.map((g) => g.goal).join('; ')}.` : '', missed.length ? `Not met: ${missed.map((g) => g.goal).join('; ')}.` : ''].filter(Boolean).join(' ');
    return { name: skill, skill_name: skillNames.get(skill)?.name ?? skill, score, comment };
  });
  const mean = criteria.length ? criteria.reduce((s, c) => s + c.score, 0) / criteria.length : 1;
  let score = Math.round(mean * 10) / 10;
  if (flagged) score = Math.min(score, RED_FLAG_CAP);
  const red_flags = [...new Set(conduct.map((f) => conductRule(f.rule)?.words ?? f.rule))];
  return { score, criteria, red_flags, conduct, feedback: feedbackFor(scenario, transcript, goals, conduct) };
}

function feedbackFor(scenario: BankScenario, transcript: readonly CallTurn[], goals: readonly CallGoal[], conduct: readonly (CallFlag & { turn: number })[]): CallFeedback {
  const turns = transcript.filter((t) => t.speaker === 'candidate');
  const metCount = goals.filter((g) => g.met).length;
  const missed = goals.filter((g) => !g.met);
  const parts = [`${metCount} of ${goals.length} goals met.`];
  if (conduct.length) {
    // The rules are named in words under "Red flags" just above; here, where they fell.
    const at = [...new Set(conduct.map((f) => f.turn))];
    const where = `${noun(at.length, 'turn')} ${at.length === 1 ? at[0] : `${at.slice(0, -1).join(', ')} and ${at[at.length - 1]}`}`;
    parts.push(`${plural(conduct.length, 'breach', 'breaches')}, on ${where}: a breach caps the score at ${RED_FLAG_CAP}.`);
  }
  if (missed.length) parts.push(`Not met: ${missed.map((g) => g.goal.replace(/\.$/, '')).join('; ')}.`);

  if (turns.length === 0) return { text: [...parts, 'No turn was given.'].join(' '), worst_turn: null, said: null, better: null };
  // The worst turn: the one with the most breaches (the first of them); else the turn by which the
  // first missed goal was due (or the last turn); nothing to improve when every goal was met.
  // Ties between turns go to the graver breach: pressing a customer who has just said he is ill is worse than a
  // greeting that named the collections team before the checks (a new user's worst turn was the greeting).
  const gravity = (t: (typeof turns)[number]) => Math.max(0, ...t.flags.map((f) => (LESSER.has(f.rule) ? 1 : 2)));
  const byFlags = [...turns].sort((a, b) => b.flags.length - a.flags.length || gravity(b) - gravity(a) || (a.turn ?? 0) - (b.turn ?? 0))[0]!;
  if (byFlags.flags.length > 0) {
    // Of the turn's breaches, the one the scenario sets a trap for has the scenario's own better line
    // (a threat said to a roommate is answered best by what to tell a roommate).
    const rule = byFlags.flags.find((f) => scenario.traps?.some((t) => t.rule === f.rule))?.rule ?? byFlags.flags[0]!.rule;
    const trap = scenario.traps?.find((t) => t.rule === rule);
    const better = trap?.better ?? BETTER[rule] ?? null;
    parts.push(`The worst turn is ${byFlags.turn}: ${conductRule(rule)?.words ?? rule}.`);
    return { text: parts.join(' '), worst_turn: byFlags.turn ?? null, said: byFlags.text, better };
  }
  const goal = missed[0];
  if (!goal) {
    parts.push('A clean, complete call.');
    return { text: parts.join(' '), worst_turn: null, said: null, better: null };
  }
  const spec = scenario.goals?.find((g) => g.id === goal.id);
  const due = Math.min(spec?.by_turn ?? turns.length, turns.length);
  const at = turns.find((t) => t.turn === due) ?? turns[turns.length - 1]!;
  parts.push(`The turn to improve is ${at.turn}, where this was due: ${goal.goal.replace(/\.$/, '')}.`);
  return { text: parts.join(' '), worst_turn: at.turn ?? null, said: at.text, better: spec?.example ?? null };
}
