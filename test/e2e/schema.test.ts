// `schema` end to end: the built CLI, spawned as a user's shell would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';
import { json, useUserBanks } from '../helpers/user-banks.js';

const banks = useUserBanks();
const inT = banks.inT;

describe.concurrent('schema', () => {
  test('prints JSON Schema draft 2020-12, equal to the committed file', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const committed = JSON.parse(readFileSync(join(ROOT, 'questions', 'question-file.schema.json'), 'utf8')) as unknown;
    expect(printed).toEqual(committed);
  });

  test('-o writes it to a file', async () => {
    const r = await inT(['schema', '-o', 'out.schema.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote out.schema.json\n');
    expect(readFileSync(banks.t.path('out.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'questions', 'question-file.schema.json'), 'utf8'));
  });

  test('the schema rejects what validate rejects: unknown keys, and requires rubric levels 1, 3, 5', async () => {
    const schema = JSON.parse((await run(['schema'])).stdout) as {
      additionalProperties: boolean;
      $defs?: Record<string, { additionalProperties?: boolean; required?: string[]; properties?: Record<string, { required?: string[] }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    expect(text).toMatch(/"required":\["1","3","5"\]/);
  });
});
