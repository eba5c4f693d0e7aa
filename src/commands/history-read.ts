import { parseSince } from '../history/dates.js';
import { readHistoryIndexed } from '../history/history-index.js';
import { computeStats, mergeStats, nameSkills, type Stats, type StatsFilter } from '../history/stats.js';
import { dataPaths, historyFile, historyIndexFile } from '../paths.js';
import { rebuildSessions, type HistorySession } from '../history/sessions.js';
import { usageError } from '../errors.js';
import { skippedWarning } from '../history/skipped.js';
import type { CommandContext } from '../context.js';
import { compiledLoader } from '../bank/compiled.js';
import { makeLadders, type Ladders } from '../bank/roles.js';
import { BUILTIN_DIR, COMPILED_BANK } from '../package.js';
import { capSchedule } from '../selection/review.js';
import type { CallRecord } from '../history/call-records.js';

/**
 * The built-in bank's ladders and titles, for ordering and naming levels in statistics, from its
 * compiled copy (no YAML parser); none when that copy is missing or stale (the global order then).
 */
export function builtinLadders(ctx: Pick<CommandContext, 'cwd'>): Ladders {
  return makeLadders(compiledLoader(COMPILED_BANK, ctx.cwd)(BUILTIN_DIR)?.roles ?? []);
}

/** The built-in bank's skill names by id (from its compiled copy; none when that is missing). */
export function builtinSkillNames(ctx: Pick<CommandContext, 'cwd'>): Map<string, string> {
  return new Map((compiledLoader(COMPILED_BANK, ctx.cwd)(BUILTIN_DIR)?.skills ?? []).map((s) => [s.id, s.name]));
}

/**
 * The built-in bank's compiled copy read once, with its ladders and skill names: a command that
 * needs both (stats) reads and checks it once rather than at each use (each read parses the
 * compiled copy and hashes the bank's YAML to check it is current).
 */
export interface BuiltinNames {
  compiled: ReturnType<ReturnType<typeof compiledLoader>>;
  ladders: Ladders;
  skills: Map<string, string>;
}

export function builtinNames(ctx: Pick<CommandContext, 'cwd'>): BuiltinNames {
  const compiled = compiledLoader(COMPILED_BANK, ctx.cwd)(BUILTIN_DIR);
  return { compiled, ladders: makeLadders(compiled?.roles ?? []), skills: new Map((compiled?.skills ?? []).map((s) => [s.id, s.name])) };
}

/** A damaged line never stops a command: one warning line says how many were skipped, and where. */
export function warnSkipped(ctx: CommandContext, file: string, skipped: readonly number[]): void {
  const warning = skippedWarning(file, skipped);
  if (warning) ctx.stderr.write(`${warning}\n`);
}

/** The whole history, every record validated: for `history` list, show and clear. */
export async function loadHistory(ctx: CommandContext): Promise<{ file: string; sessions: HistorySession[] }> {
  const file = historyFile(dataPaths(ctx.env));
  const { readHistory } = await import('../history/store.js');
  const { records, skipped } = readHistory(file);
  warnSkipped(ctx, file, skipped);
  return { file, sessions: rebuildSessions(records) };
}

/**
 * The statistics (`stats`, `history export`), read through the history index: without filters,
 * only lines added since the last run are read and validated; filters need every answer, so they
 * read the whole history.
 */
export async function statsFor(ctx: CommandContext, filter: StatsFilter, options: { reviewBefore?: Date; builtin?: BuiltinNames } = {}): Promise<{ stats: Stats; sessions: number; calls: CallRecord[] }> {
  const file = historyFile(dataPaths(ctx.env));
  const full = filter.role !== undefined || filter.since !== undefined;
  const history = await readHistoryIndexed(file, historyIndexFile(ctx.env), { full });
  warnSkipped(ctx, file, history.skipped);
  const now = ctx.now();
  const builtin = options.builtin;
  filter = { ...filter, ladders: filter.ladders ?? builtin?.ladders ?? builtinLadders(ctx) };
  // An interview date brings weak questions' reviews forward (see capSchedule), so "due today" counts them.
  const schedule = options.reviewBefore ? capSchedule(history.schedule, options.reviewBefore, now) : history.schedule;
  const stats = full && history.sessions ? computeStats(history.sessions, now, filter, schedule) : mergeStats(history.summaries, now, schedule, filter);
  return { stats: nameSkills(stats, builtin?.skills ?? builtinSkillNames(ctx)), sessions: history.summaries.length, calls: history.calls };
}

/** `--since`: a date (YYYY-MM-DD) or an ISO date-time; anything else is a usage error (exit 2). */
export function sinceOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseSince(value);
  if (!date) throw usageError(`--since "${value}" is not a date: use YYYY-MM-DD (e.g. 2026-11-01) or an ISO date-time`);
  return date;
}

/**
 * The calls and QA reviews in history (`call` records), for `stats` and the export: the records
 * statsFor read through the history index when given, else read from the whole file.
 */
export async function callsFor(ctx: CommandContext, filter: { role?: string; since?: Date }, records?: readonly CallRecord[]): Promise<import('../history/call-stats.js').CallStats> {
  const { callStats } = await import('../history/call-stats.js');
  // The reader (and its schema) only when the records were not read with the rest of history.
  return callStats(records ?? (await import('../history/calls.js')).readCalls(historyFile(dataPaths(ctx.env))).records, filter);
}
