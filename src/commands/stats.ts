import { renderStatsText } from '../report/stats-text.js';
import { colourFor } from '../ui/colour.js';
import { terminalWidth } from '../text/layout.js';
import type { CommandContext } from '../context.js';
import type { DataFormat } from '../limits.js';

export interface StatsOptions {
  role?: string;
  since?: string;
  format: DataFormat;
}
import { builtinSkillNames, callsFor, sinceOption, statsFor } from './history-read.js';
import { plural } from '../text/plural.js';

/** `collections-prep stats`: progress over time, from the history file. */
export async function statsCommand(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const since = sinceOption(options.since);
  const { stats, sessions } = await statsFor(ctx, { role: options.role, since });
  const calls = await callsFor(ctx, { role: options.role, since });
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ...stats, calls }, null, 2)}\n`);
    return 0;
  }
  const filtered = options.role !== undefined || since !== undefined;
  const empty =
    sessions === 0
      ? undefined
      : filtered
        ? `No answers match ${[options.role !== undefined ? `--role ${options.role}` : '', options.since !== undefined ? `--since ${options.since}` : ''].filter(Boolean).join(' ')} (${plural(sessions, 'session')} in all).`
        : undefined;
  const style = { colour: colourFor(ctx.stdout, ctx.env), width: terminalWidth(ctx.stdout.columns) };
  ctx.stdout.write(renderStatsText(stats, style, { empty, program: ctx.program }));
  const { renderCallStatsText } = await import('../call/render.js');
  ctx.stdout.write(renderCallStatsText(calls, style, builtinSkillNames(ctx)));
  return 0;
}
