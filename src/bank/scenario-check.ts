import { formatPath, type Diagnostic } from './diagnostics.js';
import type { BankScenario } from './model.js';
import { allowedLevels, type Ladders } from './roles.js';

// What zod cannot see within one scenario card, and what spans cards: unique ids, goals that
// branches and traps name, skills the bank defines, levels on the role's ladder, turn numbers
// inside the script and QA lines inside the transcript. (Trap rule ids are the conduct rules',
// which sit above the bank: `call` checks them when it loads a scenario.)

interface ScenarioCheckInput {
  scenarios: readonly BankScenario[];
  skills: ReadonlySet<string>;
  roles: Ladders;
  locate?: (file: string, path: readonly PropertyKey[]) => { line: number; col: number } | undefined;
}

export function scenarioCheck({ scenarios, skills, roles, locate }: ScenarioCheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, BankScenario>();
  for (const s of scenarios) {
    const at = (path: readonly PropertyKey[], message: string, severity: Diagnostic['severity'] = 'error') => {
      const full = ['scenarios', s.source.index, ...path];
      const pos = locate?.(s.source.file, full) ?? s.source;
      out.push({ file: s.source.file, line: pos.line, col: pos.col, severity, path: formatPath(full), message });
    };
    const first = seen.get(s.id);
    if (first) at(['id'], `duplicate scenario id "${s.id}" (first defined at ${first.source.file}:${first.source.line})`);
    else seen.set(s.id, s);

    const allowed = allowedLevels(roles, s.roles);
    if (allowed) {
      s.seniority.forEach((level, i) => {
        if (!allowed.includes(level)) at(['seniority', i], `level "${level}" is not on the ladder of ${s.roles.join(', ')} (${allowed.join(', ')})`);
      });
    }

    const goalIds = new Set<string>();
    (s.goals ?? []).forEach((g, i) => {
      if (goalIds.has(g.id)) at(['goals', i, 'id'], `duplicate goal id "${g.id}" in this scenario`);
      goalIds.add(g.id);
      if (!skills.has(g.skill)) at(['goals', i, 'skill'], `unknown skill "${g.skill}": define it under \`skills:\` or use one of the bank's`);
      if (s.script && g.by_turn !== undefined && g.by_turn > s.script.length) {
        at(['goals', i, 'by_turn'], `by_turn ${g.by_turn} is after the call's last turn (the script has ${s.script.length} lines, so ${s.script.length} candidate turns)`);
      }
    });
    const goal = (path: readonly PropertyKey[], id: string | undefined) => {
      if (id !== undefined && !goalIds.has(id)) at(path, `no goal "${id}" in this scenario${goalIds.size ? ` (goals: ${[...goalIds].join(', ')})` : ''}`);
    };
    (s.script ?? []).forEach((line, i) => {
      (line.branches ?? []).forEach((b, j) => {
        if (i === 0) at(['script', 0, 'branches', j], 'the first line opens the call: there is no candidate turn before it to branch on');
        goal(['script', i, 'branches', j, 'if', 'did'], b.if.did);
        goal(['script', i, 'branches', j, 'if', 'not_yet'], b.if.not_yet);
      });
    });
    goal(['call_state', 'verified_by'], s.call_state?.verified_by);
    for (const [key, v] of Object.entries(s.call_state ?? {})) {
      const last = s.script?.length ?? 0;
      if (typeof v === 'number' && key !== 'local_hour' && v > last) at(['call_state', key], `turn ${v} is after the call's last turn (${last})`);
    }
    (s.traps ?? []).forEach((t, i) => {
      goal(['traps', i, 'until'], t.until);
      const last = s.script?.length ?? 0;
      (t.turns ?? []).forEach((n, j) => {
        if (n > last) at(['traps', i, 'turns', j], `turn ${n} is after the call's last turn (${last})`);
      });
    });
    if (s.qa) {
      const lines = s.qa.transcript.length;
      s.qa.breaches.forEach((b, i) => {
        if (b.line > lines) at(['qa', 'breaches', i, 'line'], `line ${b.line} is after the transcript's last line (${lines})`);
      });
    }
  }
  return out;
}
