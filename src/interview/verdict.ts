import type { FactError } from '../grading/result.js';
import { round1 } from '../grading/score.js';
import { plural } from '../text/plural.js';
import type { InterviewResult, Verdict } from './model.js';

// The hiring decision at the end of an interview: ready, borderline or not yet, with reasons a
// person can act on (red flags first), and the command that practises what held it back.

/** The level's bar: the average a ready candidate reaches, 3.0 on a ladder's first rung, a quarter more per rung, at most 3.75. */
export function levelBar(rung: number): number {
  return Math.min(3.75, 3 + 0.25 * Math.max(0, rung));
}

/** How far below the bar the average may fall before the outcome is "not yet". */
export const NOT_YET_MARGIN = 0.75;
/** Any question below this keeps the outcome from "ready". */
export const WEAK_ANSWER = 2.5;
/** An answer shorter than this is called too short. */
export const SHORT_ANSWER_WORDS = 40;

const LEGAL = /§|\b(FDCPA|Reg(ulation)? F|CFR|U\.S\.C|CONC|PRIN|FCA|CFPB|UDAAP|Consumer Duty|Breathing Space|Debt Respite|moratorium|judgment|court|statutory|statute|law|legal|lawful|liable|regulat\w*|FG\d+|harass\w*)\b/i;

/** Whether a fact error is about a legal rule (a law, regulation or its number), not a metric or policy. */
export function legalFact(f: Pick<FactError, 'claim' | 'correct'>): boolean {
  return LEGAL.test(`${f.claim} ${f.correct}`);
}

export interface VerdictInput {
  results: readonly InterviewResult[];
  /** The job as people name it ("Collection Supervisor (supervisor lead)"). */
  job: string;
  /** The level's rung on its ladder (0 = lowest). */
  rung: number;
  /** Skill names by id, for reasons. */
  skillNames?: Readonly<Record<string, string>>;
  /** Builds the command that drills the given skills for this job. */
  drillCommand: (skills: readonly string[]) => string;
  /** The questions planned; fewer results: the interview was cut short. */
  planned?: number;
}

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
const trimDot = (s: string) => s.replace(/\.$/, '');

