import type { CommandContext } from './context.js';
import { UserError } from '../errors.js';

export async function historyCommand(_options: unknown, _ctx: CommandContext): Promise<number> {
  throw new UserError('history is not available yet');
}
