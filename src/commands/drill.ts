import type { CommandContext } from './context.js';
import { UserError } from '../errors.js';

export async function drillCommand(_options: unknown, _ctx: CommandContext): Promise<number> {
  throw new UserError('drill is not available yet');
}
