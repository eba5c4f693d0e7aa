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
