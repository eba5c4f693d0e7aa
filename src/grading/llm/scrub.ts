import { printable } from '../../text/control.js';
import type { LlmReply } from './schema.js';

// Keeping the API key out of everything the user, a report, history or the cache can see.

/**
 * Removes secrets from text that may reach the user, a report, history or the cache: the API key
 * itself, and anything shaped like a key or a bearer token (servers sometimes echo them back).
 */
export function makeScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const literal = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  // Also printable: what a server writes is shown in a terminal.
  return (text: string) => {
    let out = printable(text);
    for (const s of literal) out = out.split(s).join('***');
    return out.replace(/\bsk-[A-Za-z0-9_*-]{6,}/g, 'sk-***').replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 ***');
  };
}

/**
 * Whether a value is shaped like an API key rather than a model name: a known key prefix (sk-,
 * sk_, gsk_, xai-, hf_, pplx-, a bearer token), or a long run of letters and digits with no
 * separator. Model names ("gpt-4o-mini", "llama3.1:8b", "Qwen/Qwen2.5-7B-Instruct") have short
 * parts between their separators.
 */
export function looksLikeKey(value: string, secrets: readonly (string | undefined)[] = []): boolean {
  const v = value.trim();
  if (!v) return false;
  if (secrets.some((s) => s && s.length >= 8 && v.includes(s))) return true;
  if (/^(sk|gsk|xai|hf|pplx|rk|pk)[-_][A-Za-z0-9_-]{8,}$/i.test(v) || /^bearer\s/i.test(v)) return true;
  const longestPart = Math.max(...v.split(/[-_.:/@]/).map((p) => p.length));
  return longestPart >= 24 && /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}

/** Every string of a reply without secrets: a server could echo the key into what it writes. */
export function scrubReply(reply: LlmReply, scrub: (text: string) => string): LlmReply {
  const list = (xs: string[]) => xs.map(scrub);
  return {
    ...reply,
    criteria: reply.criteria.map((c) => ({ ...c, evidence: list(c.evidence), comment: scrub(c.comment) })),
    matched_points: list(reply.matched_points),
    missing_points: list(reply.missing_points),
    red_flags: list(reply.red_flags),
    feedback: scrub(reply.feedback),
    suggestions: list(reply.suggestions),
    improved_answer: reply.improved_answer === null ? null : scrub(reply.improved_answer),
  };
}
