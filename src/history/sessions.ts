import { GRADERS } from '../limits.js';
import type { ResultEntry } from '../grading/entry.js';
import { editDistance } from '../text/suggest.js';
import type { AnswerRecord, FollowUpRecord, GradeRecord, HistoryRecord, SessionInfo, Verdict } from './records.js';
import { ungraded } from '../grading/score.js';

// Rebuilding sessions from the append-only history: records are grouped by session, each answer
// is paired with its grade, and what a crash left behind (no end record, an answer never graded,
// even a session whose first line was torn) still becomes a readable session.

/** One answer of a rebuilt session, with what the report itself does not carry. */
export interface HistoryItem {
  entry: ResultEntry;
  /** Roles of the question (from the answer record; older records may lack them). */
  roles: string[];
  /** When it was answered (ISO). */
  at: string;
  /** False when the session ended before this answer was graded. */
  graded: boolean;
  /** What the answer says about each skill, when already known (see skillScores). */
  scores?: Array<[skill: string, score: number]>;
}

export interface HistorySession {
  info: SessionInfo;
  items: HistoryItem[];
  /** Questions the session planned to ask, when the session record says. */
  planned?: number;
  /** False when there is no end record: the session crashed or is still running. */
  ended: boolean;
  /** An interview's follow-ups, by the card they follow. */
  followUps?: Map<string, FollowUpRecord['follow_up']>;
  /** An interview's verdict, when it was reached. */
  verdict?: Verdict;
}

const KNOWN_GRADERS = new Set<string>(GRADERS);

/** An interview answer's score once its follow-up lifted it (as the verdict averages it); any other answer as it was graded. */
export function afterFollowUp(entry: ResultEntry, s: Pick<HistorySession, 'followUps'>): ResultEntry {
  const f = s.followUps?.get(entry.id);
  return f && f.final_score !== null && entry.score !== null ? { ...entry, score: f.final_score } : entry;
}


interface Group {
  id: string;
  order: number;
  session?: Extract<HistoryRecord, { kind: 'session' }>;
  answers: AnswerRecord[];
  grades: GradeRecord[];
  end?: Extract<HistoryRecord, { kind: 'end' }>;
  followUps: FollowUpRecord[];
  verdict?: Verdict;
}

