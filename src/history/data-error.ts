import { UserError } from '../errors.js';

/** A history or cache file that cannot be read or written: one line that says what and how to fix it. */
const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a file stands where a folder should be',
  EEXIST: 'a file stands where a folder should be',
  ENOTREG: 'it is not a regular file (a device or a pipe?)',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
};

export function dataFileError(e: unknown, file: string, doing: 'read' | 'write'): UserError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const why = (code && WHY[code]) ?? (e as Error | undefined)?.message ?? String(e);
  return new UserError(`cannot ${doing} ${file}: ${why}; set COLLECTIONS_PREP_HOME to a folder you can write to, or use --no-history`);
}
