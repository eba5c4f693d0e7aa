import { CORE_SCHEMA, load, realMapTag } from 'js-yaml';
import * as z from 'zod';

// Loaded only for answers by id (YAML or JSON), so plain-text answers need neither a YAML parser
// nor zod. js-yaml, not yaml: answers need no source positions, and it loads and parses faster.

/**
 * Reads YAML (or JSON, which is YAML) into Maps: unlike plain objects, Maps keep the file's order
 * even for ids that look like numbers ("2024"), and a repeated id is an error, not a silent loss.
 */
export function loadOrdered(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA.withTags(realMapTag), maxAliases: 100 });
}

/** Answers by question id, as [id, answer] pairs in file order. A number or a blank entry is read as what the person typed. */
export const AnswersById = z.array(
  z.tuple([
    z.union([z.string(), z.number()]).transform(String),
    z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => (v === null ? '' : String(v))),
  ]),
);
