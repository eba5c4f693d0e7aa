import type { CommandContext } from './context.js';
import { UserError } from '../errors.js';

export async function statsCommand(_options: unknown, _ctx: CommandContext): Promise<number> {
  throw new UserError('stats is not available yet');
}
