import { usageError } from '../errors.js';
import { QUESTION_TYPES, SENIORITY_LEVELS } from './levels.js';
import type { Bank, BankQuestion } from './model.js';
import { didYouMean } from '../text/suggest.js';

export interface Filters {
  role?: string;
  seniority?: readonly string[];
  skill?: readonly string[];
  type?: readonly string[];
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
  checkValues('--seniority', f.seniority ?? [], SENIORITY_LEVELS, 'level');
  checkValues('--skill', f.skill ?? [], [...bank.skills.keys()].sort(), 'skill');
  checkValues('--type', f.type ?? [], QUESTION_TYPES, 'type');
}

export function matches(q: BankQuestion, f: Filters): boolean {
  if (f.role !== undefined && !q.roles.includes(f.role)) return false;
  if (f.seniority?.length && !q.seniority.some((s) => f.seniority!.includes(s))) return false;
  if (f.skill?.length && !q.skills.some((s) => f.skill!.includes(s))) return false;
  if (f.type?.length && !f.type.includes(q.type)) return false;
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
