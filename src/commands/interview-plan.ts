import { filterQuestions } from '../bank/filter.js';
import type { Bank } from '../bank/model.js';
import { ladderOf, resolveJob } from '../bank/roles.js';
import type { Config } from '../config/schema.js';
import { readConfig } from '../config/resolve.js';
import { UserError } from '../errors.js';
import type { SkillProgress } from '../history/stats.js';
import { daysLeft, parseDay } from '../interview/date.js';
import { jobReadiness, type JobReadiness } from '../interview/readiness.js';

// The interview that `plan` stored in the config file, as drill --review, stats and plan read it.

/** drill --review: the stored interview day, which caps weak questions' intervals before it. */
export async function reviewCap(env: NodeJS.ProcessEnv): Promise<{ reviewBefore?: Date }> {
  const { config } = await readConfig(env);
  const day = config.interview ? parseDay(config.interview.date) : undefined;
  return day ? { reviewBefore: day } : {};
}

export interface StoredPlan {
  file: string;
  stored: NonNullable<Config['interview']>;
  day: Date;
  role: string;
  level: string;
  title: string;
}

/** The stored interview with its job resolved against the bank; a stale entry is an error that names the file. */
export function resolveStored(file: string, stored: NonNullable<Config['interview']>, bank: Bank): StoredPlan {
  const day = parseDay(stored.date);
  if (!day) throw new UserError(`${file}: interview.date: "${stored.date}" is not a real day: set it again with plan --date YYYY-MM-DD`);
  let job;
  try {
    job = resolveJob(bank.ladders, stored.job, stored.role);
  } catch (e) {
    throw new UserError(`${file}: interview.job: ${(e as Error).message.replace(/ for --job/, '')}: set it again with plan --job "<title>"`);
  }
  return { file, stored, day, role: job.role, level: job.level, title: job.title };
}

/** Readiness for the stored job: the level's cards (the jurisdiction applied), the skills' progress. */
export function readinessOf(plan: StoredPlan, bank: Bank, progress: readonly SkillProgress[], now: Date, jurisdiction?: string): { readiness: JobReadiness; pool: ReturnType<typeof filterQuestions> } {
  const pool = filterQuestions(bank, { role: plan.role, seniority: [plan.level], ...(jurisdiction ? { jurisdiction } : {}) });
  const names = new Map([...bank.skills].map(([id, s]) => [id, s.name]));
  const readiness = jobReadiness({
    date: plan.stored.date,
    daysLeft: daysLeft(plan.day, now),
    job: { title: plan.title, role: plan.role, level: plan.level },
    rung: Math.max(0, ladderOf(bank.ladders, plan.role).indexOf(plan.level)),
    pool,
    progress,
    names,
  });
  return { readiness, pool };
}
