import type { BankQuestion } from '../bank/model.js';
import type { SkillProgress } from '../history/stats.js';
import { round1 } from '../grading/score.js';
import { levelBar, NOT_YET_MARGIN } from './verdict.js';

// Readiness per skill for the job of a stored interview date: how the skill has gone lately
// against the bar that the interview's verdict holds the level to.

/** How many of the latest sessions that tested a skill make its recent average. */
export const RECENT_SESSIONS = 3;

export type ReadinessStatus = 'ready' | 'close' | 'not-yet' | 'not-practised';

export interface SkillReadiness {
  skill: string;
  skill_name?: string;
  /** The level's cards that test the skill (how much the interview leans on it). */
  questions: number;
  /** The average of the skill over its latest RECENT_SESSIONS sessions; null when never scored. */
  recent: number | null;
  /** Answers that scored the skill, in all. */
  answers: number;
  /** ready: at or above the bar; close: less than NOT_YET_MARGIN below; not-yet: further below. */
  status: ReadinessStatus;
}

/** The skills a level's cards test, the most tested first (then by id). */
export function levelSkills(pool: readonly BankQuestion[]): { skill: string; questions: number }[] {
  const counts = new Map<string, number>();
  for (const q of pool) for (const s of q.skills) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([skill, questions]) => ({ skill, questions })).sort((a, b) => b.questions - a.questions || (a.skill < b.skill ? -1 : 1));
}

/** Each of the level's skills against the bar, from the statistics' series per skill. */
export function skillReadiness(skills: readonly { skill: string; questions: number }[], progress: readonly SkillProgress[], bar: number, names?: ReadonlyMap<string, string>): SkillReadiness[] {
  const bySkill = new Map(progress.map((p) => [p.skill, p]));
  return skills.map(({ skill, questions }) => {
    const p = bySkill.get(skill);
    const latest = p?.series.slice(-RECENT_SESSIONS) ?? [];
    const recent = latest.length ? round1(latest.reduce((sum, x) => sum + x.average, 0) / latest.length) : null;
    const status: ReadinessStatus = recent === null ? 'not-practised' : recent >= bar ? 'ready' : recent > bar - NOT_YET_MARGIN ? 'close' : 'not-yet';
    const name = names?.get(skill);
    return { skill, ...(name ? { skill_name: name } : {}), questions, recent, answers: p?.answers ?? 0, status };
  });
}

/** How far a skill is from the bar: what orders practice (never practised counts as a middling 3.0, ahead of a skill scored 3.0). */
export function need(r: SkillReadiness, bar: number): number {
  return r.recent === null ? bar - 3 + 0.01 : bar - r.recent;
}

export const STATUS_WORDS: Record<ReadinessStatus, string> = { ready: 'ready', close: 'close', 'not-yet': 'not yet', 'not-practised': 'not practised' };

/** Readiness for the job of a stored interview date: what `stats` and `plan` show. */
export interface JobReadiness {
  /** YYYY-MM-DD. */
  date: string;
  days_left: number;
  job: { title: string | null; role: string; level: string };
  /** The average the interview's verdict holds the level to. */
  bar: number;
  skills: SkillReadiness[];
  /** Skills at or above the bar, of all the level's skills. */
  ready: number;
}

export function jobReadiness(input: {
  date: string;
  daysLeft: number;
  job: JobReadiness['job'];
  /** The level's rung on its ladder (0 = lowest). */
  rung: number;
  pool: readonly BankQuestion[];
  progress: readonly SkillProgress[];
  names?: ReadonlyMap<string, string>;
}): JobReadiness {
  const bar = levelBar(input.rung);
  // Weakest first: what to work on heads the list.
  const skills = skillReadiness(levelSkills(input.pool), input.progress, bar, input.names).sort((a, b) => need(b, bar) - need(a, bar) || b.questions - a.questions || (a.skill < b.skill ? -1 : 1));
  return { date: input.date, days_left: input.daysLeft, job: input.job, bar, skills, ready: skills.filter((s) => s.status === 'ready').length };
}
