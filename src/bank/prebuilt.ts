// The built-in bank's relevance index (grading/offline/relevance.ts), worked out when the package
// is built and saved beside the compiled bank, so that a drill does not read every card's text at
// start. Only the bundle uses it: the build puts one id into the bundle and into the file, and a
// file made by another build (or a run from the sources, which has no id) is ignored. The cards
// it was made from are the compiled bank's question list, marked here when that list is loaded.

declare const __BANK_INDEX_ID__: string | undefined;

/** The id of this build's index file; none when running from the sources. */
export const BANK_INDEX_ID: string | undefined = typeof __BANK_INDEX_ID__ === 'string' ? __BANK_INDEX_ID__ : undefined;

const marked = new WeakMap<readonly object[], string>();

/** Notes that `questions` is the compiled built-in bank's list, whose index `file` may hold. */
export function markPrebuilt(questions: readonly object[], file: string): void {
  if (BANK_INDEX_ID !== undefined) marked.set(questions, file);
}

/** The index file made for this very list of cards, if there is one to try. */
export function prebuiltIndexFile(questions: readonly object[]): string | undefined {
  return marked.get(questions);
}
