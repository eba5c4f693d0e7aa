import { readRegularBytes } from '../files.js';
import { printableDeep } from '../text/control.js';
import { CallRecord } from './call-records.js';
import { dataFileError } from './data-error.js';

// The statistics over these records are call-stats.ts's (no zod there: stats needs them even when
// history holds no call to read).
export { callStats, type CallStats } from './call-stats.js';

// The calls and QA reviews in history (`call` records, one line each), for `stats` and the HTML
// export. The rest of history's readers skip this kind; this reader reads only it.

const CALL_KIND = Buffer.from('"kind":"call"');
const NEWLINE = 0x0a;

export function readCalls(file: string): { records: CallRecord[]; skipped: number } {
  let bytes: Buffer;
  try {
    bytes = readRegularBytes(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { records: [], skipped: 0 };
    throw dataFileError(e, file, 'read');
  }
  return callsInBytes(bytes);
}

/** The call records in some bytes of history (whole lines, or a last line without its newline). */
export function callsInBytes(bytes: Buffer): { records: CallRecord[]; skipped: number } {
  const records: CallRecord[] = [];
  let skipped = 0;
  // Most lines are drill records: the marker is looked for in the bytes, and only the lines that
  // hold it are decoded (decoding and splitting a long history cost most of stats' time). An ASCII
  // marker and newline never occur inside a multi-byte UTF-8 character, so these are the same lines.
  for (let at = bytes.indexOf(CALL_KIND); at >= 0; ) {
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const newline = bytes.indexOf(NEWLINE, at);
    const end = newline < 0 ? bytes.length : newline;
    at = newline < 0 ? -1 : bytes.indexOf(CALL_KIND, end);
    let raw: unknown;
    try {
      raw = JSON.parse(bytes.toString('utf8', start, end));
    } catch {
      continue; // a torn line: history's own reader counts it
    }
    const parsed = CallRecord.safeParse(raw);
    if (parsed.success) records.push(printableDeep(parsed.data));
    else skipped++;
  }
  return { records, skipped };
}
