import type { CommandContext } from './context.js';
import { UserError } from '../errors.js';

export async function doctorCommand(_options: unknown, _ctx: CommandContext): Promise<number> {
  throw new UserError('doctor is not available yet');
}
