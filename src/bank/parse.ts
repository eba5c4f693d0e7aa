import { load as loadYaml } from 'js-yaml';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { issueDiagnostics, syntaxProblems } from './issues.js';
import { documentLocator, lineLocator, listItemStarts } from './locate.js';
import { Question, QuestionFile, Role, Skill } from './schema.js';
import type { Position } from './text-file.js';

/** YAML aliases expanded per file; a normal bank uses none, a "billion laughs" file uses millions. */
export const MAX_ALIAS_COUNT = 100;


/** The fields of a card that are right on their own. */
export type PartialQuestion = Partial<Question>;

export interface ParsedFile {
  file: string;
  data?: QuestionFile;
  /**
   * When the file as a whole is invalid: the cards that are valid on their own, with their place
   * in the file, so that cross-file checks can still report on them in the same run.
   */
  valid?: {
    roles: { index: number; role: Role }[];
    skills: { index: number; skill: Skill }[];
    questions: { index: number; question: Question }[];
    /** Cards with a problem of their own: the fields that are right, so that the cross-file checks still see them. */
    broken: { skills: { index: number; id: string }[]; questions: { index: number; question: PartialQuestion; present: string[] }[] };
  };
  diagnostics: Diagnostic[];
  /** Where the node at a data path starts (the nearest existing ancestor for a missing one). */
  locate(path: readonly PropertyKey[]): Position;
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
  if (!result.success || (!result.data.skills && !result.data.questions && !result.data.roles && !result.data.scenarios)) return undefined;
  const starts = listItemStarts(text);
  if (
    starts.skills.length !== (result.data.skills?.length ?? 0) ||
    starts.questions.length !== (result.data.questions?.length ?? 0) ||
    starts.roles.length !== (result.data.roles?.length ?? 0)
  ) {
    return undefined;
  }
  let full: ParsedFile | undefined;
  const fromLines = lineLocator(text, starts);
  const locate = (path: readonly PropertyKey[]): Position => {
    const pos = fromLines(path);
    if (pos) return pos;
    // Anything the lines leave in doubt: parse again with positions, once per file.
    full ??= parseWithPositions(text, file);
    return full.locate(path);
  };
  return { file, data: result.data, diagnostics: [], locate };
}

/** The cards of an invalid file that are valid on their own. */
function salvage(raw: unknown): ParsedFile['valid'] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { roles, skills, questions } = raw as { roles?: unknown; skills?: unknown; questions?: unknown };
  const out: NonNullable<ParsedFile['valid']> = { roles: [], skills: [], questions: [], broken: { skills: [], questions: [] } };
  if (Array.isArray(roles)) {
    roles.forEach((item, index) => {
      const r = Role.safeParse(item);
      if (r.success) out.roles.push({ index, role: r.data });
    });
  }
  if (Array.isArray(skills)) {
    skills.forEach((item, index) => {
      const r = Skill.safeParse(item);
      if (r.success) out.skills.push({ index, skill: r.data });
      else {
        // A skill with a problem (in its rubric, say) is still defined for the cards that use it.
        const id = Skill.shape.id.safeParse(isMapping(item) ? item.id : undefined);
        if (id.success) out.broken.skills.push({ index, id: id.data });
      }
    });
  }
  if (Array.isArray(questions)) {
    questions.forEach((item, index) => {
      const r = Question.safeParse(item);
      if (r.success) out.questions.push({ index, question: r.data });
      else {
        const usable = usableFields(item);
        if (usable) out.broken.questions.push({ index, ...usable });
      }
    });
  }
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The fields of an invalid card that pass their own schema, and the keys it has at all. */
function usableFields(item: unknown): { question: PartialQuestion; present: string[] } | undefined {
  if (!isMapping(item)) return undefined;
  const shape = Question.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (Object.hasOwn(shape, key) && shape[key as keyof typeof shape].safeParse(value).success) kept[key] = value;
  }
  const r = Question.partial().safeParse(kept);
  return r.success ? { question: r.data, present: Object.keys(item) } : undefined;
}

function parseWithPositions(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  // logLevel 'error': the library's warnings (a key that is a collection, say) would go to
  // stderr as Node warnings, beside our one-line messages; what matters is reported below.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const locate = documentLocator(doc.contents, at);
  const diagnostics: Diagnostic[] = [];
  const error = (pos: Position, path: string, message: string) =>
    diagnostics.push({ file, line: pos.line, col: pos.col, severity: 'error', path, message });

  if (doc.errors.length > 0) {
    for (const e of syntaxProblems(doc.errors, text, at)) error(at(e.offset), '', e.message);
    return { file, diagnostics, locate };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    error({ line: 1, col: 1 }, '', 'file is empty; expected `roles:`, `skills:` and/or `questions:`');
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
  if (!result.data.skills && !result.data.questions && !result.data.roles && !result.data.scenarios) {
    error(locate([]), '', 'file has none of `roles:`, `skills:` and `questions:`');
    return { file, diagnostics, locate };
  }
  return { file, data: result.data, diagnostics, locate };
}

