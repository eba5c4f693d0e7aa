import { join } from 'node:path';
import { dataPaths } from '../history/paths.js';

export const CONFIG_FILE_NAME = 'config.yaml';

/** Where the config file lives: the config folder (COLLECTIONS_PREP_HOME when set). */
export function configFile(env: NodeJS.ProcessEnv): string {
  return join(dataPaths(env).config, CONFIG_FILE_NAME);
}
