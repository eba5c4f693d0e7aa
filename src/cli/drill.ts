import { helpText, type Example } from './help.js';
import { Option, type Command } from 'commander';
import type { DrillOptions } from '../commands/drill.js';
import { COUNT, SAMPLES, TIME_LIMIT } from '../limits.js';
import { addBankOptions, addFilters, addSessionInputOptions, addSessionReportOptions, bankOptions, list, filterOptions, positiveInt, sessionRunOptions, type Raw, type Dispatch } from './shared.js';

const EXAMPLES: Example[] = [
  { say: 'Five supervisor-track questions in the terminal, at the level it asks for (then remembers):', run: 'collections-prep drill --role supervisor' },
  { say: 'Three senior agent questions on two skills, the same ones every time:', run: 'collections-prep drill -r agent -s senior -k negotiation,compliance -n 3 --seed 7' },
  { say: 'Practise for one job title, under US rules:', run: 'collections-prep drill --job "senior collections agent" -j us' },
  { say: 'A title on both tracks: -r chooses the track:', run: 'collections-prep drill --job "Collections Manager" -r supervisor' },
  { say: 'Named questions, asked again (see "collections-prep list"):', run: 'collections-prep drill --id agent-mid-refuses-to-pay --id agent-junior-medical-bills-hardship' },
  { say: 'An answers file to fill in, then graded (the report as Markdown):', run: 'collections-prep drill -r agent -n 3 --seed 7 --template > answers.yaml' },
  { run: 'collections-prep drill --answers answers.yaml -o report.md' },
  { say: 'Plain-text answers, a JSON report; YAML on standard input:', run: 'collections-prep drill -r agent --seed 7 --answers answers.txt --format json' },
  { run: 'cat answers.yaml | collections-prep drill --answers - --answers-format yaml' },
  { say: 'An HTML report of the session, to keep or share:', run: 'collections-prep drill -r agent -o session.html' },
  { say: 'Graded by an LLM: OpenAI, or a local Ollama server:', run: 'collections-prep drill -r supervisor --grader llm --model gpt-4o-mini' },
  { run: 'OPENAI_BASE_URL=http://localhost:11434/v1 collections-prep drill -r agent --grader llm --model llama3.1' },
  { say: 'Questions due for spaced review first (with your last answer to each):', run: 'collections-prep drill --review' },
  { say: "Today's failures again, before they are due:", run: 'collections-prep drill --review --include-today' },
  { say: 'Tailored to a job ad (plain text): its job, jurisdiction and the skills it stresses:', run: 'collections-prep drill --posting ad.txt' },
  { say: 'Weighted towards your weakest skills and levels:', run: 'collections-prep drill -r agent --focus weak' },
];

const NOTES = [
  'In a terminal, type the answer over several lines (a blank line starts a paragraph) and press Enter on an empty line twice (three times after your last line) to finish, or Ctrl-D on any line. On the first line, :hint shows tips, :skip moves on, :quit ends the session; Ctrl-C (or Ctrl-D before typing anything) ends it too, keeping your answers.',
  'After the feedback, "Try this question again" grades another try and shows it beside the one before (scores, key points and red flags gained or lost).',
  'Levels: in a terminal with no -s or --job, drill asks which job you are preparing for (a level of the role\'s ladder, or every level) and remembers it in the config file (levels:, and role: given no --role); later sessions in a terminal use it and say so. -s or --job choose for one session; edit or delete levels: in the file to change it. Batch runs (--answers, --template) and --seed never ask or read it: with no level they take every level of the role.',
  'Answers files: a YAML/JSON map of question id -> answer, or plain text with answers separated by a line holding only "---".',
];

export function drillOptions(o: Raw, cmd: Command): DrillOptions {
  return {
    ...bankOptions(o),
    ...filterOptions(o),
    count: (o.count as number | undefined) ?? COUNT.default,
    countGiven: o.count !== undefined,
    ...sessionRunOptions(o, cmd),
    samples: (o.samples as number | undefined) ?? SAMPLES.default,
    editor: o.editor === true,
    review: o.review === true,
    includeToday: o.includeToday === true,
    focus: o.focus as DrillOptions['focus'],
    ...((o.id as string[] | undefined)?.length ? { ids: o.id as string[] } : {}),
    improve: o.improve === true,
    ...(o.posting !== undefined ? { posting: o.posting as string } : {}),
  };
}

export function registerDrill(program: Command, dispatch: Dispatch): void {
  const cmd = addFilters(addBankOptions(program.command('drill')))
    .description('run a practice session (interactive in a terminal, batch when answers are given)')
    .option('-n, --count <n>', 'how many questions', positiveInt('--count', COUNT.min, COUNT.max))
    .option('--id <id...>', 'drill these questions (repeat or comma-separate; see "collections-prep list")', list)
    .option('--posting <file>', 'a job advertisement (plain text): its job, jurisdiction and skills shape the session (what matched goes to standard error)');
  addSessionInputOptions(cmd, {
    seed: 'make the selection and order reproducible',
    answers: 'batch mode: answers from a file, or "-" for standard input',
    template: 'print an answers file (YAML) for the selected questions, to fill in and grade with --answers',
    maxWaitFor: 'session, then the rest is graded offline',
  })
    .option('--samples <n>', 'with --grader llm: ask N times and take the median per skill, reporting the spread', positiveInt('--samples', SAMPLES.min, SAMPLES.max))
    .option('--no-cache', 'do not reuse cached LLM grades')
    .option('--improve', 'with --grader llm: also ask for a stronger version of each answer');
  addSessionReportOptions(cmd, 'session')
    .option('--editor', 'write each answer in $VISUAL/$EDITOR instead of inline')
    .option('--review', 'spaced repetition: questions due for review first, then new ones')
    .option('--include-today', 'with --review: also ask again the questions you failed today (scored below 3)')
    .addOption(new Option('--focus <what>', 'weight selection towards your weakest skills and levels').choices(['weak']))
    .option('--time-limit <seconds>', 'a countdown per answer, as in a real interview', positiveInt('--time-limit', TIME_LIMIT.min, TIME_LIMIT.max))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw, cmd: Command) => {
      await dispatch({ command: 'drill', options: drillOptions(o, cmd) });
    });
}
