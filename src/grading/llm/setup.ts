import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank } from '../../bank/model.js';
import type { DrillOptions } from '../../cli.js';
import type { CommandContext, Output } from '../../commands/context.js';
import { DEFAULT_MODEL } from '../../config/resolve.js';
import { EXIT, UserError } from '../../errors.js';
import { dataPaths } from '../../history/paths.js';
import type { Grader } from '../grader.js';
import { fileCache } from './cache.js';
import { createClient, LlmSession, type ChatClient, type Endpoint, type RetryPolicy } from './client.js';
import { makeScrubber } from './failures.js';
import { llmGrader } from './grade.js';
import { LlmReply, REPLY_NAME, replyJsonSchema } from './schema.js';
import { zodResponseFormat } from 'openai/helpers/zod';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Where answers go and with what: resolved from options and the environment, checked. */
export interface LlmSettings extends Endpoint {
  apiKey: string;
  scrub: (text: string) => string;
}

/**
 * The endpoint, model, key and timeout. A bad URL or a missing key for OpenAI itself is one clear
 * line; local servers (Ollama, LM Studio, ...) accept any key, so none is needed there.
 */
export function llmSettings(options: { model?: string; baseUrl?: string; timeout: number }, env: NodeJS.ProcessEnv): LlmSettings {
  const key = env.OPENAI_API_KEY?.trim() || undefined;
  const scrub = makeScrubber([key]);
  const raw = (options.baseUrl ?? (env.OPENAI_BASE_URL?.trim() || OPENAI_BASE_URL)).trim();
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
  const host = url.host;
  const isOpenAI = /(^|\.)openai\.com$/i.test(url.hostname);
  if (!key && isOpenAI) {
    throw new UserError('OPENAI_API_KEY is not set: export your key to grade with OpenAI, point OPENAI_BASE_URL at a local server, or use --grader offline');
  }
  return {
    baseURL: url.href.replace(/\/+$/, ''),
    host,
    model: options.model ?? (env.COLLECTIONS_PREP_MODEL?.trim() || DEFAULT_MODEL),
    timeoutSeconds: options.timeout,
    // Local OpenAI-compatible servers ignore the key, but the client needs one.
    apiKey: key ?? 'no-key',
    scrub,
  };
}

export interface SessionDeps {
  client?: ChatClient;
  policy?: Partial<RetryPolicy>;
}

/** A session with the grading reply format (json_schema built from the zod schema). */
export function gradingSession(settings: LlmSettings, env: NodeJS.ProcessEnv, deps: SessionDeps = {}): LlmSession {
  const client = deps.client ?? createClient({ baseURL: settings.baseURL, apiKey: settings.apiKey, timeoutSeconds: settings.timeoutSeconds, env });
  return new LlmSession({
    client,
    endpoint: settings,
    responseFormat: zodResponseFormat(LlmReply, REPLY_NAME) as unknown as Record<string, unknown>,
    jsonSchema: replyJsonSchema(),
    scrub: settings.scrub,
    policy: deps.policy,
  });
}

const NOTICE_FILE = 'llm-servers.json';

/**
 * Says where answers are sent, the first time each server is used with this data folder (the
 * servers told about are remembered in a small file there). Returns whether it was said.
 */
export function firstUseNotice(dataDir: string, settings: Pick<Endpoint, 'host' | 'model'>, stderr: Output): boolean {
  const file = join(dataDir, NOTICE_FILE);
  let known: string[] = [];
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { notified?: unknown };
    if (Array.isArray(raw.notified)) known = raw.notified.filter((h): h is string => typeof h === 'string');
  } catch {
    // no file yet, or a damaged one: tell again
  }
  if (known.includes(settings.host)) return false;
  stderr.write(
    `Note: with --grader llm your answers are sent to ${settings.host} to be graded by ${settings.model}. ` +
      `(Shown the first time each server is used; --grader offline keeps answers on this machine.)\n`,
  );
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ notified: [...known, settings.host] }, null, 2)}\n`);
  } catch {
    // an unwritable data folder: the note is simply shown again next time
  }
  return true;
}

export async function createLlmGrader(options: DrillOptions, bank: Bank, ctx: CommandContext, deps: SessionDeps = {}): Promise<Grader> {
  const settings = llmSettings(options, ctx.env);
  const paths = dataPaths(ctx.env);
  firstUseNotice(paths.data, settings, ctx.stderr);
  return llmGrader({
    session: gradingSession(settings, ctx.env, deps),
    skills: bank.skills,
    improve: options.improve,
    cache: options.cache ? fileCache(join(paths.cache, 'llm')) : undefined,
  });
}
