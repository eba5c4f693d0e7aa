// Kept apart from schema.ts so that the CLI can list the values without loading zod.
export const SENIORITY_LEVELS = ['junior', 'mid', 'senior', 'lead', 'manager', 'director'] as const;
export const QUESTION_TYPES = ['behavioral', 'situational', 'technical', 'motivational'] as const;
export type SeniorityLevelId = (typeof SENIORITY_LEVELS)[number];
export type QuestionTypeId = (typeof QUESTION_TYPES)[number];

/** Levels in ladder order (junior first), whatever order a file lists them in. */
export function ladderOrder<T extends string>(levels: readonly T[]): T[] {
  const rank = (l: string) => (SENIORITY_LEVELS as readonly string[]).indexOf(l);
  return [...levels].sort((a, b) => rank(a) - rank(b));
}

/** A level's place on the ladder (junior 0); undefined for a level the ladder does not have. */
export function levelRank(level: string): number | undefined {
  const i = (SENIORITY_LEVELS as readonly string[]).indexOf(level);
  return i < 0 ? undefined : i;
}

/** Compares two levels up the ladder; levels it does not have come last, in text order. */
export function compareLevels(a: string, b: string): number {
  return (levelRank(a) ?? 99) - (levelRank(b) ?? 99) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The levels seen, up the ladder, then any it does not have in text order. */
export function levelsInOrder(seen: Iterable<string>): string[] {
  return [...new Set(seen)].sort(compareLevels);
}
