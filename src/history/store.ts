import { readRegularFile } from '../files.js';
import { printableDeep } from '../text/control.js';
import { dataFileError } from './data-error.js';
import { HistoryRecord, type HistoryRecord as Rec } from './records.js';

export interface HistoryRead {
  records: Rec[];
  /** Lines that could not be read (a torn write, a hand edit), with their line numbers. */
  skipped: number[];
}

/** Reads every record; a damaged line is skipped and counted, never fatal. */
export function readHistory(file: string): HistoryRead {
  let text: string;
  try {
    text = readRegularFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { records: [], skipped: [] };
    throw dataFileError(e, file, 'read');
  }
  const records: Rec[] = [];
  const skipped: number[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const parsed = parseRecordLine(line);
    if (parsed === 'bad') skipped.push(i + 1);
    else if (typeof parsed === 'object') records.push(parsed);
  });
  return { records, skipped };
}

/**
 * One line of the history: its record (validated by the schema), 'skip' for a blank line or a
 * kind this version does not know (written by a newer one: not ours to read), 'bad' for a line
 * that cannot be read (a torn write, a hand edit).
 */
export function parseRecordLine(line: string): Rec | 'skip' | 'bad' {
  if (line.trim() === '') return 'skip';
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return 'bad';
  }
  const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
  if (typeof kind === 'string' && !['session', 'answer', 'grade', 'end', 'follow-up', 'verdict'].includes(kind)) return 'skip';
  const parsed = HistoryRecord.safeParse(raw);
  // A hand-edited history may hold terminal escapes: stats and history show print it.
  return parsed.success ? printableDeep(parsed.data) : 'bad';
}
