import type { ReplyMode } from './prompt.js';

// The retry policy of LLM requests: how often, how long to wait, and which reply format to try
// next when a server refuses one. The loop that applies it is LlmSession.complete (client.ts).

export interface RetryPolicy {
  /** Requests per call, the first included, for 429s, 5xx and connection errors. */
  attempts: number;
  /** Requests per call that may time out before giving up: a silent server is not waited on four times. */
  timeoutAttempts: number;
  /** First backoff; it doubles each time, with jitter, up to maxDelayMs (a retry-after replaces it, capped at 30 s). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_POLICY: RetryPolicy = { attempts: 4, timeoutAttempts: 2, baseDelayMs: 500, maxDelayMs: 8000 };

/** The wait before retry number `attempt` (1 first): doubling from baseDelayMs, capped, with ±20% jitter. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const { baseDelayMs, maxDelayMs } = policy;
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/** The reply format to ask for when the server does not take this one (undefined: none left). */
export const NEXT_MODE: Record<ReplyMode, ReplyMode | undefined> = { json_schema: 'json_object', json_object: 'text', text: undefined };

/** The longest wait that a server's retry-after can impose on us. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** How long a 429 or 503 asks us to wait (retry-after-ms, retry-after in seconds or as a date), capped. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers || typeof headers.get !== 'function') return undefined;
  let ms: number | undefined;
  const msHeader = headers.get('retry-after-ms');
  if (msHeader && Number.isFinite(Number(msHeader))) ms = Number(msHeader);
  const header = headers.get('retry-after');
  if (ms === undefined && header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) ms = seconds * 1000;
    else if (Number.isFinite(Date.parse(header))) ms = Date.parse(header) - now;
  }
  if (ms === undefined) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}
