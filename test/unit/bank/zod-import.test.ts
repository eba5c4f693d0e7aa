import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// `import { z } from 'zod'` hands the bundler zod's whole namespace object, so every command's
// start-up compiles all of zod (its 40 locales too: 580 kB instead of 150 kB); `import * as z`
// lets it keep only the parts used. One file written the first way undoes it for all.
test('every source file imports zod as a namespace (import * as z), so the bundle keeps only what is used', () => {
  const root = new URL('../../../src/', import.meta.url).pathname;
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && /^import\s+(?!type\b)[^*\n]*\{[^}]*\bz\b[^}]*\}\s+from\s+'zod'/m.test(readFileSync(full, 'utf8'))) offenders.push(full.slice(root.length));
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
});
