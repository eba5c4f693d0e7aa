import { closeSync, constants, fchmodSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdirPrivate, PRIVATE_FILE } from '../files.js';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { dataFileError } from './data-error.js';
import type { CallRecord } from './call-records.js';
import type { HistoryRecord as Rec } from './records.js';
import { plural } from '../text/plural.js';

// Writing needs no validation (the records are ours, typed by the schemas), so this module does
// not load zod: a drill with a seed never loads it at all.

/** The one system call the writer makes to write: tests pass their own to cut writes short or fill the disk. */
export type WriteFn = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/**
 * Appends records as JSON lines. Each record is one write() on a file opened for appending, so
 * lines from two sessions running at once land whole, one after the other; a write that the
 * system cuts short (a nearly full disk) is continued until the record is whole, never ignored.
 */
export class HistoryWriter {
  private fd: number | undefined;
  private written = { answer: 0, grade: 0 };
  constructor(
    private readonly file: string,
    private readonly write: WriteFn = (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  ) {}

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let fd: number;
    try {
      mkdirPrivate(dirname(this.file));
      fd = openSync(this.file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, PRIVATE_FILE);
    } catch (e) {
      throw dataFileError(e, this.file, 'write');
    }
    // A FIFO or a device where the history should be would take records nowhere, or block.
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      throw dataFileError({ code: stat.isDirectory() ? 'EISDIR' : 'ENOTREG' }, this.file, 'write');
    }
    // The history holds full answers: a file left readable by others (older versions wrote 0644) is made the user's alone.
    if ((stat.mode & 0o077) !== 0) {
      try {
        fchmodSync(fd, PRIVATE_FILE);
      } catch {
        // not ours to change: leave it
      }
    }
    // A crash mid-write can leave a last line without its newline: start on a fresh line so the
    // torn line stays the only casualty.
    const size = stat.size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) writeSync(fd, '\n');
    }
    this.fd = fd;
    return fd;
  }

  /** A record; a `call` record (a whole call or QA review) is one line too, which older readers skip. */
  append(record: Rec | CallRecord): void {
    const fd = this.open();
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    try {
      for (let at = 0; at < bytes.length; ) {
        const n = this.write(fd, bytes, at, bytes.length - at);
        // Zero bytes written and no error: the file system will not take more (treated as full).
        if (n <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        at += n;
      }
    } catch (e) {
      const base = dataFileError(e, this.file, 'write');
      const { answer, grade } = this.written;
      // Say what is safe: everything before this record is in the file, whole.
      throw new UserError(`${base.message.replace(/; set COLLECTIONS_PREP_HOME.*$/, '')}; this session's records before it are saved (${plural(answer, 'answer')}, ${plural(grade, 'grade')}), the rest is not: free some space or set COLLECTIONS_PREP_HOME to another folder`);
    }
    if (record.kind === 'answer') this.written.answer++;
    if (record.kind === 'grade') this.written.grade++;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
