/** The warning for damaged history lines (never fatal): how many were skipped, and where. */
export function skippedWarning(file: string, skipped: readonly number[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const where = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', ...' : '');
  const s = skipped.length === 1 ? '' : 's';
  return `collections-prep: warning: skipped ${skipped.length} damaged line${s} in ${file} (line${s} ${where})`;
}
