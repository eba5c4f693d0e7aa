import { decodeText, MAX_FILE_BYTES } from '../bank/text-file.js';
import { UserError } from '../errors.js';

export type AnswersFormat = 'yaml' | 'json' | 'text';

export type ParsedAnswers =
  | { kind: 'by-id'; answers: { id: string; answer: string }[] }
  | { kind: 'ordered'; answers: string[]; looksById: boolean };


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
  const { text, problem } = decodeText(bytes);
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
    throw new UserError(`${name}: expected a mapping of question id to answer text, e.g. "agent-refuses-to-pay: I would first..."`);
  }
  // A YAML block (answer: |) ends with a newline that is not part of the answer.
  return { kind: 'by-id', answers: parsed.data.map(([id, answer]) => ({ id, answer: answer.replace(/\s+$/, '') })) };
}