export function interviewVerdict(input: VerdictInput): Verdict {
  const { results } = input;
  const bar = levelBar(input.rung);
  const name = (id: string) => input.skillNames?.[id] ?? id;
  const reasons: string[] = [];
  const n = (i: number) => `question ${i + 1}`;

  // Red flags first: any one of them, in an answer or a follow-up, is "not yet".
  let flagged = false;
  let legalError = false;
  let otherError = false;
  results.forEach((r, i) => {
    if (r.skipped) return;
    const flags = [...new Set([...r.red_flags, ...(r.follow_up?.red_flags ?? [])])];
    if (flags.length || r.conduct?.length || r.follow_up?.conduct?.length) {
      flagged = true;
      const words = [...(r.conduct ?? []), ...(r.follow_up?.conduct ?? [])].map((k) => `"${k.words}" (${k.citation})`);
      reasons.push(`Red flag in ${n(i)} (${r.id}): ${flags.map(trimDot).join('; ') || 'a conduct rule'}${words.length ? `, from ${words.join(', ')}` : ''}. One such answer ends a real interview: take it out and say what you would do instead.`);
    }
    for (const f of [...(r.fact_errors ?? []), ...(r.follow_up?.fact_errors ?? [])]) {
      if (legalFact(f)) {
        legalError = true;
        reasons.push(`Wrong about the law in ${n(i)} (${r.id}): ${trimDot(f.claim)}. In fact: ${trimDot(f.correct)}.`);
      } else {
        otherError = true;
        reasons.push(`Wrong fact in ${n(i)} (${r.id}): ${trimDot(f.claim)}. In fact: ${trimDot(f.correct)}.`);
      }
    }
  });

  const firstReasons = reasons.splice(0);
  const answered = results.filter((r) => !r.skipped);
  const unanswered = results.length - answered.length + Math.max(0, (input.planned ?? results.length) - results.length);
  // An unanswered question counts as the lowest score: an interviewer hears silence.
  const scores = [...answered.map((r) => r.score ?? 1), ...Array<number>(unanswered).fill(1)];
  const average = scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null;

  // The weakest skills against the level's bar.
  const perSkill = new Map<string, number[]>();
  for (const r of answered) {
    if (r.score === null) continue;
    // A follow-up that lifted the question lifts each of its skills by as much.
    const lift = r.follow_up?.final_score != null && r.follow_up.main_score != null ? r.follow_up.final_score - r.follow_up.main_score : 0;
    const named = new Map(r.criteria.filter((c) => c.score !== null).map((c) => [c.name, c.score! + lift]));
    for (const s of r.skills) perSkill.set(s, [...(perSkill.get(s) ?? []), Math.min(named.get(s) ?? r.score, r.score + 0.5)]);
  }
  const weak = [...perSkill]
    .map(([s, l]) => [s, round1(l.reduce((a, b) => a + b, 0) / l.length)] as const)
    .filter(([, v]) => v < bar)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3);
  if (weak.length) reasons.push(`Below the bar for ${input.job} (${bar.toFixed(2)}): ${weak.map(([s, v]) => `${name(s)} ${v.toFixed(1)}`).join(', ')}.`);

  const low = answered.map((r, i) => ({ r, i: results.indexOf(r) })).filter(({ r }) => r.score !== null && r.score < WEAK_ANSWER);
  for (const { r, i } of low.slice(0, 3)) {
    const words = wordCount(r.answer);
    // Off the question first: a short generic answer was "too short" when it answered nothing asked (a new user).
    const why = /does not seem to answer this question|reads like an answer to another question|list of keywords/.test(r.feedback) ? 'off the question: answer what was asked' : words < SHORT_ANSWER_WORDS ? `too short (${plural(words, 'word')}): walk through what you did, step by step, and how it ended` : `it missed ${r.missing_points.slice(0, 2).map(trimDot).join('; ') || 'what the card looks for'}`;
    reasons.push(`Weak answer to ${n(i)} (${r.id}, ${(r.score ?? 1).toFixed(1)}): ${why}.`);
  }
  if (low.length > 3) reasons.push(`And ${plural(low.length - 3, 'more answer')} below ${WEAK_ANSWER}.`);
  const followed = results.filter((r) => r.follow_up && r.follow_up.answer !== null);
  const helped = followed.filter((r) => (r.follow_up!.final_score ?? 0) > (r.follow_up!.main_score ?? 0));
  if (followed.length) reasons.push(`Follow-ups: ${helped.length} of ${followed.length} answered lifted the question's score.`);
  if (unanswered) reasons.push(`${plural(unanswered, 'question')} not answered: each counts as the lowest score.`);

  let outcome: Verdict['outcome'];
  if (flagged || legalError) outcome = 'not-yet';
  else if (average === null || average < bar - NOT_YET_MARGIN) outcome = 'not-yet';
  else if (average >= bar && low.length === 0 && unanswered === 0 && !otherError) outcome = 'ready';
  else outcome = 'borderline';

  const head =
    average === null
      ? 'No answer was given.'
      : outcome === 'ready'
        ? `Average ${average.toFixed(1)}, at or above the bar of ${bar.toFixed(2)} for ${input.job}, with no red flag.`
        : `Average ${average.toFixed(1)} against the bar of ${bar.toFixed(2)} for ${input.job}.`;
  reasons.unshift(...firstReasons, head);
  const practise = weak.map(([s]) => s);
  const next_command = practise.length ? input.drillCommand(practise) : outcome === 'ready' ? undefined : input.drillCommand([]);
  if (next_command) reasons.push(`Practise next: ${next_command}`);
  return { outcome, reasons, bar, average, ...(next_command ? { next_command } : {}) };
}
