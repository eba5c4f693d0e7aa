import type { Bank, BankQuestion } from '../bank/model.js';
import type { DrillOptions } from '../cli.js';
import type { CommandContext } from '../commands/context.js';
import type { Grader } from '../grading/grader.js';
import type { ResultEntry, SessionInfo } from './model.js';
import type { SessionRecorder } from './recorder.js';

export interface InteractiveInput {
  questions: BankQuestion[];
  bank: Bank;
  grader: Grader;
  recorder: SessionRecorder;
  options: DrillOptions;
  ctx: CommandContext;
  info: SessionInfo;
}

export async function runInteractive(_input: InteractiveInput): Promise<{ results: ResultEntry[]; interrupted: boolean }> {
  return { results: [], interrupted: false };
}
