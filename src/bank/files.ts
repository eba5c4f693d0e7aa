import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  const problem = (file: string, message: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file, line: 0, col: 0, severity, path: '', message });
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
      const walked = walk(full);
      if (walked.unreadable) {
        problem(given, errnoMessage(walked.unreadable, 'cannot read this folder'));
        continue;
      }
      for (const skipped of walked.skipped) problem(displayPath(skipped.link, cwd), skipped.message, 'warning');
      const found = walked.files.sort().map((e) => join(full, e));
      if (found.length === 0) problem(given, 'folder has no .yaml or .yml files');
      files.push(...found);
    } else {
      files.push(full);
    }
  }
  // One file reached by two names (a link to a file, a file also named inside a given folder)
  // is read once: read twice, every id in it would be reported as a duplicate of itself.
  const seen = new Set<string>();
  const unique = files.filter((file) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // a broken link: reading it will say so
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  return { files: unique, diagnostics };
}

/**
 * The YAML files under a folder, as paths relative to it. Walked by hand rather than with
 * readdirSync's `recursive`, which follows links to folders without end on Node 20. Real
 * folders are searched first; then each link to a folder is followed once, by its real path. A
 * link to a folder that holds it (a loop) or to one already searched is left out with a warning.
 */
function walk(root: string): { files: string[]; skipped: { link: string; message: string }[]; unreadable?: unknown } {
  const files: string[] = [];
  const skipped: { link: string; message: string }[] = [];
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
    readdirSync(root);
  } catch (e) {
    return { files, skipped, unreadable: e };
  }
  const searched = new Set<string>();
  const links: { full: string; rel: string; holder: string }[] = [];
  const inside = (folder: string, ancestor: string) => folder === ancestor || folder.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep);
  const visit = (dir: string, rel: string, real: string) => {
    if (searched.has(real)) return;
    searched.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // A subfolder that cannot be listed is left out, as readdirSync's recursive walk left it.
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      const relPath = rel ? join(rel, entry.name) : entry.name;
      // Anything with a YAML name is taken, so that a folder or a pipe so named is reported when read.
      if (YAML_FILE.test(entry.name)) files.push(relPath);
      if (entry.isSymbolicLink()) {
        let isFolder = false;
        try {
          isFolder = statSync(full).isDirectory();
        } catch {
          // a broken link: reported when it is read, if it has a YAML name
        }
        if (isFolder) links.push({ full, rel: relPath, holder: real });
      } else if (entry.isDirectory()) {
        visit(full, relPath, join(real, entry.name));
      }
    }
  };
  visit(root, '', rootReal);
  // Sorted, so that which of two links to one folder is followed does not depend on listing order.
  while (links.length > 0) {
    links.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    const link = links.shift()!;
    let real: string;
    try {
      real = realpathSync(link.full);
    } catch {
      continue;
    }
    if (inside(link.holder, real)) skipped.push({ link: link.full, message: `link to a folder that holds it (${real}): a loop, not followed` });
    else if (searched.has(real)) skipped.push({ link: link.full, message: `link to a folder already searched (${real}): not followed again` });
    else visit(link.full, link.rel, real);
  }
  return { files, skipped };
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
