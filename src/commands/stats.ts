import { renderStatsText } from '../report/stats-text.js';
import { colourFor } from '../ui/colour.js';
import { outputWidth, type CommandContext } from '../context.js';
import type { DataFormat } from '../limits.js';
import type { Config } from '../config/schema.js';
import type { Stats } from '../history/stats.js';
import type { JobReadiness } from '../interview/readiness.js';

export interface StatsOptions {
  role?: string;
  since?: string;
  format: DataFormat;
}
import { builtinNames, callsFor, sinceOption, statsFor, type BuiltinNames } from './history-read.js';
import { plural } from '../text/plural.js';

/** `collections-prep stats`: progress over time, from the history file. */
export async function statsCommand(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const since = sinceOption(options.since);
  const { config, file } = await (await import('../config/resolve.js')).readConfig(ctx.env);
  const day = config.interview ? (await import('../interview/date.js')).parseDay(config.interview.date) : undefined;
  // The built-in bank's compiled copy, read once for the ladders, the skill names and the plan.
  const builtin = builtinNames(ctx);
  const { stats, sessions, calls: callRecords } = await statsFor(ctx, { role: options.role, since }, { builtin, ...(day ? { reviewBefore: day } : {}) });
  const readiness = config.interview ? await interviewReadiness(ctx, file, config.interview, stats, builtin, config.jurisdiction) : undefined;
  const calls = await callsFor(ctx, { role: options.role, since }, callRecords);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ...stats, ...(readiness ? { interview_plan: readiness } : {}), calls }, null, 2)}\n`);
    return 0;
  }
  const filtered = options.role !== undefined || since !== undefined;
  const empty =
    sessions === 0
      ? undefined
      : filtered
        ? `No answers match ${[options.role !== undefined ? `--role ${options.role}` : '', options.since !== undefined ? `--since ${options.since}` : ''].filter(Boolean).join(' ')} (${plural(sessions, 'session')} in all).`
        : undefined;
  const style = { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) };
  ctx.stdout.write(renderStatsText(stats, style, { empty, program: ctx.program }));
  if (readiness) ctx.stdout.write(`\n${(await import('../report/plan.js')).renderReadiness(readiness, style)}`);
  const { renderCallStatsText } = await import('../call/render.js');
  ctx.stdout.write(renderCallStatsText(calls, style, builtin.skills));
  return 0;
}

/**
 * Readiness per skill for the job of the interview date that `plan` stored, against the built-in
 * bank (as the rest of stats); a stored job that no longer resolves costs only this section.
 */
async function interviewReadiness(ctx: CommandContext, file: string, stored: NonNullable<Config['interview']>, stats: Stats, builtin: BuiltinNames, jurisdiction?: string): Promise<JobReadiness | undefined> {
  const { makeBank } = await import('../bank/model.js');
  const compiled = builtin.compiled;
  if (!compiled) return undefined;
  const bank = makeBank(compiled.skills, compiled.questions, compiled.roles);
  const { readinessOf, resolveStored } = await import('./interview-plan.js');
  try {
    return readinessOf(resolveStored(file, stored, bank), bank, stats.skills, ctx.now(), jurisdiction).readiness;
  } catch (e) {
    ctx.stderr.write(`${(e as Error).message}\n`);
    return undefined;
  }
}
