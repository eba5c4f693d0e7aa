import { formatPath, type Diagnostic } from './diagnostics.js';
import type { BankQuestion, BankRole, BankSkill, Source } from './model.js';
import type { PartialQuestion } from './parse.js';
import { makeLadders } from './roles.js';
import { didYouMean, nearest } from '../text/suggest.js';
import { plural } from '../text/plural.js';

export const EXAMPLE_ANSWER_WORDS = { min: 50, max: 300 } as const;

/** The warning for a card without red flags: the conduct checks that apply to every answer still run. */
export const NO_RED_FLAGS = 'no red_flags: graders cannot flag a harm particular to this card (the general conduct checks still apply to every answer)';

/**
 * The words of a text: runs of non-space that hold a letter or a digit (stray punctuation is no
 * word). Every card's example answer is counted, so this is one pass of one regular expression
 * rather than a string per word: each match runs from a word's first letter or digit to its end,
 * so there is one per word, and the scan never goes back (no pathological input). The same count
 * as `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`.
 */
export function wordCount(text: string): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) words++;
  return words;
}

const WORD = /[\p{L}\p{N}]\S*/gu;

interface CheckInput {
  /** Declared roles (`roles:`); a role not declared keeps the global order and any level. */
  roles?: BankRole[];
  skills: BankSkill[];
  questions: BankQuestion[];
  /** Cards already reduced to what the checks read (see cardFacts), checked after `questions`. */
  facts?: readonly CardFacts[];
  /** Skills that may be referenced but are not reported on (the built-in ones, when validating a user's files). */
  extraSkills?: Iterable<BankSkill>;
  /**
   * Cards with problems of their own, already reported: a skill's id still counts as defined, and
   * a card's right fields are still checked, so that every problem of a card is reported at once.
   */
  broken?: { skills: readonly { id: string; source: Source }[]; questions: readonly BrokenQuestion[] };
  /** Finds a field inside a file, for pointing at the exact line; defaults to the card's own line. */
  locate?: (file: string, path: readonly PropertyKey[]) => { line: number; col: number } | undefined;
}

/** An invalid card: the fields that are right on their own, and the keys it has at all. */
export type BrokenQuestion = PartialQuestion & { source: Source; present: readonly string[] };

/**
 * What the checks read of a card: its id and lists, and in place of its texts only the numbers the
 * warnings need (the key points' texts are kept when a follow-up names one). A bank that is only
 * validated keeps this of each card rather than the card, so that 10,000 cards' texts need not
 * stay in memory until the cross-file checks have run.
 */
export interface CardFacts {
  source: Source;
  id?: string;
  roles?: readonly string[];
  seniority?: readonly string[];
  skills?: readonly string[];
  /** Each follow-up's `when_missing` (undefined where it has none); undefined without follow_ups. */
  whenMissing?: readonly (string | undefined)[];
  /** The key points' texts, when a follow-up names a key point. */
  keyPoints?: readonly string[];
  /** How many key points and red flags the card has; undefined when it has no such field. */
  keyPointCount?: number;
  redFlagCount?: number;
  /** Words in the example answer; undefined without one. */
  exampleWords?: number;
}

export function cardFacts(q: PartialQuestion & { source: Source }): CardFacts {
  const whenMissing = q.follow_ups?.map((f) => f.when_missing);
  return {
    source: q.source,
    id: q.id,
    roles: q.roles,
    seniority: q.seniority,
    skills: q.skills,
    whenMissing,
    keyPoints: whenMissing?.some((w) => w !== undefined) ? (q.key_points ?? []).map((k) => k.point) : undefined,
    keyPointCount: q.key_points?.length,
    redFlagCount: q.red_flags?.length,
    exampleWords: q.example_answer === undefined ? undefined : wordCount(q.example_answer),
  };
}

/** A key point's text as `when_missing` may give it: case, spacing and a closing full stop aside. */
export function pointKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').toLowerCase();
}

/**
 * Checks that span files or fields: unique ids, resolvable skill references, levels on their
 * role's ladder, follow-ups keyed to a key point, and weak-card warnings.
 */
