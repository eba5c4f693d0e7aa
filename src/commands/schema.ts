import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { questionFileSchemaText } from '../bank/schema.js';
import { UserError } from '../errors.js';
import type { CommandContext } from '../context.js';

export interface SchemaOptions {
  output?: string;
}

export async function schemaCommand(options: SchemaOptions, ctx: CommandContext): Promise<number> {
  const text = questionFileSchemaText();
  if (!options.output) {
    ctx.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(resolve(ctx.cwd, options.output), text);
  } catch (e) {
    throw new UserError(`cannot write ${options.output}: ${(e as Error).message}`);
  }
  ctx.stderr.write(`wrote ${options.output}\n`);
  return 0;
}
