import { Option, type Command } from 'commander';
import type { RulesOptions } from '../commands/rules.js';
import { JURISDICTION_FILTERS } from '../bank/levels.js';
import { DATA_FORMATS } from '../limits.js';
import { helpText, type Example } from './help.js';
import { formatOption, type Raw, type Dispatch } from './shared.js';

const EXAMPLES: Example[] = [
  { run: 'collections-prep rules' },
  { say: 'Only the rules and citations for UK jobs:', run: 'collections-prep rules -j uk' },
  { say: 'As JSON, for tools:', run: 'collections-prep rules --format json' },
];
const NOTES = ['A card of your own can add red flags of its own with `red_flags` and `signals`; these rules apply to every card.'];

export function registerRules(program: Command, dispatch: Dispatch): void {
  program
    .command('rules')
    .description('list the conduct rules the graders check, with the law each comes from')
    .addOption(new Option('-j, --jurisdiction <where>', 'only the rules and citations for us or uk').choices(JURISDICTION_FILTERS))
    .addOption(formatOption('output format', DATA_FORMATS, 'text'))
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (o: Raw) => {
      const options: RulesOptions = { format: o.format as RulesOptions['format'] };
      if (o.jurisdiction) options.jurisdiction = o.jurisdiction as 'us' | 'uk';
      await dispatch({ command: 'rules', options });
    });
}
