import { matchJob, resolveJob } from '../bank/roles.js';
import { readConfig } from '../config/resolve.js';
import { outputWidth, type CommandContext } from '../context.js';
import { EXIT, usageError } from '../errors.js';
import { dayKey } from '../history/dates.js';
import { readHistoryIndexed } from '../history/history-index.js';
import { mergeStats } from '../history/stats.js';
import { interviewDate } from '../interview/date.js';
import { practicePlan } from '../interview/practice-plan.js';
import type { DataFormat } from '../limits.js';
import { configFile, dataPaths, historyFile, historyIndexFile } from '../paths.js';
import { renderPlanText } from '../report/plan.js';
import { capSchedule } from '../selection/review.js';
import { hintCommand, shellWord } from '../session/summary.js';
import { colourFor } from '../ui/colour.js';
import { hintPrefix, type BankOptions } from './bank-options.js';
import { readinessOf, resolveStored } from './interview-plan.js';
import { openBankQuick } from './open-bank.js';

export interface PlanOptions extends BankOptions {
  /** --date: the day of the interview, YYYY-MM-DD. */
  date?: string;
  /** --job: its title, as drill and interview take it. */
  job?: string;
  /** -r: the track, for a title that two tracks share. */
  role?: string;
  clear: boolean;
  format: DataFormat;
}

/** `plan`: store the interview date and job (config file), show the days left and a plan to the day; `--clear` removes it. */
export async function planCommand(options: PlanOptions, ctx: CommandContext): Promise<number> {
  const file = configFile(ctx.env);
  const note = (line: string) => ctx.stderr.write(`${line}\n`);
  if (options.clear) {
    if (options.date !== undefined || options.job !== undefined) throw usageError('--clear removes the stored interview: it takes no --date or --job');
    const { config } = await readConfig(ctx.env);
    if (!config.interview) {
      note('No interview date is stored: nothing to clear.');
      return EXIT.ok;
    }
    const { storeInterview } = await import('../config/interview.js');
    storeInterview(file, undefined);
    note(`Interview date cleared (${config.interview.date}, ${config.interview.job}) from ${file}.`);
    return EXIT.ok;
  }
  if (options.role !== undefined && options.job === undefined) throw usageError('-r chooses the track of a --job title: give --job "<title>" with it');
  const now = ctx.now();
  // The date first: a malformed or past date is the same error whatever the bank says.
  const day = options.date !== undefined ? interviewDate(options.date, now) : undefined;
  const { config } = await readConfig(ctx.env);
  const bank = await openBankQuick(options, ctx);

  let stored = config.interview;
  if (day || options.job !== undefined) {
    if (!stored && (!day || options.job === undefined)) {
      throw usageError(`give both the day and the job: plan --date YYYY-MM-DD --job "<title>"${day ? '' : ' (no interview date is stored yet)'}`);
    }
    let job = stored ? { job: stored.job, ...(stored.role ? { role: stored.role } : {}) } : undefined;
    if (options.job !== undefined) {
      // As --job everywhere: exact title or alias, else a usage error with the nearest titles.
      const found = resolveJob(bank.ladders, options.job, options.role);
      const shared = matchJob(bank.ladders, found.title).length > 1;
      job = { job: found.title, ...(shared || options.role !== undefined ? { role: found.role } : {}) };
    }
    stored = { date: day ? dayKey(day) : stored!.date, ...job! };
    const { storeInterview } = await import('../config/interview.js');
    storeInterview(file, stored);
    note(`Stored in ${file}: drill --review and stats now count down to ${stored.date}.`);
  }
  const hint = hintPrefix(options, ctx);
  if (!stored) {
    ctx.stdout.write(`No interview date is set. Set one: ${hintCommand(hint, 'plan', ['--date', 'YYYY-MM-DD', '--job', shellWord('<title>')])}\n`);
    return EXIT.ok;
  }

  const plan = resolveStored(file, stored, bank);
  const history = await readHistoryIndexed(historyFile(dataPaths(ctx.env)), historyIndexFile(ctx.env));
  const schedule = capSchedule(history.schedule, plan.day, now);
  const progress = mergeStats(history.summaries, now, schedule, { ladders: bank.ladders }).skills;
  const { readiness, pool } = readinessOf(plan, bank, progress, now, config.jurisdiction);
  const jobArgs = ['--job', shellWord(plan.title), ...(plan.stored.role ? ['-r', plan.role] : [])];
  const days =
    readiness.days_left < 0
      ? undefined
      : practicePlan({
          pool,
          readiness: readiness.skills,
          bar: readiness.bar,
          schedule,
          now,
          date: plan.day,
          commands: {
            drill: (skills, count) => hintCommand(hint, 'drill', [...jobArgs, '--review', ...(skills.length ? ['--skill', skills.join(',')] : []), '-n', String(count)]),
            mock: () => hintCommand(hint, 'interview', jobArgs),
          },
        });
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ interview: readiness, plan: days ?? null }, null, 2)}\n`);
    return EXIT.ok;
  }
  const names = new Map([...bank.skills].map(([id, s]) => [id, s.name]));
  ctx.stdout.write(renderPlanText(readiness, days, { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) }, names));
  return EXIT.ok;
}
