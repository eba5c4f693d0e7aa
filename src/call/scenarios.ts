import type { Bank, BankScenario } from '../bank/model.js';
import { conductRule } from '../conduct/rules.js';
import { UserError, usageError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';

// Which scenarios a call may use: by id (an unknown one is a usage error with the nearest id),
// or the ones that fit a role, level and jurisdiction, for a terminal to choose from.

export interface ScenarioFilter {
  role?: string;
  seniority?: readonly string[];
  jurisdiction?: 'us' | 'uk';
  /** `qa`: only scenarios with a call to review; `call`: only those with a call to practise. */
  mode?: 'call' | 'qa';
}

export function isPractice(s: BankScenario): boolean {
  return s.script !== undefined && s.goals !== undefined;
}

export function filterScenarios(bank: Bank, f: ScenarioFilter): BankScenario[] {
  return bank.scenarios.filter(
    (s) =>
      (f.role === undefined || s.roles.includes(f.role)) &&
      (!f.seniority?.length || s.seniority.some((l) => f.seniority!.includes(l))) &&
      (f.jurisdiction === undefined || s.jurisdiction === f.jurisdiction || s.jurisdiction === 'any') &&
      (f.mode === undefined || (f.mode === 'qa' ? s.qa !== undefined : isPractice(s))),
  );
}

/** The scenario with this id, fit for the mode asked for; checked against the conduct rules. */
export function findScenario(bank: Bank, id: string, mode: 'call' | 'qa', program = 'collections-prep'): BankScenario {
  const s = bank.scenarios.find((x) => x.id === id);
  if (!s) {
    const ids = bank.scenarios.map((x) => x.id);
    throw usageError(`no scenario "${id}"${didYouMean(id, ids)}: "${program} call --list" shows them`);
  }
  if (mode === 'qa' && !s.qa) throw usageError(`scenario "${id}" has no call to review (no \`qa:\`): practise it with --scenario ${id}`);
  if (mode === 'call' && !isPractice(s)) throw usageError(`scenario "${id}" is a call to review: use --qa ${id}`);
  const problem = ruleProblem(s);
  if (problem) throw new UserError(problem);
  return s;
}

/** A trap that names no conduct rule: the file, line and field, as validate would say it. */
export function ruleProblem(s: BankScenario): string | undefined {
  const i = (s.traps ?? []).findIndex((t) => !conductRule(t.rule));
  if (i < 0) return undefined;
  return `${s.source.file}:${s.source.line}:${s.source.col}: scenarios[${s.source.index}].traps[${i}].rule: no conduct rule "${s.traps![i]!.rule}" (see "collections-prep rules")`;
}

export interface ScenarioListing {
  id: string;
  title: string;
  roles: string[];
  seniority: string[];
  jurisdiction: string;
  /** What the card holds: a call to practise (`call`), a call to review (`qa`), or both. */
  modes: ('call' | 'qa')[];
  /** The most candidate turns a call has (one answer to each scripted line); null for a review only. */
  turns: number | null;
}

export function listing(s: BankScenario): ScenarioListing {
  const modes: ('call' | 'qa')[] = [];
  if (isPractice(s)) modes.push('call');
  if (s.qa) modes.push('qa');
  return { id: s.id, title: s.title, roles: s.roles, seniority: s.seniority, jurisdiction: s.jurisdiction, modes, turns: isPractice(s) ? s.script!.length : null };
}
