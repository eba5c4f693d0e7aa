import type { Bank } from '../../bank/model.js';
import type { DrillOptions } from '../../cli.js';
import type { CommandContext } from '../../commands/context.js';
import { UserError } from '../../errors.js';
import type { Grader } from '../grader.js';

export async function createLlmGrader(_options: DrillOptions, _bank: Bank, _ctx: CommandContext): Promise<Grader> {
  throw new UserError('--grader llm is not available yet');
}
