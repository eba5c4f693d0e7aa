import { createHash } from 'node:crypto';
import { closeSync, fstatSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { mkdirPrivate, openRegular, PRIVATE_FILE, readRegularFile } from '../files.js';
import { dirname } from 'node:path';
import { dataFileError } from './data-error.js';
import type { Card } from 'ts-fsrs';
import { replay, reviewsOf, type ReviewState, type Schedule } from '../selection/review.js';
import type { CallRecord } from './call-records.js';
import type { HistoryRecord } from './records.js';
import { rebuildSessions, type HistorySession } from './sessions.js';
import { summariseSession, type SessionSummary } from './stats.js';

// A derived, disposable index of the history, so that `stats` costs what was added since its last
// run rather than the whole history. It holds:
//
// - how far the history was read (bytes and lines, always ending at a newline) and a fingerprint
//   of the file (inode; hashes of its first and last 4 kB read), which tells an append from a
//   replaced or rewritten file;
// - one summary per session (see SessionSummary: counts and sums, no answer text);
// - the FSRS cards after replaying every review read so far, and the time of the latest one;
// - the call records (`call` lines, validated as calls.ts reads them), so that stats need not
//   read the whole history for them either.
//
// Lines read from the history are always validated by the zod schemas; the index only holds what
// earlier runs computed from validated lines. Anything it cannot vouch for means a full read,
// which writes a fresh index: another version, a fingerprint mismatch, a parse error, new lines
// for a session it already holds (stats ran while a session was in progress), a review older than
// the latest replayed (FSRS replays in time order), a complete last line without its newline.
// Deleting the index is always safe, and an unwritable cache folder only costs speed. Tests check
// that indexed and full reads give the same statistics. One blind spot, for hand edits only: an
// edit that keeps the file's length and touches neither its first nor its last 4 kB read is not
// noticed (delete the index, or run `stats --since 1970-01-01`, which reads everything).

// 3: summaries carry a mock interview's verdict. 4: cards keep their latest score (an interview date caps weak ones).
// 5: the call records. 6: summaries carry the skills of the answers no flag held down, and count a question tried twice once.
// 7: an interview answer counts after its follow-up (as the verdict and `history` show it).
const VERSION = 7;
const WINDOW = 4096;

interface Source {
  ino: number;
  size: number;
  lines: number;
  head: string;
  tail: string;
}

interface StoredCard {
  q: string;
  card: Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };
  reviews: number;
  roles: string[];
  /** The latest graded score. */
  s?: number;
}

interface IndexFile {
  v: number;
  source: Source;
  skipped: number[];
  summaries: SessionSummary[];
  /** The latest review replayed (ms), and the cards after all of them. */
  last: number;
  cards: StoredCard[];
  answered: string[];
  /** Every session id read so far, with or without answers: new lines for one of them mean a full read. */
  seen: string[];
  /** The call records of the lines read so far, in file order. */
  calls: CallRecord[];
}

export interface IndexedHistory {
  /** Every session in full: only after a full read (`full: true`, or when the index could not be used). */
  sessions?: HistorySession[];
  /** One summary per session with answers, oldest first, without filters. */
  summaries: SessionSummary[];
  skipped: number[];
  schedule: Schedule;
  /** The call records, in file order: what calls.ts's readCalls reads from the whole file. */
  calls: CallRecord[];
}

const EMPTY: IndexedHistory = { summaries: [], skipped: [], schedule: { cards: new Map(), answered: new Set() }, calls: [] };

const CALL_KIND = Buffer.from('"kind":"call"');

/** The call records in some bytes of whole lines (calls.ts, and zod, are loaded only when there is one). */
async function callsIn(bytes: Buffer): Promise<CallRecord[]> {
  if (!bytes.includes(CALL_KIND)) return [];
  const { callsInBytes } = await import('./calls.js');
  return callsInBytes(bytes).records;
}

function hash(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}

function readRange(fd: number, start: number, end: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, end - start));
  let done = 0;
  while (done < buf.length) {
    const n = readSync(fd, buf, done, buf.length - done, start + done);
    if (n === 0) break;
    done += n;
  }
  return done === buf.length ? buf : buf.subarray(0, done);
}

function fingerprint(fd: number, ino: number, size: number, lines: number): Source {
  return { ino, size, lines, head: hash(readRange(fd, 0, Math.min(WINDOW, size))), tail: hash(readRange(fd, Math.max(0, size - WINDOW), size)) };
}

/**
 * The index as this program wrote it, or nothing. Its first line is a hash of the rest: the
 * content is trusted only when it is byte for byte what was written (from validated records), so
 * a damaged or hand-edited index means a full read, never a crash.
 */
