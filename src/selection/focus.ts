import type { BankQuestion } from '../bank/model.js';
import type { HistoryRecord } from '../history/records.js';
import { rebuildSessions, skillScores } from '../history/sessions.js';

// Weak-skill focus. Each skill's (and level's) recent average is pulled towards a neutral 3.0 as
// if it had two more answers at 3.0, so one bad answer does not take over the selection, and a
// skill never practised counts as middling rather than as weak or strong.
const RECENT = 10;
const PRIOR = 3;
const PRIOR_WEIGHT = 2;
/** Preference of the weakest possible skill; one more pick of the same skill costs about 1. */
export const SKILL_WEIGHT = 3;
export const LEVEL_WEIGHT = 1.5;

function shrunkAverages(scores: Map<string, number[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, list] of scores) {
    const recent = list.slice(-RECENT);
    out.set(key, (recent.reduce((a, b) => a + b, 0) + PRIOR * PRIOR_WEIGHT) / (recent.length + PRIOR_WEIGHT));
  }
  return out;
}

/** 0 for an average of 4.5 or more, 1 for 1.0: how much a skill or level needs practice. */
export function weakness(average: number): number {
  return Math.min(1, Math.max(0, (4.5 - average) / 3.5));
}

/** Recent averages per skill and per level, as used by `--focus weak`. */
export function weaknessProfile(records: readonly HistoryRecord[]): { skills: Map<string, number>; levels: Map<string, number> } {
  const bySkill = new Map<string, number[]>();
  const byLevel = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const items = rebuildSessions(records)
    .flatMap((s) => s.items)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const item of items) {
    for (const [skill, score] of skillScores(item.entry)) push(bySkill, skill, score);
    if (item.entry.score !== null && !item.entry.skipped) for (const level of item.entry.seniority) push(byLevel, level, item.entry.score);
  }
  return { skills: shrunkAverages(bySkill), levels: shrunkAverages(byLevel) };
}

/** `drill --focus weak`: prefer questions on the user's weakest skills, then weakest levels. */
export function weaknessPreference(records: readonly HistoryRecord[]) {
  const { skills, levels } = weaknessProfile(records);
  if (skills.size === 0 && levels.size === 0) return (_q: BankQuestion) => 0;
  const neutral = weakness(PRIOR);
  const worst = (keys: readonly string[], m: Map<string, number>) =>
    keys.reduce((max, k) => Math.max(max, m.has(k) ? weakness(m.get(k)!) : neutral), 0);
  return (q: BankQuestion): number => SKILL_WEIGHT * worst(q.skills, skills) + LEVEL_WEIGHT * worst(q.seniority, levels);
}