export function crossCheck({ roles = [], skills, questions, facts = [], extraSkills = [], broken, locate }: CheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (s: Source, path: readonly PropertyKey[], severity: Diagnostic['severity'], message: string) => {
    const pos = locate?.(s.file, path) ?? s;
    out.push({ file: s.file, line: pos.line, col: pos.col, severity, path: formatPath(path), message });
  };
  const where = (s: { file: string; line: number }) => `${s.file}:${s.line}`;

  const roleIndex = new Map<string, BankRole>();
  for (const role of roles) {
    const base = ['roles', role.source.index];
    const first = roleIndex.get(role.id);
    if (first) {
      at(role.source, [...base, 'id'], 'error', `duplicate role id "${role.id}" (first declared at ${where(first.source)})`);
      continue;
    }
    roleIndex.set(role.id, role);
    const levels = new Map<string, number>();
    const titles = new Map<string, number>();
    role.levels.forEach((level, i) => {
      const seen = levels.get(level.id);
      if (seen !== undefined) at(role.source, [...base, 'levels', i, 'id'], 'error', `level "${level.id}" is already on the ${role.id} ladder (levels[${seen}]); each level appears once`);
      else levels.set(level.id, i);
      [level.title, ...(level.aliases ?? [])].forEach((name, k) => {
        const key = name.trim().toLowerCase();
        const other = titles.get(key);
        const field = k === 0 ? ['title'] : ['aliases', k - 1];
        if (other !== undefined && other !== i) {
          at(role.source, [...base, 'levels', i, ...field], 'error', `title "${name}" is already used by ${role.id} ${role.levels[other]!.id}; a title names one level of a role`);
        } else titles.set(key, i);
      });
    });
  }
  const ladders = makeLadders(roleIndex.values());

  const skillIndex = new Map<string, BankSkill>();
  skills.forEach((skill) => {
    const first = skillIndex.get(skill.id);
    if (first) at(skill.source, ['skills', skill.source.index, 'id'], 'error', `duplicate skill id "${skill.id}" (first defined at ${where(first.source)})`);
    else skillIndex.set(skill.id, skill);
  });
  const known = new Set(skillIndex.keys());
  for (const skill of extraSkills) known.add(skill.id);
  for (const skill of broken?.skills ?? []) known.add(skill.id);

  // The levels a card's roles allow, once per set of roles rather than once per card; undefined
  // when a role is not declared (any level goes).
  const allowedByRoles = new Map<string, Set<string> | undefined>();
  const allowedFor = (cardRoles: readonly string[]): Set<string> | undefined => {
    const key = cardRoles.join('\0');
    if (allowedByRoles.has(key)) return allowedByRoles.get(key);
    const declared = cardRoles.map((r) => ladders.get(r));
    const allowed = declared.every((r) => r !== undefined) ? new Set(declared.flatMap((r) => r!.levels.map((l) => l.id))) : undefined;
    allowedByRoles.set(key, allowed);
    return allowed;
  };

  const questionIndex = new Map<string, { source: Source }>();
  const checkQuestion = (q: CardFacts, present?: ReadonlySet<string>) => {
    // A field that is there but wrong was reported already; the checks that need it are skipped.
    const has = (field: keyof PartialQuestion, value: unknown) => value !== undefined || !present || !present.has(field);
    const base = ['questions', q.source.index];
    // Ids are compared among valid cards only: a broken copy of a card is no second definition.
    if (!present && q.id !== undefined) {
      const first = questionIndex.get(q.id);
      if (first) at(q.source, [...base, 'id'], 'error', `duplicate question id "${q.id}" (first defined at ${where(first.source)})`);
      else questionIndex.set(q.id, q);
    }

    q.skills?.forEach((id, i) => {
      if (!known.has(id)) {
        const hint = didYouMean(id, known) || (known.size ? `; known skills: ${[...known].sort().join(', ')}` : '; no skills are defined');
        at(q.source, [...base, 'skills', i], 'error', `unknown skill "${id}"${hint}`);
      }
    });

    // Each level must be on the ladder of at least one of the card's roles (any level, for a
    // role no file declares).
    const cardRoles = q.roles ?? [];
    const allowed = q.roles === undefined ? undefined : allowedFor(q.roles);
    if (allowed) {
      q.seniority?.forEach((level, i) => {
        if (allowed.has(level)) return;
        const declared = cardRoles.map((r) => ladders.get(r));
        const ladderText = declared.map((r) => `${r!.id}: ${r!.levels.map((l) => l.id).join(' < ')}`).join('; ');
        // Checked before levels are put in ladder order, so `i` is the level's place in the file.
        at(q.source, [...base, 'seniority', i], 'warning',
          `level "${level}" is not on the ${cardRoles.join(' or ')} ladder; allowed levels (${ladderText})`);
      });
    }

    const points = q.keyPoints ?? [];
    if (has('key_points', q.keyPointCount)) {
      q.whenMissing?.forEach((wanted, i) => {
        if (wanted === undefined) return;
        if (points.some((p) => pointKey(p) === pointKey(wanted))) return;
        const path = [...base, 'follow_ups', i, 'when_missing'];
        if (points.length === 0) {
          at(q.source, path, 'error', 'when_missing names a key point, but the card has no key_points');
          return;
        }
        const near = nearest(wanted, points) ?? nearestByWords(wanted, points);
        const hint = near ? ` (did you mean "${near}"?)` : `; key points: ${points.map((p) => `"${p}"`).join(', ')}`;
        at(q.source, path, 'error', `when_missing "${wanted}" is not one of the card's key points${hint}`);
      });
    }

    if (q.exampleWords !== undefined) {
      const words = q.exampleWords;
      if (words < EXAMPLE_ANSWER_WORDS.min || words > EXAMPLE_ANSWER_WORDS.max) {
        at(q.source, [...base, 'example_answer'], 'warning',
          `example answer has ${plural(words, 'word')}; aim for ${EXAMPLE_ANSWER_WORDS.min} to ${EXAMPLE_ANSWER_WORDS.max}`);
      }
    }
    if (has('key_points', q.keyPointCount) && !q.keyPointCount) at(q.source, base, 'warning', 'no key_points: graders cannot say what a strong answer shows');
    if (has('red_flags', q.redFlagCount) && !q.redFlagCount) at(q.source, base, 'warning', NO_RED_FLAGS);
  };
  for (const q of questions) checkQuestion(cardFacts(q));
  for (const f of facts) checkQuestion(f);
  for (const q of broken?.questions ?? []) checkQuestion(cardFacts(q), new Set(q.present));
  return out;
}

/** The candidate sharing the most words with the input (at least half of them), for longer texts that edit distance misses. */
function nearestByWords(input: string, candidates: readonly string[]): string | undefined {
  const words = (t: string) => new Set(pointKey(t).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const mine = words(input);
  let best: string | undefined;
  let bestShare = 0.5;
  for (const c of candidates) {
    const theirs = words(c);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    const share = shared / Math.max(1, Math.max(mine.size, theirs.size));
    if (share >= bestShare) {
      best = c;
      bestShare = share;
    }
  }
  return best;
}
