import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../src/bank/check.js';
import { loadBank } from '../../../src/bank/load.js';
import type { BankQuestion } from '../../../src/bank/model.js';
import { ROOT } from '../../helpers/cli.js';

// Pins the built-in bank's coverage (issue 3): what every release must keep.
const { bank, diagnostics } = loadBank({ cwd: ROOT, builtin: { dir: join(ROOT, 'questions') } });
const questions = bank.questions;

/** Each of the 22 topics of shared/domain.md, and the original question that covers it. */
const TOPICS: Record<number, { id: string; role: string; level: string }> = {
  1: { id: 'agent-junior-medical-bills-hardship', role: 'agent', level: 'junior' },
  2: { id: 'agent-mid-refuses-to-pay', role: 'agent', level: 'mid' },
  3: { id: 'agent-junior-unexpected-charge', role: 'agent', level: 'junior' },
  4: { id: 'agent-mid-crm-daily-weekly-targets', role: 'agent', level: 'mid' },
  5: { id: 'agent-senior-silent-debtor-new-channel', role: 'agent', level: 'senior' },
  6: { id: 'agent-mid-relationship-while-collecting', role: 'agent', level: 'mid' },
  7: { id: 'agent-senior-repeat-late-payer-cash-flow', role: 'agent', level: 'senior' },
  8: { id: 'agent-senior-prioritise-overdue-portfolio-crm', role: 'agent', level: 'senior' },
  9: { id: 'agent-lead-billing-error-dispute', role: 'agent', level: 'lead' },
  10: { id: 'agent-lead-leadership-style-hard-period', role: 'agent', level: 'lead' },
  11: { id: 'agent-manager-reduce-over-60-ageing', role: 'agent', level: 'manager' },
  12: { id: 'agent-manager-long-standing-client-cash-trouble', role: 'agent', level: 'manager' },
  13: { id: 'supervisor-mid-cash-flow-client-revised-plan', role: 'supervisor', level: 'mid' },
  14: { id: 'supervisor-mid-daily-task-prioritisation', role: 'supervisor', level: 'mid' },
  15: { id: 'supervisor-lead-team-missing-targets', role: 'supervisor', level: 'lead' },
  16: { id: 'supervisor-lead-billing-error-upset-client', role: 'supervisor', level: 'lead' },
  17: { id: 'supervisor-senior-new-collection-strategy-impact', role: 'supervisor', level: 'senior' },
  18: { id: 'supervisor-senior-resistant-customer-escalation', role: 'supervisor', level: 'senior' },
  19: { id: 'supervisor-manager-dso-invoicing-and-sales', role: 'supervisor', level: 'manager' },
  20: { id: 'supervisor-lead-long-standing-client-conversation', role: 'supervisor', level: 'lead' },
  21: { id: 'supervisor-director-find-fix-inefficiencies', role: 'supervisor', level: 'director' },
  22: { id: 'supervisor-lead-resistant-client-negotiation', role: 'supervisor', level: 'lead' },
};

const CELLS: [string, string][] = [
  ...['junior', 'mid', 'senior', 'lead', 'manager'].map((l): [string, string] => ['agent', l]),
  ...['mid', 'lead', 'senior', 'manager', 'director'].map((l): [string, string] => ['supervisor', l]),
];

