import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { RedirectError } from './redirects.js';
import { retryAfterMs } from './retry.js';

/** What to do about a failed request. */
export type Failure =
  /** Stop the whole session with this one line: nothing will work (bad key, model, URL). */
  | { kind: 'fatal'; message: string }
  /** Try again after `delayMs` (from retry-after) or the usual backoff. */
  | { kind: 'retry'; reason: string; delayMs?: number; timeout?: boolean }
  /** The server does not take this response_format: ask the next way. */
  | { kind: 'format'; reason: string }
  /** The model does not take temperature 0: ask without it. */
  | { kind: 'temperature'; reason: string }
  /** This request cannot succeed (e.g. 400 for this prompt): grade this answer offline. */
  | { kind: 'fail'; reason: string };

export interface FailureContext {
  host: string;
  model: string;
  timeoutSeconds: number;
  /** Whether any request to the server has succeeded: a refused connection is then an outage, not a bad URL. */
  reachedBefore: boolean;
  scrub: (text: string) => string;
}

function oneLine(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The server's own words, without the leading status code that the SDK adds. */
function serverMessage(e: APIError, scrub: (t: string) => string): string {
  const body = e.error as { message?: unknown } | string | undefined;
  const raw = typeof body === 'string' ? body : typeof body?.message === 'string' ? body.message : e.message;
  return oneLine(scrub(String(raw).replace(/^\d{3}\s+/, '')));
}

/** The first error of a type in an error's cause chain. */
function causeOf<T>(e: unknown, type: new (...args: never[]) => T, depth = 0): T | undefined {
  if (e instanceof type) return e;
  if (!e || typeof e !== 'object' || depth > 6) return undefined;
  return causeOf((e as { cause?: unknown }).cause, type, depth + 1);
}

/** Every `code` in an error's cause chain (undici nests them, sometimes in an AggregateError). */
export function errorCodes(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 6) return [];
  const err = e as { code?: unknown; cause?: unknown; errors?: unknown };
  const codes = typeof err.code === 'string' ? [err.code] : [];
  codes.push(...errorCodes(err.cause, depth + 1));
  if (Array.isArray(err.errors)) for (const inner of err.errors) codes.push(...errorCodes(inner, depth + 1));
  return codes;
}

function causeMessages(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 6) return [];
  const err = e as { message?: unknown; cause?: unknown };
  return [...(typeof err.message === 'string' ? [err.message] : []), ...causeMessages(err.cause, depth + 1)];
}

export const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
export const NO_DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$)/;

export const BASE_URL_HINT = 'check --base-url or OPENAI_BASE_URL (for Ollama: http://localhost:11434/v1)';

/** Sorts a failed request into what to do next; every message is scrubbed of secrets. */
export function classify(e: unknown, ctx: FailureContext): Failure {
  const { host, model, scrub } = ctx;
  if (e instanceof APIConnectionTimeoutError) {
    return { kind: 'retry', reason: `no reply within ${ctx.timeoutSeconds} s`, timeout: true };
  }
  if (e instanceof APIUserAbortError) return { kind: 'fail', reason: 'the request was cancelled' };
  const redirect = causeOf(e, RedirectError);
  if (redirect) return { kind: 'fatal', message: `${scrub(redirect.message)}: ${BASE_URL_HINT}` };
  if (e instanceof APIConnectionError) {
    const codes = errorCodes(e);
    const code = codes.find((c) => UNREACHABLE.has(c) || NO_DNS.has(c) || TLS.test(c)) ?? codes.find((c) => c !== 'UND_ERR_INVALID_ARG');
    if (!ctx.reachedBefore && causeMessages(e).includes('bad port')) {
      return { kind: 'fatal', message: `cannot connect to ${host}: Node's fetch refuses that port for safety; ${BASE_URL_HINT}` };
    }
    if (code && !ctx.reachedBefore) {
      if (UNREACHABLE.has(code)) return { kind: 'fatal', message: `cannot connect to ${host} (${code === 'ECONNREFUSED' ? 'connection refused' : code}): is the server running? ${BASE_URL_HINT}` };
      if (NO_DNS.has(code)) return { kind: 'fatal', message: `cannot find the server ${host} (DNS lookup failed: ${code}): ${BASE_URL_HINT}` };
      if (TLS.test(code)) return { kind: 'fatal', message: `cannot connect securely to ${host} (${code}): check whether the base URL should start with http:// or https://` };
    }
    return { kind: 'retry', reason: `connection error${code ? ` (${code})` : ''}` };
  }
  if (e instanceof APIError && typeof e.status === 'number') {
    const status = e.status;
    const said = serverMessage(e, scrub);
    const code = typeof e.code === 'string' ? e.code : '';
    const saying = said ? `: ${said}` : '';
    if (status === 401) return { kind: 'fatal', message: `${host} refused the API key (401 Unauthorized${saying}): set a valid key in OPENAI_API_KEY` };
    if (status === 402 || code === 'insufficient_quota') {
      return { kind: 'fatal', message: `${host} will not serve requests on this account (${status}${saying}): check the plan and billing` };
    }
    if (status === 403) return { kind: 'fatal', message: `${host} denied access (403 Forbidden${saying})` };
    const modelMissing = code === 'model_not_found' || /model\b.*\b(not found|does not exist|not exist|unknown|not available)|unknown model|no such model/i.test(said);
    if (status === 404 || (status === 400 && modelMissing)) {
      return {
        kind: 'fatal',
        message: `model "${model}" was not found at ${host} (${status}${saying}): check --model or COLLECTIONS_PREP_MODEL (for Ollama, "ollama pull ${model}" first), and that the base URL ends in /v1`,
      };
    }
    if (status === 400 || status === 422) {
      if (/response_format|json_schema|json_object|structured output|schema/i.test(said)) return { kind: 'format', reason: `${status}${saying}` };
      if (/temperature/i.test(said)) return { kind: 'temperature', reason: `${status}${saying}` };
      return { kind: 'fail', reason: `the server rejected the request (${status}${saying})` };
    }
    if (status === 408 || status === 409 || status === 429 || status >= 500) {
      return { kind: 'retry', reason: `HTTP ${status}${saying}`, delayMs: retryAfterMs(e.headers) };
    }
    return { kind: 'fail', reason: `HTTP ${status}${saying}` };
  }
  // A body that stops before its end (undici: "terminated", the socket closed): like a dropped connection.
  const codes = errorCodes(e);
  if ((e instanceof TypeError && e.message === 'terminated') || codes.includes('UND_ERR_SOCKET') || codes.includes('ECONNRESET')) {
    return { kind: 'retry', reason: 'the reply was cut off before its end' };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'fail', reason: `unexpected error: ${oneLine(scrub(message))}` };
}
