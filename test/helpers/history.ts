// Builders for history records (the JSON lines that `drill` appends), for tests that need a
// history with known dates and scores.
import type { HistoryRecord } from '../../src/history/records.js';

export interface AnswerSpec {
  question: string;
  /** Minutes after the session started. */
  after?: number;
  score?: number | null;
  skills?: string[];
  /** Criterion scores by skill; default: the answer's score for each skill. */
  criteria?: Record<string, number>;
  roles?: string[];
  seniority?: string[];
  skipped?: boolean;
  /** Leave the grade out (a crash between answer and grade). */
  ungraded?: boolean;
  missing?: string[];
  red?: string[];
  /** A conduct rule broken (threat of arrest), or a wrong fact stated. */
  conduct?: boolean;
  factError?: boolean;
  time_ms?: number;
}

export interface SessionSpec {
  id: string;
  at: string;
  role?: string | null;
  grader?: 'offline' | 'llm' | 'none';
  answers: AnswerSpec[];
  /** false: no end record (a crash); 'interrupted': an end record saying so. */
  end?: boolean | 'interrupted';
}

/** The records `drill` would have written for this session. */
export function sessionRecords(spec: SessionSpec): HistoryRecord[] {
  const start = Date.parse(spec.at);
  const out: HistoryRecord[] = [
    { v: 1, kind: 'session', id: spec.id, started_at: new Date(start).toISOString(), role: spec.role ?? 'agent', levels: [], grader: spec.grader ?? 'offline', seed: null, count: spec.answers.length, mode: 'batch' },
  ];
  spec.answers.forEach((a, i) => {
    const at = new Date(start + (a.after ?? i + 1) * 60_000).toISOString();
    const skills = a.skills ?? ['negotiation'];
    out.push({
      v: 1,
      kind: 'answer',
      session: spec.id,
      question: a.question,
      at,
      answer: a.skipped ? '' : `An answer to ${a.question}.`,
      ...(a.skipped ? { skipped: true } : {}),
      ...(a.time_ms !== undefined ? { time_ms: a.time_ms } : {}),
      roles: a.roles ?? [spec.role ?? 'agent'],
      seniority: a.seniority ?? ['mid'],
      skills,
      type: 'situational',
      text: `Question ${a.question}?`,
    });
    if (a.skipped || a.ungraded) return;
    const score = a.score === undefined ? 3 : a.score;
    out.push({
      v: 1,
      kind: 'grade',
      session: spec.id,
      question: a.question,
      at,
      grade: {
        grader: score === null ? 'none' : (spec.grader ?? 'offline'),
        score,
        criteria: score === null ? [] : skills.map((name) => ({ name, score: a.criteria?.[name] ?? score, comment: `${name} comment` })),
        matched_points: [],
        missing_points: a.missing ?? [],
        red_flags: a.red ?? [],
        feedback: 'Feedback.',
        suggestions: [],
        ...(a.conduct ? { conduct: [{ rule: 'threat-arrest', citation: 'FDCPA §1692e(4)', words: 'you will be arrested' }] } : {}),
        ...(a.factError ? { fact_errors: [{ claim: 'calls allowed until 10 p.m.', correct: 'calls between 8 a.m. and 9 p.m.', words: 'until 10 p.m.' }] } : {}),
      },
    });
  });
  if (spec.end !== false) {
    const last = out[out.length - 1]!;
    const at = new Date(Date.parse('at' in last ? last.at : spec.at) + 60_000).toISOString();
    out.push({ v: 1, kind: 'end', session: spec.id, at, ...(spec.end === 'interrupted' ? { interrupted: true } : {}) });
  }
  return out;
}

export function historyOf(...sessions: SessionSpec[]): HistoryRecord[] {
  return sessions.flatMap(sessionRecords);
}

export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/**
 * A moment `ms` ago, but never before today's local midnight: a test about "failed today" must not
 * fail when it runs in the first minutes after midnight.
 */
export function earlierToday(ms: number): string {
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  return new Date(Math.max(midnight.getTime(), Date.now() - ms)).toISOString();
}
