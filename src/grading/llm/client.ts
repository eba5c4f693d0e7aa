import OpenAI from 'openai';
import { setTimeout as delay } from 'node:timers/promises';
import { UserError } from '../../errors.js';
import { classify, type Failure } from './failures.js';
import { backoffMs, DEFAULT_POLICY, NEXT_MODE, type RetryPolicy } from './retry.js';
import { formatInstructions, type ChatMessage, type ReplyMode } from './prompt.js';
import { redirectingFetch } from './redirects.js';
import type { ReplyFormat } from './schema.js';

/** Where requests go and how long one may take. The key lives only in the client. */
export interface Endpoint {
  baseURL: string;
  /** Host (and port) of the base URL: the only part of it that messages show. */
  host: string;
  model: string;
  timeoutSeconds: number;
}


/** The part of the OpenAI client that grading uses (tests may pass their own). */
export type ChatClient = Pick<OpenAI, 'chat'>;

export interface ClientSettings {
  baseURL: string;
  apiKey: string;
  timeoutSeconds: number;
  env: NodeJS.ProcessEnv;
}

/**
 * The OpenAI client with its own retries off (we retry, with a cap on retry-after) and its logging
 * off (nothing of a request is ever printed).
 */
export function createClient(settings: ClientSettings): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: Math.ceil(settings.timeoutSeconds * 1000),
    logLevel: 'off',
    organization: settings.env.OPENAI_ORG_ID || null,
    project: settings.env.OPENAI_PROJECT_ID || null,
    webhookSecret: null,
    fetch: redirectingFetch(),
  });
}

function begins(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}

/**
 * The content and token counts of a chat completion's body, or what came back instead, in words
 * (an HTML page, nothing, not JSON, JSON of another shape): the notice names it.
 */
export function readCompletion(text: string, contentType: string | null, status: number): Completion | { problem: string } {
  const hint = 'check that the base URL is the API (it usually ends in /v1)';
  if (!text.trim()) return { problem: `the server sent an empty reply (HTTP ${status}, no body)` };
  if (/html/i.test(contentType ?? '') || /^\s*</.test(text)) return { problem: `the server sent an HTML page (HTTP ${status}), not a chat completion: ${hint}` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: `the server's reply was not JSON (HTTP ${status}; it began "${begins(text)}"): ${hint}` };
  }
  const res = body as { choices?: { message?: { content?: unknown; refusal?: unknown } }[]; usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } } | null;
  if (!res || typeof res !== 'object' || !Array.isArray(res.choices)) {
    return { problem: `the server's reply was JSON but not a chat completion (no "choices"; it began "${begins(text)}"): ${hint}` };
  }
  const message = res.choices[0]?.message;
  const content = typeof message?.content === 'string' ? message.content : typeof message?.refusal === 'string' ? message.refusal : '';
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
  return { content, usage: { prompt_tokens: count(res.usage?.prompt_tokens), completion_tokens: count(res.usage?.completion_tokens) } };
}

/** A call's requests were used up, or the request cannot succeed: this answer is graded offline. */
export class Exhausted extends Error {
  constructor(
    readonly reason: string,
    /** True when the server seems down (timeouts, 5xx, 429, connection errors), not just this request. */
    readonly outage: boolean,
  ) {
    super(reason);
    this.name = 'Exhausted';
  }
}

/** What one call may set: a sampling temperature (used only while the model takes temperatures), and a signal that cancels it. */
export interface CallOptions {
  temperature?: number;
  signal?: AbortSignal;
}

export interface Completion {
  content: string;
  usage: { prompt_tokens: number; completion_tokens: number };
}

export interface SessionOptions {
  client: ChatClient;
  endpoint: Endpoint;
  /**
   * The reply format when a call gives none: the response_format for json_schema mode and the same
   * schema as JSON, put in the prompt when the server cannot enforce it. Grading gives its own,
   * built for each question (schema.ts).
   */
  format?: ReplyFormat;
  scrub: (text: string) => string;
  policy?: Partial<RetryPolicy>;
  /**
   * The session's budget in seconds (--max-wait): once this long has passed since the first
   * request, requests under way are cancelled and every later call gives up at once, so the rest
   * is graded offline. None: no budget.
   */
  maxWaitSeconds?: number;
  /** For tests: a deterministic random source for jitter. */
  random?: () => number;
}

/**
 * The conversation with one server, shared by every answer of a session: what it has shown it
 * supports (reply mode, temperature), whether it was ever reached, and the one fatal error that
 * stops everything (then in-flight requests and backoff waits are cancelled at once).
 */
export class LlmSession {
  mode: ReplyMode = 'json_schema';
  temperature = true;
  reachedBefore = false;
  fatal: UserError | undefined;
  readonly policy: RetryPolicy;
  private readonly controller = new AbortController();
  private readonly random: () => number;
  private budget: AbortController | undefined;

  constructor(private readonly options: SessionOptions) {
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
    this.random = options.random ?? Math.random;
  }

  get endpoint(): Endpoint {
    return this.options.endpoint;
  }

  /** Removes the key (and key-shaped text) from text that came from the server. */
  scrub(text: string): string {
    return this.options.scrub(text);
  }

