// Kept apart from schema.ts so that the CLI can list the values without loading zod.
export const SENIORITY_LEVELS = ['junior', 'mid', 'senior', 'lead', 'manager', 'director'] as const;
/** A session's level when it is every level of a role (a mix), as the config file's `levels:` says it. */
export const EVERY_LEVEL = 'all';
export const QUESTION_TYPES = ['behavioral', 'situational', 'technical', 'motivational'] as const;
export const JURISDICTIONS = ['us', 'uk', 'any'] as const;
/** What `--jurisdiction` takes: a card for `any` goes with either. */
export const JURISDICTION_FILTERS = ['us', 'uk'] as const;
export const SECTORS = ['consumer', 'commercial', 'any'] as const;
export const STAGES = ['opening', 'closing'] as const;
export type JurisdictionId = (typeof JURISDICTIONS)[number];
export type SectorId = (typeof SECTORS)[number];
export type StageId = (typeof STAGES)[number];
export type SeniorityLevelId = (typeof SENIORITY_LEVELS)[number];
export type QuestionTypeId = (typeof QUESTION_TYPES)[number];

/**
 * A level's place on a ladder (lowest 0); undefined for a level the ladder does not have. The
 * ladder is a role's (see roles.ts); without one, the global order junior < mid < senior < lead <
 * manager < director, which a role that no bank file declares keeps.
 */
export function levelRank(level: string, ladder: readonly string[] = SENIORITY_LEVELS): number | undefined {
  const i = ladder.indexOf(level);
  return i < 0 ? undefined : i;
}

/** Compares two levels up a ladder; levels it does not have come last, in the global order, then in text order. */
export function compareLevels(a: string, b: string, ladder: readonly string[] = SENIORITY_LEVELS): number {
  const rank = (l: string) => levelRank(l, ladder) ?? ladder.length + (levelRank(l) ?? 99);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The levels seen, up a ladder (the global one by default), then any it does not have. */
export function levelsInOrder(seen: Iterable<string>, ladder: readonly string[] = SENIORITY_LEVELS): string[] {
  return [...new Set(seen)].sort((a, b) => compareLevels(a, b, ladder));
}

/** A card's levels in ladder order, whatever order a file lists them in (a set: no repeats expected). */
export function ladderOrder<T extends string>(levels: readonly T[], ladder: readonly string[] = SENIORITY_LEVELS): T[] {
  return [...levels].sort((a, b) => compareLevels(a, b, ladder));
}
