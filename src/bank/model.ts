import { makeLadders } from './roles.js';
import type { Scenario } from './scenario.js';
import type { Question, Role, Skill } from './schema.js';

/** Where a card was written, so every later message can point back at it. */
export interface Source {
  file: string;
  line: number;
  col: number;
  /** Position in the file's `questions:` or `skills:` list. */
  index: number;
}

export type BankQuestion = Question & { source: Source };
export type BankSkill = Skill & { source: Source };
export type BankRole = Role & { source: Source };
export type BankScenario = Scenario & { source: Source };

export interface Bank {
  skills: Map<string, BankSkill>;
  questions: BankQuestion[];
  /** Role ids used by at least one question or declared under `roles:`, sorted. */
  roles: string[];
  /**
   * The roles that files declare (`roles:`), by id: each one's ladder and job titles (see
   * roles.ts). A role used by cards but not declared here keeps the global order.
   */
  ladders: Map<string, BankRole>;
  /** Call scenarios (`scenarios:`), in bank order. */
  scenarios: BankScenario[];
}

export function makeBank(skills: Iterable<BankSkill>, questions: BankQuestion[], declared: Iterable<BankRole> = [], scenarios: BankScenario[] = []): Bank {
  const skillMap = new Map<string, BankSkill>();
  for (const skill of skills) if (!skillMap.has(skill.id)) skillMap.set(skill.id, skill);
  const ladders = makeLadders(declared);
  const roles = [...new Set([...questions.flatMap((q) => q.roles), ...ladders.keys()])].sort();
  return { skills: skillMap, questions, roles, ladders, scenarios };
}

export function findQuestion(bank: Bank, id: string): BankQuestion | undefined {
  return bank.questions.find((q) => q.id === id);
}
