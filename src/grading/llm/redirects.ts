// Redirects of LLM requests, followed by hand: fetch follows 20 by default (a loop cost 21
// requests per attempt), and would carry the key wherever a server points.

/** Redirects one request may follow (http to https, a trailing slash, a proxy's hop). */
export const MAX_REDIRECTS = 3;

/** A request that was redirected in a loop, too often, or nowhere: nothing will work, so the session stops. */
export class RedirectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedirectError';
  }
}

function where(url: URL): string {
  return `${url.host}${url.pathname}`;
}

/**
 * A fetch that follows at most MAX_REDIRECTS redirects, keeping the method and body (an API call
 * is a POST), and sends the Authorization header on only to the same host (or the same host
 * over https).
 */
export function redirectingFetch(base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const seen = new Set([url.href]);
    for (let hop = 0; ; hop++) {
      const res = await base(url, { ...init, headers, redirect: 'manual' });
      const location = res.headers.get('location');
      if (res.status < 300 || res.status > 399 || res.status === 304 || !location) return res;
      await res.body?.cancel().catch(() => {});
      const next = new URL(location, url);
      if (seen.has(next.href)) throw new RedirectError(`the server redirects in a loop (${where(url)} to ${where(next)})`);
      if (hop >= MAX_REDIRECTS) throw new RedirectError(`the server redirected more than ${MAX_REDIRECTS} times (last to ${where(next)})`);
      if (next.hostname !== url.hostname || (next.protocol !== url.protocol && next.protocol !== 'https:')) headers.delete('authorization');
      seen.add(next.href);
      url = next;
    }
  };
}
