import { helpText, type Example } from './help.js';
import type { Command } from 'commander';
import type { ShowOptions } from '../commands/show.js';
import { DATA_FORMATS } from '../limits.js';
import { addBankOptions, bankOptions, formatOption, type Raw, type Dispatch } from './shared.js';

const EXAMPLES: Example[] = [
  { run: 'collections-prep show agent-junior-medical-bills-hardship' },
  { say: 'A card of your own, as JSON:', run: 'collections-prep show my-own-question --questions my-questions/ --format json' },
];
const NOTES: string[] = [];

export function registerShow(program: Command, dispatch: Dispatch): void {
  addBankOptions(program.command('show'))
    .description('print one question card')
    .argument('<id>', 'question id (see "collections-prep list")')
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (id: string, o: Raw) => {
      await dispatch({ command: 'show', options: { ...bankOptions(o), id, format: o.format as ShowOptions['format'] } });
    });
}
