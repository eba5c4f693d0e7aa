import { load as loadYaml } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { KeyPoint, Question, QuestionFile, RedFlag, Rubric, Skill } from './schema.js';
import { formatPath, type Diagnostic } from './diagnostics.js';
import { didYouMean, nearest } from '../text/suggest.js';
import type { Position } from './text-file.js';

export { decodeText, MAX_FILE_BYTES, sizeProblem, type Position } from './text-file.js';

/** YAML aliases expanded per file; a normal bank uses none, a "billion laughs" file uses millions. */
export const MAX_ALIAS_COUNT = 100;


export interface ParsedFile {
  file: string;
  data?: QuestionFile;
  /**
   * When the file as a whole is invalid: the cards that are valid on their own, with their place
   * in the file, so that cross-file checks can still report on them in the same run.
   */
  valid?: { skills: { index: number; skill: Skill }[]; questions: { index: number; question: Question }[] };
  diagnostics: Diagnostic[];
  /** Where the node at a data path starts (the nearest existing ancestor for a missing one). */
  locate(path: readonly PropertyKey[]): Position;
}

interface Locator {
  (path: readonly PropertyKey[]): Position;
  /** Where a key of the mapping at `parent` is written; the mapping itself if not found. */
  key(parent: readonly PropertyKey[], key: string): Position;
}

/**
 * Parses and validates one file. Valid files take a fast road (js-yaml, about ten times quicker
 * than the `yaml` package here); anything else, and any file with anchors or aliases, is parsed
 * again with `yaml`, which keeps every node's position, so that every problem is reported exactly
 * as `yaml` locates it.
 */
export function parseQuestionFile(text: string, file: string): ParsedFile {
  return parseValid(text, file) ?? parseWithPositions(text, file);
}

