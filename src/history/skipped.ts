import { noun, plural } from '../text/plural.js';

/** The warning for damaged history lines (never fatal): how many were skipped, and where. */
export function skippedWarning(file: string, skipped: readonly number[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const where = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', ...' : '');
  return `collections-prep: warning: skipped ${plural(skipped.length, 'damaged line')} in ${file} (${noun(skipped.length, 'line')} ${where})`;
}
