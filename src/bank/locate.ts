import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position } from './text-file.js';

// Where things are written in a question file: the line and column that every message points at.

export interface Locator {
  (path: readonly PropertyKey[]): Position;
  /** Where a key of the mapping at `parent` is written; the mapping itself if not found. */
  key(parent: readonly PropertyKey[], key: string): Position;
}

/** Finds where the node at a data path starts in a parsed document (the nearest existing ancestor for a missing one). */
export function documentLocator(contents: unknown, at: (offset: number) => Position): Locator {
  const walk = (path: readonly PropertyKey[]): { node: unknown; pos: Position } => {
    let node: unknown = contents;
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
  return Object.assign((path: readonly PropertyKey[]) => walk(path).pos, {
    key(parent: readonly PropertyKey[], key: string): Position {
      const { node, pos } = walk(parent);
      const keyNode = keyNodeOf(node, key);
      return keyNode && isNodeLike(keyNode) && keyNode.range ? at(keyNode.range[0]) : pos;
    },
  });
}

/**
 * Where each item of the top-level block lists `roles:`, `skills:` and `questions:` starts (where its first
 * key is written, as `yaml` reports it). Anything unusual (flow style, quoted keys) finds fewer
 * items than the data holds, and the caller falls back to the full parse.
 *
 * Every valid file goes through here, so the lines are read in place (offsets into the text)
 * rather than split into strings and matched with a regular expression each.
 */
export function listItemStarts(text: string): { roles: Position[]; skills: Position[]; questions: Position[] } {
  const out: { roles: Position[]; skills: Position[]; questions: Position[] } = { roles: [], skills: [], questions: [] };
  let current: Position[] | undefined;
  let indent = -1;
  let lineNo = 0;
  // The lines as text.split('\n') gives them (a last, empty one after a final newline), less one trailing \r.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    lineNo++;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const first = start < end ? text.charCodeAt(start) : -1;
    if (first === 114 || first === 115 || first === 113) {
      // r, s, q: perhaps `roles:`, `skills:` or `questions:`.
      const top = TOP_LIST.exec(text.slice(start, end));
      if (top) {
        current = out[top[1] as ListName];
        indent = -1;
        start = next;
        continue;
      }
    }
    if (first >= 0 && first !== 35 && first !== 45 && !isSpace(first)) {
      // Any other top-level key (not a comment, not a dash) ends the list.
      current = undefined;
    } else if (current) {
      // `<spaces>- <not a space>`: an item, if at the list's indent (that of its first item).
      let i = start;
      while (i < end && text.charCodeAt(i) === 32) i++;
      if (i < end && text.charCodeAt(i) === 45) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === 32) j++;
        if (j > i + 1 && j < end && !isSpace(text.charCodeAt(j))) {
          const spaces = i - start;
          if (indent < 0) indent = spaces;
          if (spaces === indent) current.push({ line: lineNo, col: j - start + 1 });
        }
      }
    }
    start = next;
  }
  return out;
}

