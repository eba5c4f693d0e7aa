import { compareLevels } from '../bank/levels.js';
import { ladderOf, type Ladders } from '../bank/roles.js';
import { addDays, dayKey, startOfWeek } from './dates.js';
import { buildSchedule, dueQuestions, type Schedule } from '../selection/review.js';
import { afterFollowUp, type HistoryItem, type HistorySession } from './sessions.js';
import { tallyAnswers, type AnswerTally } from './tally.js';
import { heldDown } from '../grading/entry.js';
import { round1 } from '../grading/score.js';

// The maths of `stats` and of the progress reports: pure functions of the rebuilt sessions and
// a clock, so that tests can pin every number.

export interface StatsFilter {
  /** Only answers to questions of this role (or, for old records without roles, sessions of it). */
  role?: string;
  /** Only answers given at or after this moment. */
  since?: Date;
  /** Not a filter: the declared ladders, so that each role's levels go up its own ladder. */
  ladders?: Ladders;
}

export interface SessionPoint {
  id: string;
  started_at: string;
  role: string | null;
  /** Answers recorded (after the filters), skipped ones included. */
  count: number;
  answered: number;
  average: number | null;
  by_skill: Record<string, number>;
  interrupted: boolean;
  /** A mock interview's job and verdict. */
  interview?: InterviewPoint;
}

/** A mock interview as statistics show it: the job, the verdict, the average it rests on. */
export interface InterviewPoint {
  title: string | null;
  outcome: 'ready' | 'borderline' | 'not-yet';
  average: number | null;
}

export interface SkillProgress {
  skill: string;
  /** The skill's name, where a bank at hand names it (reports show it; `skill` stays the id). */
  skill_name?: string;
  average: number;
  /** Answers that scored this skill. */
  answers: number;
  /** The skill's average in each session that tested it, oldest first. */
  series: { session: string; started_at: string; average: number }[];
}

