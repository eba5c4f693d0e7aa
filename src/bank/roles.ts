import { usageError } from '../errors.js';
import { ladderOrder, SENIORITY_LEVELS, type SeniorityLevelId } from './levels.js';
import type { Role, RoleLevel } from './schema.js';
import { editDistance } from '../text/suggest.js';

// Roles as data: each role's ladder (its levels in order) and the job title of each level, as
// bank files declare them under `roles:`. Kept free of zod and the YAML parser (types only), so
// that the pre-compiled bank can use it.

export type { Role, RoleLevel };

/** The declared roles of a bank, by id. */
export type Ladders = ReadonlyMap<string, Role>;

/** The order of a role that no file declares: junior < mid < senior < lead < manager < director. */
export const GLOBAL_LADDER: readonly SeniorityLevelId[] = SENIORITY_LEVELS;

export function makeLadders<R extends Role>(roles: Iterable<R>): Map<string, R> {
  const out = new Map<string, R>();
  for (const role of roles) if (!out.has(role.id)) out.set(role.id, role);
  return out;
}

/** A role's level ids in ladder order; the global order for a role no file declares. */
export function ladderOf(ladders: Ladders, role: string): readonly string[] {
  return ladders.get(role)?.levels.map((l) => l.id) ?? GLOBAL_LADDER;
}

/** The ladder that orders a card's levels: its first declared role's, else the global order. */
export function cardLadder(ladders: Ladders, roles: readonly string[]): readonly string[] {
  for (const role of roles) {
    const declared = ladders.get(role);
    if (declared) return declared.levels.map((l) => l.id);
  }
  return GLOBAL_LADDER;
}

/** Levels sorted up a role's ladder. */
export function sortLevels<T extends string>(ladders: Ladders, role: string, levels: readonly T[]): T[] {
  return ladderOrder(levels, ladderOf(ladders, role));
}

/**
 * The levels that a card's roles allow: undefined when any of them is undeclared (the global
 * order, any level); otherwise the union of their ladders.
 */
export function allowedLevels(ladders: Ladders, roles: readonly string[]): string[] | undefined {
  const out = new Set<string>();
  for (const role of roles) {
    const declared = ladders.get(role);
    if (!declared) return undefined;
    for (const l of declared.levels) out.add(l.id);
  }
  return [...out];
}

/** The job title of a role's level, when the role declares it. */
export function levelTitle(ladders: Ladders, role: string, level: string): string | undefined {
  return ladders.get(role)?.levels.find((l) => l.id === level)?.title;
}

/** "Senior Collections Agent (agent senior)": a level as people and flags name it. */
export function describeLevel(ladders: Ladders, role: string, level: string): string {
  const title = levelTitle(ladders, role, level);
  return title ? `${title} (${role} ${level})` : `${role} ${level}`;
}

/** One title or alias that `--job` can match. */
export interface JobTitle {
  role: string;
  level: SeniorityLevelId;
  /** The level's title. */
  title: string;
  /** What matched: the title itself or one of its aliases. */
  name: string;
}

/** Every title and alias of every declared role, in ladder order. */
export function jobTitles(ladders: Ladders): JobTitle[] {
  const out: JobTitle[] = [];
  for (const role of ladders.values()) {
    for (const l of role.levels) {
      for (const name of [l.title, ...(l.aliases ?? [])]) out.push({ role: role.id, level: l.id, title: l.title, name });
    }
  }
  return out;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The titles matching `given` exactly (ignoring case and spacing), as distinct role and level
 * pairs; with `role`, only that role's.
 */
export function matchJob(ladders: Ladders, given: string, role?: string): JobTitle[] {
  const wanted = norm(given);
  const seen = new Set<string>();
  const out: JobTitle[] = [];
  for (const t of jobTitles(ladders)) {
    if (norm(t.name) !== wanted || (role !== undefined && t.role !== role)) continue;
    const key = `${t.role}\0${t.level}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The titles nearest to a mistyped one, closest first (up to three). */
export function nearestTitles(ladders: Ladders, given: string, role?: string): string[] {
  const wanted = norm(given);
  const names = [...new Set(jobTitles(ladders).filter((t) => role === undefined || t.role === role).map((t) => t.name))];
  const scored = names.map((name) => {
    const n = norm(name);
    const distance = n.includes(wanted) || wanted.includes(n) ? Math.abs(n.length - wanted.length) / 4 : editDistance(wanted, n);
    return { name, distance };
  });
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  return scored
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1))
    .slice(0, 3)
    .map((s) => s.name);
}

/**
 * `--job "<title>"`: the role and level of a job title or alias (exact, ignoring case). With
 * `role` (from -r), only that role's titles count, which settles a title both tracks use.
 * Unknown or ambiguous: a usage error (exit 2).
 */
export function resolveJob(ladders: Ladders, given: string, role?: string): JobTitle {
  if (ladders.size === 0) throw usageError(`--job "${given}": no role in the bank declares job titles; use --role and --seniority`);
  if (role !== undefined && !ladders.has(role)) {
    throw usageError(`--job "${given}" with --role ${role}: the ${role} role declares no job titles; roles with titles: ${[...ladders.keys()].join(', ')}`);
  }
  const found = matchJob(ladders, given, role);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const list = found.map((t) => `${t.title} (-r ${t.role}: ${t.level})`).join(', ');
    throw usageError(`--job "${given}" fits more than one role or level: ${list}; add -r <role> to choose`);
  }
  const elsewhere = role !== undefined ? matchJob(ladders, given) : [];
  if (elsewhere.length > 0) {
    throw usageError(`--job "${given}" is not one of the ${role} titles (it is ${elsewhere.map((t) => `${t.role} ${t.level}`).join(', ')}); leave out -r ${role} or pick one of: ${titlesOf(ladders, role)}`);
  }
  const near = nearestTitles(ladders, given, role);
  const hint = near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : '';
  throw usageError(`unknown job title "${given}" for --job${hint}; titles: ${titlesOf(ladders, role)}`);
}

function titlesOf(ladders: Ladders, role?: string): string {
  return jobTitles(ladders)
    .filter((t) => role === undefined || t.role === role)
    .map((t) => t.name)
    .filter((name, i, all) => all.indexOf(name) === i)
    .join(', ');
}
