import { createHash, randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirPrivate, PRIVATE_FILE, readRegularFile } from '../../files.js';
import type { ChatMessage } from './prompt.js';
import { LlmReply } from './schema.js';

/** Bump when the prompt's meaning or the reply's shape changes, so old entries stop matching. */
export const CACHE_VERSION = 2;

/** Grades the LLM gave before, by request: a re-run of the same answers costs nothing. */
export interface GradeCache {
  get(key: string): LlmReply | undefined;
  set(key: string, reply: LlmReply): void;
}

/** The key of a request: the server, the model and the whole prompt (never the API key). */
export function cacheKey(parts: { baseURL: string; model: string; messages: readonly ChatMessage[] }): string {
  const material = JSON.stringify({ v: CACHE_VERSION, base: parts.baseURL, model: parts.model, messages: parts.messages });
  return createHash('sha256').update(material).digest('hex');
}

/**
 * A cache of one small JSON file per request under `dir` (the cache folder's llm/). Best effort:
 * an unreadable or damaged entry is a miss, and a failed write costs no grade: `onProblem` is
 * told once (what went wrong, in words), and the session carries on uncached.
 */
export function fileCache(dir: string, onProblem?: (problem: string) => void): GradeCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  let told = false;
  const tell = (e: unknown) => {
    if (told) return;
    told = true;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'a file stands where a folder should be' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (e as Error).message;
    onProblem?.(`the LLM cache ${dir} cannot be written (${why}): grades are still given and saved, but not cached; delete or move it to fix this`);
  };
  return {
    get(key) {
      let raw: unknown;
      try {
        raw = JSON.parse(readRegularFile(pathOf(key)));
      } catch {
        return undefined;
      }
      const entry = raw as { v?: unknown; reply?: unknown } | null;
      if (!entry || entry.v !== CACHE_VERSION) return undefined;
      const parsed = LlmReply.safeParse(entry.reply);
      return parsed.success ? parsed.data : undefined;
    },
    set(key, reply) {
      const file = pathOf(key);
      const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirPrivate(join(dir, key.slice(0, 2)));
        writeFileSync(tmp, `${JSON.stringify({ v: CACHE_VERSION, reply })}\n`, { mode: PRIVATE_FILE });
        renameSync(tmp, file);
      } catch (e) {
        tell(e);
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was written there either
        }
      }
    },
  };
}
