// The house rules, checked on the source: imports point down the layers, and nothing forms a
// cycle (type-only imports included). A small regex-based graph over src/**/*.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Bottom to top. A file may import from its own layer or any below it, never from above. */
const LAYERS: string[][] = [
  ['errors.ts', 'context.ts', 'package.ts', 'paths.ts', 'files.ts', 'limits.ts', 'engines.ts', 'text/'],
  ['bank/', 'config/', 'ui/'],
  ['language/'],
  ['conduct/'],
  ['grading/'],
  ['history/', 'selection/'],
  ['session/'],
  ['interview/'],
  ['report/'],
  ['call/'],
  ['terminal/'],
  ['commands/'],
  ['cli/'],
  ['main.ts'],
];
/** The core: no terminal, no CLI. */
const CORE = ['bank/', 'language/', 'conduct/', 'grading/', 'history/', 'report/', 'selection/', 'session/', 'interview/', 'call/'];
const OUTSIDE_CORE = ['cli/', 'commands/', 'ui/', 'terminal/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** File (relative to src/) -> the src files it imports, static, dynamic and type-only alike. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => relative(SRC, resolve(dirname(file), m[1]!)).replace(/\.js$/, '.ts')).filter((t) => t.endsWith('.ts'));
    graph.set(relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

const place = (file: string) => (file.includes('/') ? `${file.split('/')[0]}/` : file);
const layerOf = (file: string) => LAYERS.findIndex((layer) => layer.includes(place(file)));

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read: every import names a file that exists', () => {
    expect(graph.size).toBeGreaterThan(50);
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`));
    expect(missing).toEqual([]);
  });

  it('places every file in a layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no cycle, type-only imports included', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('points down the layers only', () => {
    const upward = [...graph].flatMap(([file, targets]) => targets.filter((t) => layerOf(t) > layerOf(file)).map((t) => `${file} -> ${t}`));
    expect(upward).toEqual([]);
  });

  it('keeps the core free of the CLI, the commands and the terminal', () => {
    const leaks = [...graph]
      .filter(([file]) => CORE.includes(place(file)))
      .flatMap(([file, targets]) => targets.filter((t) => OUTSIDE_CORE.includes(place(t))).map((t) => `${file} -> ${t}`));
    expect(leaks).toEqual([]);
  });

  it('sets the LLM grader up in one place: outside grading/llm/, only its set-up, notice and errors are imported', () => {
    // doctor's round trip and a drill's grading must not drift apart: both go through setup.ts.
    const allowed = new Set(['grading/llm/setup.ts', 'grading/llm/notice.ts', 'grading/llm/client.ts']);
    const reached = [...graph]
      .filter(([file]) => !file.startsWith('grading/llm/'))
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('grading/llm/') && !allowed.has(t)).map((t) => `${file} -> ${t}`));
    expect(reached).toEqual([]);
  });

  it('keeps commands/drill.ts to wiring: about a hundred lines, the pipeline living in the core', () => {
    const lines = readFileSync(join(SRC, 'commands', 'drill.ts'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(120);
  });

  it('holds no control character in the source: a "\\b" once written through a script became a backspace, and two regexes never matched', () => {
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
    const bad = sourceFiles(SRC).filter((f) => control.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(bad).toEqual([]);
    expect(control.test('a \b b')).toBe(true);
  });

  it('finds a cycle and an upward import when there is one (the check itself)', () => {
    const bad = new Map([
      ['grading/a.ts', ['grading/b.ts']],
      ['grading/b.ts', ['grading/a.ts', 'cli/x.ts']],
      ['cli/x.ts', []],
    ]);
    expect(cycles(bad).length).toBe(1);
    expect(layerOf('cli/x.ts')).toBeGreaterThan(layerOf('grading/b.ts'));
  });
});
