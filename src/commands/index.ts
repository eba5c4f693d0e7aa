import { processContext, type CommandContext } from '../context.js';
import type { CallOptions } from './call.js';
import type { DoctorOptions } from './doctor.js';
import type { DrillOptions } from './drill.js';
import type { HistoryOptions } from './history.js';
import type { InterviewOptions } from './interview.js';
import type { ListOptions } from './list.js';
import type { PlanOptions } from './plan.js';
import type { RulesOptions } from './rules.js';
import type { SchemaOptions } from './schema.js';
import type { ShowOptions } from './show.js';
import type { StatsOptions } from './stats.js';
import type { ValidateOptions } from './validate.js';

/** A parsed command line: which command, with the options object it owns. */
export type Invocation =
  | { command: 'list'; options: ListOptions }
  | { command: 'show'; options: ShowOptions }
  | { command: 'validate'; options: ValidateOptions }
  | { command: 'schema'; options: SchemaOptions }
  | { command: 'rules'; options: RulesOptions }
  | { command: 'drill'; options: DrillOptions }
  | { command: 'interview'; options: InterviewOptions }
  | { command: 'doctor'; options: DoctorOptions }
  | { command: 'stats'; options: StatsOptions }
  | { command: 'plan'; options: PlanOptions }
  | { command: 'history'; options: HistoryOptions }
  | { command: 'call'; options: CallOptions };

/** Loads only the module of the command that runs, so start-up stays lean. */
export async function runCommand(invocation: Invocation, ctx: CommandContext = processContext()): Promise<number> {
  switch (invocation.command) {
    case 'list':
      return (await import('./list.js')).listCommand(invocation.options, ctx);
    case 'show':
      return (await import('./show.js')).showCommand(invocation.options, ctx);
    case 'validate':
      return (await import('./validate.js')).validateCommand(invocation.options, ctx);
    case 'rules':
      return (await import('./rules.js')).rulesCommand(invocation.options, ctx);
    case 'schema':
      return (await import('./schema.js')).schemaCommand(invocation.options, ctx);
    case 'drill':
      return (await import('./drill.js')).drillCommand(invocation.options, ctx);
    case 'interview':
      return (await import('./interview.js')).interviewCommand(invocation.options, ctx);
    case 'doctor':
      return (await import('./doctor.js')).doctorCommand(invocation.options, ctx);
    case 'stats':
      return (await import('./stats.js')).statsCommand(invocation.options, ctx);
    case 'plan':
      return (await import('./plan.js')).planCommand(invocation.options, ctx);
    case 'history':
      return (await import('./history.js')).historyCommand(invocation.options, ctx);
    case 'call':
      return (await import('./call.js')).callCommand(invocation.options, ctx);
  }
}
