import { writeFileSync } from 'node:fs';
import type { Output } from '../../context.js';
import { mkdirPrivate, PRIVATE_FILE, readRegularFile } from '../../files.js';
import { llmNoticeFile } from '../../paths.js';
import type { Endpoint } from './client.js';

/**
 * Says where answers are sent, the first time each server is used with this data folder (the
 * servers told about are remembered in a small file there). Returns whether it was said.
 */
export function firstUseNotice(dataDir: string, settings: Pick<Endpoint, 'host' | 'model'>, stderr: Output): boolean {
  const file = llmNoticeFile(dataDir);
  let known: string[] = [];
  try {
    const raw = JSON.parse(readRegularFile(file)) as { notified?: unknown };
    if (Array.isArray(raw.notified)) known = raw.notified.filter((h): h is string => typeof h === 'string');
  } catch {
    // no file yet, or a damaged one: tell again
  }
  if (known.includes(settings.host)) return false;
  stderr.write(
    `Note: with --grader llm your answers are sent to ${settings.host} to be graded by ${settings.model}. ` +
      `(Shown the first time each server is used; --grader offline keeps answers on this machine.)\n`,
  );
  try {
    mkdirPrivate(dataDir);
    writeFileSync(file, `${JSON.stringify({ notified: [...known, settings.host] }, null, 2)}\n`, { mode: PRIVATE_FILE });
  } catch {
    // an unwritable data folder: the note is simply shown again next time
  }
  return true;
}
