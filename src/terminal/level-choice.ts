import { EVERY_LEVEL } from '../bank/levels.js';
import type { Bank } from '../bank/model.js';
import { describeLevel, ladderOf, levelTitle, matchJob } from '../bank/roles.js';
import { readConfig } from '../config/resolve.js';
import type { Remembered } from '../config/remember.js';
import type { CommandContext } from '../context.js';
import { EXIT, UserError } from '../errors.js';

// "Preparing for which job?": asked in a terminal when a drill or an interview is given
// no level, so that a session keeps to one level of one track (never a junior agent's question
// beside a director's) unless the user asks for every level. The answer is remembered in the
// config file, so that the next session in a terminal starts there without asking. Batch runs and
// runs with --seed neither ask nor read it: their selection depends on bank, filters and seed alone.

/** A role and one of its levels, or EVERY_LEVEL (drill only: every level of the role, a mix). */
export interface LevelChoice {
  role: string;
  level: string;
}

/** A role's levels that a session can keep to: those of its ladder that some card of the role has. */
export function roleLevels(bank: Bank, role: string): string[] {
  const used = new Set<string>(bank.questions.filter((q) => q.roles.includes(role)).flatMap((q) => q.seniority));
  return ladderOf(bank.ladders, role).filter((level) => used.has(level));
}

/** The tracks to choose from: the declared roles in their files' order, then the others; each with a level. */
export function tracks(bank: Bank): string[] {
  const declared = [...bank.ladders.keys()];
  return [...declared, ...bank.roles.filter((r) => !bank.ladders.has(r))].filter((r) => bank.roles.includes(r) && roleLevels(bank, r).length > 0);
}

/** What a choice says on screen and in notes: "Collection Supervisor (supervisor lead)", "every agent level (a mix)". */
export function describeChoice(bank: Bank, choice: LevelChoice): string {
  return choice.level === EVERY_LEVEL ? `every ${choice.role} level (a mix)` : describeLevel(bank.ladders, choice.role, choice.level);
}

export interface LevelQuestion {
  /** The role given with -r: only its level is asked. */
  role?: string;
  /** Whether "every level" is a choice (drill; an interview is for one job). */
  every: boolean;
  /** Whether to use and keep the level remembered in the config file (not with --seed). */
  remember: boolean;
}

// As session-screen's isExit, without loading the session screen (and its prompt) into a batch run's start-up.
const isPromptExit = (e: unknown) => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');

/** A level as the list offers it, under its track: "Collection Supervisor (lead)". */
function levelLabel(bank: Bank, role: string, level: string): string {
  const title = levelTitle(bank.ladders, role, level);
  return title ? `${title} (${level})` : level;
}

/**
 * The level of a session given none: the one remembered for the role (with a note saying so and
 * how to change it), else the user's answer, then remembered. Undefined after Ctrl-C.
 */