describe('the built-in bank', () => {
  it('is valid with no warnings (validate --strict)', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has at least 72 questions and 3 question types', () => {
    expect(questions.length).toBeGreaterThanOrEqual(72);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });

  it('covers every one of the 22 topics with its own question, at the topic\'s role and level', () => {
    const ids = Object.values(TOPICS).map((t) => t.id);
    expect(new Set(ids).size).toBe(22);
    for (const [topic, t] of Object.entries(TOPICS)) {
      const q = questions.find((x) => x.id === t.id);
      expect(q, `topic ${topic}`).toBeDefined();
      expect(q!.roles, `topic ${topic}`).toContain(t.role);
      expect(q!.seniority, `topic ${topic}`).toContain(t.level);
    }
  });

  it('has at least 5 questions in every cell of both ladders', () => {
    for (const [role, level] of CELLS) {
      const n = questions.filter((q) => q.roles.includes(role) && q.seniority.includes(level as BankQuestion['seniority'][number])).length;
      expect(n, `${role} ${level}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('has at least 12 skills, each with a full rubric and tested by at least 4 questions, including the collections skills', () => {
    expect(bank.skills.size).toBeGreaterThanOrEqual(12);
    for (const [id, skill] of bank.skills) {
      expect(Object.keys(skill.rubric).sort(), id).toEqual(['1', '2', '3', '4', '5']);
      expect(questions.filter((q) => q.skills.includes(id)).length, id).toBeGreaterThanOrEqual(4);
    }
    for (const id of ['compliance', 'negotiation', 'dispute-handling', 'vulnerable-customers', 'portfolio-prioritisation', 'cash-flow-management', 'communication', 'empathy', 'leadership', 'coaching', 'process-improvement']) {
      expect(bank.skills.has(id), id).toBe(true);
    }
  });

  it('has every card complete', () => {
    for (const q of questions) {
      const words = wordCount(q.example_answer);
      expect(words, `${q.id} example answer words`).toBeGreaterThanOrEqual(80);
      expect(words, `${q.id} example answer words`).toBeLessThanOrEqual(200);
      expect(q.example_answer, `${q.id} first person`).toMatch(/\bI\b|\bI'(d|m|ve|ll)\b/);
      expect(q.why_asked.length, q.id).toBeGreaterThan(20);
      expect(q.how_to_answer.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.what_not_to_say.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.key_points?.length ?? 0, q.id).toBeGreaterThanOrEqual(3);
      for (const k of q.key_points ?? []) expect(k.signals?.length ?? 0, `${q.id}: ${k.point}`).toBeGreaterThan(0);
      expect(q.red_flags?.length ?? 0, q.id).toBeGreaterThanOrEqual(1);
      for (const r of q.red_flags ?? []) expect(r.signals?.length ?? 0, `${q.id}: ${r.flag}`).toBeGreaterThan(0);
    }
  });

  it('cites rules with their jurisdiction and uses invented employers', () => {
    const text = questions.map((q) => q.example_answer).join('\n');
    expect(text).toMatch(/FDCPA/);
    expect(text).toMatch(/Regulation F/);
    expect(text).toMatch(/CONC/);
    // A few well-known employers that must never appear as the candidate's employer.
    expect(text).not.toMatch(/\b(Experian|Equifax|TransUnion|Capital One|Barclays|HSBC|Wells Fargo|Chase|Amazon|Walmart|Encore Capital|PRA Group|Lowell|Cabot)\b/);
  });

  it('scores every example answer well with the offline grader, and raises no red flag on it', async () => {
    const { gradeOffline } = await import('../../../src/grading/offline/grade.js');
    for (const q of questions) {
      const g = gradeOffline(q, q.example_answer, { skills: bank.skills, bank: bank.questions });
      expect(g.red_flags, q.id).toEqual([]);
      expect(g.score!, q.id).toBeGreaterThanOrEqual(3.5);
    }
  });

  it('declares both ladders, and every card\'s levels are on its role\'s ladder (second edition)', () => {
    expect([...bank.ladders.keys()].sort()).toEqual(['agent', 'supervisor']);
    for (const q of questions) {
      for (const role of q.roles) {
        const ladder = bank.ladders.get(role)!.levels.map((l) => l.id);
        for (const level of q.seniority) expect(ladder, `${q.id}: ${role} ${level}`).toContain(level);
      }
    }
  });

  it('says the jurisdiction of every card; US rules only on us cards, UK rules only on uk cards', () => {
    const US = /\b(FDCPA|Regulation F|Reg F|FCRA|CFPB)\b/;
    const UK = /\b(CONC|FCA|DISP|Financial Ombudsman|Consumer Duty)\b/;
    for (const q of questions) {
      expect(['us', 'uk', 'any'], q.id).toContain(q.jurisdiction);
      const text = [q.text, q.example_answer, ...q.how_to_answer].join('\n');
      if (q.jurisdiction === 'uk') expect(text, q.id).not.toMatch(US);
      if (q.jurisdiction === 'us') expect(text, q.id).not.toMatch(UK);
    }
    expect(questions.filter((q) => q.jurisdiction === 'us').length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.jurisdiction === 'uk').length).toBeGreaterThan(0);
  });
});
