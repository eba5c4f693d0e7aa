import envPaths from 'env-paths';
import { join } from 'node:path';

// Every file the tool writes in the user's folders, in one place (the package's own files are in
// package.ts, so that --version loads nothing of this).

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
