import { UserError } from '../errors.js';

/** A history or cache file that cannot be read or written: one line that says what and how to fix it. */
export function dataFileError(e: unknown, file: string, doing: 'read' | 'write'): UserError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file stands where a folder should be'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'EROFS'
              ? 'the file system is read-only'
              : ((e as Error | undefined)?.message ?? String(e));
  return new UserError(`cannot ${doing} ${file}: ${why}; set COLLECTIONS_PREP_HOME to a folder you can write to, or use --no-history`);
}
