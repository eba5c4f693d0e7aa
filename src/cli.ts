import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './errors.js';
import { packageVersion } from './paths.js';
import { SENIORITY_LEVELS, QUESTION_TYPES } from './bank/levels.js';

/** Options shared by every command that reads the bank. */
export interface BankOptions {
  questions: string[];
  builtin: boolean;
}
export interface FilterOptions {
  role?: string;
  seniority: string[];
  skill: string[];
  type: string[];
}
export interface ListOptions extends BankOptions, FilterOptions {
  format: 'text' | 'json';
}
export interface ShowOptions extends BankOptions {
  id: string;
  format: 'text' | 'json';
}
export interface ValidateOptions {
  paths: string[];
  /** With paths: check them beside the built-in bank (false: as a bank of their own). */
  builtin: boolean;
  format: 'text' | 'json' | 'github';
  strict: boolean;
}
export interface SchemaOptions {
  output?: string;
}
export interface DrillOptions extends BankOptions, FilterOptions {
  count: number;
  countGiven: boolean;
  /** Whether --format was given (otherwise -o takes its format from the file name). */
  formatGiven: boolean;
  /** Print an answers file for the selected questions instead of running the session. */
  template: boolean;
  seed?: number;
  answers?: string;
  answersFormat?: 'yaml' | 'json' | 'text';
  grader: 'offline' | 'llm' | 'none';
  model?: string;
  baseUrl?: string;
  concurrency: number;
  timeout: number;
  format: 'text' | 'json' | 'markdown';
  output?: string;
  history: boolean;
  cache: boolean;
  editor: boolean;
  review: boolean;
  focus?: 'weak';
  timeLimit?: number;
  improve: boolean;
  /** Options that took commander's default (not given on the command line): the config file may set them. */
  fromDefault?: ReadonlyArray<'grader' | 'concurrency' | 'timeout' | 'cache'>;
}
export interface DoctorOptions extends BankOptions {
  grader?: 'llm';
  model?: string;
  baseUrl?: string;
  timeout: number;
  fromDefault?: ReadonlyArray<'timeout'>;
}
export interface StatsOptions {
  role?: string;
  since?: string;
  format: 'text' | 'json';
}
export interface HistoryOptions {
  action: 'list' | 'show' | 'export' | 'clear';
  id?: string;
  format: 'text' | 'json' | 'markdown' | 'html';
  output?: string;
  yes: boolean;
  limit?: number;
  /** export: only answers to this role's questions, and from this date on. */
  role?: string;
  since?: string;
}

export type Invocation =
  | { command: 'list'; options: ListOptions }
  | { command: 'show'; options: ShowOptions }
  | { command: 'validate'; options: ValidateOptions }
  | { command: 'schema'; options: SchemaOptions }
  | { command: 'drill'; options: DrillOptions }
  | { command: 'doctor'; options: DoctorOptions }
  | { command: 'stats'; options: StatsOptions }
  | { command: 'history'; options: HistoryOptions };

export type Dispatch = (invocation: Invocation) => Promise<number | void>;

function list(value: string, previous: string[] | undefined): string[] {
  const parts = value.split(',').map((v) => v.trim()).filter(Boolean);
  return [...(previous ?? []), ...parts];
}

function positiveInt(name: string, min = 1, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}.`);
    return n;
  };
}

function seconds(name: string, max = 3600) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new InvalidArgumentError(`${name} must be a number of seconds, more than 0 and at most ${max}.`);
    return n;
  };
}

function addBankOptions(cmd: Command): Command {
  return cmd
    .option('--questions <path...>', 'extra question files or folders, added to the built-in bank', list)
    .option('--no-builtin', 'leave the built-in bank out (then --questions is the whole bank)');
}

function addFilters(cmd: Command): Command {
  return cmd
    .option('-r, --role <role>', 'a role id from the bank (agent, supervisor, or your own)')
    .addOption(new Option('-s, --seniority <level...>', `one or more of ${SENIORITY_LEVELS.join(', ')}`).argParser(list))
    .option('-k, --skill <skill...>', 'one or more skill ids; a question matches if it tests any of them', list)
    .addOption(new Option('-t, --type <type...>', `one or more of ${QUESTION_TYPES.join(', ')}`).argParser(list));
}

/** Which of these options were not given, so that commander filled in their defaults. */
function fromDefault<K extends string>(cmd: Command, keys: readonly K[]): K[] {
  return keys.filter((k) => cmd.getOptionValueSource(k) === 'default' || cmd.getOptionValueSource(k) === undefined);
}

function bankOptions(o: Record<string, unknown>): BankOptions {
  return { questions: (o.questions as string[] | undefined) ?? [], builtin: o.builtin !== false };
}
function filterOptions(o: Record<string, unknown>): FilterOptions {
  return {
    role: o.role as string | undefined,
    seniority: (o.seniority as string[] | undefined) ?? [],
    skill: (o.skill as string[] | undefined) ?? [],
    type: (o.type as string[] | undefined) ?? [],
  };
}

const EXAMPLES = {
  root: `
