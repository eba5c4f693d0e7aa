import type { CardText } from '../offline/relevance.js';
import type { Skill } from '../../bank/schema.js';
import { pickBaseUrl, pickModel } from '../../config/resolve.js';
import { EXIT, UserError } from '../../errors.js';
import type { Grader } from '../grader.js';
import { fileCache } from './cache.js';
import { createClient, LlmSession, type ChatClient, type Endpoint } from './client.js';
import { followUpWriter } from './follow-up.js';
import { llmGrader } from './grade.js';
import type { RetryPolicy } from './retry.js';
import { looksLikeKey, makeScrubber } from './scrub.js';

// The reachability probe of interactive sessions goes through set-up too (test/architecture).
export { unreachable } from './reach.js';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Where answers go and with what: resolved from options and the environment, checked. */
export interface LlmSettings extends Endpoint {
  apiKey: string;
  scrub: (text: string) => string;
}

/**
 * The endpoint, model, key and timeout (flag, then environment: config/resolve.ts's precedence).
 * A bad URL or a missing key for OpenAI itself is one clear line; local servers (Ollama, LM
 * Studio, ...) accept any key, so none is needed there.
 */
export function llmSettings(options: { model?: string; baseUrl?: string; timeout: number }, env: NodeJS.ProcessEnv): LlmSettings {
  const key = env.OPENAI_API_KEY?.trim() || undefined;
  const scrub = makeScrubber([key]);
  const raw = (pickBaseUrl(options.baseUrl, env) ?? OPENAI_BASE_URL).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`the base URL "${scrub(raw)}" is not a URL: give one like http://localhost:11434/v1 (--base-url or OPENAI_BASE_URL)`, EXIT.usage);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // "localhost:11434" parses as a URL with the scheme "localhost:": quote what was given.
    throw new UserError(`the base URL must start with http:// or https:// (got "${scrub(raw)}"; for example http://localhost:11434/v1): check --base-url or OPENAI_BASE_URL`, EXIT.usage);
  }
  if (url.username || url.password) {
    // The URL is not repeated: the user name or password in it may be the key itself.
    throw new UserError('the base URL has a user name or password in it: give the URL without them (--base-url or OPENAI_BASE_URL) and put the key in OPENAI_API_KEY', EXIT.usage);
  }
  const host = url.host;
  const isOpenAI = /(^|\.)openai\.com$/i.test(url.hostname);
  if (!key && isOpenAI) {
    throw new UserError('OPENAI_API_KEY is not set: export your key to grade with OpenAI, point OPENAI_BASE_URL at a local server, or use --grader offline');
  }
  const model = pickModel(options.model, env);
  if (looksLikeKey(model, [key])) {
    // Checked before any request, and never repeated: a key pasted as the model must go nowhere.
    throw new UserError('the model name looks like an API key (not shown): give a model name (--model, COLLECTIONS_PREP_MODEL or model: in the config file) and put the key in OPENAI_API_KEY', EXIT.usage);
  }
  return {
    baseURL: url.href.replace(/\/+$/, ''),
    host,
    model,
    timeoutSeconds: options.timeout,
    // Local OpenAI-compatible servers ignore the key, but the client needs one.
    apiKey: key ?? 'no-key',
    scrub,
  };
}

export interface SessionDeps {
  client?: ChatClient;
  policy?: Partial<RetryPolicy>;
  /** The session's budget in seconds (--max-wait). */
  maxWaitSeconds?: number;
}

/** A session for grading: each answer sends the reply format built for its question (schema.ts). */
export function gradingSession(settings: LlmSettings, env: NodeJS.ProcessEnv, deps: SessionDeps = {}): LlmSession {
  const client = deps.client ?? createClient({ baseURL: settings.baseURL, apiKey: settings.apiKey, timeoutSeconds: settings.timeoutSeconds, env });
  return new LlmSession({
    client,
    endpoint: settings,
    scrub: settings.scrub,
    policy: deps.policy,
    maxWaitSeconds: deps.maxWaitSeconds,
  });
}

/** What the LLM grader needs besides the endpoint: all resolved already, nothing of the CLI. */
export interface LlmGraderSetup {
  skills: ReadonlyMap<string, Skill>;
  /** Every card of the bank: the offline checks that run beside the LLM judge relevance against them. */
  questions?: readonly CardText[];
  improve: boolean;
  /** The grade cache's folder; none: every answer is sent. */
  cacheDir?: string;
  env: NodeJS.ProcessEnv;
  /** The session's budget in seconds (--max-wait); none: no budget. */
  maxWait?: number;
  /** Replies per answer (--samples). */
  samples?: number;
  /** Told once when the cache cannot be written (grading carries on). */
  onNote?: (line: string) => void;
}

/**
 * The LLM grader, the one set-up of it: drills (session/graders.ts) and doctor's round trip
 * both come here. Its session is exposed so that a caller can say which reply mode the server took.
 */
export function createLlmGrader(settings: LlmSettings, setup: LlmGraderSetup, deps: SessionDeps = {}): Grader & { readonly session: LlmSession } {
  return llmGrader({
    session: gradingSession(settings, setup.env, { maxWaitSeconds: setup.maxWait, ...deps }),
    skills: setup.skills,
    ...(setup.questions ? { questions: setup.questions } : {}),
    improve: setup.improve,
    samples: setup.samples,
    cache: setup.cacheDir ? fileCache(setup.cacheDir, (problem) => setup.onNote?.(`Note: ${problem}.`)) : undefined,
  });
}

/** Writes interview follow-ups with the model (interactive --grader llm), on a session of its own. */
export function createFollowUpWriter(settings: LlmSettings, env: NodeJS.ProcessEnv, deps: SessionDeps = {}): ReturnType<typeof followUpWriter> {
  return followUpWriter(gradingSession(settings, env, deps));
}
