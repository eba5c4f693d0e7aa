import * as z from 'zod';
import { CONCURRENCY, GRADERS, TIMEOUT } from '../limits.js';

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
  })
  .describe('collections-prep config file');

export type Config = z.infer<typeof Config>;
