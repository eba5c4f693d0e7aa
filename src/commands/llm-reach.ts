// The CLI's check, before an interactive session graded (or played) by an LLM, that its server answers at all: before the
// first question, not after the first answer is typed (a new user).
import { UserError } from '../errors.js';
import type { CommandContext } from '../context.js';

/** Throws a user error when --grader llm points at a server nothing listens on; returns otherwise. */
export async function ensureLlmReachable(options: { grader: string; model?: string; baseUrl?: string; timeout: number }, ctx: Pick<CommandContext, 'env'>): Promise<void> {
  if (options.grader !== 'llm') return;
  const { llmSettings, unreachable } = await import('../grading/llm/setup.js');
  const problem = await unreachable(llmSettings(options, ctx.env));
  if (problem) throw new UserError(problem);
}