/** Groups records by session and rebuilds each one, oldest first. */
export function rebuildSessions(records: readonly HistoryRecord[]): HistorySession[] {
  const groups = new Map<string, Group>();
  const group = (id: string): Group => {
    let g = groups.get(id);
    if (!g) {
      g = { id, order: groups.size, answers: [], grades: [], followUps: [] };
      groups.set(id, g);
    }
    return g;
  };
  for (const r of records) {
    if (r.kind === 'session') {
      const g = group(r.id);
      g.session ??= r; // a repeated session line (a copied file) does not replace the first
    } else if (r.kind === 'answer') group(r.session).answers.push(r);
    else if (r.kind === 'grade') group(r.session).grades.push(r);
    else if (r.kind === 'follow-up') group(r.session).followUps.push(r);
    else if (r.kind === 'verdict') group(r.session).verdict ??= r.verdict;
    else group(r.session).end ??= r;
  }
  const out = [...groups.values()].map(rebuild);
  return sortSessions(out);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first (ISO times sort as text), then by id. */
export function sortSessions(sessions: HistorySession[]): HistorySession[] {
  return sessions.sort((a, b) => cmp(a.info.started_at, b.info.started_at) || cmp(a.info.id, b.info.id));
}

function rebuild(g: Group): HistorySession {
  // Grades pair with the answers of the same question in order: the n-th grade of a question goes
  // to its n-th submitted (not skipped) answer. Extra grades (a hand edit) are ignored.
  const gradesByQuestion = new Map<string, GradeRecord[]>();
  for (const grade of g.grades) {
    const list = gradesByQuestion.get(grade.question) ?? [];
    list.push(grade);
    gradesByQuestion.set(grade.question, list);
  }
  const items: HistoryItem[] = g.answers.map((a) => {
    const grade = a.skipped ? undefined : gradesByQuestion.get(a.question)?.shift();
    const base = {
      id: a.question,
      question: a.text ?? a.question,
      answer: a.answer,
      seniority: a.seniority ?? [],
      type: a.type ?? 'unknown',
      // Older answer records do not name the skills: the grade's criteria do (one per skill).
      skills: a.skills ?? grade?.grade.criteria.map((c) => c.name) ?? [],
      ...(a.time_ms !== undefined ? { time_ms: a.time_ms } : {}),
      ...(a.attempt !== undefined ? { attempt: a.attempt } : {}),
    };
    if (a.skipped) {
      const feedback = a.answer.trim() ? 'Not submitted (session interrupted).' : 'Skipped.';
      return { entry: { ...ungraded(feedback), ...base, skipped: true }, roles: a.roles ?? [], at: a.at, graded: true };
    }
    if (!grade) {
      return { entry: { ...ungraded('Not graded: the session ended before this answer was graded.'), ...base }, roles: a.roles ?? [], at: a.at, graded: false };
    }
    return { entry: { ...grade.grade, ...base }, roles: a.roles ?? [], at: a.at, graded: true };
  });

  const s = g.session;
  const firstAt = g.answers[0]?.at ?? g.end?.at ?? '';
  const roles = new Set(items.flatMap((i) => i.roles));
  const graderSeen = g.grades[0]?.grade.grader;
  const grader = s?.grader ?? graderSeen ?? 'none';
  const info: SessionInfo = {
    id: g.id,
    started_at: s?.started_at ?? firstAt,
    role: s ? (s.role ?? null) : roles.size === 1 ? [...roles][0]! : null,
    levels: s?.levels ?? [],
    ...(s?.title ? { title: s.title } : {}),
    ...(s?.jurisdiction === 'us' || s?.jurisdiction === 'uk' ? { jurisdiction: s.jurisdiction } : {}),
    grader: (KNOWN_GRADERS.has(grader) ? grader : 'none') as SessionInfo['grader'],
    seed: s?.seed ?? null,
    mode: s?.mode ?? (items.some((i) => i.entry.time_ms !== undefined) ? 'interactive' : 'batch'),
    ...(s?.model ? { model: s.model } : {}),
    ...(s?.skill_names ? { skill_names: s.skill_names } : {}),
    ...(s?.activity === 'drill' || s?.activity === 'interview' || s?.activity === 'call' ? { activity: s.activity } : {}),
  };
  if (g.end) info.finished_at = g.end.at;
  if (!g.end || g.end.interrupted) info.interrupted = true;
  const followUps = g.followUps.length ? new Map(g.followUps.map((f) => [f.question, f.follow_up])) : undefined;
  return {
    info,
    items,
    ended: g.end !== undefined,
    ...(s?.count !== undefined ? { planned: s.count } : {}),
    ...(followUps ? { followUps } : {}),
    ...(g.verdict ? { verdict: g.verdict } : {}),
  };
}

/**
 * What one answer says about each of its skills: the criterion named after the skill when the
 * grader scored it, otherwise the answer's overall score (as the session summary counts it).
 */
export function skillScores(entry: ResultEntry): Array<[skill: string, score: number]> {
  if (entry.skipped || entry.score === null) return [];
  const named = new Map<string, number>();
  for (const c of entry.criteria) if (c.score !== null) named.set(c.name, c.score);
  return entry.skills.map((s) => [s, named.get(s) ?? entry.score!]);
}

/** skillScores of an item, computed once. */
export function itemScores(item: Pick<HistoryItem, 'entry' | 'scores'>): Array<[skill: string, score: number]> {
  return (item.scores ??= skillScores(item.entry));
}

export type SessionLookup =
  | { kind: 'found'; session: HistorySession }
  | { kind: 'ambiguous'; matches: HistorySession[] }
  | { kind: 'missing'; ids: string[]; suggestion?: string };

/** Finds a session by its id or a unique beginning of it. */
export function findSession(sessions: readonly HistorySession[], query: string): SessionLookup {
  const exact = sessions.find((s) => s.info.id === query);
  if (exact) return { kind: 'found', session: exact };
  const matches = query ? sessions.filter((s) => s.info.id.startsWith(query)) : [];
  if (matches.length === 1) return { kind: 'found', session: matches[0]! };
  if (matches.length > 1) return { kind: 'ambiguous', matches };
  return { kind: 'missing', ids: sessions.map((s) => s.info.id), suggestion: suggestSession(query, sessions) };
}

/**
 * The session the user probably meant: the id whose beginning is closest to what was typed (a
 * mistyped digit of a date, say), when it is close enough to be a typo.
 */
export function suggestSession(query: string, sessions: readonly HistorySession[]): string | undefined {
  if (!query) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const s of sessions) {
    const id = s.info.id;
    const d = Math.min(editDistance(query, id.slice(0, query.length)), editDistance(query, id));
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(query.length / 4)) ? best : undefined;
}
