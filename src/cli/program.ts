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

const EXAMPLES = `
Examples:
  Practise five supervisor-track questions in the terminal:
    $ collections-prep drill --role supervisor
  Three junior or mid-level agent questions:
    $ collections-prep drill -r agent -s junior,mid -n 3
  Practise for one job, under UK rules:
    $ collections-prep drill --job "Collection Supervisor" -j uk
  Grade answers from a file, no prompts:
    $ collections-prep drill -r agent --seed 7 --answers my.txt
  A mock interview for one job, with follow-ups and a verdict:
    $ collections-prep interview --job "Collection Supervisor"
  Browse and read the questions:
    $ collections-prep list --role agent --skill compliance
    $ collections-prep show agent-junior-medical-bills-hardship
  Practise a collections call, every turn checked against the rules:
    $ collections-prep call --list
    $ collections-prep call --scenario us-medical-bills-hardship
  The conduct rules every answer is checked against:
    $ collections-prep rules -j us
  Check your own question files (CI):
    $ collections-prep validate --strict my-questions/
  An interview date: the days left and a practice plan to it:
    $ collections-prep plan --date 2026-12-15 --job "Collection Supervisor"
  Your progress, and a check of the set-up:
    $ collections-prep stats
    $ collections-prep doctor

Run "collections-prep <command> --help" for a command's options.`;

/** The commander program: every command's flags, turned into its options object for `dispatch`. */
export function createProgram(dispatch: Dispatch): Command {
  const program = new Command('collections-prep');
  program
    .description('Interview practice for debt-collections jobs: drill questions, get every answer graded.')
    .version(packageVersion(), '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str.replace(/^error: /, 'collections-prep: ')) });
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
