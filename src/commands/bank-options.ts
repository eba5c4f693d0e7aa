import type { CommandContext } from '../context.js';
import type { HintPrefix } from '../session/summary.js';

/** Options shared by every command that reads the bank. */
export interface BankOptions {
  questions: string[];
  builtin: boolean;
}

/** The filters of `drill` and `list`. */
export interface FilterOptions {
  role?: string;
  seniority: string[];
  skill: string[];
  type: string[];
  /** us or uk: that jurisdiction's cards and cards for any (also `jurisdiction:` in the config file). */
  jurisdiction?: 'us' | 'uk';
  /** A job title (or alias) from a role's ladder: sets role and level. */
  job?: string;
}

/** --questions and --no-builtin as given, so that a suggested command drills the same bank. */
export function bankFlags(options: BankOptions): string[] {
  return [...(options.questions.length ? ['--questions', ...options.questions] : []), ...(options.builtin ? [] : ['--no-builtin'])];
}

/** How suggested commands start: the program as the user ran it, and this session's bank flags. */
export function hintPrefix(options: BankOptions, ctx: Pick<CommandContext, 'program'>): HintPrefix {
  return { program: ctx.program ?? 'collections-prep', bankFlags: bankFlags(options) };
}