Examples:
  Practise five supervisor-track questions in the terminal:
    $ collections-prep drill --role supervisor
  Three junior or mid-level agent questions:
    $ collections-prep drill -r agent -s junior,mid -n 3
  Grade answers from a file, no prompts:
    $ collections-prep drill -r agent --seed 7 --answers my.txt
  Browse and read the questions:
    $ collections-prep list --role agent --skill compliance
    $ collections-prep show agent-junior-medical-bills-hardship
  Check your own question files (CI):
    $ collections-prep validate --strict my-questions/
  Your progress, and a check of the set-up:
    $ collections-prep stats
    $ collections-prep doctor

Run "collections-prep <command> --help" for a command's options.`,
  drill: `
Examples:
  $ collections-prep drill --role supervisor
  $ collections-prep drill -r agent -s senior -k negotiation,compliance -n 3 --seed 7
  $ collections-prep drill -r agent -n 3 --seed 7 --template > answers.yaml
  $ collections-prep drill --answers answers.yaml -o report.md      (after filling it in)
  $ collections-prep drill -r agent --seed 7 --answers answers.txt --format json
  $ cat answers.yaml | collections-prep drill --answers - --answers-format yaml
  $ collections-prep drill -r supervisor --grader llm --model gpt-4o-mini
  $ OPENAI_BASE_URL=http://localhost:11434/v1 collections-prep drill -r agent --grader llm --model llama3.1
  $ collections-prep drill --review                    questions due for spaced review first
  $ collections-prep drill -r agent --focus weak       weighted towards your weakest skills

In a terminal, type the answer over several lines (a blank line starts a paragraph) and
press Enter on an empty line twice to finish (or Ctrl-D). On the first line, :hint shows
tips, :skip moves on, :quit ends the session; Ctrl-C ends it too, keeping your answers.
Answers files: a YAML/JSON map of question id -> answer, or plain text with answers separated
by a line holding only "---".`,
  list: `
Examples:
  $ collections-prep list
  $ collections-prep list --role agent --seniority senior,lead
  $ collections-prep list --skill negotiation --type situational --format json`,
  show: `
Examples:
  $ collections-prep show agent-junior-medical-bills-hardship
  $ collections-prep show my-own-question --questions my-questions/ --format json`,
  validate: `
Examples:
  $ collections-prep validate                         check the built-in bank
  $ collections-prep validate my-questions/ extra.yaml
  $ collections-prep validate --strict --format github my-questions/   (GitHub Actions annotations)

Exit code 0 when valid, 1 when any file has an error (or a warning, with --strict).`,
  schema: `
Examples:
  $ collections-prep schema > question-file.schema.json
Then start each question file with:
  # yaml-language-server: $schema=./question-file.schema.json`,
  doctor: `
Examples:
  $ collections-prep doctor
  $ OPENAI_API_KEY=sk-... collections-prep doctor --grader llm --model gpt-4o-mini
  $ OPENAI_BASE_URL=http://localhost:11434/v1 collections-prep doctor --model llama3.1

One pass/fail line per check; exit 1 if any fails. The LLM is checked (with one tiny request)
when --grader llm, --model or --base-url is given, OPENAI_BASE_URL or COLLECTIONS_PREP_MODEL is
set, or the config file says grader: llm.`,
  stats: `
Examples:
  $ collections-prep stats
  $ collections-prep stats --role agent --since 2026-11-01
  $ collections-prep stats --format json > progress.json

Scores run from 1 to 5. The streak counts consecutive days with a session, ending today or
yesterday; "this week" starts on Monday; all days are in local time.`,
  history: `
Examples:
  $ collections-prep history                         list sessions, newest first
  $ collections-prep history --limit 5
  $ collections-prep history show 20261123-091502    the first characters of an id are enough
  $ collections-prep history show 20261123 --format markdown > session.md
  $ collections-prep history export --format html -o progress.html
  $ collections-prep history export --format markdown --role agent -o progress.md
  $ collections-prep history clear --yes`,
};

