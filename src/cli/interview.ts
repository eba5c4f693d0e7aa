import { Option, type Command } from 'commander';
import type { InterviewOptions } from '../commands/interview.js';
import { TIME_LIMIT } from '../limits.js';
import { helpText, type Example } from './help.js';
import { addBankOptions, addSessionInputOptions, addSessionReportOptions, bankOptions, list, positiveInt, sessionRunOptions, type Dispatch, type Raw } from './shared.js';
import { JURISDICTION_FILTERS } from '../bank/levels.js';

/** How many questions an interview has by default, and at most. */
export const INTERVIEW_COUNT = { default: 6, min: 3, max: 20 } as const;

const EXAMPLES: Example[] = [
  { say: 'A mock interview for one job, in the terminal:', run: 'collections-prep interview --job "Collection Supervisor"' },
  { say: 'The same by role and level, eight questions, UK rules:', run: 'collections-prep interview -r agent -s senior -n 8 -j uk' },
  { say: 'An answers file with a follow-up key for every question, then graded:', run: 'collections-prep interview --job "Collections Agent" --seed 7 --template > interview.yaml' },
  { run: 'collections-prep interview --job "Collections Agent" --answers interview.yaml -o interview.html' },
  { say: 'For the job in an advertisement (plain text): its level, jurisdiction and the skills it stresses:', run: 'collections-prep interview --posting ad.txt' },
  { say: 'The verdict and every follow-up as JSON:', run: 'collections-prep interview --job "Collections Agent" --answers interview.yaml --format json' },
];

const NOTES = [
  'Order: an opening (motivational), behavioural, situational and technical questions spread over the level\'s skills, one from the level above as a stretch, and a closing.',
  'A follow-up is asked after an answer below 4 that misses a key point, chosen from the card by the point missed; its answer can lift the question\'s score (see the README, "Interview mode"). In an answers file, a follow-up answer goes under "<id>/follow-up".',
  'The verdict is ready, borderline or not yet; any red flag, or a wrong statement of a legal rule, makes it not yet.',
  'In a terminal with no --job or -s, it asks which job you are preparing for and remembers it in the config file (levels:), as drill does; later interviews in a terminal use it and say so (not with --seed).',
];

export function interviewOptions(o: Raw, cmd: Command): InterviewOptions {
  return {
    ...bankOptions(o),
    role: o.role as string | undefined,
    seniority: (o.seniority as string[] | undefined) ?? [],
    skill: [],
    type: [],
    jurisdiction: o.jurisdiction as InterviewOptions['jurisdiction'],
    job: o.job as string | undefined,
    count: (o.count as number | undefined) ?? INTERVIEW_COUNT.default,
    countGiven: o.count !== undefined,
    ...sessionRunOptions(o, cmd),
    ...(o.posting !== undefined ? { posting: o.posting as string } : {}),
  };
}

export function registerInterview(program: Command, dispatch: Dispatch): void {
  const cmd = addBankOptions(program.command('interview'))
    .description('a mock interview for one job: follow-up questions, a verdict at the end')
    .option('--job <title>', 'a job title from a role\'s ladder ("Collection Supervisor"): sets role and level')
    .option('-r, --role <role>', 'a role id from the bank (with -s, instead of --job)')
    .addOption(new Option('-s, --seniority <level>', 'the one level to interview for (with -r)').argParser(list))
    .addOption(new Option('-j, --jurisdiction <where>', 'only cards for this jurisdiction, and cards for any').choices(JURISDICTION_FILTERS))
    .option('--posting <file>', 'a job advertisement (plain text): its job, jurisdiction and skills shape the interview (what matched goes to standard error)')
    .option('-n, --count <n>', `how many questions, opening and closing included (default ${INTERVIEW_COUNT.default})`, positiveInt('--count', INTERVIEW_COUNT.min, INTERVIEW_COUNT.max));
  addSessionInputOptions(cmd, {
    seed: 'make the questions and their order reproducible',
    answers: 'batch mode: answers from a file (by id, with <id>/follow-up keys), or "-" for standard input',
    template: 'print an answers file (YAML) for the interview, with the possible follow-ups as comments',
    maxWaitFor: 'interview',
  }).option('--no-cache', 'do not reuse cached LLM grades');
  addSessionReportOptions(cmd, 'interview')
    .option('--time-limit <seconds>', 'a countdown per answer, as in a real interview', positiveInt('--time-limit', TIME_LIMIT.min, TIME_LIMIT.max))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw, cmd: Command) => {
      await dispatch({ command: 'interview', options: interviewOptions(o, cmd) });
    });
}
