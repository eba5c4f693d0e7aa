import envPaths from 'env-paths';
import { join } from 'node:path';

/** The folder for history, cache and config: COLLECTIONS_PREP_HOME, or the platform's own places. */
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

export function historyFile(paths: DataPaths): string {
  return join(paths.data, 'history.jsonl');
}
