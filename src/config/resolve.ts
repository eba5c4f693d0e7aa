import { existsSync } from 'node:fs';
import type { GraderKind } from '../limits.js';
import { configFile } from '../paths.js';
import type { Config } from './schema.js';

// Configuration precedence, written once: flag > environment > config file > built-in default.

/** Settings that commander fills in when a flag is not given; the config file may replace them. */
export type Defaultable = 'grader' | 'concurrency' | 'timeout' | 'cache';

export const DEFAULT_MODEL = 'gpt-4o-mini';

export interface FoundConfig {
  file: string;
  /** Whether the file exists; when not, `config` is empty. */
  exists: boolean;
  config: Config;
}

/**
 * The config file, validated. The YAML parser and zod are loaded only when the file exists, so
 * people without one pay nothing at start-up.
 */
export async function readConfig(env: NodeJS.ProcessEnv): Promise<FoundConfig> {
  const file = configFile(env);
  if (!existsSync(file)) return { file, exists: false, config: {} };
  const { loadConfigFile } = await import('./load.js');
  return { ...loadConfigFile(file), exists: true };
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** The model: --model, then COLLECTIONS_PREP_MODEL, then the config file, then the default. */
export function pickModel(flag: string | undefined, env: NodeJS.ProcessEnv, config: Config = {}): string {
  return flag ?? envValue(env, 'COLLECTIONS_PREP_MODEL') ?? config.model ?? DEFAULT_MODEL;
}

/** The server: --base-url, then OPENAI_BASE_URL, then the config file; undefined means OpenAI. */
export function pickBaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv, config: Config = {}): string | undefined {
  return flag ?? envValue(env, 'OPENAI_BASE_URL') ?? config.base_url;
}

/** The settings of a command that grades: what the config file may set, and which flags took defaults. */
export interface GradingSettings {
  grader: GraderKind;
  model?: string;
  baseUrl?: string;
  concurrency: number;
  timeout: number;
  cache: boolean;
  /** Options that took commander's default (not given on the command line). */
  fromDefault?: ReadonlyArray<Defaultable>;
}

/**
 * Applies the precedence flags > environment > config file > built-in defaults to a command's
 * options. A flag counts as given unless the CLI layer says it took commander's default (`fromDefault`).
 */
export function applyConfig<T extends GradingSettings>(options: T, env: NodeJS.ProcessEnv, config: Config): T {
  const defaulted = new Set<Defaultable>(options.fromDefault ?? []);
  const out: T = { ...options };
  if (defaulted.has('grader') && config.grader) out.grader = config.grader;
  if (defaulted.has('concurrency') && config.concurrency !== undefined) out.concurrency = config.concurrency;
  if (defaulted.has('timeout') && config.timeout !== undefined) out.timeout = config.timeout;
  if (defaulted.has('cache') && config.cache !== undefined) out.cache = config.cache;
  if (out.grader === 'llm') {
    out.model = pickModel(options.model, env, config);
    out.baseUrl = pickBaseUrl(options.baseUrl, env, config);
  }
  return out;
}

/** A command's options with the config file applied (when there is one). */
export async function resolveOptions<T extends GradingSettings>(options: T, env: NodeJS.ProcessEnv): Promise<T> {
  const { config } = await readConfig(env);
  return applyConfig(options, env, config);
}

/** `--jurisdiction`, else the config file's `jurisdiction:` (drill and list). */
export async function resolveJurisdiction<T extends { jurisdiction?: 'us' | 'uk' }>(options: T, env: NodeJS.ProcessEnv): Promise<T> {
  if (options.jurisdiction !== undefined) return options;
  const { config } = await readConfig(env);
  return config.jurisdiction === undefined ? options : { ...options, jurisdiction: config.jurisdiction };
}

export interface DoctorLlmChoice {
  /** Whether an LLM is configured: --grader llm, --model/--base-url, the environment or the config file. */
  configured: boolean;
  model: string;
  baseUrl?: string;
  timeout: number;
}

/** What `doctor` checks: the LLM flags it was given. */
export interface LlmCheckFlags {
  grader?: 'llm';
  model?: string;
  baseUrl?: string;
  timeout: number;
  fromDefault?: ReadonlyArray<'timeout'>;
}

export function doctorLlmChoice(options: LlmCheckFlags, env: NodeJS.ProcessEnv, config: Config): DoctorLlmChoice {
  const defaulted = new Set<Defaultable>(options.fromDefault ?? []);
  const configured =
    options.grader === 'llm' ||
    options.model !== undefined ||
    options.baseUrl !== undefined ||
    config.grader === 'llm' ||
    envValue(env, 'COLLECTIONS_PREP_MODEL') !== undefined ||
    envValue(env, 'OPENAI_BASE_URL') !== undefined;
  return {
    configured,
    model: pickModel(options.model, env, config),
    baseUrl: pickBaseUrl(options.baseUrl, env, config),
    timeout: defaulted.has('timeout') && config.timeout !== undefined ? config.timeout : options.timeout,
  };
}
