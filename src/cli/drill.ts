import { Option, type Command } from 'commander';
import type { DrillOptions } from '../commands/drill.js';
import { ANSWERS_FORMATS, CONCURRENCY, COUNT, GRADERS, SESSION_FORMATS, TIME_LIMIT, TIMEOUT } from '../limits.js';
import { addBankOptions, addFilters, bankOptions, filterOptions, formatOption, fromDefault, positiveInt, seconds, type Raw, type Dispatch } from './shared.js';

const EXAMPLES = `
Examples:
  $ collections-prep drill --role supervisor
  $ collections-prep drill -r agent -s senior -k negotiation,compliance -n 3 --seed 7
  $ collections-prep drill --job "senior collections agent" -j us
  $ collections-prep drill --job "Collections Manager" -r supervisor  (on both tracks)
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
by a line holding only "---".`;

export function drillOptions(o: Raw, cmd: Command): DrillOptions {
  return {
    ...bankOptions(o),
    ...filterOptions(o),
    count: (o.count as number | undefined) ?? COUNT.default,
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
  };
}

export function registerDrill(program: Command, dispatch: Dispatch): void {
  addFilters(addBankOptions(program.command('drill')))
    .description('run a practice session (interactive in a terminal, batch when answers are given)')
    .option('-n, --count <n>', 'how many questions', positiveInt('--count', COUNT.min, COUNT.max))
    .option('--seed <n>', 'make the selection and order reproducible', positiveInt('--seed', 0))
    .option('--answers <file>', 'batch mode: answers from a file, or "-" for standard input')
    .option('--template', 'print an answers file (YAML) for the selected questions, to fill in and grade with --answers')
    .addOption(new Option('--answers-format <format>', 'how to read --answers (default: from the file name)').choices(ANSWERS_FORMATS))
    .addOption(new Option('--grader <grader>', 'who scores answers').choices(GRADERS).default('offline'))
    .option('--model <name>', 'model for --grader llm (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --grader llm (or OPENAI_BASE_URL)')
    .option('--concurrency <n>', 'answers graded at once in batch mode with --grader llm', positiveInt('--concurrency', CONCURRENCY.min, CONCURRENCY.max), CONCURRENCY.default)
    .option('--timeout <seconds>', 'longest wait for one LLM reply', seconds('--timeout'), TIMEOUT.drillDefault)
    .option('--no-cache', 'do not reuse cached LLM grades')
    .option('--improve', 'with --grader llm: also ask for a stronger version of each answer')
    .addOption(formatOption('report format', SESSION_FORMATS, 'text'))
    .option('-o, --output <file>', 'also write the report to this file (.json, .md: that format, unless --format is given)')
    .option('--no-history', 'do not record this session')
    .option('--editor', 'write each answer in $VISUAL/$EDITOR instead of inline')
    .option('--review', 'spaced repetition: questions due for review first, then new ones')
    .addOption(new Option('--focus <what>', 'weight selection towards your weakest skills and levels').choices(['weak']))
    .option('--time-limit <seconds>', 'a countdown per answer, as in a real interview', positiveInt('--time-limit', TIME_LIMIT.min, TIME_LIMIT.max))
    .addHelpText('after', EXAMPLES)
    .action(async (o: Raw, cmd: Command) => {
      await dispatch({ command: 'drill', options: drillOptions(o, cmd) });
    });
}
