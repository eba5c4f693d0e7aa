import { InvalidArgumentError, Option, type Command } from 'commander';
import { JURISDICTION_FILTERS, QUESTION_TYPES, SENIORITY_LEVELS } from '../bank/levels.js';
import type { Invocation } from '../commands/index.js';
import type { BankOptions, FilterOptions } from '../commands/bank-options.js';
import type { DrillOptions } from '../commands/drill.js';
import { TIMEOUT } from '../limits.js';

// Flag parsers and the flags that several commands share.

/** argv's options object, as commander hands it over. */
export type Raw = Record<string, unknown>;

export function list(value: string, previous: string[] | undefined): string[] {
  const parts = value.split(',').map((v) => v.trim()).filter(Boolean);
  return [...(previous ?? []), ...parts];
}

export function positiveInt(name: string, min = 1, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}.`);
    return n;
  };
}

export function seconds(name: string, max: number = TIMEOUT.max) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${name} must be a number of seconds, more than 0 and at most ${max}.`);
    return n;
  };
}

/** `--format` with its choices and default. */
export function formatOption(description: string, choices: readonly string[], fallback?: string): Option {
  const option = new Option('--format <format>', description).choices(choices);
  return fallback === undefined ? option : option.default(fallback);
}

export function addBankOptions(cmd: Command): Command {
  return cmd
    .option('--questions <path...>', 'extra question files or folders, added to the built-in bank', list)
    .option('--no-builtin', 'leave the built-in bank out (then --questions is the whole bank)');
}

export function addFilters(cmd: Command): Command {
  return cmd
    .option('-r, --role <role>', 'a role id from the bank (agent, supervisor, or your own)')
    .addOption(new Option('-s, --seniority <level...>', `one or more of ${SENIORITY_LEVELS.join(', ')}`).argParser(list))
    .option('-k, --skill <skill...>', 'one or more skill ids; a question matches if it tests any of them', list)
    .addOption(new Option('-t, --type <type...>', `one or more of ${QUESTION_TYPES.join(', ')}`).argParser(list))
    .addOption(new Option('-j, --jurisdiction <where>', 'only cards for this jurisdiction, and cards for any').choices(JURISDICTION_FILTERS))
    .option('--job <title>', 'a job title from a role\'s ladder ("Collection Supervisor"): sets role and level');
}

/** Which of these options were not given, so that commander filled in their defaults. */
export function fromDefault<K extends string>(cmd: Command, keys: readonly K[]): K[] {
  return keys.filter((k) => cmd.getOptionValueSource(k) === 'default' || cmd.getOptionValueSource(k) === undefined);
}

export function bankOptions(o: Raw): BankOptions {
  return { questions: (o.questions as string[] | undefined) ?? [], builtin: o.builtin !== false };
}

export function filterOptions(o: Raw): FilterOptions {
  return {
    role: o.role as string | undefined,
    seniority: (o.seniority as string[] | undefined) ?? [],
    skill: (o.skill as string[] | undefined) ?? [],
    type: (o.type as string[] | undefined) ?? [],
    jurisdiction: o.jurisdiction as FilterOptions['jurisdiction'],
    job: o.job as string | undefined,
  };
}

/** Hands a parsed command line to the router (tests pass their own, to see the options). */
export type Dispatch = (invocation: Invocation) => Promise<number | void>;

/** The flags a session command (drill, interview) reads alike: answers, grading, the report and its file, history. */
export function sessionRunOptions(o: Raw, cmd: Command): Pick<DrillOptions, 'formatGiven' | 'template' | 'seed' | 'answers' | 'answersFormat' | 'grader' | 'model' | 'baseUrl' | 'concurrency' | 'timeout' | 'maxWait' | 'format' | 'output' | 'history' | 'cache' | 'timeLimit' | 'fromDefault'> {
  return {
    formatGiven: cmd.getOptionValueSource('format') === 'cli',
    template: o.template === true,
    seed: o.seed as number | undefined,
    answers: o.answers as string | undefined,
    answersFormat: o.answersFormat as DrillOptions['answersFormat'],
    grader: o.grader as DrillOptions['grader'],
    model: o.model as string | undefined,
    baseUrl: o.baseUrl as string | undefined,
    concurrency: o.concurrency as number,
    timeout: o.timeout as number,
    maxWait: o.maxWait as number | undefined,
    format: o.format as DrillOptions['format'],
    output: o.output as string | undefined,
    history: o.history !== false,
    cache: o.cache !== false,
    timeLimit: o.timeLimit as number | undefined,
    fromDefault: fromDefault(cmd, ['grader', 'concurrency', 'timeout', 'cache']),
  };
}
