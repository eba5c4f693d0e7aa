import type { Question, Skill } from './schema.js';

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

export interface Bank {
  skills: Map<string, BankSkill>;
  questions: BankQuestion[];
  /** Role ids used by at least one question, sorted. */
  roles: string[];
}

export function makeBank(skills: Iterable<BankSkill>, questions: BankQuestion[]): Bank {
  const skillMap = new Map<string, BankSkill>();
  for (const skill of skills) if (!skillMap.has(skill.id)) skillMap.set(skill.id, skill);
  const roles = [...new Set(questions.flatMap((q) => q.roles))].sort();
  return { skills: skillMap, questions, roles };
}

export function findQuestion(bank: Bank, id: string): BankQuestion | undefined {
  return bank.questions.find((q) => q.id === id);
}
