import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataFileError } from './data-error.js';
import type { HistoryRecord as Rec } from './records.js';

// Writing needs no validation (the records are ours, typed by the schemas), so this module does
// not load zod: a drill with a seed never loads it at all.

/**
 * Appends records as JSON lines. Each record is one write() on a file opened for appending, so
 * lines from two sessions running at once land whole, one after the other.
 */
export class HistoryWriter {
  private fd: number | undefined;
  constructor(private readonly file: string) {}

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let fd: number;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      fd = openSync(this.file, 'a+');
    } catch (e) {
      throw dataFileError(e, this.file, 'write');
    }
    // A crash mid-write can leave a last line without its newline: start on a fresh line so the
    // torn line stays the only casualty.
    const size = fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) writeSync(fd, '\n');
    }
    this.fd = fd;
    return fd;
  }

  append(record: Rec): void {
    const fd = this.open();
    try {
      writeSync(fd, `${JSON.stringify(record)}\n`);
    } catch (e) {
      throw dataFileError(e, this.file, 'write');
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
