import { ladderOrder } from '../bank/levels.js';
import { ladderOf, levelTitle, type Ladders } from '../bank/roles.js';
import type { BankQuestion } from '../bank/model.js';
import type { ResultEntry } from '../grading/entry.js';
import type { Grader } from '../grading/grader.js';
import type { SessionInfo } from '../history/records.js';
import { HistoryWriter } from '../history/writer.js';
import { runBatch, type BatchProgress } from './batch.js';
import { sessionId, type SessionReport } from './model.js';
import { SessionRecorder } from './recorder.js';
import { buildReport, type HintPrefix } from './summary.js';

// A session from start to report, with no terminal: what `drill` runs, and what `interview` and
// `call` will run with bodies of their own (follow-ups; a customer's turns).

/** What a session body is given: the questions, who grades, and where each answer is recorded. */
export interface SessionContext {
  questions: readonly BankQuestion[];
  grader: Grader;
  recorder: SessionRecorder;
  info: SessionInfo;
  /** Once aborted (Ctrl-C), no new grade starts. */
  signal?: AbortSignal;
  /** Once aborted (SIGTERM, SIGHUP), grades under way stop waiting too. */
  cancel?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  onNote?: (line: string) => void;
  /** How the summary's suggested commands start (the program the user ran, the bank flags). */
  hint?: HintPrefix;
}

export interface SessionOutcome {
  results: ResultEntry[];
  interrupted: boolean;
}

/**
 * How the questions are put and answered: all at once from given answers (`batchBody`), one at a
 * time in a terminal (terminal/drill-session.ts), or an interview's or a call's own loop.
 */
export type SessionBody = (session: SessionContext) => Promise<SessionOutcome>;

/** What runSession takes: a body's context, less the recorder it makes, and where to record. */
export interface RunSessionInput extends Omit<SessionContext, 'recorder'> {
  /** The history file to record to; none with --no-history. */
  historyFile?: string;
  now: () => Date;
  body: SessionBody;
}

/**
 * Runs a session: records its start, runs the body, closes it in history (also when the body
 * fails: then it is marked as cut short, and the body's error is the one thrown), and builds the
 * report. Rendering it is the caller's (report/).
 */
export async function runSession(input: RunSessionInput): Promise<{ report: SessionReport; interrupted: boolean }> {
  const { info, questions, grader, now } = input;
  const writer = input.historyFile !== undefined ? new HistoryWriter(input.historyFile) : undefined;
  const recorder = new SessionRecorder(info, writer, now);
  recorder.start(questions.length);
  let outcome: SessionOutcome;
  try {
    outcome = await input.body({ questions, grader, recorder, info, signal: input.signal, cancel: input.cancel, onProgress: input.onProgress, onNote: input.onNote, hint: input.hint });
  } catch (e) {
    // A session stopped by an error (a refused API key, say) is closed in history too: its
    // answers are already there, and it is marked as cut short rather than left open. If even
    // that write fails, the first error is the one to report.
    try {
      recorder.end(true);
    } catch {
      // reported below
    }
    throw e;
  }
  recorder.end(outcome.interrupted);
  info.finished_at = now().toISOString();
  if (outcome.interrupted) info.interrupted = true;
  return { report: buildReport(info, outcome.results, input.hint), interrupted: outcome.interrupted };
}

/** Batch mode: the given answers, one per question, graded up to `concurrency` at a time. */
export function batchBody(answers: readonly string[], concurrency: number): SessionBody {
  return async ({ questions, grader, recorder, signal, cancel, onProgress }) => {
    const items = questions.map((question, i) => ({ question, answer: answers[i]! }));
    const results = await runBatch({ items, grader, recorder, concurrency, onProgress, signal, cancel });
    return { results, interrupted: (signal?.aborted ?? false) || (cancel?.aborted ?? false) };
  };
}

export interface InfoInput {
  now: Date;
  questions: readonly BankQuestion[];
  grader: Grader;
  /** The role and levels asked for (not when the answers named their questions). */
  role?: string;
  levels: readonly string[];
  seed?: number;
  mode: SessionInfo['mode'];
  /** The bank's declared ladders: the session's levels go up its role's, and name its job title. */
  ladders?: Ladders;
  /** --jurisdiction, when the filters applied it. */
  jurisdiction?: 'us' | 'uk';
  /** Skill names by id (the bank's), kept for the skills of these questions. */
  skillNames?: ReadonlyMap<string, { name: string }>;
  /** A mock interview or a call (a drill when not given). */
  activity?: SessionInfo['activity'];
}

/** How a session describes itself: what was asked for, else what its questions have in common. */
export function sessionInfo(input: InfoInput): SessionInfo {
  const { now, questions, grader } = input;
  const roles = new Set(questions.flatMap((q) => q.roles));
  const ladders = input.ladders ?? new Map();
  const role = input.role ?? (roles.size === 1 ? questions[0]!.roles[0]! : null);
  // Up the session's role's ladder (the global order for a mixed or undeclared one).
  const levels = input.levels.length ? [...input.levels] : ladderOrder([...new Set(questions.flatMap((q) => q.seniority))], ladderOf(ladders, role ?? ''));
  const title = role !== null && levels.length === 1 ? levelTitle(ladders, role, levels[0]!) : undefined;
  return {
    id: sessionId(now, Math.random),
    started_at: now.toISOString(),
    role,
    levels,
    ...(title !== undefined ? { title } : {}),
    ...(input.jurisdiction !== undefined ? { jurisdiction: input.jurisdiction } : {}),
    grader: grader.kind,
    seed: input.seed ?? null,
    mode: input.mode,
    ...(grader.model ? { model: grader.model } : {}),
    ...(input.skillNames ? { skill_names: namesOf(questions, input.skillNames) } : {}),
    ...(input.activity ? { activity: input.activity } : {}),
  };
}

function namesOf(questions: readonly BankQuestion[], skills: ReadonlyMap<string, { name: string }>): Record<string, string> {
  const ids = [...new Set(questions.flatMap((q) => q.skills))].sort();
  return Object.fromEntries(ids.map((id) => [id, skills.get(id)?.name ?? id]));
}
