import * as z from 'zod';

/**
 * What the LLM must reply: the source of truth for both the `response_format` sent to the server
 * (strict JSON Schema, so optional fields are nullable, never missing) and the validation of
 * the reply. Types come from here; nothing is written twice.
 *
 * Field order matters: models write JSON in schema order, so each criterion and the reply as a
 * whole put what the answer shows (quotes, key points, red flags) first, then the reasoning, and
 * the score last: a model that commits to a number first only justifies it afterwards.
 */
const criterionFields = {
  evidence: z.array(z.string()).describe('short quotes copied word for word from the answer; empty if none'),
  comment: z.string().describe('one or two sentences: why this level'),
  score: z.int().min(1).max(5).describe('rubric level 1 to 5'),
};

/** A criterion as the per-question schema asks for it: keyed by its skill id, so no skill can be left out or misnamed. */
export const LlmCriterionBody = z.strictObject(criterionFields);

/** A criterion with its skill named inside it: the older list form, which servers that ignore the schema may still write. */
export const LlmCriterion = z.strictObject({
  skill: z.string().describe('the skill id, exactly as listed in the prompt'),
  ...criterionFields,
});

function replyShape<C extends z.ZodType>(criteria: C) {
  return {
    matched_points: z.array(z.string()).describe('key points the answer shows'),
    missing_points: z.array(z.string()).describe('key points the answer does not show'),
    red_flags: z.array(z.string()).describe('harmful or disqualifying things the answer says; empty if none'),
    criteria,
    feedback: z.string().describe('two to four sentences to the candidate: the reasons for the score'),
    score: z.number().min(1).max(5).describe('overall score from 1 to 5, one decimal allowed'),
    suggestions: z.array(z.string()).describe('one to three concrete improvements'),
    improved_answer: z.string().nullable().describe('a stronger version of the candidate answer when asked for, otherwise null'),
  };
}

/** A reply as grading uses it (and the cache keeps it): criteria as a list, one per skill of the question, in its order. */
export const LlmReply = z.strictObject(replyShape(z.array(LlmCriterion).describe('one entry per skill listed in the prompt')));
export type LlmReply = z.infer<typeof LlmReply>;

/** What a reply may look like: criteria keyed by skill (the schema sent) or as a list (a server that ignored it). */
export const LlmReplyIn = z.strictObject(
  replyShape(z.union([z.array(LlmCriterion), z.record(z.string(), LlmCriterionBody)]).describe('one entry per skill listed in the prompt')),
);
export type LlmReplyIn = z.infer<typeof LlmReplyIn>;

/** The name that the response_format carries. */
export const REPLY_NAME = 'interview_answer_grade';

/** The reply schema for one question: `criteria` is an object whose properties are exactly its skill ids, all required. */
export function replySchemaFor(skillIds: readonly string[]) {
  const criteria = z.strictObject(Object.fromEntries(skillIds.map((id) => [id, LlmCriterionBody]))).describe('one entry per skill id listed in the prompt, keyed by the id');
  return z.strictObject(replyShape(criteria));
}

/** How a reply is asked for: the response_format (json_schema mode) and the same schema as JSON (for the prompt otherwise). */
export interface ReplyFormat {
  responseFormat: Record<string, unknown>;
  jsonSchema: Record<string, unknown>;
}

/** A strict json_schema response_format and its JSON Schema for a zod object. */
export function replyFormat(schema: z.ZodType, name: string): ReplyFormat {
  const { $schema: _drop, ...jsonSchema } = z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown>;
  return { responseFormat: { type: 'json_schema', json_schema: { name, strict: true, schema: jsonSchema } }, jsonSchema };
}

/** The reply format that a drill sends for a question with these skills (doctor sends the same). */
export function gradeFormatFor(skillIds: readonly string[]): ReplyFormat {
  return replyFormat(replySchemaFor(skillIds), REPLY_NAME);
}
