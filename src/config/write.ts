import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseDocument } from 'yaml';
import { mkdirPrivate, PRIVATE_FILE } from '../files.js';
import type { UserError } from '../errors.js';
import { Config } from './schema.js';

/**
 * Writes the new text of the config file (its folder created, readable by the user alone), but
 * only if it is still a valid config file: the next run must never find a file it would refuse.
 * Written beside it and renamed over it, so that a crash never leaves half a config file.
 */
export function writeConfigText(file: string, text: string, refuse: (why: string) => UserError): void {
  const check = Config.safeParse(parseDocument(text).toJS() ?? {});
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw refuse(issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message);
  }
  mkdirPrivate(dirname(file));
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', PRIVATE_FILE);
  try {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(temp);
    throw e;
  }
  closeSync(fd);
  renameSync(temp, file);
}
