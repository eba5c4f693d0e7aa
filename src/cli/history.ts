import { helpText, type Example } from './help.js';
import type { Command } from 'commander';
import type { HistoryOptions } from '../commands/history.js';
import { DATA_FORMATS, EXPORT_FORMATS, SESSION_FORMATS } from '../limits.js';
import { formatFromName } from '../report/format.js';
import { formatOption, positiveInt, type Dispatch, type Raw } from './shared.js';

const EXAMPLES: Example[] = [
  { say: 'List sessions, newest first:', run: 'collections-prep history' },
  { run: 'collections-prep history --limit 5' },
  { say: 'One session again (the first characters of an id are enough):', run: 'collections-prep history show 20261123-091502' },
  { run: 'collections-prep history show 20261123 --format markdown > session.md' },
  { say: 'A progress report to share:', run: 'collections-prep history export --format html -o progress.html' },
  { run: 'collections-prep history export --format markdown --role agent -o progress.md' },
  { say: 'Delete every recorded session:', run: 'collections-prep history clear --yes' },
];
const NOTES: string[] = [];

export function registerHistory(program: Command, dispatch: Dispatch): void {
  const history = program
    .command('history')
    .description('past sessions: list them, show one again, export a progress report, clear them')
    .addHelpText('after', () => helpText(EXAMPLES, NOTES));
  const historyAction = (action: HistoryOptions['action'], o: Raw, id?: string) =>
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
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .action(async (o: Raw) => {
      await historyAction('list', o);
    });
  history
    .command('show')
    .description("print a past session's report again")
    .argument('<id>', 'session id, or its first characters (see "collections-prep history")')
    .addOption(formatOption('report format', SESSION_FORMATS, 'text'))
    .action(async (id: string, o: Raw) => {
      await historyAction('show', o, id);
    });
  history
    .command('export')
    .description('a progress report to share: Markdown, or one self-contained HTML page with charts')
    .addOption(formatOption('report format (default: from the -o file name, else markdown)', EXPORT_FORMATS))
    .option('-o, --output <file>', 'write it to this file (default: standard output)')
    .option('-r, --role <role>', 'only questions of this role')
    .option('--since <date>', 'only answers from this date on (YYYY-MM-DD, local time)')
    .action(async (o: Raw) => {
      const output = o.output as string | undefined;
      await historyAction('export', { ...o, format: o.format ?? (formatFromName(output, EXPORT_FORMATS, 'markdown') ?? 'markdown') });
    });
  history
    .command('clear')
    .description('delete all recorded sessions (asks first; --yes to skip the question)')
    .option('-y, --yes', 'do not ask: needed when not in a terminal')
    .action(async (o: Raw) => {
      await historyAction('clear', o);
    });
}
