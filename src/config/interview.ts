import { existsSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { readRegularFile } from '../files.js';
import { UserError } from '../errors.js';
import type { Config } from './schema.js';
import { writeConfigText } from './write.js';

// `plan` keeps the interview date and job in the config file, beside what the user wrote there:
// their keys, order and comments stay as they were.

export type StoredInterview = NonNullable<Config['interview']>;

/** Writes (or, with undefined, removes) the `interview:` key; the result must still be a valid config file. */
export function storeInterview(file: string, value: StoredInterview | undefined): void {
  const before = existsSync(file) ? readRegularFile(file) : '';
  const doc = parseDocument(before);
  if (doc.errors.length) throw new UserError(`${file}: cannot store the interview date there: the file does not parse (${doc.errors[0]!.message.split('\n')[0]})`);
  if (doc.contents === null || doc.contents === undefined) {
    if (value === undefined) return;
    doc.contents = doc.createNode({}) as never;
  }
  if (!isMap(doc.contents)) throw new UserError(`${file}: cannot store the interview date there: the file is not a mapping of settings`);
  if (value === undefined) {
    if (!doc.has('interview')) return;
    doc.delete('interview');
  } else doc.set('interview', doc.createNode({ date: value.date, job: value.job, ...(value.role ? { role: value.role } : {}) }));
  // Nothing left of a file that held only the interview: empty, not "{}".
  const text = isMap(doc.contents) && doc.contents.items.length === 0 && !doc.commentBefore && !doc.comment ? '' : doc.toString();
  writeConfigText(file, text, (why) => new UserError(`${file}: cannot store the interview date there: ${why}`));
}
