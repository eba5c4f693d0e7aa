import { helpText, type Example } from './help.js';
import type { Command } from 'commander';
import type { ValidateOptions } from '../commands/validate.js';
import { VALIDATE_FORMATS } from '../limits.js';
import { formatOption, type Raw, type Dispatch } from './shared.js';

const EXAMPLES: Example[] = [
  { say: 'Check the built-in bank:', run: 'collections-prep validate' },
  { say: 'Check your own files:', run: 'collections-prep validate my-questions/ extra.yaml' },
  { say: 'In CI, as GitHub Actions annotations, warnings failing too:', run: 'collections-prep validate --strict --format github my-questions/' },
];

const NOTES = ['Exit code 0 when valid, 1 when any file has an error (or a warning, with --strict).'];

export function registerValidate(program: Command, dispatch: Dispatch): void {
  program
    .command('validate')
    .description('check question files (for CI); exit 1 on any error')
    .argument('[path...]', 'files or folders to check (default: the built-in bank)')
    .addOption(formatOption('output format', VALIDATE_FORMATS, 'text'))
    .option('--strict', 'warnings fail too')
    .option('--no-builtin', 'check the files as a bank of their own (for drill --no-builtin): ids may repeat built-in ones')
    .addHelpText('after', () => helpText(EXAMPLES, NOTES))
    .action(async (paths: string[], o: Raw) => {
      await dispatch({ command: 'validate', options: { paths, format: o.format as ValidateOptions['format'], strict: o.strict === true, builtin: o.builtin !== false } });
    });
}
