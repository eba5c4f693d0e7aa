import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';

// The tool's own files in the user's folders (history, index, config, cache): read only when
// they are regular files, and created readable by the user alone, since they hold answers.

/** Folders the tool creates for its data: the user's alone. */
export const PRIVATE_DIR = 0o700;
/** Files the tool creates there. */
export const PRIVATE_FILE = 0o600;

/** Creates a folder (and its parents) readable by the user alone. */
export function mkdirPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** An error with an errno-style code, as fs throws them: the callers' messages map codes to words. */
function coded(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Opens a file for reading, but only a regular file: a FIFO, a device (/dev/zero) or a folder
 * standing where the file should be is an error with code EISDIR or ENOTREG, at once (the open
 * does not wait for a FIFO's writer, and nothing endless is read).
 */
export function openRegular(file: string): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw coded('EISDIR', `EISDIR: illegal operation on a directory, read '${file}'`);
    if (!stat.isFile()) throw coded('ENOTREG', `not a regular file: ${file}`);
    return fd;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** The whole of a regular file (see openRegular), as text. */
export function readRegularFile(file: string): string {
  return readRegularBytes(file).toString('utf8');
}

/** The bytes of a regular file (see readRegularFile), for readers that look for a few lines in a large file. */
export function readRegularBytes(file: string): Buffer {
  const fd = openRegular(file);
  try {
    const size = fstatSync(fd).size;
    const chunks: Buffer[] = [];
    let total = 0;
    // Read to the end, whatever the size said: a file may grow while it is read.
    for (;;) {
      // Unfilled: only the bytes read are kept (subarray), and zeroing a long history first cost as much as reading it.
      const buf = Buffer.allocUnsafe(Math.max(64 * 1024, size - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
    }
    // Most files are read in one go: no second copy.
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
