// The built-in scenarios: enough of them, over both jurisdictions, every agent level and the
// supervisor track; each consistent with itself (its example lines meet their goals and break no
// rule, its traps name real rules and its better lines spring no trap).
import { describe, expect, test } from 'vitest';
import { Call, flagsFor } from '../../../src/call/engine.js';
import { findSignal } from '../../../src/call/match.js';
import { isPractice, ruleProblem } from '../../../src/call/scenarios.js';
import { conductRule } from '../../../src/conduct/rules.js';
import { builtinBank } from './fixtures.js';

const { bank, diagnostics } = builtinBank();
const practice = bank.scenarios.filter(isPractice);

describe('the built-in scenarios', () => {
  test('load without a problem', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const s of bank.scenarios) expect(ruleProblem(s)).toBeUndefined();
  });

  test('cover both jurisdictions, every agent level, supervisor coaching and QA reviews', () => {
    expect(practice.filter((s) => s.roles.includes('agent')).length).toBeGreaterThanOrEqual(12);
    for (const j of ['us', 'uk']) expect(practice.some((s) => s.jurisdiction === j)).toBe(true);
    for (const level of ['junior', 'mid', 'senior', 'lead', 'manager']) {
      expect(practice.some((s) => s.roles.includes('agent') && s.seniority.includes(level as never)), level).toBe(true);
    }
    expect(practice.filter((s) => s.roles.includes('supervisor') && s.persona.role === 'agent').length).toBeGreaterThanOrEqual(2);
    expect(bank.scenarios.filter((s) => s.qa).map((s) => s.jurisdiction).sort()).toEqual(['uk', 'us']);
  });

  test('every trap and QA breach names a rule `collections-prep rules` lists (or a QA-only finding)', () => {
    for (const s of bank.scenarios) {
      for (const t of s.traps ?? []) expect(conductRule(t.rule), `${s.id}: ${t.rule}`).toBeDefined();
      for (const b of s.qa?.breaches ?? []) expect(conductRule(b.rule) ?? ['no-disclosure', 'discouraging-advice'].includes(b.rule) ? true : b.rule).toBe(true);
    }
  });

  for (const s of practice) {
    test(`${s.id}: each goal's example meets it and breaks no rule; each better line springs nothing`, () => {
      for (const g of s.goals!) {
        expect(findSignal(g.example, g.signals), `${s.id} ${g.id}: "${g.example}"`).toBeDefined();
        // Every goal met before: no trap tied to an earlier goal is live.
        const metBefore = new Set(s.goals!.map((x) => x.id));
        expect(flagsFor(s, g.example, 99, metBefore).filter((f) => !s.traps?.some((t) => t.turns && !t.turns.includes(99) && t.rule === f.rule)), `${s.id} ${g.id}`).toEqual([]);
      }
      for (const t of s.traps ?? []) {
        // Said where the trap is live: after every goal but the one that ends the trap (identity
        // checked, unless the trap is talking before the check).
        const before = new Set(s.goals!.map((x) => x.id).filter((id) => id !== t.until));
        const flags = flagsFor(s, t.better, t.turns?.[0] ?? 1, before);
        expect(flags, `${s.id} trap ${t.rule}: "${t.better}"`).toEqual([]);
      }
    });

    test(`${s.id}: the goals' examples, in order, make a call that meets every goal with no flag`, () => {
      const call = new Call(s);
      const goals = s.goals!;
      // A goal with by_turn must be met by then: the examples go in goal order, one a turn.
      for (const g of goals.slice(0, call.maxTurns)) {
        const r = call.candidate(g.example);
        expect(r.flags, `${s.id}: "${g.example}"`).toEqual([]);
        if (!r.next) break;
      }
      const missed = call.goalResults().filter((g) => !g.met).map((g) => g.id);
      expect(missed, s.id).toEqual([]);
    });
  }
});

describe('each turn judged by where the call stands', () => {
  const scenario = (id: string) => bank.scenarios.find((s) => s.id === id)!;

  test('the debt told to a roommate is a disclosure, found by the conduct rules themselves', () => {
    const flags = flagsFor(scenario('us-roommate-answers'), 'He owes us $486 on his phone contract, can you remind him?', 1, new Set());
    expect(flags.find((f) => f.rule === 'third-party-disclosure')?.source).toBe('rules');
  });

  test('the debt before identity is confirmed skips the checks; after it, it does not', () => {
    const s = scenario('uk-job-loss-arrears');
    const line = "You're two months behind on the loan, the arrears are £380.";
    expect(flagsFor(s, line, 1, new Set()).map((f) => f.rule)).toContain('skipping-id-checks');
    expect(flagsFor(s, line, 3, new Set(['verify-identity'])).map((f) => f.rule)).not.toContain('skipping-id-checks');
  });

  test('pressing a customer whose call_state marks a vulnerability', () => {
    const flags = flagsFor(scenario('uk-mental-health-breathing-space'), 'I hear you, but the arrears still need clearing this month.', 3, new Set(['verify-identity']));
    expect(flags.map((f) => f.rule)).toContain('vulnerable-pressure');
  });

  test('what the customer has said holds from the turn that answers it, not before: a lawyer, a billing error, an illness', () => {
    const met = new Set(['verify-identity']);
    // The conduct rules' own reading of the state (a scenario's traps may cover the same words at every turn).
    const rules = (f: { rule: string; source: string }[]) => f.filter((x) => x.source === 'rules').map((x) => x.rule);
    const renee = scenario('us-attorney-represented');
    const ask = 'Can we set up a payment today to bring the loan up to date?';
    expect(rules(flagsFor(renee, ask, 2, met))).not.toContain('represented-consumer');
    expect(rules(flagsFor(renee, ask, 3, met))).toContain('represented-consumer');
    const gareth = scenario('uk-lead-billing-error-escalation');
    const press = 'I can see the £45, can you make a payment today to clear it?';
    expect(rules(flagsFor(gareth, press, 2, met))).not.toContain('ignoring-dispute-or-cease');
    expect(rules(flagsFor(gareth, press, 3, met))).toContain('ignoring-dispute-or-cease');
    const martin = scenario('uk-mental-health-breathing-space');
    const urge = 'I hear you, but the arrears still need clearing this month.';
    expect(rules(flagsFor(martin, urge, 2, met))).not.toContain('vulnerable-pressure');
    expect(rules(flagsFor(martin, urge, 3, met))).toContain('vulnerable-pressure');
  });
});
