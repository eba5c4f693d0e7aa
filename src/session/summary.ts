import { round1 } from '../grading/score.js';
import { heldDown, type ResultEntry } from '../grading/entry.js';
import type { SessionInfo } from '../history/records.js';
import type { HistorySession } from '../history/sessions.js';
import { tallyAnswers } from '../history/tally.js';
import { plural } from '../text/plural.js';
import type { SessionReport, Summary } from './model.js';

/** How a suggested command starts: the name the user ran, and the session's bank flags. */
export interface HintPrefix {
  /** e.g. "collections-prep", or "npx collections-prep" when run through npx. */
  program: string;
  /** --questions ... --no-builtin, as the session was given them, ready to paste. */
  bankFlags: readonly string[];
}

export const DEFAULT_HINT: HintPrefix = { program: 'collections-prep', bankFlags: [] };

/** A word as a shell reads it: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command to suggest: the program the user ran, the subcommand, the bank flags, the rest. */
export function hintCommand(hint: HintPrefix, command: string, args: readonly string[] = []): string {
  return [hint.program, command, ...hint.bankFlags.map(shellWord), ...args].join(' ');
}

/**
 * Each result's question number as the screen showed it: tries of one question share its number ("Question 4/5" stayed 4 in
 * the summary after a retry, not 5, a new user).
 */
export function questionNumbers(results: readonly Pick<ResultEntry, 'id'>[]): number[] {
  const seen = new Map<string, number>();
  return results.map((r) => {
    if (!seen.has(r.id)) seen.set(r.id, seen.size + 1);
    return seen.get(r.id)!;
  });
}

/** The verdict's opening, without its reasons: reports print it above each worrying answer's own, so no flag is said twice. */
export function verdictHead(worrying: number, answered: number): string {
  return `${worrying} of ${plural(answered, 'answer')} would worry an interviewer`;
}

/** The verdict and what it rests on: the answers with a red flag, a conduct rule or a wrong fact. */
function verdictOf(results: readonly ResultEntry[], answered: number, average: number | null): Pick<Summary, 'worrying' | 'verdict'> {
  const numbers = questionNumbers(results);
  const worrying = results.flatMap((r, index) => {
    if (r.skipped) return [];
    const flags = [...new Set([...r.red_flags])];
    const facts = (r.fact_errors ?? []).map((f) => f.claim);
    return flags.length || facts.length || r.conduct?.length ? [{ index, ...(numbers[index] !== index + 1 ? { question: numbers[index]! } : {}), id: r.id, red_flags: flags, fact_errors: facts }] : [];
  });
  if (answered === 0) return { worrying, verdict: 'No answers to judge.' };
  if (worrying.length === 0) {
    const avg = average === null ? '' : ` (average ${average.toFixed(1)}/5)`;
    // Not "would worry": a new user read that as reassurance beside an average of 1.3; it says only that nothing was flagged.
    return { worrying, verdict: `No red flag or wrong fact in any answer${avg}.` };
  }
  const reasons = [...new Set(worrying.flatMap((w) => [...w.red_flags, ...w.fact_errors.map((f) => `wrong: ${f}`)]))];
  const shown = reasons.slice(0, 3).join('; ');
  const more = reasons.length > 3 ? `; and ${reasons.length - 3} more` : '';
  return { worrying, verdict: `${verdictHead(worrying.length, answered)}: ${shown}${more}.` };
}

/** Averages per question and per skill; the weakest skills, and the command that drills them. */
export function summarise(
  results: readonly ResultEntry[],
  session: Pick<SessionInfo, 'role' | 'skill_names'>,
  hint: HintPrefix = DEFAULT_HINT,
): Summary {
  const tally = tallyAnswers(results.map((entry) => ({ entry })));
  const average = tally.n ? round1(tally.sum / tally.n) : null;
  const by_skill: Record<string, number> = {};
  for (const [skill, a] of [...tally.skills].sort((x, y) => x[0].localeCompare(y[0]))) by_skill[skill] = round1(a.sum / a.n);
  // The skills to drill next come from the answers no flag or wrong fact held down: a breach caps
  // every skill of its card, so a 10 p.m. dialling answer to a queue question sent a new user off to
  // drill leadership. The verdict names those answers and why.
  const clean = tallyAnswers(results.filter((r) => !heldDown(r)).map((entry) => ({ entry })));
  const cleanBySkill = [...clean.skills].map(([k, a]) => [k, round1(a.sum / a.n)] as const);
  const ranked = cleanBySkill.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const weakest = ranked.filter(([, v]) => v < 4).slice(0, 2).map(([k]) => k);
  let promptTokens = 0;
  let completionTokens = 0;
  let anyUsage = false;
  for (const r of results) {
    if (r.usage) {
      anyUsage = true;
      promptTokens += r.usage.prompt_tokens;
      completionTokens += r.usage.completion_tokens;
    }
  }
  const answered = tally.answered;
  const notSubmitted = results.filter((r) => r.skipped && r.answer.trim() !== '').length;
  const summary: Summary = {
    count: results.length,
    answered,
    skipped: tally.count - tally.answered,
    ...(notSubmitted ? { not_submitted: notSubmitted } : {}),
    average,
    by_skill,
    weakest,
    ...verdictOf(results, answered, average),
  };
  const names = session.skill_names;
  if (names && Object.keys(by_skill).length) {
    summary.skill_names = Object.fromEntries(Object.keys(by_skill).map((k) => [k, names[k] ?? k]));
  }
  if (anyUsage) summary.usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens };
  if (weakest.length > 0) {
    const role = session.role ? ['--role', shellWord(session.role)] : [];
    summary.next_command = hintCommand(hint, 'drill', [...role, '--skill', weakest.join(',')]);
  }
  return summary;
}

/** JSON keeps skill ids in criteria and adds each skill's name beside them. */
function namedCriteria(r: ResultEntry, names: Readonly<Record<string, string>> | undefined): ResultEntry {
  if (!names) return r;
  return { ...r, criteria: r.criteria.map((k) => (names[k.name] ? { ...k, skill_name: names[k.name] } : k)) };
}

/** The report of a session: its results and their summary. */
export function buildReport(session: SessionInfo, results: ResultEntry[], hint: HintPrefix = DEFAULT_HINT): SessionReport {
  return { version: 1, session, results: results.map((r) => namedCriteria(r, session.skill_names)), summary: summarise(results, session, hint) };
}

/** A past session's report, as `drill` printed it (or would have, for a crashed session). */
export function sessionReport(session: HistorySession, hint: HintPrefix = DEFAULT_HINT, skillNames?: Readonly<Record<string, string>>): SessionReport {
  const entries = session.items.map((i) => i.entry);
  // Names the session recorded win; a bank's names fill in for older sessions, for their skills.
  const used = [...new Set(entries.flatMap((e) => e.skills))].sort().filter((id) => skillNames?.[id] !== undefined);
  const fill = Object.fromEntries(used.map((id) => [id, skillNames![id]!]));
  const info = used.length ? { ...session.info, skill_names: { ...fill, ...session.info.skill_names } } : session.info;
  return buildReport(info, entries, hint);
}