/** The fast road: a file that parses and validates, with positions only for its list items. */
function parseValid(text: string, file: string): ParsedFile | undefined {
  let raw: unknown;
  try {
    raw = loadYaml(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  const result = QuestionFile.safeParse(raw);
  if (!result.success || (!result.data.skills && !result.data.questions)) return undefined;
  const starts = listItemStarts(text);
  if (starts.skills.length !== (result.data.skills?.length ?? 0) || starts.questions.length !== (result.data.questions?.length ?? 0)) {
    return undefined;
  }
  let full: ParsedFile | undefined;
  const locate = (path: readonly PropertyKey[]): Position => {
    const [list, index] = path;
    if (path.length === 2 && (list === 'skills' || list === 'questions') && typeof index === 'number') {
      const pos = starts[list][index];
      if (pos) return pos;
    }
    // Positions inside a card are wanted only for cross-file problems: parse again for those.
    full ??= parseWithPositions(text, file);
    return full.locate(path);
  };
  return { file, data: result.data, diagnostics: [], locate };
}

/**
 * Where each item of the top-level block lists `skills:` and `questions:` starts (where its first
 * key is written, as `yaml` reports it). Anything unusual (flow style, quoted keys) finds fewer
 * items than the data holds, and the caller falls back to the full parse.
 */
export function listItemStarts(text: string): { skills: Position[]; questions: Position[] } {
  const out: { skills: Position[]; questions: Position[] } = { skills: [], questions: [] };
  const lines = text.split('\n');
  let current: Position[] | undefined;
  let indent = -1;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const top = /^(skills|questions):\s*(#.*)?$/.exec(line);
    if (top) {
      current = out[top[1] as 'skills' | 'questions'];
      indent = -1;
      return;
    }
    if (/^[^\s#-]/.test(line)) {
      current = undefined;
      return;
    }
    if (!current) return;
    const item = /^( *)- +(?=\S)/.exec(line);
    if (!item) return;
    if (indent < 0) indent = item[1]!.length;
    if (item[1]!.length === indent) current.push({ line: i + 1, col: item[0].length + 1 });
  });
  return out;
}

/** The cards of an invalid file that are valid on their own. */
function salvage(raw: unknown): ParsedFile['valid'] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { skills, questions } = raw as { skills?: unknown; questions?: unknown };
  const out: NonNullable<ParsedFile['valid']> = { skills: [], questions: [] };
  if (Array.isArray(skills)) {
    skills.forEach((item, index) => {
      const r = Skill.safeParse(item);
      if (r.success) out.skills.push({ index, skill: r.data });
    });
  }
  if (Array.isArray(questions)) {
    questions.forEach((item, index) => {
      const r = Question.safeParse(item);
      if (r.success) out.questions.push({ index, question: r.data });
    });
  }
  return out;
}

function parseWithPositions(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const walk = (path: readonly PropertyKey[]): { node: unknown; pos: Position } => {
    let node: unknown = doc.contents;
    let pos: Position = { line: 1, col: 1 };
    if (isNodeLike(node) && node.range) pos = at(node.range[0]);
    for (const part of path) {
      const next = childOf(node, part);
      if (!next) break;
      node = next;
      if (isNodeLike(next) && next.range) pos = at(next.range[0]);
    }
    return { node, pos };
  };
  const locate: Locator = Object.assign((path: readonly PropertyKey[]) => walk(path).pos, {
    key(parent: readonly PropertyKey[], key: string): Position {
      const { node, pos } = walk(parent);
      const keyNode = keyNodeOf(node, key);
      return keyNode && isNodeLike(keyNode) && keyNode.range ? at(keyNode.range[0]) : pos;
    },
  });
  const diagnostics: Diagnostic[] = [];
  const error = (pos: Position, path: string, message: string) =>
    diagnostics.push({ file, line: pos.line, col: pos.col, severity: 'error', path, message });

  if (doc.errors.length > 0) {
    for (const e of doc.errors) error(at(e.pos[0]), '', yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 200)));
    return { file, diagnostics, locate };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    error({ line: 1, col: 1 }, '', 'file is empty; expected `skills:` and/or `questions:`');
    return { file, diagnostics, locate };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const reason = e instanceof Error && /alias/i.test(e.message) ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT})` : String(e);
    error({ line: 1, col: 1 }, '', reason);
    return { file, diagnostics, locate };
  }
  const result = QuestionFile.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const d of issueDiagnostics(issue, raw, locate, file)) diagnostics.push(d);
    }
    return { file, diagnostics, locate, valid: salvage(raw) };
  }
  if (!result.data.skills && !result.data.questions) {
    error(locate([]), '', 'file has neither `skills:` nor `questions:`');
    return { file, diagnostics, locate };
  }
  return { file, data: result.data, diagnostics, locate };
}

interface NodeLike {
  range?: [number, number, number] | null;
}
function isNodeLike(value: unknown): value is NodeLike {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function childOf(node: unknown, part: PropertyKey): Node | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(part)) {
        return (item.value ?? item.key) as Node;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof part === 'number') return node.items[part] as Node | undefined;
  return undefined;
}

function keyNodeOf(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item.key as Node;
  }
  return undefined;
}

function yamlMessage(code: string, message: string, source: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*[^\s:#]))/.exec(source);
      const name = key ? (key[1] ?? key[2] ?? key[3]) : undefined;
      return `YAML syntax: duplicate key${name ? ` "${name}"` : ''} (each key may appear once in a mapping)`;
    }
    case 'TAB_AS_INDENT':
      return 'YAML syntax: tab used for indentation; indent with spaces';
    default:
      return `YAML syntax: ${first.replace(/ at line \d+, column \d+.*$/, '')}`;
  }
}

/** The object shape that applies at a data path, for listing allowed keys. */
function shapeAt(path: readonly PropertyKey[]): readonly string[] {
  const names = path.filter((p) => typeof p === 'string');
  const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);
  const tail = names.join('.');
  switch (tail) {
    case '':
      return keys(QuestionFile);
    case 'skills':
      return keys(Skill);
    case 'skills.rubric':
      return keys(Rubric);
    case 'questions':
      return keys(Question);
    case 'questions.key_points':
      return keys(KeyPoint);
    case 'questions.red_flags':
      return keys(RedFlag);
    default:
      return [];
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'text',
  number: 'a number',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Whether the mapping has an unknown key whose nearest allowed key is `wanted`. */
function misspeltAs(mapping: unknown, allowed: readonly string[], wanted: string): boolean {
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping) || allowed.length === 0) return false;
  return Object.keys(mapping).some((key) => !allowed.includes(key) && nearest(key, allowed) === wanted);
}

function issueDiagnostics(issue: z.core.$ZodIssue, raw: unknown, locate: Locator, file: string): Diagnostic[] {
  const path = issue.path;
  const make = (pos: Position, fieldPath: readonly PropertyKey[], message: string): Diagnostic => ({
    file,
    line: pos.line,
    col: pos.col,
    severity: 'error',
    path: formatPath(fieldPath),
    message,
  });
  const last = path[path.length - 1];
  const field =
    path.length === 0 ? 'the file' : typeof last === 'number' ? `\`${String(path[path.length - 2] ?? '')}[${last}]\`` : `\`${String(last)}\``;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = shapeAt(path);
      const rubric = path[path.length - 1] === 'rubric';
      return issue.keys.map((key) => {
        const pos = locate.key(path, key);
        if (rubric) return make(pos, [...path, key], `unknown rubric level \`${key}\`; levels are 1 to 5 (1, 3 and 5 required)`);
        const hint = didYouMean(key, allowed) || (allowed.length ? `; allowed: ${allowed.join(', ')}` : '');
        return make(pos, [...path, key], `unknown field \`${key}\`${hint}`);
      });
    }
    case 'invalid_type': {
      const actual = valueAt(raw, path);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (actual === undefined) {
        const parentPath = path.slice(0, -1);
        // A misspelt key is reported once, as an unknown field with a suggestion, not again as missing.
        if (typeof last === 'string' && misspeltAs(valueAt(raw, parentPath), shapeAt(parentPath), last)) return [];
        if (parentPath[parentPath.length - 1] === 'rubric') {
          return [make(locate(path), path, `rubric level ${String(last)} is missing; levels 1, 3 and 5 are required (2 and 4 optional)`)];
        }
        return [make(locate(path), path, `missing required field ${field} (${expected})`)];
      }
      if (path.length === 0) {
        return [make(locate(path), path, `the file must be a mapping with \`skills:\` and/or \`questions:\`, got ${describeValue(actual)}`)];
      }
      const quote = issue.expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean') ? ` (put it in quotes: "${String(actual)}")` : '';
      return [make(locate(path), path, `${field} must be ${expected}, got ${describeValue(actual)}${quote}`)];
    }
    case 'invalid_value': {
      const actual = valueAt(raw, path);
      const allowed = issue.values.map(String);
      const hint = typeof actual === 'string' ? didYouMean(actual, allowed) : '';
      return [make(locate(path), path, `${JSON.stringify(actual)} is not allowed${hint}; expected one of: ${allowed.join(', ')}`)];
    }
    case 'too_small': {
      const message =
        issue.origin === 'array'
          ? `${field} needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? `${field} must not be empty`
            : issue.message;
      return [make(locate(path), path, message)];
    }
    case 'too_big':
      return [make(locate(path), path, `${field} is too long (at most ${String(issue.maximum)})`)];
    default:
      return [make(locate(path), path, `${field} ${issue.message}`)];
  }

}

