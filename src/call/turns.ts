import { decodeText } from '../bank/text-file.js';
import { UserError } from '../errors.js';
import { readAnswersSource, splitPlainAnswers, type AnswersSource } from '../session/answers.js';
import { printable } from '../text/control.js';

// The candidate's turns (`--turns`) or a reviewer's findings (`--findings`): a file, or standard
// input with `-`, read as the answers of a batch drill are (the same size and file checks).

export async function readTextSource(source: string, what: 'turns' | 'findings', from: AnswersSource): Promise<string> {
  const name = source === '-' ? 'standard input' : source;
  let bytes: Uint8Array;
  try {
    bytes = await readAnswersSource(source, from);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.message.replace(/^cannot read answers from/, `cannot read ${what} from`), e.exitCode);
    throw e;
  }
  const { text, problem } = decodeText(bytes);
  if (text === undefined) throw new UserError(`${name}: cannot read ${what}: ${problem ?? 'unreadable'}`);
  // Turns are shown again (reports, history): without terminal escapes.
  return printable(text);
}

/** Turns separated by a line holding only `---`; an empty file is an error. */
export function splitTurns(text: string, name: string): string[] {
  const turns = splitPlainAnswers(text);
  if (turns.length === 0 || turns.every((t) => t.trim() === '')) throw new UserError(`${name}: no turns: write the candidate's turns separated by a line holding only ---`);
  return turns;
}