const TOP_LIST = /^(roles|skills|questions):\s*(#.*)?$/;

/** Whether a UTF-16 code unit is white space as `\s` and String.prototype.trim see it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
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

type ListName = 'roles' | 'skills' | 'questions';

/**
 * Positions inside the cards of a block-style file, found from its lines alone, for the
 * messages about valid files (warnings, cross-file errors): a card's own field, and an item of a
 * list field (flow `[a, b]` on one line, or block `- a`). It answers only where the text leaves
 * no doubt and returns undefined otherwise (anchors, tags, quoted keys, nested values), so
 * that the caller asks the full parser; where it answers, it agrees with `yaml` (a unit test
 * compares the two). This spares the full parse of every file that has a warning.
 */
export function lineLocator(text: string, starts: { roles: Position[]; skills: Position[]; questions: Position[] }) {
  let lineStart: number[] | undefined;
  const lineCount = () => (lineStart ??= offsetsOfLines(text)).length;
  const line = (i: number): string => {
    const at = (lineStart ??= offsetsOfLines(text));
    const end = i + 1 < at.length ? at[i + 1]! - 1 : text.length;
    const raw = text.slice(at[i]!, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  };
  return (path: readonly PropertyKey[]): Position | undefined => {
    const [list, index, field, item] = path;
    if (list !== 'roles' && list !== 'skills' && list !== 'questions') return undefined;
    if (typeof index !== 'number') return undefined;
    const cards = starts[list as ListName];
    const card = cards[index];
    if (!card) return undefined;
    if (path.length === 2) return card;
    if (typeof field !== 'string' || path.length > 4 || (path.length === 4 && typeof item !== 'number')) return undefined;
    const keyCol = card.col; // 1-based column of the card's keys
    const last = (cards[index + 1]?.line ?? lineCount() + 1) - 1; // last line (1-based) the card may use
    const at = (lineStart ??= offsetsOfLines(text));
    for (let n = card.line; n <= last; n++) {
      const start = at[n - 1]!;
      let end = n < at.length ? at[n]! - 1 : text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (n > card.line) {
        // The card ends at the first line that is indented less than its keys (and is not blank or a comment).
        let lead = start;
        while (lead < end && text.charCodeAt(lead) === 32) lead++;
        const indent = lead - start;
        if (indent < keyCol - 1) {
          let c = lead;
          while (c < end && isSpace(text.charCodeAt(c))) c++;
          if (c < end && text.charCodeAt(c) !== 35) return undefined;
        }
        if (indent !== keyCol - 1) continue;
      }
      // `field:` followed by a space, a tab or the end of the line, where the card's keys start.
      const keyAt = start + keyCol - 1;
      const colon = keyAt + field.length;
      if (colon >= end || text.charCodeAt(colon) !== 58 || !text.startsWith(field, keyAt)) continue;
      const after = colon + 1 < end ? text.charCodeAt(colon + 1) : -1;
      if (after !== -1 && after !== 32 && after !== 9) continue;
      let valueAt = colon + 1;
      while (valueAt < end && (text.charCodeAt(valueAt) === 32 || text.charCodeAt(valueAt) === 9)) valueAt++;
      const first = valueAt < end ? text.charCodeAt(valueAt) : -1;
      const inline = first !== -1 && first !== 35;
      // &, ! and *: an anchor, a tag or an alias.
      if (inline && (first === 38 || first === 33 || first === 42)) return undefined;
      const col = valueAt - start;
      if (path.length === 3) return inline ? { line: n, col: col + 1 } : undefined;
      return inline ? flowItem(text.slice(valueAt, end), item as number, n, col) : blockItem(n, keyCol, item as number, last, line);
    }
    return undefined;
  };
}

/** Item `k` of a one-line flow sequence of plain scalars, such as `[mid, senior]`. */
function flowItem(value: string, k: number, lineNo: number, offset: number): Position | undefined {
  const m = /^\[([^\]\[{}"'#&*!]*)\]\s*(#.*)?$/.exec(value);
  if (!m) return undefined;
  let at = 1;
  const parts = m[1]!.split(',');
  const starts: number[] = [];
  for (const part of parts) {
    const lead = /^\s*/.exec(part)![0].length;
    if (part.trim() !== '') starts.push(at + lead);
    at += part.length + 1;
  }
  const start = starts[k];
  return start === undefined ? undefined : { line: lineNo, col: offset + start + 1 };
}

/** Item `k` of a block sequence of plain scalars under the key on line `keyLine`. */
function blockItem(keyLine: number, keyCol: number, k: number, last: number, line: (i: number) => string): Position | undefined {
  let indent = -1;
  let seen = 0;
  for (let n = keyLine + 1; n <= last; n++) {
    const text = line(n - 1);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const lead = /^ */.exec(text)![0].length;
    if (lead < keyCol - 1) return undefined;
    const dash = /^( *)-[ \t]+/.exec(text);
    if (indent < 0) {
      if (!dash) return undefined;
      indent = dash[1]!.length;
    }
    if (lead === indent && dash && dash[1]!.length === indent) {
      const value = text.slice(dash[0].length);
      if (seen === k) return value === '' || /^[-?:,\[\]{}#&*!|>'"%@`]/.test(value) ? undefined : { line: n, col: dash[0].length + 1 };
      seen++;
    } else if (lead <= indent) {
      return undefined; // the list ended (the next key of the card)
    }
  }
  return undefined;
}

function offsetsOfLines(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
