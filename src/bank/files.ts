import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics.js';

// Finding question files. Kept apart from load.ts so that the pre-compiled built-in bank
// (compiled.ts) can be checked without loading the YAML parser and zod.

const YAML_FILE = /\.ya?ml$/i;

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Expands files and folders into YAML files, reporting paths that are missing or empty of YAML. */
export function discover(paths: readonly string[], cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (file: string, message: string) =>
    diagnostics.push({ file, line: 0, col: 0, severity: 'error', path: '', message });
  for (const given of paths) {
    const full = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(full);
    } catch (e) {
      problem(given, errnoMessage(e, 'no such file or folder'));
      continue;
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(full, { recursive: true, encoding: 'utf8' });
      } catch (e) {
        problem(given, errnoMessage(e, 'cannot read this folder'));
        continue;
      }
      const found = entries
        .filter((e) => YAML_FILE.test(e) && !e.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules'))
        .sort()
        .map((e) => join(full, e));
      if (found.length === 0) problem(given, 'folder has no .yaml or .yml files');
      files.push(...found);
    } else {
      files.push(full);
    }
  }
  return { files: [...new Set(files)], diagnostics };
}

export function errnoMessage(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return fallback;
}

export function builtinFiles(dir: string): string[] {
  return discover([dir], dir).files;
}
