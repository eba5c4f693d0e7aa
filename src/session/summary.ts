import { round1 } from '../grading/score.js';
import type { ResultEntry } from '../grading/entry.js';
import type { SessionInfo } from '../history/records.js';
import type { HistorySession } from '../history/sessions.js';
import type { SessionReport, Summary } from './model.js';

/** Averages per question and per skill; the weakest skills, and the command that drills them. */
export function summarise(results: readonly ResultEntry[], session: Pick<SessionInfo, 'role'>): Summary {
  const scored = results.filter((r) => !r.skipped && r.score !== null);
  const average = scored.length ? round1(scored.reduce((s, r) => s + (r.score ?? 0), 0) / scored.length) : null;
  const perSkill = new Map<string, number[]>();
  for (const r of scored) {
    const named = new Map(r.criteria.filter((c) => c.score !== null).map((c) => [c.name, c.score!]));
    for (const skill of r.skills) {
      const list = perSkill.get(skill) ?? [];
      list.push(named.get(skill) ?? r.score!);
      perSkill.set(skill, list);
    }
  }
  const by_skill: Record<string, number> = {};
  for (const [skill, list] of [...perSkill].sort((a, b) => a[0].localeCompare(b[0]))) {
    by_skill[skill] = round1(list.reduce((a, b) => a + b, 0) / list.length);
  }
  const ranked = Object.entries(by_skill).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
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
  const summary: Summary = {
    count: results.length,
    answered: results.filter((r) => !r.skipped).length,
    skipped: results.filter((r) => r.skipped).length,
    average,
    by_skill,
    weakest,
  };
  if (anyUsage) summary.usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens };
  if (weakest.length > 0) {
    const role = session.role ? ` --role ${session.role}` : '';
    summary.next_command = `collections-prep drill${role} --skill ${weakest.join(',')}`;
  }
  return summary;
}

/** The report of a session: its results and their summary. */
export function buildReport(session: SessionInfo, results: ResultEntry[]): SessionReport {
  return { version: 1, session, results, summary: summarise(results, session) };
}

/** A past session's report, as `drill` printed it (or would have, for a crashed session). */
export function sessionReport(session: HistorySession): SessionReport {
  return buildReport(session.info, session.items.map((i) => i.entry));
}
