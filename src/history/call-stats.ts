import type { CallRecord } from './call-records.js';

// The statistics of the calls and QA reviews in history (`call` records, read by calls.ts or
// through the history index): a module of its own, so that computing them loads no schema.

export interface CallStats {
  /** Role-played calls and QA reviews recorded (after the filters). */
  calls: number;
  reviews: number;
  /** Average score of the calls (interrupted ones left out), and of the reviews; null with none. */
  average: number | null;
  /** Calls stopped by Ctrl-C or a signal: listed, but not in the averages (a call cut off after one turn scored 1.0, a new user). */
  interrupted: number;
  review_average: number | null;
  /** Calls with at least one breach. */
  with_breaches: number;
  /** Per skill, the average over the calls that scored it. */
  by_skill: Record<string, number>;
  /** The rules broken, most often first. */
  rules: { rule: string; count: number }[];
  /** The latest ten, newest first. */
  recent: { at: string; kind: 'call' | 'qa'; scenario: string; title: string; score: number; breaches: number }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export function callStats(records: readonly CallRecord[], filter: { role?: string; since?: Date } = {}): CallStats {
  const kept = records.filter((r) => (filter.role === undefined || r.report.scenario.roles.includes(filter.role)) && (filter.since === undefined || new Date(r.at) >= filter.since));
  const calls = kept.filter((r) => r.report.kind === 'call');
  const reviews = kept.filter((r) => r.report.kind === 'qa');
  const skill = new Map<string, number[]>();
  const rules = new Map<string, number>();
  const finished = calls.filter((r) => r.report.ended !== 'interrupted');
  for (const r of finished) {
    for (const c of r.report.criteria) skill.set(c.name, [...(skill.get(c.name) ?? []), c.score]);
    for (const f of r.report.conduct) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  }
  return {
    calls: calls.length,
    reviews: reviews.length,
    average: mean(finished.map((r) => r.report.score)),
    interrupted: calls.length - finished.length,
    review_average: mean(reviews.map((r) => r.report.score)),
    with_breaches: calls.filter((r) => r.report.conduct.length > 0).length,
    by_skill: Object.fromEntries([...skill].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, mean(v)!])),
    rules: [...rules].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1)),
    recent: [...kept]
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, 10)
      .map((r) => ({ at: r.at, kind: r.report.kind, scenario: r.report.scenario.id, title: r.report.scenario.title, score: r.report.score, breaches: r.report.conduct.length })),
  };
}
