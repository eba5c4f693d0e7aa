import type { Invocation } from '../cli.js';
import { processContext, type CommandContext } from './context.js';

/** Loads only the module of the command that runs, so start-up stays lean. */
export async function runCommand(invocation: Invocation, ctx: CommandContext = processContext()): Promise<number> {
  switch (invocation.command) {
    case 'list':
      return (await import('./list.js')).listCommand(invocation.options, ctx);
    case 'show':
      return (await import('./show.js')).showCommand(invocation.options, ctx);
    case 'validate':
      return (await import('./validate.js')).validateCommand(invocation.options, ctx);
    case 'schema':
      return (await import('./schema.js')).schemaCommand(invocation.options, ctx);
    case 'drill':
      return (await import('./drill.js')).drillCommand(invocation.options, ctx);
    case 'doctor':
      return (await import('./doctor.js')).doctorCommand(invocation.options, ctx);
    case 'stats':
      return (await import('./stats.js')).statsCommand(invocation.options, ctx);
    case 'history':
      return (await import('./history.js')).historyCommand(invocation.options, ctx);
  }
}