export async function chooseLevel(bank: Bank, ask: LevelQuestion, ctx: CommandContext, note: (line: string) => void): Promise<LevelChoice | undefined> {
  const found = ask.remember ? await readConfig(ctx.env) : undefined;
  const config = found?.config ?? {};
  const offered = tracks(bank);
  const rememberedRole = config.role !== undefined && offered.includes(config.role) ? config.role : undefined;
  // The job of an interview date (`plan`) is what the lists start on when nothing is remembered.
  const planned = config.interview ? matchJob(bank.ladders, config.interview.job, config.interview.role) : [];
  const plannedJob = planned.length === 1 ? planned[0] : undefined;
  const trackDefault = rememberedRole ?? (plannedJob && offered.includes(plannedJob.role) ? plannedJob.role : undefined);
  const role = ask.role ?? rememberedRole;
  const fits = (r: string, level: string | undefined): level is string => level !== undefined && ((level === EVERY_LEVEL && ask.every) || roleLevels(bank, r).includes(level));
  const flags = ask.role === undefined ? '-r and -s (or --job) choose' : '-s or --job chooses';
  const remembered = role !== undefined ? config.levels?.[role] : undefined;
  if (found && role !== undefined && fits(role, remembered)) {
    note(`Preparing for ${describeChoice(bank, { role, level: remembered })}, as remembered in ${found.file}: ${flags} another for one session; delete "levels:" there to be asked again.`);
    return { role, level: remembered };
  }

  const { select } = await import('../ui/prompts.js');
  const context = { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream };
  let choice: LevelChoice;
  try {
    let track = role;
    if (track === undefined) {
      if (offered.length === 0) return undefined;
      track =
        offered.length === 1
          ? offered[0]!
          : await select({ message: 'Preparing for which track?', choices: offered.map((r) => ({ name: bank.ladders.get(r)?.name ?? r, value: r })), ...(trackDefault ? { default: trackDefault } : {}) }, context);
    }
    const levels = roleLevels(bank, track);
    // One level (or none) is no mix: nothing to ask.
    if (levels.length <= 1) return { role: track, level: levels[0] ?? (ask.every ? EVERY_LEVEL : ladderOf(bank.ladders, track)[0]!) };
    // The answer line shows `short`: the title alone, so that it fits 60 columns.
    const choices = [
      ...levels.map((level) => ({ name: levelLabel(bank, track!, level), short: levelTitle(bank.ladders, track!, level) ?? level, value: level })),
      ...(ask.every ? [{ name: 'Every level (a mix)', short: 'Every level', value: EVERY_LEVEL }] : []),
    ];
    const before = config.levels?.[track] ?? (plannedJob?.role === track ? plannedJob.level : undefined);
    const level = await select({ message: 'Preparing for which job?', choices, pageSize: choices.length, ...(fits(track, before) ? { default: before } : {}) }, context);
    choice = { role: track, level };
  } catch (e) {
    if (isPromptExit(e)) return undefined;
    throw e;
  }
  if (found) await keep(found.file, choice, ask, config.levels?.[choice.role], bank, note, flags);
  return choice;
}

async function keep(file: string, choice: LevelChoice, ask: LevelQuestion, before: string | undefined, bank: Bank, note: (line: string) => void, flags: string): Promise<void> {
  const values: Remembered[] = [];
  if (ask.role === undefined) values.push({ path: ['role'], value: choice.role, comment: 'remembered in a terminal: the track of a session given no -r, -s or --job' });
  // An interview (one job) does not replace a drill's "every level".
  if (!(before === EVERY_LEVEL && !ask.every)) values.push({ path: ['levels', choice.role], value: choice.level, comment: `remembered in a terminal: per role, the level of a session given no -s or --job (${EVERY_LEVEL}: every level)` });
  if (values.length === 0) return;
  const { rememberInConfig } = await import('../config/remember.js');
  try {
    rememberInConfig(file, values);
    note(`Remembered in ${file}: sessions in a terminal keep to ${describeChoice(bank, choice)} from now on, without asking; ${flags} another for one session.`);
  } catch (e) {
    // Not remembering costs a question next time, not this session.
    note(`${(e as Error).message}; it will be asked again next time.`);
  }
}

/** The drill flags that decide whether a session in a terminal is asked its level. */
export interface DrillLevelFlags {
  role?: string;
  seniority: readonly string[];
  job?: string;
  seed?: number;
  answers?: string;
  template: boolean;
  ids?: readonly string[];
  review: boolean;
  focus?: string;
}

/**
 * drill's filters for the level: asked (or remembered) only in a terminal, and only for a session
 * that the filters select without a level: not batch runs or --template, not --seed, nor --id,
 * --review or --focus (which choose the questions, or their levels, themselves).
 */
export async function drillLevel(bank: Bank, o: DrillLevelFlags, ctx: CommandContext, note: (line: string) => void): Promise<{ role?: string; seniority?: string[] }> {
  const batch = o.answers !== undefined || o.template || !ctx.stdin.isTTY;
  if (batch || o.seed !== undefined || o.seniority.length > 0 || o.job !== undefined || o.ids?.length || o.review || o.focus !== undefined) return {};
  const choice = await chooseLevel(bank, { ...(o.role !== undefined ? { role: o.role } : {}), every: true, remember: true }, ctx, note);
  if (!choice) throw new UserError('stopped before the first question (no level chosen, nothing saved)', EXIT.interrupted);
  return choice.level === EVERY_LEVEL ? { role: choice.role } : { role: choice.role, seniority: [choice.level] };
}