export interface Stats {
  version: 1;
  generated_at: string;
  filters: { role: string | null; since: string | null };
  totals: { sessions: number; answers: number; scored: number; skipped: number; average: number | null; first_day: string | null; last_day: string | null };
  /** Consecutive days with a session, ending today or yesterday (local time). */
  streak_days: number;
  /** Sessions since Monday 00:00 (local time) of the current week. */
  sessions_this_week: number;
  week_start: string;
  /** Questions whose review falls on or before today. */
  due_today: number;
  sessions: SessionPoint[];
  /** Every skill scored, by name. */
  skills: SkillProgress[];
  /** Up to three skills averaging below 4.0, weakest first, from the answers no red flag, conduct rule or wrong fact held down. */
  weakest: { skill: string; skill_name?: string; average: number }[];
  /** Skill names by id, for every skill named anywhere in these statistics. */
  skill_names?: Record<string, string>;
  /** Answered questions per role and level; a question written for two levels counts under both. */
  /** `titles`: the job title of each level, for a role that a bank file declares. */
  answered_by: Record<string, { total: number; levels: Record<string, number>; titles?: Record<string, string> }>;
  /** Key points missed in two answers or more, and red flags raised, most frequent first (up to five each). */
  recurring_gaps: { point: string; count: number }[];
  red_flags: { flag: string; count: number }[];
  /** Mock interviews with their verdicts, oldest first. */
  interviews: ({ id: string; started_at: string } & InterviewPoint)[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function keepItem(item: HistoryItem, session: HistorySession, filter: StatsFilter): boolean {
  if (filter.role !== undefined) {
    const roles = item.roles.length ? item.roles : session.info.role ? [session.info.role] : [];
    if (!roles.includes(filter.role)) return false;
  }
  if (filter.since !== undefined) {
    const at = Date.parse(item.at);
    if (Number.isNaN(at) || at < filter.since.getTime()) return false;
  }
  return true;
}

/** Consecutive local days with a session, ending today, or yesterday when today has none yet. */
export function streak(days: ReadonlySet<string>, now: Date): number {
  let day = days.has(dayKey(now)) ? now : addDays(now, -1);
  let n = 0;
  while (days.has(dayKey(day))) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

function topCounts(counts: Map<string, number>, limit: number): { value: string; count: number }[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}

/** Orders a role's levels up its ladder (the global order for a role no bank file declares). */
const byLevel = (ladder: readonly string[]) => (a: string, b: string) => compareLevels(a, b, ladder);

/**
 * What one session adds to the statistics, after the filters: the unit that `stats` merges, and
 * that the history index keeps for finished sessions so that `stats` need not read them again.
 */
export interface SessionSummary {
  id: string;
  started_at: string;
  role: string | null;
  interrupted: boolean;
  /** Answers kept by the filters (skipped ones included); answered: not skipped. */
  kept: number;
  answered: number;
  /** Sum and count of scores. */
  sum: number;
  n: number;
  /** [skill, sum, count], by skill. */
  skills: Array<[string, number, number]>;
  /** The same from the answers no red flag, conduct rule or wrong fact held down, when some were (else `skills`): the weakest skills are read from these, as in the session summary (a flag caps every skill of its card). */
  clean?: Array<[string, number, number]>;
  /** [role, questions answered, [level, questions answered][]]: a question tried twice counts once. */
  roles: Array<[string, number, Array<[string, number]>]>;
  /** Key points missed and red flags raised, with how often. */
  gaps: Array<[string, number]>;
  flags: Array<[string, number]>;
  interview?: InterviewPoint;
}

interface Acc {
  sum: number;
  n: number;
}
const avg = (sum: number, n: number) => round1(sum / n);
function count(m: Map<string, number>, key: string, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

/** One session's contribution; undefined when the filters leave none of its answers. */
export function summariseSession(s: HistorySession, filter: StatsFilter = {}): SessionSummary | undefined {
  const filtered = filter.role !== undefined || filter.since !== undefined;
  const chosen = filtered ? s.items.filter((i) => keepItem(i, s, filter)) : s.items;
  if (chosen.length === 0) return undefined;
  // A mock interview's answers count after their follow-ups, as its verdict and `history` show them.
  const kept = s.followUps ? chosen.map((i) => ({ ...i, entry: afterFollowUp(i.entry, s) })) : chosen;
  const tally = tallyAnswers(kept);
  const cleanItems = kept.filter((i) => !heldDown(i.entry));
  // Most sessions hold no flagged answer: their clean skills are their skills, and the index stays small.
  const clean = cleanItems.length < kept.length ? tallyAnswers(cleanItems) : undefined;
  const counted = new Set<string>();
  const roles = new Map<string, { total: number; levels: Map<string, number> }>();
  const gaps = new Map<string, number>();
  const flags = new Map<string, number>();
  for (const i of kept) {
    const e = i.entry;
    if (e.skipped) continue;
    // "Try again" answers one question twice: the table counts questions, not tries.
    if (!counted.has(e.id)) {
      counted.add(e.id);
      for (const role of filter.role !== undefined ? [filter.role] : i.roles.length ? i.roles : [s.info.role ?? 'unknown']) {
        let row = roles.get(role);
        if (!row) roles.set(role, (row = { total: 0, levels: new Map() }));
        row.total++;
        for (const level of e.seniority.length ? e.seniority : ['unknown']) count(row.levels, level);
      }
    }
    if (e.score === null) continue;
    for (const point of e.missing_points) count(gaps, point);
    for (const flag of e.red_flags) count(flags, flag);
  }
  return {
    id: s.info.id,
    started_at: s.info.started_at,
    role: s.info.role,
    interrupted: s.info.interrupted === true,
    kept: tally.count,
    answered: tally.answered,
    sum: tally.sum,
    n: tally.n,
    skills: skillSums(tally),
    ...(clean ? { clean: skillSums(clean) } : {}),
    roles: [...roles].map(([role, r]) => [role, r.total, [...r.levels]]),
    gaps: [...gaps],
    flags: [...flags],
    ...(s.verdict ? { interview: { title: s.info.title ?? (s.info.role ? `${s.info.role} ${s.info.levels.join(', ')}` : null), outcome: s.verdict.outcome, average: s.verdict.average ?? null } } : {}),
  };
}

/** Adds a summary's [skill, sum, count] rows into running sums by skill. */
function addSums(into: Map<string, Acc>, rows: readonly (readonly [string, number, number])[]): void {
  for (const [skill, sum, n] of rows) {
    const a = into.get(skill);
    if (a) {
      a.sum += sum;
      a.n += n;
    } else into.set(skill, { sum, n });
  }
}

function skillSums(tally: AnswerTally): Array<[string, number, number]> {
  return [...tally.skills].sort((a, b) => cmp(a[0], b[0])).map(([skill, a]) => [skill, a.sum, a.n]);
}

/** The review schedule narrowed to one role's questions. */
function cardsFor(schedule: Schedule, role: string | undefined): Schedule {
  if (role === undefined) return schedule;
  return { ...schedule, cards: new Map([...schedule.cards].filter(([, s]) => !s.roles.length || s.roles.includes(role))) };
}

/**
 * Everything `stats` shows. `all` is the whole history (the review schedule needs every answer);
 * the filters narrow the rest.
 */
export function computeStats(all: readonly HistorySession[], now: Date, filter: StatsFilter = {}, schedule?: Schedule): Stats {
  const summaries: SessionSummary[] = [];
  for (const s of all) {
    const summary = summariseSession(s, filter);
    if (summary) summaries.push(summary);
  }
  return mergeStats(summaries, now, schedule ?? buildSchedule(all), filter);
}

/** Merges session summaries (oldest first) into the statistics. */
export function mergeStats(summaries: readonly SessionSummary[], now: Date, schedule: Schedule, filter: StatsFilter = {}): Stats {
  const points: SessionPoint[] = [];
  const bySkill = new Map<string, Acc>();
  const cleanBySkill = new Map<string, Acc>();
  const series = new Map<string, SkillProgress['series']>();
  const answeredBy = new Map<string, { total: number; levels: Map<string, number> }>();
  const gaps = new Map<string, number>();
  const flags = new Map<string, number>();
  const days = new Set<string>();
  let sum = 0;
  let n = 0;
  let answers = 0;
  let skipped = 0;
  const weekStart = startOfWeek(now);
  let thisWeek = 0;

  for (const s of summaries) {
    answers += s.answered;
    skipped += s.kept - s.answered;
    sum += s.sum;
    n += s.n;
    const t = Date.parse(s.started_at);
    if (!Number.isNaN(t)) {
      days.add(dayKey(new Date(t)));
      if (t >= weekStart.getTime() && t <= now.getTime()) thisWeek++;
    }
    const by_skill: Record<string, number> = {};
    addSums(bySkill, s.skills);
    addSums(cleanBySkill, s.clean ?? s.skills);
    for (const [skill, skillSum, skillN] of s.skills) {
      const average = avg(skillSum, skillN);
      by_skill[skill] = average;
      const point = { session: s.id, started_at: s.started_at, average };
      const list = series.get(skill);
      if (list) list.push(point);
      else series.set(skill, [point]);
    }
    for (const [role, total, levels] of s.roles) {
      let row = answeredBy.get(role);
      if (!row) answeredBy.set(role, (row = { total: 0, levels: new Map() }));
      row.total += total;
      for (const [level, k] of levels) count(row.levels, level, k);
    }
    for (const [point, k] of s.gaps) count(gaps, point, k);
    for (const [flag, k] of s.flags) count(flags, flag, k);
    points.push({
      id: s.id,
      started_at: s.started_at,
      role: s.role,
      count: s.kept,
      answered: s.answered,
      // A mock interview's row is its verdict's average, as its own report and `history` give it.
      average: s.interview?.average ?? (s.n ? avg(s.sum, s.n) : null),
      by_skill,
      interrupted: s.interrupted,
      ...(s.interview ? { interview: s.interview } : {}),
    });
  }

  const skills: SkillProgress[] = [...bySkill.keys()].sort(cmp).map((skill) => {
    const a = bySkill.get(skill)!;
    return { skill, average: avg(a.sum, a.n), answers: a.n, series: series.get(skill) ?? [] };
  });
  // As in a session's summary, the weakest skills are read from the answers no flag held down.
  const weakest = [...cleanBySkill]
    .map(([skill, a]) => ({ skill, average: avg(a.sum, a.n) }))
    .filter((s) => s.average < 4)
    .sort((a, b) => a.average - b.average || cmp(a.skill, b.skill))
    .slice(0, 3);
  const answered_by: Stats['answered_by'] = {};
  for (const role of [...answeredBy.keys()].sort(cmp)) {
    const row = answeredBy.get(role)!;
    const order = byLevel(ladderOf(filter.ladders ?? new Map(), role));
    const levels = [...row.levels].sort((a, b) => order(a[0], b[0]));
    const declared = filter.ladders?.get(role);
    const titles = declared
      ? Object.fromEntries(levels.flatMap(([l]) => declared.levels.filter((x) => x.id === l).map((x) => [l, x.title] as const)))
      : undefined;
    answered_by[role] = { total: row.total, levels: Object.fromEntries(levels), ...(titles && Object.keys(titles).length ? { titles } : {}) };
  }
  const dayList = [...days].sort();
  return {
    version: 1,
    generated_at: now.toISOString(),
    filters: { role: filter.role ?? null, since: filter.since ? filter.since.toISOString() : null },
    totals: {
      sessions: summaries.length,
      answers,
      scored: n,
      skipped,
      average: n ? avg(sum, n) : null,
      first_day: dayList[0] ?? null,
      last_day: dayList[dayList.length - 1] ?? null,
    },
    streak_days: streak(days, now),
    sessions_this_week: thisWeek,
    week_start: dayKey(weekStart),
    due_today: dueQuestions(cardsFor(schedule, filter.role), now).length,
    sessions: points,
    skills,
    weakest,
    answered_by,
    recurring_gaps: topCounts(gaps, 5)
      .filter((g) => g.count >= 2)
      .map(({ value, count }) => ({ point: value, count })),
    red_flags: topCounts(flags, 5).map(({ value, count }) => ({ flag: value, count })),
    interviews: points.flatMap((p) => (p.interview ? [{ id: p.id, started_at: p.started_at, ...p.interview }] : [])),
  };
}

/** The statistics with skill names beside their ids (JSON keeps the ids; reports show names). */
export function nameSkills(stats: Stats, names: ReadonlyMap<string, string>): Stats {
  const ids = new Set([...stats.skills.map((s) => s.skill), ...stats.sessions.flatMap((s) => Object.keys(s.by_skill))]);
  const known = [...ids].filter((id) => names.has(id)).sort();
  const named = <T extends { skill: string }>(x: T): T => (names.has(x.skill) ? { ...x, skill_name: names.get(x.skill)! } : x);
  return {
    ...stats,
    skills: stats.skills.map(named),
    weakest: stats.weakest.map(named),
    ...(known.length ? { skill_names: Object.fromEntries(known.map((id) => [id, names.get(id)!])) } : {}),
  };
}

/** A skill's name in these statistics, else its id. */
export function statsSkillName(stats: Pick<Stats, 'skill_names'>, id: string): string {
  return stats.skill_names?.[id] ?? id;
}
