import { helpText, type Example } from './help.js';
import type { Command } from 'commander';
import type { StatsOptions } from '../commands/stats.js';
import { DATA_FORMATS } from '../limits.js';
import { formatOption, type Dispatch, type Raw } from './shared.js';

const EXAMPLES: Example[] = [
  { run: 'collections-prep stats' },
  { run: 'collections-prep stats --role agent --since 2026-11-01' },
  { run: 'collections-prep stats --format json > progress.json' },
];

const NOTES = [
  'Scores run from 1 to 5. The streak counts consecutive days with a session, ending today or yesterday; "this week" starts on Monday; all days are in local time.',
];

export function registerStats(program: Command, dispatch: Dispatch): void {
  program
    .command('stats')
    .description('progress over time: averages per skill, scores by session, streak, weakest skills, reviews due')
    .option('-r, --role <role>', 'only questions of this role')
    .option('--since <date>', 'only answers from this date on (YYYY-MM-DD, local time)')
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw) => {
      await dispatch({ command: 'stats', options: { role: o.role as string | undefined, since: o.since as string | undefined, format: o.format as StatsOptions['format'] } });
    });
}
