import { z } from 'zod';
import { GRADERS } from '../limits.js';

/** Scores are on the rubric scale: 1 (weak) to 5 (excellent). */
export const Score = z.number().min(1).max(5);

export const Criterion = z.object({
  name: z.string(),
  score: Score.nullable(),
  comment: z.string(),
  evidence: z.array(z.string()).optional(),
});

export const Usage = z.object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) });

export const Grade = z.object({
  grader: z.enum(GRADERS),
  score: Score.nullable(),
  criteria: z.array(Criterion),
  matched_points: z.array(z.string()),
  missing_points: z.array(z.string()),
  red_flags: z.array(z.string()),
  feedback: z.string(),
  suggestions: z.array(z.string()).default([]),
  notice: z.string().optional(),
  improved_answer: z.string().optional(),
  usage: Usage.optional(),
  model: z.string().optional(),
});

export type Criterion = z.infer<typeof Criterion>;
export type Grade = z.infer<typeof Grade>;
export type Usage = z.infer<typeof Usage>;