  /** Stops the session: every call in flight or to come throws this error. */
  stop(message: string): UserError {
    if (!this.fatal) {
      this.fatal = new UserError(this.options.scrub(message));
      this.controller.abort();
    }
    return this.fatal;
  }

  /** The budget's signal, started by the first request (so loading and typing do not count). */
  private budgetSignal(): AbortSignal | undefined {
    const seconds = this.options.maxWaitSeconds;
    if (seconds === undefined) return undefined;
    if (!this.budget) {
      const budget = new AbortController();
      setTimeout(() => budget.abort(), Math.ceil(seconds * 1000)).unref();
      this.budget = budget;
    }
    return this.budget.signal;
  }

  private budgetSpent(): Exhausted {
    return new Exhausted(`the session's --max-wait of ${this.options.maxWaitSeconds} s was used up`, false);
  }

  private body(messages: readonly ChatMessage[], mode: ReplyMode, format: ReplyFormat | undefined, temperature: number) {
    const extra = format ? formatInstructions(mode, format.jsonSchema) : undefined;
    const sent = extra ? messages.map((m, i) => (i === 0 && m.role === 'system' ? { ...m, content: `${m.content}\n\n${extra}` } : m)) : messages;
    return {
      model: this.options.endpoint.model,
      messages: sent.map((m) => ({ role: m.role, content: m.content })),
      ...(this.temperature ? { temperature } : {}),
      ...(mode === 'json_schema' && format ? { response_format: format.responseFormat } : {}),
      ...(mode === 'json_object' ? { response_format: { type: 'json_object' } } : {}),
    };
  }

  /**
   * One chat completion, with retries for what may pass (429 honouring retry-after, 5xx,
   * connection errors, timeouts) and fallbacks for what the server does not support. Throws
   * Exhausted when this answer cannot be graded, or the session's fatal UserError.
   */
  async complete(messages: readonly ChatMessage[], format: ReplyFormat | undefined = this.options.format, call: CallOptions = {}): Promise<Completion> {
    const { endpoint, scrub, client } = this.options;
    const budget = this.budgetSignal();
    const stops = [this.controller.signal, ...(budget ? [budget] : []), ...(call.signal ? [call.signal] : [])];
    const stopped = (): Exhausted | undefined =>
      call.signal?.aborted ? new Exhausted('grading was interrupted', false) : budget?.aborted ? this.budgetSpent() : undefined;
    const timeoutMs = Math.ceil(endpoint.timeoutSeconds * 1000);
    let attempts = 0;
    let timeouts = 0;
    let adjustments = 0;
    for (;;) {
      if (this.fatal) throw this.fatal;
      const early = stopped();
      if (early) throw early;
      const mode = this.mode;
      const temperature = this.temperature;
      attempts++;
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = AbortSignal.any([...stops, deadline]);
      let failure: Failure;
      try {
        // The raw response, read here: the SDK would take an HTML page for an empty reply and
        // a cut-off body for an unexpected error.
        const response = await client.chat.completions.create(this.body(messages, mode, format, call.temperature ?? 0) as never, { signal, timeout: timeoutMs, maxRetries: 0 }).asResponse();
        const text = await response.text();
        this.reachedBefore = true;
        const read = readCompletion(text, response.headers.get('content-type'), response.status);
        if ('problem' in read) throw new Exhausted(scrub(read.problem), false);
        return read;
      } catch (e) {
        if (this.fatal) throw this.fatal;
        if (e instanceof Exhausted) throw e;
        const cut = stopped();
        if (cut) throw cut;
        failure = deadline.aborted
          ? { kind: 'retry', reason: `no reply within ${endpoint.timeoutSeconds} s`, timeout: true }
          : classify(e, { host: endpoint.host, model: endpoint.model, timeoutSeconds: endpoint.timeoutSeconds, reachedBefore: this.reachedBefore, scrub });
      }
      switch (failure.kind) {
        case 'fatal':
          throw this.stop(failure.message);
        case 'format':
        case 'temperature': {
          // Another answer may have adjusted the session meanwhile: then just ask again.
          const changed = failure.kind === 'format' ? this.mode !== mode : this.temperature !== temperature;
          if (!changed) {
            if (failure.kind === 'format') {
              const next = NEXT_MODE[mode];
              if (!next) throw new Exhausted(failure.reason, false);
              this.mode = next;
            } else {
              if (!this.temperature) throw new Exhausted(failure.reason, false);
              this.temperature = false;
            }
          }
          if (++adjustments > 4) throw new Exhausted(failure.reason, false);
          attempts--;
          continue;
        }
        case 'fail':
          throw new Exhausted(failure.reason, false);
        case 'retry': {
          if (failure.timeout) timeouts++;
          if (attempts >= this.policy.attempts || (failure.timeout && timeouts >= this.policy.timeoutAttempts)) {
            throw new Exhausted(`${failure.reason}${attempts > 1 ? `, ${attempts} attempts` : ''}`, true);
          }
          try {
            await delay(failure.delayMs ?? backoffMs(this.policy, attempts, this.random), undefined, { signal: AbortSignal.any(stops) });
          } catch {
            if (this.fatal) throw this.fatal;
            throw stopped() ?? new Exhausted(failure.reason, true);
          }
        }
      }
    }
  }
}
