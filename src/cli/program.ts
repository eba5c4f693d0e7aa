import { Command, CommanderError } from 'commander';
import { EXIT } from '../errors.js';
import { packageVersion } from '../package.js';
import { registerCall } from './call.js';
import { registerDoctor } from './doctor.js';
import { registerDrill } from './drill.js';
import { registerHistory } from './history.js';
import { registerInterview } from './interview.js';
import { registerList } from './list.js';
import { registerPlan } from './plan.js';
import { registerRules } from './rules.js';
import { registerSchema } from './schema.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerValidate } from './validate.js';
import type { Dispatch } from './shared.js';
import { helpText, helpWidth, narrowHelp, type Example } from './help.js';

const EXAMPLES: Example[] = [
  { say: 'Practise five supervisor-track questions in the terminal:', run: 'collections-prep drill --role supervisor' },
  { say: 'Three junior or mid-level agent questions:', run: 'collections-prep drill -r agent -s junior,mid -n 3' },
  { say: 'Practise for one job, under UK rules:', run: 'collections-prep drill --job "Collection Supervisor" -j uk' },
  { say: 'Grade answers from a file, no prompts:', run: 'collections-prep drill -r agent --seed 7 --answers my.txt' },
  { say: 'A mock interview for one job, with follow-ups and a verdict:', run: 'collections-prep interview --job "Collection Supervisor"' },
  { say: 'Browse and read the questions:', run: 'collections-prep list --role agent --skill compliance' },
  { run: 'collections-prep show agent-junior-medical-bills-hardship' },
  { say: 'Practise a collections call, every turn checked against the rules:', run: 'collections-prep call --list' },
  { run: 'collections-prep call --scenario us-medical-bills-hardship' },
  { say: 'The conduct rules every answer is checked against:', run: 'collections-prep rules -j us' },
  { say: 'Check your own question files (CI):', run: 'collections-prep validate --strict my-questions/' },
  { say: 'An interview date: the days left and a practice plan to it:', run: 'collections-prep plan --date 2026-12-15 --job "Collection Supervisor"' },
  { say: 'Your progress, and a check of the set-up:', run: 'collections-prep stats' },
  { run: 'collections-prep doctor' },
];
const NOTES = ['Run "collections-prep <command> --help" for a command\'s options.'];

/** The commander program: every command's flags, turned into its options object for `dispatch`. */
export function createProgram(dispatch: Dispatch): Command {
  const program = new Command('collections-prep');
  program
    .description('Interview practice for debt-collections jobs: drill questions, get every answer graded.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .configureHelp(narrowHelp)
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's option list at the width the examples use: piped help follows COLUMNS too.
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'collections-prep: ')), getOutHelpWidth: () => helpWidth(), getErrHelpWidth: () => helpWidth(process.stderr.columns) });
  for (const register of [registerDrill, registerInterview, registerCall, registerList, registerShow, registerValidate, registerSchema, registerRules, registerDoctor, registerStats, registerPlan, registerHistory]) {
    register(program, dispatch);
  }
  return program;
}

/** Parses argv and runs the command; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram(async (invocation) => {
    const { runCommand } = await import('../commands/index.js');
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