function loadIndex(indexFile: string): IndexFile | undefined {
  try {
    const text = readRegularFile(indexFile);
    const cut = text.indexOf('\n');
    if (cut < 0 || text.slice(0, cut) !== createHash('sha1').update(text.slice(cut + 1)).digest('hex')) return undefined;
    const index = JSON.parse(text.slice(cut + 1)) as IndexFile;
    return index?.v === VERSION ? index : undefined;
  } catch {
    return undefined;
  }
}

function storeCard(card: Card): StoredCard['card'] {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: new Date(last_review).toISOString() } : {}) };
}

function loadCards(stored: readonly StoredCard[]): Map<string, ReviewState> {
  const cards = new Map<string, ReviewState>();
  for (const c of stored) {
    const card = { ...c.card, due: new Date(c.card.due), ...(c.card.last_review ? { last_review: new Date(c.card.last_review) } : {}) } as Card;
    cards.set(c.q, { question: c.q, card, reviews: c.reviews, roles: c.roles, ...(c.s !== undefined ? { lastScore: c.s } : {}) });
  }
  return cards;
}

function storeCards(cards: ReadonlyMap<string, ReviewState>): StoredCard[] {
  return [...cards.values()].map((s) => ({ q: s.question, card: storeCard(s.card), reviews: s.reviews, roles: s.roles, ...(s.lastScore !== undefined ? { s: s.lastScore } : {}) }));
}

/** Lines of text as records: validated (zod is loaded only when there is something to read). */
async function parseLines(lines: readonly string[], firstLine: number): Promise<{ records: HistoryRecord[]; skipped: number[] }> {
  const records: HistoryRecord[] = [];
  const skipped: number[] = [];
  if (lines.every((l) => l.trim() === '')) return { records, skipped };
  const { parseRecordLine } = await import('./store.js');
  lines.forEach((line, i) => {
    const r = parseRecordLine(line);
    if (r === 'bad') skipped.push(firstLine + i);
    else if (r !== 'skip') records.push(r);
  });
  return { records, skipped };
}

const sessionOf = (r: HistoryRecord) => (r.kind === 'session' ? r.id : r.session);

function summaries(sessions: readonly HistorySession[]): SessionSummary[] {
  const out: SessionSummary[] = [];
  for (const s of sessions) {
    const summary = summariseSession(s);
    if (summary) out.push(summary);
  }
  return out;
}

/**
 * Reads the history through the index. With `full`, every session is rebuilt in full (for
 * filters, which need each answer); otherwise only lines added since the index was written are
 * read, when the index can be trusted.
 */
