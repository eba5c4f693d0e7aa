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
 */
export function listItemStarts(text: string): { roles: Position[]; skills: Position[]; questions: Position[] } {
  const out: { roles: Position[]; skills: Position[]; questions: Position[] } = { roles: [], skills: [], questions: [] };
  const lines = text.split('\n');
  let current: Position[] | undefined;
  let indent = -1;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const top = /^(roles|skills|questions):\s*(#.*)?$/.exec(line);
    if (top) {
      current = out[top[1] as 'roles' | 'skills' | 'questions'];
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
