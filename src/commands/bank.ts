import { printableDeep } from '../text/control.js';
import { compiledLoader } from '../bank/compiled.js';
import { countBySeverity, diagnosticLine, sortDiagnostics } from '../bank/diagnostics.js';
import { loadBank, type LoadResult } from '../bank/load.js';
import type { Bank } from '../bank/model.js';
import { UserError } from '../errors.js';
import { BUILTIN_DIR, COMPILED_BANK } from '../package.js';
import type { BankOptions } from './bank-options.js';
import type { CommandContext } from '../context.js';

export function builtinSource(cwd: string) {
  return { dir: BUILTIN_DIR, load: compiledLoader(COMPILED_BANK, cwd) };
}

export function loadFor(options: BankOptions, ctx: CommandContext): LoadResult {
  if (!options.builtin && options.questions.length === 0) {
    throw new UserError('--no-builtin leaves no questions: add your own with --questions <path>', 2);
  }
  // With --no-builtin the built-in questions are left out, but their skills may still be referenced,
  // as `validate` allows: a file that validates can be drilled on its own.
  return loadBank({ cwd: ctx.cwd, paths: options.questions, builtin: builtinSource(ctx.cwd), builtinSkillsOnly: !options.builtin });
}

/** The bank for commands that use it; any error stops here as one line that points at the file. */
export function openBank(options: BankOptions, ctx: CommandContext): Bank {
  const { bank, diagnostics } = loadFor(options, ctx);
  const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) {
    const more = countBySeverity(errors).errors - 1;
    const tail = more > 0 ? ` (and ${more} more; run "collections-prep validate" on the files for all of them)` : '';
    throw new UserError(`${diagnosticLine(errors[0]!)}${tail}`);
  }
  // Users' files may hold terminal escapes: none of them reaches the screen.
  return printableDeep(bank);
}
