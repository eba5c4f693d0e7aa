import * as z from 'zod';
import { LlmReplyIn, type LlmReply } from './schema.js';

export type ReplyCheck = { ok: true; reply: LlmReply } | { ok: false; problem: string };

/**
 * The JSON object in a reply: the whole content when it parses, otherwise the outermost object
 * inside it (servers in plain-text mode wrap JSON in code fences, prose or <think> blocks).
 */
export function extractJson(content: string): unknown {
  const text = content.trim();
  try {
    return JSON.parse(text);
  } catch {
    // fall through to extraction
  }
  const cleaned = text.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/```(?:json)?/gi, '');
  for (let start = cleaned.indexOf('{'); start >= 0; start = cleaned.indexOf('{', start + 1)) {
    const end = matchingBrace(cleaned, start);
    if (end < 0) continue;
    try {
      return JSON.parse(cleaned.slice(start, end + 1));
    } catch {
      // try the next opening brace
    }
  }
  return undefined;
}

/** The index of the brace that closes the one at `start`, minding strings; -1 if none. */
function matchingBrace(s: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

function shorten(text: string, max = 300): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A skill id or name as models write it: case, spaces, underscores and hyphens do not matter. */
function skillKey(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/**
 * Validates a reply against the schema and the question: one criterion per skill of the
 * question, and nothing else. Criteria may come keyed by skill (the schema sent) or as a list (a
 * server that ignored it); a skill may be named by its id or its name (`names`), in any case.
 * The problem text is what the model is told when it is asked again, and what the notice says if
 * it fails twice.
 */
export function checkReply(content: string | null | undefined, skills: readonly string[], names?: ReadonlyMap<string, { name: string }>): ReplyCheck {
  if (!content || !content.trim()) return { ok: false, problem: 'the reply was empty' };
  const raw = extractJson(content);
  if (raw === undefined) return { ok: false, problem: `the reply was not JSON (it began "${shorten(content, 60)}")` };
  const parsed = LlmReplyIn.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: `the JSON did not match the schema: ${shorten(z.prettifyError(parsed.error))}` };
  const reply = parsed.data;
  const entries = Array.isArray(reply.criteria)
    ? reply.criteria.map(({ skill, ...body }) => [skill, body] as const)
    : Object.entries(reply.criteria);
  const idOf = new Map<string, string>();
  for (const id of skills) {
    const name = names?.get(id)?.name;
    if (name && !idOf.has(skillKey(name))) idOf.set(skillKey(name), id);
  }
  // An id beats a name that happens to read the same.
  for (const id of skills) idOf.set(skillKey(id), id);
  const byId = new Map<string, LlmReply['criteria'][number]>();
  for (const [written, body] of entries) {
    const id = idOf.get(skillKey(written));
    if (id && !byId.has(id)) byId.set(id, { skill: id, ...body });
  }
  const missing = skills.filter((s) => !byId.has(s));
  if (missing.length > 0) {
    return { ok: false, problem: `"criteria" must have one entry for each skill (${skills.join(', ')}); missing: ${missing.join(', ')}` };
  }
  return { ok: true, reply: { ...reply, criteria: skills.map((s) => byId.get(s)!) } };
}
