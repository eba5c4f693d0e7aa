import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { errnoMessage } from '../bank/files.js';
import { decodeText, MAX_FILE_BYTES, sizeProblem } from '../bank/text-file.js';
import { UserError } from '../errors.js';
import { printable } from '../text/control.js';
import type { AnswersFormat } from '../limits.js';
import type { GivenAnswers } from '../selection/plan.js';

/** The answers as selection/plan.ts takes them; plain text also says whether it looks like answers by id. */
export type ParsedAnswers = Extract<GivenAnswers, { kind: 'by-id' }> | (Extract<GivenAnswers, { kind: 'ordered' }> & { looksById: boolean });

export function guessFormat(source: string): AnswersFormat {
  if (/\.ya?ml$/i.test(source)) return 'yaml';
  if (/\.json$/i.test(source)) return 'json';
  return 'text';
}

/**
 * Plain text: answers separated by a line holding only `---`. Every separator starts an answer,
 * so a `---` after the last answer adds an empty one (graded, as the contract says, not dropped).
 */
export function splitPlainAnswers(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  if (normal.trim() === '') return [];
  return normal.split(/^---[ \t]*$/m).map((a) => a.replace(/^\n+|\s+$/g, ''));
}

/** Plain text that starts like answers by question id ("some-question-id: ..."). */
export function looksLikeAnswersById(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  return first !== undefined && /^[a-z0-9]+(-[a-z0-9]+)+:(\s|$)/.test(first);
}

/**
 * Reads answers from bytes (a file or standard input); `name` is used in messages. The YAML
 * parser and zod are loaded only for answers by id: plain text needs neither.
 */
export async function parseAnswers(bytes: Uint8Array, name: string, format: AnswersFormat): Promise<ParsedAnswers> {
  const { text: decoded, problem } = decodeText(bytes);
  // Answers are shown again (reports, history): without terminal escapes.
  const text = decoded === undefined ? undefined : printable(decoded);
  if (text === undefined) {
    const reason = bytes.length > MAX_FILE_BYTES ? `${problem}` : problem ?? 'unreadable';
    throw new UserError(`${name}: cannot read answers: ${reason}`);
  }
  if (format === 'text') return { kind: 'ordered', answers: splitPlainAnswers(text), looksById: looksLikeAnswersById(text) };
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      throw new UserError(`${name}: invalid JSON: ${(e as Error).message}`);
    }
  }
  const { loadOrdered, AnswersById } = await import('./answers-by-id.js');
  let raw: unknown;
  try {
    raw = loadOrdered(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0] ?? '';
    const what = /duplicat/i.test(reason) ? 'the same question id appears twice' : `invalid ${format === 'json' ? 'JSON' : 'YAML'}: ${reason}`;
    throw new UserError(`${name}${mark?.line !== undefined ? `:${mark.line + 1}` : ''}: ${what}`);
  }
  // Only a mapping is answers by id; a list (even of pairs) is not.
  const parsed = AnswersById.safeParse(raw instanceof Map ? [...raw.entries()] : raw === null || raw === undefined ? [] : 'not a mapping');
  if (!parsed.success) {
    throw new UserError(`${name}: expected a mapping of question id to answer text, e.g. "agent-mid-refuses-to-pay: I would first..."`);
  }
  // A YAML block (answer: |) ends with a newline that is not part of the answer.
  return { kind: 'by-id', answers: parsed.data.map(([id, answer]) => ({ id, answer: answer.replace(/\s+$/, '') })) };
}

/** Where answers are read from: `-` for standard input, else a file (relative to `cwd`). */
export interface AnswersSource {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Told when standard input is a terminal (how to end the answers). */
  onNote?: (line: string) => void;
}

/** The bytes of an answers file or of standard input, refused early when too large or not a file. */
export async function readAnswersSource(source: string, from: AnswersSource): Promise<Uint8Array> {
  if (source === '-') {
    if (from.stdin.isTTY) from.onNote?.('Reading answers from the terminal: separate answers with a line holding only ---, then press Ctrl-D.');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of from.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      chunks.push(buf);
      // Stop reading early: past the limit the content is refused anyway.
      if (size > MAX_FILE_BYTES) break;
    }
    return Buffer.concat(chunks);
  }
  try {
    // Checked before reading: a device (/dev/zero) or a huge file must not be read whole.
    const full = resolve(from.cwd, source);
    const stat = statSync(full);
    if (stat.isDirectory()) throw new UserError(`cannot read answers from ${source}: ${errnoMessage({ code: 'EISDIR' }, '')}`);
    if (!stat.isFile()) throw new UserError(`cannot read answers from ${source}: not a regular file`);
    if (stat.size > MAX_FILE_BYTES) throw new UserError(`cannot read answers from ${source}: ${sizeProblem(stat.size)}`);
    return readFileSync(full);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot read answers from ${source}: ${errnoMessage(e, (e as Error).message)}`);
  }
}

/**
 * The answers of `--answers SOURCE` (`-`: standard input), read and parsed; the format is
 * `format` when given, else guessed from the file name. `answersName` is how messages call the source.
 * Plain text that starts like answers by id is read as plain text, and `onNote` says so.
 */
export async function readGivenAnswers(source: string, format: AnswersFormat | undefined, from: AnswersSource): Promise<{ answers: GivenAnswers; answersName: string }> {
  const name = source === '-' ? 'standard input' : source;
  const parsed = await parseAnswers(await readAnswersSource(source, from), name, format ?? (source === '-' ? 'text' : guessFormat(source)));
  if (parsed.kind === 'ordered' && parsed.looksById && format === undefined) {
    from.onNote?.(`${name} looks like answers by question id: read as plain text; add --answers-format yaml to read it by id.`);
  }
  return { answers: parsed, answersName: name };
}
