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
