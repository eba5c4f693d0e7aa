import { Option, type Command } from 'commander';
import { JURISDICTION_FILTERS, SENIORITY_LEVELS } from '../bank/levels.js';
import type { CallOptions } from '../commands/call.js';
import { CALL_GRADERS, SESSION_FORMATS, TIMEOUT } from '../limits.js';
import { helpText, type Example } from './help.js';
import { addBankOptions, formatOption, list, seconds, type Dispatch, type Raw } from './shared.js';

const EXAMPLES: Example[] = [
  { say: 'The calls you can practise, and the ones to review (--qa):', run: 'collections-prep call --list' },
  { say: 'Choose a call in the terminal, from the junior agent ones under US rules:', run: 'collections-prep call -r agent -s junior -j us' },
  { say: 'One call, in the terminal:', run: 'collections-prep call --scenario us-medical-bills-hardship' },
  { say: 'A call from a file of turns (separated by ---), the report as JSON:', run: 'collections-prep call --scenario uk-partner-answers --turns my-turns.txt --format json' },
  { say: 'Review a recorded call for breaches (supervisors), then from a file of findings:', run: 'collections-prep call --qa us-qa-review-first-call' },
  { run: 'collections-prep call --qa us-qa-review-first-call --findings findings.txt -o review.html' },
];

const NOTES = [
  'Every turn is checked at once against the conduct rules ("collections-prep rules") and the traps the scenario sets; a breach caps the score at 2, and a turn that breaks a rule meets no goal.',
  'Offline, the other side speaks the scenario\'s script, choosing each line from what your last turn did. A call has at most one turn for each line of the script: --turns must not hold more (call --list shows how many).',
];

export function callOptions(o: Raw, cmd: Command): CallOptions {
  return {
    questions: (o.questions as string[] | undefined) ?? [],
    builtin: o.builtin !== false,
    scenario: o.scenario as string | undefined,
    qa: o.qa as string | undefined,
    turns: o.turns as string | undefined,
    findings: o.findings as string | undefined,
    list: o.list === true,
    role: o.role as string | undefined,
    seniority: (o.seniority as string[] | undefined) ?? [],
    jurisdiction: o.jurisdiction as CallOptions['jurisdiction'],
    job: o.job as string | undefined,
    grader: o.grader as CallOptions['grader'],
    model: o.model as string | undefined,
    baseUrl: o.baseUrl as string | undefined,
    timeout: o.timeout as number,
    format: o.format as CallOptions['format'],
    formatGiven: cmd.getOptionValueSource('format') === 'cli',
    output: o.output as string | undefined,
    history: o.history !== false,
  };
}

export function registerCall(program: Command, dispatch: Dispatch): void {
  addBankOptions(program.command('call'))
    .description('a role-played collections call with a simulated customer, graded turn by turn')
    .option('--scenario <id>', 'the call to practise (see --list); in a terminal, without it, you choose')
    .option('--turns <file>', 'batch mode: your turns from a file, or "-" for standard input, separated by a line holding only ---')
    .option('--list', 'list the scenarios (filtered by -r, -s, -j, --job)')
    .option('--qa <id>', 'review a scripted call for breaches (supervisors), scored against its answer key')
    .option('--findings <file>', 'with --qa, batch mode: your findings, one a line, from a file or "-"')
    .option('-r, --role <role>', 'only scenarios for this role (agent, supervisor)')
    .addOption(new Option('-s, --seniority <level...>', `only scenarios for these levels (${SENIORITY_LEVELS.join(', ')})`).argParser(list))
    .addOption(new Option('-j, --jurisdiction <where>', "only scenarios under this jurisdiction's rules (and those for any)").choices(JURISDICTION_FILTERS))
    .option('--job <title>', 'a job title from a role\'s ladder: sets role and level')
    .addOption(new Option('--grader <grader>', 'who plays the customer: the script (offline) or a model (llm)').choices(CALL_GRADERS).default('offline'))
    .option('--model <name>', 'model for --grader llm (or COLLECTIONS_PREP_MODEL)')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for --grader llm (or OPENAI_BASE_URL)')
    .option('--timeout <seconds>', 'longest wait for one reply of the model', seconds('--timeout'), TIMEOUT.drillDefault)
    .addOption(formatOption('report format (--list: text or json)', SESSION_FORMATS, 'text'))
    .option('-o, --output <file>', 'also write the report to this file, in the format its name says (.txt or none, .json, .md, .html) unless --format is given')
    .option('--no-history', 'do not record this call')
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw, cmd: Command) => {
      await dispatch({ command: 'call', options: callOptions(o, cmd) });
    });
}
