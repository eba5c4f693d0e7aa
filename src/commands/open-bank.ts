import { compiledLoader } from '../bank/compiled.js';
import { makeBank, type Bank } from '../bank/model.js';
import { markPrebuilt } from '../bank/prebuilt.js';
import { BANK_INDEX, BUILTIN_DIR, COMPILED_BANK } from '../package.js';
import type { CommandContext } from '../context.js';
import type { BankOptions } from './bank-options.js';

/**
 * The bank, like openBank, but when only the built-in bank is asked for and its pre-compiled copy
 * is current, the YAML parser and zod are not loaded at all: that copy was validated at build
 * time. (./bank.js imports the full loader, so it is imported only when it is needed.)
 */
export async function openBankQuick(options: BankOptions, ctx: CommandContext): Promise<Bank> {
  if (options.builtin && options.questions.length === 0) {
    const compiled = compiledLoader(COMPILED_BANK, ctx.cwd)(BUILTIN_DIR);
    if (compiled) {
      // Its relevance index, worked out at build time, is read if a grade needs it.
      markPrebuilt(compiled.questions, BANK_INDEX);
      return makeBank(compiled.skills, compiled.questions, compiled.roles, compiled.scenarios);
    }
  }
  const { openBank } = await import('./bank.js');
  return openBank(options, ctx);
}
