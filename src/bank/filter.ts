import { usageError } from '../errors.js';
import { JURISDICTION_FILTERS, QUESTION_TYPES } from './levels.js';
import type { Bank, BankQuestion } from './model.js';
import { ladderOf, resolveJob } from './roles.js';
import { didYouMean } from '../text/suggest.js';

export interface Filters {
  role?: string;
  seniority?: readonly string[];
  skill?: readonly string[];
  type?: readonly string[];
  /** us or uk: cards for that jurisdiction and cards for any (a card that does not say counts as any). */
  jurisdiction?: string;
}

/**
 * `--job "<title>"`: the role and level it names (see roles.ts), to merge into the filters; no
 * job, no change. -r settles a title that fits both tracks; -s cannot be given beside it.
 */
export function jobFilters(bank: Bank, f: { job?: string; role?: string; seniority?: readonly string[] }): { role?: string; seniority?: string[] } {
  if (f.job === undefined) return {};
  if (f.seniority?.length) throw usageError(`--job sets the level (and the role): leave out --seniority ${f.seniority.join(',')}`);
  const job = resolveJob(bank.ladders, f.job, f.role);
  return { role: job.role, seniority: [job.level] };
}

function checkValues(flag: string, values: readonly string[], allowed: readonly string[], noun: string): void {
  for (const value of values) {
    if (!allowed.includes(value)) {
      throw usageError(`unknown ${noun} "${value}" for ${flag}${didYouMean(value, allowed)}; the bank has: ${allowed.join(', ')}`);
    }
  }
}

/** Rejects filter values the bank does not know, with what it does know. */
export function checkFilters(bank: Bank, f: Filters): void {
  if (f.role !== undefined) checkValues('--role', [f.role], bank.roles, 'role');
  // With a role that the bank declares, only its ladder's levels; otherwise any level.
  const declared = f.role !== undefined ? bank.ladders.get(f.role) : undefined;
  if (declared) {
    const ladder = ladderOf(bank.ladders, declared.id);
    for (const value of f.seniority ?? []) {
      if (!ladder.includes(value)) {
        throw usageError(`unknown level "${value}" for --seniority with --role ${declared.id}${didYouMean(value, ladder)}; the ${declared.id} ladder has: ${ladder.join(', ')}`);
      }
    }
  } else checkValues('--seniority', f.seniority ?? [], ladderOf(bank.ladders, ''), 'level');
  if (f.jurisdiction !== undefined) checkValues('--jurisdiction', [f.jurisdiction], JURISDICTION_FILTERS, 'jurisdiction');
  checkValues('--skill', f.skill ?? [], [...bank.skills.keys()].sort(), 'skill');
  checkValues('--type', f.type ?? [], QUESTION_TYPES, 'type');
}

export function matches(q: BankQuestion, f: Filters): boolean {
  if (f.role !== undefined && !q.roles.includes(f.role)) return false;
  if (f.seniority?.length && !q.seniority.some((s) => f.seniority!.includes(s))) return false;
  if (f.skill?.length && !q.skills.some((s) => f.skill!.includes(s))) return false;
  if (f.type?.length && !f.type.includes(q.type)) return false;
  if (f.jurisdiction !== undefined && q.jurisdiction !== undefined && q.jurisdiction !== 'any' && q.jurisdiction !== f.jurisdiction) return false;
  return true;
}

export function filterQuestions(bank: Bank, f: Filters): BankQuestion[] {
  checkFilters(bank, f);
  return bank.questions.filter((q) => matches(q, f));
}

/**
 * When nothing matches, names the filter that emptied the set: applying the filters one at a
 * time in flag order, the first one after which nothing is left.
 */
export function explainEmpty(bank: Bank, f: Filters): string {
  const steps: [string, Filters][] = [];
  const acc: Filters = {};
  if (f.role !== undefined) steps.push([`--role ${f.role}`, (acc.role = f.role, { ...acc })]);
  if (f.seniority?.length) steps.push([`--seniority ${f.seniority.join(',')}`, (acc.seniority = f.seniority, { ...acc })]);
  if (f.skill?.length) steps.push([`--skill ${f.skill.join(',')}`, (acc.skill = f.skill, { ...acc })]);
  if (f.type?.length) steps.push([`--type ${f.type.join(',')}`, (acc.type = f.type, { ...acc })]);
  if (f.jurisdiction !== undefined) steps.push([`--jurisdiction ${f.jurisdiction}`, (acc.jurisdiction = f.jurisdiction, { ...acc })]);
  let before = bank.questions.length;
  for (const [label, partial] of steps) {
    const count = bank.questions.filter((q) => matches(q, partial)).length;
    if (count === 0) {
      return before === bank.questions.length
        ? `no question matches ${label}`
        : `no question matches ${label} together with the filters before it (${before} matched until then)`;
    }
    before = count;
  }
  return bank.questions.length === 0 ? 'the bank has no questions' : 'no question matches the filters';
}
