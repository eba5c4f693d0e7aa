import { z } from 'zod';

// Loaded only for answers by id (YAML or JSON), so plain-text answers need neither yaml nor zod.
export { parseDocument } from 'yaml';

/** Answers by question id. Answers are text; a number or a blank entry in YAML is read as what the person typed. */
export const AnswersById = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => (v === null ? '' : String(v))),
);
