import { z } from 'zod';
import { Grade } from '../grading/result.js';

// One JSON object per line. Every record carries `v`; readers accept older shapes (optional
// fields) and skip kinds they do not know, so history from another version still reads.

export const SessionRecord = z.object({
  v: z.literal(1),
  kind: z.literal('session'),
  id: z.string(),
  started_at: z.string(),
  role: z.string().nullable().optional(),
  levels: z.array(z.string()).optional(),
  grader: z.string(),
  seed: z.number().nullable().optional(),
  count: z.number().int().optional(),
  mode: z.enum(['interactive', 'batch']).optional(),
  model: z.string().optional(),
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

export const HistoryRecord = z.discriminatedUnion('kind', [SessionRecord, AnswerRecord, GradeRecord, EndRecord]);

export type SessionRecord = z.infer<typeof SessionRecord>;
export type AnswerRecord = z.infer<typeof AnswerRecord>;
export type GradeRecord = z.infer<typeof GradeRecord>;
export type EndRecord = z.infer<typeof EndRecord>;
export type HistoryRecord = z.infer<typeof HistoryRecord>;
