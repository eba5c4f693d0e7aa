import { InvalidArgumentError, Option, type Command } from 'commander';
import { JURISDICTION_FILTERS, QUESTION_TYPES, SENIORITY_LEVELS } from '../bank/levels.js';
import type { Invocation } from '../commands/index.js';
import type { BankOptions, FilterOptions } from '../commands/bank-options.js';
import type { DrillOptions } from '../commands/drill.js';
import { ANSWERS_FORMATS, CONCURRENCY, GRADERS, MAX_WAIT, SESSION_FORMATS, TIMEOUT } from '../limits.js';

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

/** What the session flags say that differs between the commands that share them. */
export interface SessionFlagTexts {
  seed: string;
  answers: string;
  template: string;
  /** What --max-wait's time is for: "session", "interview"… */
  maxWaitFor: string;
}

/**
 * The answers and grading flags of a session command (drill, interview), as sessionRunOptions reads
 * them; one block, so that --help lists them in one order, and the command adds its own around it.
 */
export function addSessionInputOptions(cmd: Command, say: SessionFlagTexts): Command {
  return cmd
    .option('--seed <n>', say.seed, positiveInt('--seed', 0))
    .option('--answers <file>', say.answers)
    .option('--template', say.template)
    .addOption(new Option('--answers-format <format>', 'how to read --answers (default: from the file name)').choices(ANSWERS_FORMATS))
    .addOption(new Option('--grader <grader>', 'who scores answers').choices(GRADERS).default('offline'))
    .option('--model <name>', 'model for --grader llm (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --grader llm (or OPENAI_BASE_URL)')
    .option('--concurrency <n>', 'answers graded at once in batch mode with --grader llm', positiveInt('--concurrency', CONCURRENCY.min, CONCURRENCY.max), CONCURRENCY.default)
    .option('--timeout <seconds>', 'longest wait for one LLM reply', seconds('--timeout'), TIMEOUT.drillDefault)
    .option('--max-wait <seconds>', `with --grader llm: the LLM's time for the whole ${say.maxWaitFor} (batch mode default ${MAX_WAIT.batchDefault})`, seconds('--max-wait', MAX_WAIT.max));
}

/** The report flags of a session command: --format, -o and --no-history (`noun`: what is not recorded). */
export function addSessionReportOptions(cmd: Command, noun: string): Command {
  return cmd
    .addOption(formatOption('report format', SESSION_FORMATS, 'text'))
    .option('-o, --output <file>', 'also write the report to this file, in the format its name says (.txt or none, .json, .md, .html) unless --format is given')
    .option('--no-history', `do not record this ${noun}`);
}

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