export async function readHistoryIndexed(file: string, indexFile: string, options: { full?: boolean; readOnly?: boolean } = {}): Promise<IndexedHistory> {
  // Read-only (drill --no-history): the index is used when current, but nothing is written.
  const writeTo = options.readOnly ? undefined : indexFile;
  let fd: number;
  try {
    fd = openRegular(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return EMPTY;
    throw dataFileError(e, file, 'read');
  }
  try {
    const { ino, size } = fstatSync(fd);
    if (!options.full) {
      const index = loadIndex(indexFile);
      const s = index?.source;
      if (index && s && s.ino === ino && s.size <= size && s.head === hash(readRange(fd, 0, Math.min(WINDOW, s.size))) && s.tail === hash(readRange(fd, Math.max(0, s.size - WINDOW), s.size))) {
        const done = await incremental(fd, ino, size, index, writeTo);
        if (done) return done;
      }
    }
    return await fullRead(fd, ino, size, writeTo);
  } finally {
    closeSync(fd);
  }
}

/** Splits text at its last newline: whole lines, and what follows (a line still being written, or torn). */
function split(text: string): { lines: string[]; rest: string; bytes: number } {
  const cut = text.lastIndexOf('\n') + 1;
  const whole = text.slice(0, cut);
  return { lines: whole === '' ? [] : whole.slice(0, -1).split('\n'), rest: text.slice(cut), bytes: Buffer.byteLength(whole) };
}

async function incremental(fd: number, ino: number, size: number, index: IndexFile, indexFile: string | undefined): Promise<IndexedHistory | undefined> {
  const schedule = (cards: Map<string, ReviewState>, answered: Iterable<string>): Schedule => ({ cards, answered: new Set(answered) });
  if (size === index.source.size) {
    return { summaries: index.summaries, skipped: index.skipped, schedule: schedule(loadCards(index.cards), index.answered), calls: index.calls };
  }
  const appended = readRange(fd, index.source.size, size);
  const { lines, rest, bytes } = split(appended.toString('utf8'));
  const firstLine = index.source.lines + 1;
  const { records, skipped } = await parseLines(lines, firstLine);
  const tail = await parseLines([rest], firstLine + lines.length);
  if (tail.records.length > 0) return undefined; // a complete record without its newline: read it all
  // A session already read (even one with no answers yet, still in progress) that has new lines
  // must be rebuilt from all of its lines: read everything.
  const known = new Set([...index.seen, ...index.summaries.map((s) => s.id)]);
  if (records.some((r) => known.has(sessionOf(r)))) return undefined;

  const sessions = rebuildSessions(records);
  const { reviews, answered } = reviewsOf(sessions);
  if (reviews.length > 0 && reviews[0]!.at < index.last) return undefined;
  const cards = replay(reviews, 0, loadCards(index.cards));
  const allAnswered = new Set([...index.answered, ...answered]);
  const added = summaries(sessions);
  const all = [...index.summaries, ...added];
  // Sessions are kept oldest first; new ones almost always start after the last one indexed.
  if (added.length && index.summaries.length && added[0]!.started_at < index.summaries[index.summaries.length - 1]!.started_at) {
    all.sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const allSkipped = [...index.skipped, ...skipped];
  // The whole lines' calls are kept in the index; a last line without its newline counts this time only.
  const { whole: newCalls, rest: restCalls } = await callsSplit(appended);
  const calls = [...index.calls, ...newCalls];
  if (lines.length === 0) return { summaries: all, skipped: [...allSkipped, ...tail.skipped], schedule: schedule(cards, allAnswered), calls: [...calls, ...restCalls] };
  writeIndex(indexFile, {
    v: VERSION,
    source: fingerprint(fd, ino, index.source.size + bytes, index.source.lines + lines.length),
    skipped: allSkipped,
    summaries: all,
    last: reviews.length ? reviews[reviews.length - 1]!.at : index.last,
    cards: storeCards(cards),
    answered: [...allAnswered],
    seen: [...index.seen, ...new Set(records.map(sessionOf).filter((id): id is string => typeof id === 'string'))],
    calls,
  });
  return { summaries: all, skipped: [...allSkipped, ...tail.skipped], schedule: schedule(cards, allAnswered), calls: [...calls, ...restCalls] };
}

/** The calls in the whole lines of some bytes, and in a last line without its newline. */
async function callsSplit(buf: Buffer): Promise<{ whole: CallRecord[]; rest: CallRecord[] }> {
  // Cut at the last newline byte (never inside a multi-byte character), not at a decoded length.
  const cut = buf.lastIndexOf(0x0a) + 1;
  return { whole: await callsIn(buf.subarray(0, cut)), rest: await callsIn(buf.subarray(cut)) };
}

async function fullRead(fd: number, ino: number, size: number, indexFile: string | undefined): Promise<IndexedHistory> {
  const buf = readRange(fd, 0, size);
  const { lines, rest, bytes } = split(buf.toString('utf8'));
  const { records, skipped } = await parseLines(lines, 1);
  const tail = await parseLines([rest], lines.length + 1);
  const sessions = rebuildSessions([...records, ...tail.records]);
  const { reviews, answered } = reviewsOf(sessions);
  const cards = replay(reviews);
  const calls = await callsSplit(buf);
  const result: IndexedHistory = { sessions, summaries: summaries(sessions), skipped: [...skipped, ...tail.skipped], schedule: { cards, answered }, calls: [...calls.whole, ...calls.rest] };
  // The index covers whole lines only: with a complete last line that lacks its newline, it is
  // not written this time (the next full read will see the same).
  if (tail.records.length === 0) {
    writeIndex(indexFile, {
      v: VERSION,
      source: fingerprint(fd, ino, bytes, lines.length),
      skipped,
      summaries: result.summaries,
      last: reviews.length ? reviews[reviews.length - 1]!.at : 0,
      cards: storeCards(cards),
      answered: [...answered],
      seen: [...new Set([...records, ...tail.records].map(sessionOf).filter((id): id is string => typeof id === 'string'))],
      calls: calls.whole,
    });
  }
  return result;
}

/** Best effort, and atomic: a cache folder that cannot be written only makes the next run slower. */
function writeIndex(indexFile: string | undefined, index: IndexFile): void {
  if (indexFile === undefined) return;
  const tmp = `${indexFile}.${process.pid}.tmp`;
  try {
    mkdirPrivate(dirname(indexFile));
    const body = JSON.stringify(index);
    writeFileSync(tmp, `${createHash('sha1').update(body).digest('hex')}\n${body}`, { mode: PRIVATE_FILE });
    renameSync(tmp, indexFile);
  } catch {
    // not writable: fine
  }
}
