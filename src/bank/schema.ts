import { z } from 'zod';

import { QUESTION_TYPES, SENIORITY_LEVELS } from './levels.js';

export const SeniorityLevel = z.enum(SENIORITY_LEVELS);
export const QuestionType = z.enum(QUESTION_TYPES);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = z
  .string()
  .regex(KEBAB, { message: 'must be kebab-case (lower-case letters, digits and single hyphens), e.g. "my-question"' })
  .max(80);
const Text = z.string().trim().min(1, { message: 'must not be empty' });
const Signals = z
  .array(Text)
  .min(1)
  .describe('Words or short phrases that show the point; matching ignores case and inflection.');

export const Rubric = z
  .strictObject({
    1: Text.describe('What a weak answer (1) shows.'),
    2: Text.optional(),
    3: Text.describe('What an adequate answer (3) shows.'),
    4: Text.optional(),
    5: Text.describe('What an excellent answer (5) shows.'),
  })
  .describe('Behaviourally anchored levels; 1, 3 and 5 are required, 2 and 4 optional.');

export const Skill = z
  .strictObject({
    id: Id.describe('kebab-case, unique in the bank'),
    name: Text,
    description: Text,
    rubric: Rubric,
  })
  .meta({ id: 'Skill', title: 'Skill' });

export const KeyPoint = z.strictObject({
  point: Text.describe('What a strong answer shows.'),
  signals: Signals.optional(),
});

export const RedFlag = z.strictObject({
  flag: Text.describe('What a weak or harmful answer shows.'),
  signals: Signals.optional(),
});

export const Question = z
  .strictObject({
    id: Id.describe('kebab-case, unique in the bank'),
    text: Text.describe('The question as the interviewer asks it.'),
    roles: z.array(Id).min(1).describe('Role ids, e.g. agent, supervisor, or your own.'),
    seniority: z.array(SeniorityLevel).min(1),
    type: QuestionType,
    skills: z.array(Id).min(1).describe('Skill ids defined somewhere in the bank.'),
    why_asked: Text,
    how_to_answer: z.array(Text).min(1),
    what_not_to_say: z.array(Text).min(1),
    example_answer: Text.describe('A first-person answer of about 80 to 200 words.'),
    key_points: z.array(KeyPoint).optional(),
    red_flags: z.array(RedFlag).optional(),
  })
  .meta({ id: 'Question', title: 'Question' });

export const QuestionFile = z
  .strictObject({
    skills: z.array(Skill).optional(),
    questions: z.array(Question).optional(),
  })
  .meta({
    title: 'collections-prep question file',
    description: 'A YAML file of skills and/or interview questions for collections-prep (schema version 1).',
  });

export type SeniorityLevel = z.infer<typeof SeniorityLevel>;
export type QuestionType = z.infer<typeof QuestionType>;
export type Skill = z.infer<typeof Skill>;
export type Question = z.infer<typeof Question>;
export type KeyPoint = z.infer<typeof KeyPoint>;
export type RedFlag = z.infer<typeof RedFlag>;
export type QuestionFile = z.infer<typeof QuestionFile>;

export function questionFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(QuestionFile, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://collections-prep.dev/schema/question-file-v1.json',
    ...schema,
  };
}
