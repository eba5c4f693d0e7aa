import type { Command } from 'commander';
import type { PlanOptions } from '../commands/plan.js';
import { DATA_FORMATS } from '../limits.js';
import { helpText, type Example } from './help.js';
import { addBankOptions, bankOptions, formatOption, type Dispatch, type Raw } from './shared.js';

const EXAMPLES: Example[] = [
  { say: 'An interview on 15 December for a supervisor job: the days left and a plan to the day:', run: 'collections-prep plan --date 2026-12-15 --job "Collection Supervisor"' },
  { say: 'The stored plan again (worked out afresh from your history):', run: 'collections-prep plan' },
  { say: 'A title both tracks use: -r chooses the track:', run: 'collections-prep plan --date 2026-12-15 --job "Collections Manager" -r agent' },
  { say: 'The interview moved: change only the date (the job is kept):', run: 'collections-prep plan --date 2026-12-18' },
  { say: 'Done with it:', run: 'collections-prep plan --clear' },
];

const NOTES = [
  'The date and job are kept in the config file (interview: in config.yaml). While the date is today or later, drill --review brings every weak question (latest score below 4) back before it, and stats shows the days left and readiness per skill for the job. Days are in local time.',
];

export function planOptions(o: Raw): PlanOptions {
  return {
    ...bankOptions(o),
    ...(o.date !== undefined ? { date: o.date as string } : {}),
    ...(o.job !== undefined ? { job: o.job as string } : {}),
    ...(o.role !== undefined ? { role: o.role as string } : {}),
    clear: o.clear === true,
    format: o.format as PlanOptions['format'],
  };
}

export function registerPlan(program: Command, dispatch: Dispatch): void {
  addBankOptions(program.command('plan'))
    .description('an interview date: the days left, readiness per skill and a practice plan to the day (stored in the config file)')
    .option('--date <YYYY-MM-DD>', 'the day of the interview (today or later)')
    .option('--job <title>', 'the job title, as drill and interview take it ("Collection Supervisor")')
    .option('-r, --role <role>', 'the track, for a title that both tracks use')
    .option('--clear', 'remove the stored interview date')
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw) => {
      await dispatch({ command: 'plan', options: planOptions(o) });
    });
}
