import type { LlmReply } from './schema.js';

// Keeping the API key out of everything the user, a report, history or the cache can see.

/**
 * Removes secrets from text that may reach the user, a report, history or the cache: the API key
 * itself, and anything shaped like a key or a bearer token (servers sometimes echo them back).
 */
export function makeScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const literal = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text: string) => {
    let out = text;
    for (const s of literal) out = out.split(s).join('***');
    return out.replace(/\bsk-[A-Za-z0-9_*-]{6,}/g, 'sk-***').replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 ***');
  };
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
