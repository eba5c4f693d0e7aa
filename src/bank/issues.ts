import type { z } from 'zod';
import { didYouMean, nearest } from '../text/suggest.js';
import { formatPath, type Diagnostic } from './diagnostics.js';
import type { Locator } from './locate.js';
import { FollowUp, KeyPoint, Question, QuestionFile, RedFlag, Role, RoleLevel, Rubric, Skill, WrongClaim } from './schema.js';
import type { Position } from './text-file.js';
import { plural } from '../text/plural.js';

// What is wrong with a question file, in words: YAML syntax errors and schema issues (zod) as
// diagnostics that name the field, suggest the key that was meant and say what was expected.

export function yamlMessage(code: string, message: string, source: string): string {
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

/**
 * The syntax errors of a file as we report them. A tab in the indentation is one error, not the
 * cascade of "All mapping items must start at the same column" that follows it; a second
 * document gets our own words and the line where it starts.
 */
export function syntaxProblems(
  errors: readonly { code: string; message: string; pos: [number, number] }[],
  text: string,
  at: (offset: number) => Position,
): { offset: number; message: string }[] {
  const TAB = 'YAML syntax: tab used for indentation; indent with spaces';
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs.map((e) => ({ offset: e.pos[0], message: TAB }));
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    // A tab among the spaces of an indentation ("  \ttype:") is not flagged as such by the parser.
    const lineStart = text.lastIndexOf('\n', first.pos[0] - 1) + 1;
    const lead = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(lineStart, lineStart + 200))![0];
    const tab = lead.indexOf('\t');
    if (tab >= 0) return [{ offset: lineStart + tab, message: TAB }];
  }
  return errors.map((e) => {
    if (e.code === 'MULTIPLE_DOCS') {
      const { line } = at(e.pos[0]);
      const marker = text.startsWith('---', e.pos[0]) ? 'remove the `---` there, or ' : '';
      return { offset: e.pos[0], message: `YAML syntax: a second YAML document starts at line ${line}; a bank file holds one document (${marker}move what follows into a file of its own)` };
    }
    return { offset: e.pos[0], message: yamlMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 200)) };
  });
}

/** A key as a message shows it: quoted and escaped when it holds line breaks or control characters, shortened when long. */
export function shownKey(key: string): string {
  const short = key.length > 60 ? `${key.slice(0, 57)}...` : key;
  return /[\u0000-\u001f\u007f-\u009f`]/.test(short) ? JSON.stringify(short) : short;
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
    case 'questions.follow_ups':
      return keys(FollowUp);
    case 'questions.wrong_claims':
      return keys(WrongClaim);
    case 'roles':
      return keys(Role);
    case 'roles.levels':
      return keys(RoleLevel);
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

export function issueDiagnostics(issue: z.core.$ZodIssue, raw: unknown, locate: Locator, file: string): Diagnostic[] {
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
        const shown = shownKey(key);
        if (rubric) return make(pos, [...path, shown], `unknown rubric level \`${shown}\`; levels are 1 to 5 (1, 3 and 5 required)`);
        const hint = didYouMean(key, allowed) || (allowed.length ? `; allowed: ${allowed.join(', ')}` : '');
        return make(pos, [...path, shown], `unknown field \`${shown}\`${hint}`);
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
        return [make(locate(path), path, `the file must be a mapping with \`roles:\`, \`skills:\` and/or \`questions:\`, got ${describeValue(actual)}`)];
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
          ? `${field} needs at least ${plural(Number(issue.minimum), 'item')}`
          : issue.origin === 'string'
            ? `${field} must not be empty`
            : issue.message;
      return [make(locate(path), path, message)];
    }
    case 'custom':
      return [make(locate(path), path, `${field} ${issue.message}`)];
    case 'too_big':
      return [make(locate(path), path, `${field} is too long (at most ${String(issue.maximum)})`)];
    default:
      return [make(locate(path), path, `${field} ${issue.message}`)];
  }

}
