import type { Command } from 'commander';
import type { Raw, Dispatch } from './shared.js';
import { helpText, type Example } from './help.js';

const EXAMPLES: Example[] = [{ run: 'collections-prep schema > question-file.schema.json' }];
// The schema comment is one line YAML reads as written, so it is not wrapped.
const AFTER = 'Then start each question file with:\n# yaml-language-server: $schema=./question-file.schema.json';

export function registerSchema(program: Command, dispatch: Dispatch): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of a question file')
    .option('-o, --output <file>', 'write it to a file instead of standard output')
    .addHelpText('after', () => `${helpText(EXAMPLES)}\n${AFTER}`)
    .action(async (o: Raw) => {
      await dispatch({ command: 'schema', options: { output: o.output as string | undefined } });
    });
}
