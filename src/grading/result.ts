import * as z from 'zod';
import { GRADERS } from '../limits.js';

/** Scores are on the rubric scale: 1 (weak) to 5 (excellent). */
export const Score = z.number().min(1).max(5);

export const Criterion = z.object({
  name: z.string(),
  score: Score.nullable(),
  comment: z.string(),
  /** The skill's name, beside its id in `name` (reports add it; graders need not). */
  skill_name: z.string().optional(),
  evidence: z.array(z.string()).optional(),
});

export const Usage = z.object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) });

/** A conduct rule an answer broke (src/conduct): the rule's id, the law it cites, the words that raised it. */
export const Conduct = z.object({ rule: z.string(), citation: z.string(), words: z.string() });

/** A wrong statement of a rule or formula: what was claimed, what is true, the words that said it. */
export const FactError = z.object({ claim: z.string(), correct: z.string(), words: z.string() });

export const Grade = z.object({
  grader: z.enum(GRADERS),
  score: Score.nullable(),
  criteria: z.array(Criterion),
  matched_points: z.array(z.string()),
  missing_points: z.array(z.string()),
  red_flags: z.array(z.string()),
  feedback: z.string(),
  suggestions: z.array(z.string()).default([]),
  conduct: z.array(Conduct).optional(),
  fact_errors: z.array(FactError).optional(),
  notice: z.string().optional(),
  /** Cautions about the grade other than a fallback (which `notice` marks): e.g. graders disagree. */
  warnings: z.array(z.string()).optional(),
  improved_answer: z.string().optional(),
  /** With --samples N (LLM): how far the N replies' scores spread (highest minus lowest), overall and per skill. */
  samples: z.object({ count: z.int().min(1), scores: z.array(z.number()), overall: z.number(), by_skill: z.record(z.string(), z.number()) }).optional(),
  usage: Usage.optional(),
  model: z.string().optional(),
});

export type Criterion = z.infer<typeof Criterion>;
export type Conduct = z.infer<typeof Conduct>;
export type FactError = z.infer<typeof FactError>;
export type Grade = z.infer<typeof Grade>;
export type Usage = z.infer<typeof Usage>;
