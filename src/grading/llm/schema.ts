import { z } from 'zod';

/**
 * What the LLM must reply: the source of truth for both the `response_format` sent to the server
 * (strict JSON Schema, so optional fields are nullable, never missing) and the validation of
 * the reply. Types come from here; nothing is written twice.
 */
export const LlmCriterion = z.strictObject({
  skill: z.string().describe('the skill id, exactly as listed in the prompt'),
  score: z.int().min(1).max(5).describe('rubric level 1 to 5'),
  evidence: z.array(z.string()).describe('short quotes copied word for word from the answer; empty if none'),
  comment: z.string().describe('one or two sentences: why this level'),
});

export const LlmReply = z.strictObject({
  criteria: z.array(LlmCriterion).describe('one entry per skill listed in the prompt'),
  score: z.number().min(1).max(5).describe('overall score from 1 to 5, one decimal allowed'),
  matched_points: z.array(z.string()).describe('key points the answer shows'),
  missing_points: z.array(z.string()).describe('key points the answer does not show'),
  red_flags: z.array(z.string()).describe('harmful or disqualifying things the answer says; empty if none'),
  feedback: z.string().describe('two to four sentences to the candidate'),
  suggestions: z.array(z.string()).describe('one to three concrete improvements'),
  improved_answer: z.string().nullable().describe('a stronger version of the candidate answer when asked for, otherwise null'),
});

export type LlmReply = z.infer<typeof LlmReply>;

/** The name that the response_format carries. */
export const REPLY_NAME = 'interview_answer_grade';

/** The reply's JSON Schema, for servers that take json_object mode or plain text (it goes into the prompt). */
export function replyJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(LlmReply, { target: 'draft-7' }) as Record<string, unknown>;
  return schema;
}
