import type { Command } from 'commander';
import type { Raw, Dispatch } from './shared.js';

const EXAMPLES = `
Examples:
  $ collections-prep schema > question-file.schema.json
Then start each question file with:
  # yaml-language-server: $schema=./question-file.schema.json`;

export function registerSchema(program: Command, dispatch: Dispatch): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of a question file')
    .option('-o, --output <file>', 'write it to a file instead of standard output')
    .addHelpText('after', EXAMPLES)
    .action(async (o: Raw) => {
      await dispatch({ command: 'schema', options: { output: o.output as string | undefined } });
    });
}
