// Things written once (issue 9): the plural of a count, the seniority order, the grader kinds.
// A regex over src/**/*.ts finds them written again.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const FILES = sourceFiles(SRC).map((f) => ({ file: relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n') }));

/** Lines matching `pattern` outside the files that are its one source, as file:line. */
function writtenAgain(pattern: RegExp, home: readonly string[]): string[] {
  return FILES.filter(({ file }) => !home.includes(file)).flatMap(({ file, lines }) =>
    lines.flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : [])),
  );
}

/** `n === 1 ? 'answer' : 'answers'`, `? '' : 's'` and the like: text/plural.ts says it once. */
const PLURAL = /[=!]== ?1 \? ['`][^'`]*['`] : ['`][^'`]*['`]|> ?1 \? 's' : ''/;

describe('written once in src/', () => {
  it('finds what it looks for (the check itself)', () => {
    expect(PLURAL.test("`${n} answer${n === 1 ? '' : 's'}`")).toBe(true);
    expect(PLURAL.test("flag${flags.length > 1 ? 's' : ''}")).toBe(true);
    expect(PLURAL.test("n === 1 ? questions[0] : null")).toBe(false);
    expect(FILES.length).toBeGreaterThan(50);
  });

  it('makes plurals with text/plural.ts only', () => {
    // grading/offline/grade.ts is the offline grader's (issue 10), left to it.
    expect(writtenAgain(PLURAL, ['text/plural.ts', 'grading/offline/grade.ts'])).toEqual([]);
  });

  it('orders seniority levels from bank/levels.ts (and the ladders of bank/roles.ts) only', () => {
    expect(writtenAgain(/'junior',\s*'mid'|'mid',\s*'senior'/, ['bank/levels.ts'])).toEqual([]);
  });

  it('names the grader kinds in limits.ts only', () => {
    expect(writtenAgain(/'offline'\s*[|,]\s*'llm'|'llm'\s*[|,]\s*'offline'|'none'\s*[|,]\s*'offline'/, ['limits.ts'])).toEqual([]);
  });

  it('takes inquirer prompts from ui/prompts.ts only (the whole package would load the editor and a charset converter before a drill\'s first question)', () => {
    expect(writtenAgain(/['"]@inquirer\/prompts['"]/, ['ui/prompts.ts'])).toEqual([]);
  });
});
