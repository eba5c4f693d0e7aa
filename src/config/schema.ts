import * as z from 'zod';
import { CONCURRENCY, GRADERS, TIMEOUT } from '../limits.js';
import { EVERY_LEVEL, SENIORITY_LEVELS } from '../bank/levels.js';

const ROLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REMEMBERED_LEVELS = [...SENIORITY_LEVELS, EVERY_LEVEL] as const;

const CONCURRENCY_RANGE = `must be a whole number from ${CONCURRENCY.min} to ${CONCURRENCY.max}`;

/**
 * The config file (`config.yaml` in the config folder): defaults for people who always grade the
 * same way. Unknown keys are errors, as in question files: a typo must not be silently ignored.
 */
export const Config = z
  .strictObject({
    grader: z.enum(GRADERS, { error: `must be one of ${GRADERS.join(', ')}` }).optional().describe('default --grader'),
    model: z.string().trim().min(1).max(200).optional().describe('default --model'),
    base_url: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. http://localhost:11434/v1' })
      .optional()
      .describe('default --base-url'),
    timeout: z.number({ error: 'must be a number of seconds' }).positive({ error: 'must be more than 0 seconds' }).max(TIMEOUT.max, { error: `must be at most ${TIMEOUT.max} seconds` }).optional().describe('default --timeout, in seconds'),
    concurrency: z.int({ error: CONCURRENCY_RANGE }).min(CONCURRENCY.min, { error: CONCURRENCY_RANGE }).max(CONCURRENCY.max, { error: CONCURRENCY_RANGE }).optional().describe('default --concurrency'),
    cache: z.boolean({ error: 'must be true or false' }).optional().describe('false: as if --no-cache were always given'),
    jurisdiction: z.enum(['us', 'uk'], { error: 'must be us or uk' }).optional().describe('default --jurisdiction for drill and list'),
    // Written by `plan --date ... --job ...` (and removed by `plan --clear`).
    interview: z
      .strictObject({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as YYYY-MM-DD' }).describe('the day of the interview'),
        job: z.string().trim().min(1).max(200).describe('the job title, as --job takes it'),
        role: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a role id such as agent or supervisor' }).optional().describe('the track, for a title that two tracks share'),
      })
      .optional()
      .describe('the interview you are preparing for (plan): caps review intervals before the day, readiness in stats'),
    // Written by drill and interview in a terminal when they ask (the user may edit them); never
    // read by batch runs or runs with --seed, whose selection depends on bank, filters and seed alone.
    role: z.string().regex(ROLE_ID, { error: 'must be a role id such as agent or supervisor' }).optional().describe('the role of a session in a terminal given no --role, --seniority or --job (remembered)'),
    levels: z
      .record(
        z.string().regex(ROLE_ID, { error: 'must be a role id such as agent or supervisor' }),
        z.enum(REMEMBERED_LEVELS, { error: `must be a level (${SENIORITY_LEVELS.join(', ')}) or ${EVERY_LEVEL}` }),
      )
      .optional()
      .describe(`per role, the level of a session in a terminal given no --seniority or --job (remembered; ${EVERY_LEVEL}: every level, drill only)`),
  })
  .describe('collections-prep config file');

export type Config = z.infer<typeof Config>;