export function createProgram(dispatch: Dispatch): Command {
  const program = new Command('collections-prep');
  program
    .description('Interview practice for debt-collections jobs: drill questions, get every answer graded.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', EXAMPLES.root)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'collections-prep: ')) });

  addFilters(addBankOptions(program.command('drill')))
    .description('run a practice session (interactive in a terminal, batch when answers are given)')
    .option('-n, --count <n>', 'how many questions', positiveInt('--count', 1, 1000))
    .option('--seed <n>', 'make the selection and order reproducible', positiveInt('--seed', 0))
    .option('--answers <file>', 'batch mode: answers from a file, or "-" for standard input')
    .option('--template', 'print an answers file (YAML) for the selected questions, to fill in and grade with --answers')
    .addOption(new Option('--answers-format <format>', 'how to read --answers (default: from the file name)').choices(['yaml', 'json', 'text']))
    .addOption(new Option('--grader <grader>', 'who scores answers').choices(['offline', 'llm', 'none']).default('offline'))
    .option('--model <name>', 'model for --grader llm (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --grader llm (or OPENAI_BASE_URL)')
    .option('--concurrency <n>', 'answers graded at once in batch mode with --grader llm', positiveInt('--concurrency', 1, 64), 4)
    .option('--timeout <seconds>', 'longest wait for one LLM reply', seconds('--timeout'), 60)
    .option('--no-cache', 'do not reuse cached LLM grades')
    .option('--improve', 'with --grader llm: also ask for a stronger version of each answer')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('-o, --output <file>', 'also write the report to this file (.json, .md: that format, unless --format is given)')
    .option('--no-history', 'do not record this session')
    .option('--editor', 'write each answer in $VISUAL/$EDITOR instead of inline')
    .option('--review', 'spaced repetition: questions due for review first, then new ones')
    .addOption(new Option('--focus <what>', 'weight selection towards your weakest skills and levels').choices(['weak']))
    .option('--time-limit <seconds>', 'a countdown per answer, as in a real interview', positiveInt('--time-limit', 10, 3600))
    .addHelpText('after', EXAMPLES.drill)
    .action(async (o: Record<string, unknown>, cmd: Command) => {
      await dispatch({
        command: 'drill',
        options: {
          ...bankOptions(o),
          ...filterOptions(o),
          count: (o.count as number | undefined) ?? 5,
          countGiven: o.count !== undefined,
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
          format: o.format as DrillOptions['format'],
          output: o.output as string | undefined,
          history: o.history !== false,
          cache: o.cache !== false,
          editor: o.editor === true,
          review: o.review === true,
          focus: o.focus as DrillOptions['focus'],
          timeLimit: o.timeLimit as number | undefined,
          improve: o.improve === true,
          fromDefault: fromDefault(cmd, ['grader', 'concurrency', 'timeout', 'cache']),
        },
      });
    });

  addFilters(addBankOptions(program.command('list')))
    .description('list questions that match filters')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES.list)
    .action(async (o: Record<string, unknown>) => {
      await dispatch({ command: 'list', options: { ...bankOptions(o), ...filterOptions(o), format: o.format as ListOptions['format'] } });
    });

  addBankOptions(program.command('show'))
    .description('print one question card')
    .argument('<id>', 'question id (see "collections-prep list")')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES.show)
    .action(async (id: string, o: Record<string, unknown>) => {
      await dispatch({ command: 'show', options: { ...bankOptions(o), id, format: o.format as ShowOptions['format'] } });
    });

  program
    .command('validate')
    .description('check question files (for CI); exit 1 on any error')
    .argument('[path...]', 'files or folders to check (default: the built-in bank)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'warnings fail too')
    .option('--no-builtin', 'check the files as a bank of their own (for drill --no-builtin): ids may repeat built-in ones')
    .addHelpText('after', EXAMPLES.validate)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      await dispatch({ command: 'validate', options: { paths, format: o.format as ValidateOptions['format'], strict: o.strict === true, builtin: o.builtin !== false } });
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of a question file')
    .option('-o, --output <file>', 'write it to a file instead of standard output')
    .addHelpText('after', EXAMPLES.schema)
    .action(async (o: Record<string, unknown>) => {
      await dispatch({ command: 'schema', options: { output: o.output as string | undefined } });
    });

  addBankOptions(program.command('doctor'))
    .description('check the set-up: Node version, question bank, data folder and, when configured, the LLM endpoint')
    .addOption(new Option('--grader <grader>', 'also check the LLM endpoint and model (one tiny request)').choices(['llm']))
    .option('--model <name>', 'model to check (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint to check (or OPENAI_BASE_URL)')
    .option('--timeout <seconds>', 'longest wait for the LLM reply', seconds('--timeout'), 30)
    .addHelpText('after', EXAMPLES.doctor)
    .action(async (o: Record<string, unknown>, cmd: Command) => {
      await dispatch({
        command: 'doctor',
        options: {
          ...bankOptions(o),
          grader: o.grader as DoctorOptions['grader'],
          model: o.model as string | undefined,
          baseUrl: o.baseUrl as string | undefined,
          timeout: o.timeout as number,
          fromDefault: fromDefault(cmd, ['timeout']),
        },
      });
    });

  program
    .command('stats')
    .description('progress over time: averages per skill, scores by session, streak, weakest skills, reviews due')
    .option('-r, --role <role>', 'only questions of this role')
    .option('--since <date>', 'only answers from this date on (YYYY-MM-DD, local time)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', EXAMPLES.stats)
    .action(async (o: Record<string, unknown>) => {
      await dispatch({ command: 'stats', options: { role: o.role as string | undefined, since: o.since as string | undefined, format: o.format as StatsOptions['format'] } });
    });

  const history = program
    .command('history')
    .description('past sessions: list them, show one again, export a progress report, clear them')
    .addHelpText('after', EXAMPLES.history);
  const historyAction = (action: HistoryOptions['action'], o: Record<string, unknown>, id?: string) =>
    dispatch({
      command: 'history',
      options: {
        action,
        id,
        format: o.format as HistoryOptions['format'],
        output: o.output as string | undefined,
        yes: o.yes === true,
        limit: o.limit as number | undefined,
        role: o.role as string | undefined,
        since: o.since as string | undefined,
      },
    });
  history
    .command('list', { isDefault: true })
    .description('list past sessions, newest first (the default)')
    .option('--limit <n>', 'show at most this many', positiveInt('--limit'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: Record<string, unknown>) => {
      await historyAction('list', o);
    });
  history
    .command('show')
    .description("print a past session's report again")
    .argument('<id>', 'session id, or its first characters (see "collections-prep history")')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (id: string, o: Record<string, unknown>) => {
      await historyAction('show', o, id);
    });
  history
    .command('export')
    .description('a progress report to share: Markdown, or one self-contained HTML page with charts')
    .addOption(new Option('--format <format>', 'report format (default: from the -o file name, else markdown)').choices(['markdown', 'html']))
    .option('-o, --output <file>', 'write it to this file (default: standard output)')
    .option('-r, --role <role>', 'only questions of this role')
    .option('--since <date>', 'only answers from this date on (YYYY-MM-DD, local time)')
    .action(async (o: Record<string, unknown>) => {
      const output = o.output as string | undefined;
      await historyAction('export', { ...o, format: o.format ?? (output && /\.html?$/i.test(output) ? 'html' : 'markdown') });
    });
  history
    .command('clear')
    .description('delete all recorded sessions (asks first; --yes to skip the question)')
    .option('-y, --yes', 'do not ask: needed when not in a terminal')
    .action(async (o: Record<string, unknown>) => {
      await historyAction('clear', o);
    });

  return program;
}

/** Parses argv and runs the command; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram(async (invocation) => {
    const { runCommand } = await import('./commands/index.js');
    code = await runCommand(invocation);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (or the help).
      return e.exitCode === 0 ? 0 : EXIT.usage;
    }
    throw e;
  }
  return code;
}

