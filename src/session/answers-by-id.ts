import { z } from 'zod';

// Loaded only for answers by id (YAML or JSON), so plain-text answers need neither a YAML parser
// nor zod. js-yaml, not yaml: answers need no source positions, and it loads and parses faster.
export { load as loadYaml } from 'js-yaml';

/** Answers by question id. Answers are text; a number or a blank entry in YAML is read as what the person typed. */
export const AnswersById = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => (v === null ? '' : String(v))),
);
