import envPaths from 'env-paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every path the tool reads from its package or writes to the user's folders, in one place.

// Both the sources (src/*.ts) and the bundle (dist/*.js) sit one folder below the package root.
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILTIN_DIR = fileURLToPath(new URL('../questions/', import.meta.url));
export const COMPILED_BANK = fileURLToPath(new URL('../dist/bank.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../questions/question-file.schema.json', import.meta.url));

function packageJson(): Record<string, unknown> {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}

export function packageVersion(): string {
  const version = packageJson().version;
  return typeof version === 'string' ? version : '0.0.0';
}

/** The Node.js versions the package supports: `engines.node` of package.json, the one source. */
export function supportedNodeRange(): string {
  const engines = packageJson().engines as { node?: unknown } | undefined;
  return typeof engines?.node === 'string' ? engines.node : '>=20';
}

/** The folders for history, cache and config: COLLECTIONS_PREP_HOME, or the platform's own places. */
export interface DataPaths {
  data: string;
  config: string;
  cache: string;
}

export function dataPaths(env: NodeJS.ProcessEnv): DataPaths {
  const home = env.COLLECTIONS_PREP_HOME;
  if (home) return { data: home, config: home, cache: join(home, 'cache') };
  const p = envPaths('collections-prep', { suffix: '' });
  return { data: p.data, config: p.config, cache: p.cache };
}

/** The append-only history of sessions. */
export function historyFile(paths: DataPaths): string {
  return join(paths.data, 'history.jsonl');
}

/** The history index (a summary of the history, no answer texts), in the cache folder. */
export function historyIndexFile(env: NodeJS.ProcessEnv): string {
  return join(dataPaths(env).cache, 'history-index.json');
}

export const CONFIG_FILE_NAME = 'config.yaml';

/** Where the config file lives: the config folder (COLLECTIONS_PREP_HOME when set). */
export function configFile(env: NodeJS.ProcessEnv): string {
  return join(dataPaths(env).config, CONFIG_FILE_NAME);
}

/** The LLM grade cache: one small JSON file per request. */
export function llmCacheDir(paths: DataPaths): string {
  return join(paths.cache, 'llm');
}

/** The servers already told about (the first-use notice of --grader llm). */
export function llmNoticeFile(dataDir: string): string {
  return join(dataDir, 'llm-servers.json');
}
