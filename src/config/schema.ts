import { z } from 'zod';

/**
 * The config file (`config.yaml` in the config folder): defaults for people who always grade the
 * same way. Unknown keys are errors, as in question files: a typo must not be silently ignored.
 */
export const Config = z
  .strictObject({
    grader: z.enum(['offline', 'llm', 'none'], { error: 'must be one of offline, llm, none' }).optional().describe('default --grader'),
    model: z.string().trim().min(1).max(200).optional().describe('default --model'),
    base_url: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. http://localhost:11434/v1' })
      .optional()
      .describe('default --base-url'),
    timeout: z.number({ error: 'must be a number of seconds' }).positive({ error: 'must be more than 0 seconds' }).max(3600, { error: 'must be at most 3600 seconds' }).optional().describe('default --timeout, in seconds'),
    concurrency: z.int({ error: 'must be a whole number from 1 to 64' }).min(1, { error: 'must be a whole number from 1 to 64' }).max(64, { error: 'must be a whole number from 1 to 64' }).optional().describe('default --concurrency'),
    cache: z.boolean({ error: 'must be true or false' }).optional().describe('false: as if --no-cache were always given'),
  })
  .describe('collections-prep config file');

export type Config = z.infer<typeof Config>;
