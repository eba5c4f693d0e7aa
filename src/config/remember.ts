import { existsSync } from 'node:fs';
import { isMap, isScalar, parseDocument, Scalar, type Document } from 'yaml';
import { readRegularFile } from '../files.js';
import { UserError } from '../errors.js';
import { writeConfigText } from './write.js';

// What a session in a terminal remembers (the level you are preparing for) goes into the config
// file beside what the user wrote there: their keys, order and comments stay as they were.

/** A value under a key of the config file: `["levels", "supervisor"]` is `levels: {supervisor: ...}`. */
export interface Remembered {
  path: readonly [string, ...string[]];
  value: string;
  /** Put above the top-level key when this write creates it, so that a reader knows where it came from. */
  comment?: string;
}

/**
 * Writes the values into the config file (created with its folder, readable by the user alone)
 * and returns the file's new text. The result must still be a valid config file: a write that
 * would break it (or a file that does not parse) is refused, and the file is left as it was.
 */
export function rememberInConfig(file: string, values: readonly Remembered[]): string {
  const before = existsSync(file) ? readRegularFile(file) : '';
  // As a plain Document: keys that this write creates are not parsed nodes.
  const doc: Document = parseDocument(before);
  const refuse = (why: string) => new UserError(`${file}: cannot remember the level there: ${why}`);
  if (doc.errors.length) throw refuse(`it does not parse (${doc.errors[0]!.message.split('\n')[0]})`);
  if (doc.contents !== null && !isMap(doc.contents)) throw refuse('it is not a mapping of settings');
  for (const { path, value, comment } of values) {
    const created = !doc.has(path[0]);
    doc.setIn(path, value);
    if (!created || !comment || !isMap(doc.contents)) continue;
    const pair = doc.contents.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[0]);
    if (!pair) continue;
    const key = isScalar(pair.key) ? pair.key : new Scalar(pair.key);
    key.commentBefore = ` ${comment}`;
    key.spaceBefore = doc.contents.items.length > 1;
    pair.key = key;
  }
  const text = doc.toString();
  writeConfigText(file, text, refuse);
  return text;
}
