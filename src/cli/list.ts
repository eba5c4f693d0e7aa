import type { Command } from 'commander';
import type { ListOptions } from '../commands/list.js';
import { DATA_FORMATS } from '../limits.js';
import { helpText, type Example } from './help.js';
import { addBankOptions, addFilters, bankOptions, filterOptions, formatOption, type Raw, type Dispatch } from './shared.js';

const EXAMPLES: Example[] = [
  { run: 'collections-prep list' },
  { run: 'collections-prep list --role agent --seniority senior,lead' },
  { run: 'collections-prep list --job "Collection Specialist" --jurisdiction uk' },
  { run: 'collections-prep list --skill negotiation --type situational --format json' },
];
const NOTES = [
  'Levels follow each role\'s ladder: agent junior < mid < senior < lead < manager; supervisor mid < lead < senior < manager < director. --job takes a level\'s title or alias ("Collections Manager" is on both tracks: add -r).',
];

export function registerList(program: Command, dispatch: Dispatch): void {
  addFilters(addBankOptions(program.command('list')))
    .description('list questions that match filters')
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw) => {
      await dispatch({ command: 'list', options: { ...bankOptions(o), ...filterOptions(o), format: o.format as ListOptions['format'] } });
    });
}
