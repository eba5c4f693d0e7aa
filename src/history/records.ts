import * as z from 'zod';
import { Conduct, FactError, Grade } from '../grading/result.js';
import { GRADERS } from '../limits.js';

// One JSON object per line. Every record carries `v`; readers accept older shapes (optional
// fields) and skip kinds they do not know, so history from another version still reads.

/** A session as reports show it (`session` in JSON reports); the session record is made from it. */
export const SessionInfo = z.object({
  id: z.string(),
  started_at: z.string(),
  finished_at: z.string().optional(),
  role: z.string().nullable(),
  levels: z.array(z.string()),
  /** The job title of the role's level, when the session is for one level of a declared role. */
  title: z.string().optional(),
  /** --jurisdiction (or the config file's), when given: only that jurisdiction's cards and cards for any. */
  jurisdiction: z.enum(['us', 'uk']).optional(),
  grader: z.enum(GRADERS),
  seed: z.number().nullable(),
  model: z.string().optional(),
  mode: z.enum(['interactive', 'batch']),
  /** What kind of practice: a drill (also when absent: older sessions), a mock interview, a call. */
  activity: z.enum(['drill', 'interview', 'call']).optional(),
  interrupted: z.boolean().optional(),
  /** The names of the session's skills by id, so reports name them without the bank at hand. */
  skill_names: z.record(z.string(), z.string()).optional(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

const info = SessionInfo.shape;

/**
 * The first line of a session in history: SessionInfo's fields as they are known at the start,
 * optional where older versions did not write them, and any grader name (a newer version's).
 */
export const SessionRecord = z.object({
  v: z.literal(1),
  kind: z.literal('session'),
  id: info.id,
  started_at: info.started_at,
  role: info.role.optional(),
  levels: info.levels.optional(),
  title: info.title,
  /** Any text: a newer version's jurisdiction must not make the record unreadable. */
  jurisdiction: z.string().optional(),
  grader: z.string(),
  seed: info.seed.optional(),
  count: z.number().int().optional(),
  mode: info.mode.optional(),
  model: info.model,
  skill_names: info.skill_names,
  /** Any text: a newer version's activity must not make the record unreadable. */
  activity: z.string().optional(),
});

export const AnswerRecord = z.object({
  v: z.literal(1),
  kind: z.literal('answer'),
  session: z.string(),
  question: z.string(),
  at: z.string(),
  answer: z.string(),
  skipped: z.boolean().optional(),
  time_ms: z.number().int().min(0).optional(),
  /** 2 and up: another try at a question already answered in this session. */
  attempt: z.number().int().min(2).optional(),
  roles: z.array(z.string()).optional(),
  seniority: z.array(z.string()).optional(),
  skills: z.array(z.string()).optional(),
  type: z.string().optional(),
  text: z.string().optional(),
});

export const GradeRecord = z.object({
  v: z.literal(1),
  kind: z.literal('grade'),
  session: z.string(),
  question: z.string(),
  at: z.string(),
  grade: Grade,
});

export const EndRecord = z.object({
  v: z.literal(1),
  kind: z.literal('end'),
  session: z.string(),
  at: z.string(),
  interrupted: z.boolean().optional(),
});

/** An interview's follow-up question to one card's answer: what was asked, why, the answer and how it went. */
export const FollowUp = z.object({
  question: z.string(),
  /** Why it was asked: the key point the answer missed. */
  reason: z.string(),
  /** The key point it digs into, when the card keys it to one. */
  target: z.string().nullable(),
  /** Who wrote it: the card, or the LLM (interactive --grader llm). */
  source: z.enum(['card', 'llm']),
  answer: z.string().nullable(),
  score: z.number().min(1).max(5).nullable(),
  /** The question's score before the follow-up, and after it (the follow-up can only lift it). */
  main_score: z.number().nullable(),
  final_score: z.number().nullable(),
  /** The missed points that the follow-up answer made. */
  recovered_points: z.array(z.string()),
  red_flags: z.array(z.string()),
  conduct: z.array(Conduct).optional(),
  fact_errors: z.array(FactError).optional(),
  feedback: z.string(),
  /** Why the card's follow-up stands in for a written one (an LLM reply that was not a question). */
  notice: z.string().optional(),
});

export const FollowUpRecord = z.object({
  v: z.literal(1),
  kind: z.literal('follow-up'),
  session: z.string(),
  /** The card whose answer it follows. */
  question: z.string(),
  at: z.string(),
  follow_up: FollowUp,
});

/** An interview's outcome, as its report gives it. */
export const Verdict = z.object({
  outcome: z.enum(['ready', 'borderline', 'not-yet']),
  reasons: z.array(z.string()),
  /** The level's bar: the average a ready candidate reaches. */
  bar: z.number().optional(),
  average: z.number().nullable().optional(),
  /** The command that practises what held the verdict back. */
  next_command: z.string().optional(),
});

export const VerdictRecord = z.object({
  v: z.literal(1),
  kind: z.literal('verdict'),
  session: z.string(),
  at: z.string(),
  verdict: Verdict,
});

export const HistoryRecord = z.discriminatedUnion('kind', [SessionRecord, AnswerRecord, GradeRecord, EndRecord, FollowUpRecord, VerdictRecord]);

export type SessionRecord = z.infer<typeof SessionRecord>;
export type AnswerRecord = z.infer<typeof AnswerRecord>;
export type GradeRecord = z.infer<typeof GradeRecord>;
export type EndRecord = z.infer<typeof EndRecord>;
export type HistoryRecord = z.infer<typeof HistoryRecord>;
export type FollowUp = z.infer<typeof FollowUp>;
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;
export type Verdict = z.infer<typeof Verdict>;
export type VerdictRecord = z.infer<typeof VerdictRecord>;
