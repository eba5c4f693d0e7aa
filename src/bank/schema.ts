import * as z from 'zod';

import { JURISDICTIONS, QUESTION_TYPES, SECTORS, SENIORITY_LEVELS, STAGES } from './levels.js';
import { Scenario } from './scenario.js';

export const SeniorityLevel = z.enum(SENIORITY_LEVELS);
export const QuestionType = z.enum(QUESTION_TYPES);
export const Jurisdiction = z
  .enum(JURISDICTIONS)
  .describe('Whose rules the card relies on: us, uk, or any (no one jurisdiction\'s rule). Built-in cards always say.');
export const Sector = z.enum(SECTORS).describe('consumer or commercial debts, or any.');
export const Stage = z.enum(STAGES).describe('Marks a motivational card as an interview\'s opening or closing question.');

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

/** Whether a pattern compiles as a JavaScript regular expression (case-insensitive, Unicode). */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'iu');
    return undefined;
  } catch (e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^Invalid regular expression: (\/.*\/[a-z]*: )?/s, '');
  }
}

export const RoleLevel = z
  .strictObject({
    id: SeniorityLevel.describe('The level id that cards use in `seniority`.'),
    title: Text.describe('The job title people search for, e.g. "Senior Collections Agent".'),
    aliases: z.array(Text).min(1).optional().describe('Other titles for the same level; `--job` matches them too.'),
  })
  .meta({ id: 'RoleLevel', title: 'Role level' });

export const Role = z
  .strictObject({
    id: Id.describe('kebab-case role id, as cards use it in `roles`; unique in the bank'),
    name: Text.describe('What the track is called, e.g. "Collections agent track".'),
    levels: z.array(RoleLevel).min(1).describe('The ladder, lowest level first; its order is the order of every listing.'),
  })
  .meta({ id: 'Role', title: 'Role' });

export const FollowUp = z.strictObject({
  question: Text.describe("The interviewer's next question."),
  when_missing: Text.optional().describe("The text of one of the card's key points: asked when an answer misses it."),
});

export const WrongClaim = z
  .strictObject({
    claim: Text.describe('A wrong statement of the rule or formula that a candidate might make.'),
    signals: Signals.optional().describe('Words or phrases that show the claim was made.'),
    pattern: z
      .string()
      .min(1, { message: 'must not be empty' })
      .refine((p) => patternProblem(p) === undefined, { error: (issue) => `is not a valid regular expression: ${patternProblem(String(issue.input))}` })
      .optional()
      .meta({ format: 'regex', description: 'A regular expression (JavaScript, matched ignoring case) that shows the claim was made.' }),
    correct: Text.describe('The correct fact, with its rule.'),
  })
  .refine((w) => w.signals !== undefined || w.pattern !== undefined, {
    error: 'needs `signals` or `pattern` (or both), so that a grader can tell when the claim is made',
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
    jurisdiction: Jurisdiction.optional(),
    sector: Sector.optional(),
    references: z.array(Text).min(1).optional().describe('The rules the card relies on, e.g. "12 CFR 1006.14(b)(2)".'),
    follow_ups: z.array(FollowUp).min(1).optional().describe("What an interviewer asks next, keyed to a key point the answer missed."),
    wrong_claims: z.array(WrongClaim).min(1).optional().describe('Factual errors a candidate might state, with the correct fact.'),
    stage: Stage.optional(),
  })
  .meta({ id: 'Question', title: 'Question' });

export const QuestionFile = z
  .strictObject({
    roles: z.array(Role).optional().describe("Role tracks: each role's ladder, in order, with a job title per level."),
    skills: z.array(Skill).optional(),
    questions: z.array(Question).optional(),
    scenarios: z.array(Scenario).optional().describe('Calls to role-play (`collections-prep call`) or to review for breaches (`call --qa`).'),
  })
  .meta({
    title: 'collections-prep question file',
    description: 'A YAML file of roles, skills, interview questions and/or call scenarios for collections-prep (schema version 1).',
  });

export type SeniorityLevel = z.infer<typeof SeniorityLevel>;
export type QuestionType = z.infer<typeof QuestionType>;
export type Skill = z.infer<typeof Skill>;
export type Question = z.infer<typeof Question>;
export type KeyPoint = z.infer<typeof KeyPoint>;
export type RedFlag = z.infer<typeof RedFlag>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type Sector = z.infer<typeof Sector>;
export type Stage = z.infer<typeof Stage>;
export type RoleLevel = z.infer<typeof RoleLevel>;
export type Role = z.infer<typeof Role>;
export type FollowUp = z.infer<typeof FollowUp>;
export type WrongClaim = z.infer<typeof WrongClaim>;
export type QuestionFile = z.infer<typeof QuestionFile>;

export function questionFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(QuestionFile, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://collections-prep.dev/schema/question-file-v1.json',
    ...schema,
  };
}

/** The JSON Schema as `collections-prep schema` prints it and the build writes it. */
export function questionFileSchemaText(): string {
  return `${JSON.stringify(questionFileJsonSchema(), null, 2)}\n`;
}
