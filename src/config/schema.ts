import { z } from 'zod';

/**
 * The config file (`config.yaml` in the config folder): defaults for people who always grade the
 * same way. Unknown keys are errors, as in question files: a typo must not be silently ignored.
 */
export const Config = z
  .strictObject({
    grader: z.enum(['offline', 'llm', 'none']).optional().describe('default --grader'),
    model: z.string().trim().min(1).max(200).optional().describe('default --model'),
    base_url: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. http://localhost:11434/v1' })
      .optional()
      .describe('default --base-url'),
    timeout: z.number().positive().max(3600).optional().describe('default --timeout, in seconds'),
    concurrency: z.int().min(1).max(64).optional().describe('default --concurrency'),
    cache: z.boolean().optional().describe('false: as if --no-cache were always given'),
  })
  .describe('collections-prep config file');

export type Config = z.infer<typeof Config>;
