import type { ReportFormat } from '../limits.js';

const BY_EXTENSION: [RegExp, ReportFormat][] = [
  [/\.json$/i, 'json'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.html?$/i, 'html'],
  [/\.txt$/i, 'text'],
];

/**
 * The report format a file name asks for (`-o report.md`), among those the command writes;
 * `fallback` (the command's own default) when the name says none of them.
 */
export function formatFromName<F extends ReportFormat>(file: string | undefined, allowed: readonly F[], fallback: F): F {
  if (!file) return fallback;
  const named = BY_EXTENSION.find(([pattern]) => pattern.test(file))?.[1];
  return named !== undefined && (allowed as readonly ReportFormat[]).includes(named) ? (named as F) : fallback;
}

/**
 * The format a report file's name asks for, as `drill -o` reads it: `.json`, `.md`/`.markdown`,
 * `.html`/`.htm`, and `.txt` or no extension for text; `undefined` for any other extension (plain
 * text under a name that promises something else would open as garbage).
 */
export function fileFormat(file: string): ReportFormat | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (!/\.[^.]+$/.test(base) || /^\.[^.]+$/.test(base)) return 'text';
  return BY_EXTENSION.find(([pattern]) => pattern.test(base))?.[1];
}
