// An OpenAI-compatible chat-completions server on 127.0.0.1 for tests: no real network.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach } from 'vitest';

export interface FakeRequest {
  /** 1-based order of arrival. */
  n: number;
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model?: string;
    temperature?: number;
    response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
    messages: { role: string; content: string }[];
  };
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; json: unknown; delayMs?: number }
  | { status?: number; headers?: Record<string, string>; raw: string; delayMs?: number }
  /** Never answer (the client must time out). */
  | { hang: true }
  /** Drop the connection without a reply. */
  | { reset: true }
  /** Send the status, the headers and the first `bytes` of this body (announced whole), then drop the connection. */
  | { cutAfter: number; json: unknown };

export type Behaviour = (req: FakeRequest) => Reply | Promise<Reply>;

export interface FakeServer {
  baseURL: string;
  port: number;
  requests: FakeRequest[];
  /** The most requests that were in progress at once. */
  maxInFlight: number;
  inFlight: number;
  close(): Promise<void>;
}

/** The skill ids that the prompt asks criteria for. */
export function skillsOf(req: FakeRequest): string[] {
  const text = req.body.messages.map((m) => m.content).join('\n');
  const m = /each of these skill ids, keyed by the id: ([^\n]+)/.exec(text);
  return m ? m[1]!.split(',').map((s) => s.trim()) : [];
}

/** The candidate's answer as the prompt carries it. */
export function answerOf(req: FakeRequest): string {
  const text = req.body.messages.find((m) => m.role === 'user')?.content ?? '';
  const m = /<<<CANDIDATE_ANSWER (\w+)>>>\n([\s\S]*)\n<<<END_CANDIDATE_ANSWER \1>>>/.exec(text);
  return m ? m[2]! : '';
}

/** The first few words of the request's answer, as a model quoting it would write them. */
export function quoteOf(req: FakeRequest): string[] {
  const words = answerOf(req).split(/\s+/).filter(Boolean).slice(0, 4);
  return words.length ? [words.join(' ')] : [];
}

/** A reply that passes validation for the request's skills. */
export function validGrade(req: FakeRequest, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const wantsImproved = req.body.messages.some((m) => m.content.includes('Set "improved_answer" to a stronger version'));
  return {
    // A true quote: the answer's first words.
    criteria: skillsOf(req).map((skill) => ({ skill, score: 4, evidence: quoteOf(req), comment: 'Clear and specific.' })),
    score: 4.2,
    matched_points: ['Listens first'],
    missing_points: ['Confirms in writing'],
    red_flags: [],
    feedback: 'A solid answer from the LLM.',
    suggestions: ['Confirm the plan in writing.'],
    improved_answer: wantsImproved ? 'A stronger answer, in the first person.' : null,
    ...overrides,
  };
}

/** A chat completion whose message content is `content`. */
export function completion(content: string, usage = { prompt_tokens: 100, completion_tokens: 20 }): Record<string, unknown> {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/**
 * The smallest value that a JSON Schema allows, as a server that enforces the schema (constrained
 * decoding) and fills it faithfully but minimally would write it: every required property,
 * empty lists and strings, the lowest number, null where null is allowed.
 */
export function minimalFor(schema: unknown): unknown {
  const s = (schema ?? {}) as { type?: string | string[]; properties?: Record<string, unknown>; anyOf?: unknown[]; minimum?: number; required?: string[] };
  if (s.anyOf?.length) return minimalFor(s.anyOf[0]);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('null')) return null;
  if (types.includes('object')) {
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, minimalFor(v)]));
  }
  if (types.includes('array')) return [];
  if (types.includes('integer') || types.includes('number')) return s.minimum ?? 0;
  if (types.includes('boolean')) return false;
  return '';
}

/** A server that follows the json_schema it is sent, minimally (see minimalFor); with none sent, an empty object. */
export function schemaFollowing(req: FakeRequest): Reply {
  const schema = req.body.response_format?.json_schema?.schema;
  return { json: completion(JSON.stringify(schema ? minimalFor(schema) : {})) };
}

export function ok(req: FakeRequest, overrides: Record<string, unknown> = {}): Reply {
  return { json: completion(JSON.stringify(validGrade(req, overrides))) };
}

/** An HTML page with status 200, as a proxy's login page or a web server's index gives it. */
export function htmlPage(): Reply {
  return { headers: { 'content-type': 'text/html; charset=utf-8' }, raw: '<!DOCTYPE html><html><head><title>Welcome</title></head><body>Sign in</body></html>' };
}

export function apiError(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Reply {
  return { status, headers, json: { error: { message, type: 'invalid_request_error', ...extra } } };
}

/** The environment that points the CLI at a fake server: its URL, a test key, a model name. */
export function fakeLlmEnv(server: Pick<FakeServer, 'baseURL'>): { OPENAI_BASE_URL: string; OPENAI_API_KEY: string; COLLECTIONS_PREP_MODEL: string } {
  return { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'test', COLLECTIONS_PREP_MODEL: 'test-model' };
}

/**
 * Fake servers started by a test and closed after it: call at the top level of a test file, then
 * `const server = await serve(behaviour)` in a test.
 */
export function useFakeLlm(): (behaviour: Behaviour) => Promise<FakeServer> {
  const started: FakeServer[] = [];
  afterEach(async () => {
    for (const server of started.splice(0)) await server.close();
  });
  return async (behaviour) => {
    const server = await startFakeLlm(behaviour);
    started.push(server);
    return server;
  };
}

export async function startFakeLlm(behaviour: Behaviour): Promise<FakeServer> {
  const sockets = new Set<Socket>();
  const state: FakeServer = {
    baseURL: '',
    port: 0,
    requests: [],
    maxInFlight: 0,
    inFlight: 0,
    close: async () => {},
  };
  const send = (res: ServerResponse, reply: Exclude<Reply, { hang: true } | { reset: true } | { cutAfter: number }>) => {
    const body = 'json' in reply ? JSON.stringify(reply.json) : reply.raw;
    res.writeHead(reply.status ?? 200, { 'content-type': 'json' in reply ? 'application/json' : 'text/plain', ...reply.headers });
    res.end(body);
  };
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      let body: FakeRequest['body'];
      try {
        body = JSON.parse(raw) as FakeRequest['body'];
      } catch {
        body = { messages: [] };
      }
      const request: FakeRequest = { n: state.requests.length + 1, path: req.url ?? '', headers: req.headers, body };
      state.requests.push(request);
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          state.inFlight--;
        }
      };
      res.on('close', finish);
      Promise.resolve(behaviour(request)).then(
        async (reply) => {
          if ('hang' in reply) return;
          if ('reset' in reply) {
            finish();
            req.socket.destroy();
            return;
          }
          if ('cutAfter' in reply) {
            const body = Buffer.from(JSON.stringify(reply.json));
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
            res.write(body.subarray(0, reply.cutAfter), () => {
              finish();
              req.socket.destroy();
            });
            return;
          }
          if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
          finish();
          if (!res.destroyed) send(res, reply);
        },
        (e: unknown) => {
          finish();
          send(res, { status: 500, json: { error: { message: String(e) } } });
        },
      );
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  state.port = port;
  state.baseURL = `http://127.0.0.1:${port}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}

/** A port with nothing listening on it (for "connection refused"). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
