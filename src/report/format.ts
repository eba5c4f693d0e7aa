import type { ReportFormat } from '../limits.js';

const BY_EXTENSION: [RegExp, ReportFormat][] = [
  [/\.json$/i, 'json'],
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.html?$/i, 'html'],
  [/\.txt$/i, 'text'],
];

/**
 * The report format a file's name asks for (`-o report.md`), decided here for every command:
 * `.json`, `.md`/`.markdown`, `.html`/`.htm`, `.txt`, among the formats the command writes.
 * `fallback` (the command's own default) when there is no file or its name has no extension;
 * `undefined` when the extension names none of `allowed`, for the command to settle (drill
 * refuses it: plain text under a name that promises something else would open as garbage;
 * history export writes its default).
 */
export function formatFromName<F extends ReportFormat>(file: string | undefined, allowed: readonly F[], fallback: F): F | undefined {
  if (!file) return fallback;
  const base = file.split(/[\\/]/).pop() ?? file;
  if (!/\.[^.]+$/.test(base) || /^\.[^.]+$/.test(base)) return fallback;
  const named = BY_EXTENSION.find(([pattern]) => pattern.test(base))?.[1];
  return named !== undefined && (allowed as readonly ReportFormat[]).includes(named) ? (named as F) : undefined;
}
