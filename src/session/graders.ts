import type { Skill } from '../bank/schema.js';
import { cappedGrader } from '../grading/caps.js';
import { noneGrader, offlineGrader, type Grader } from '../grading/grader.js';
import type { GraderKind } from '../limits.js';
import { dataPaths, llmCacheDir } from '../paths.js';

/** Who grades, with the LLM settings already resolved (config/resolve.ts). */
export interface GraderChoice {
  kind: GraderKind;
  model?: string;
  baseUrl?: string;
  timeout: number;
  improve: boolean;
  cache: boolean;
}

/**
 * The grader for a session, with the score caps of grading/caps.ts applied to every grade (the
 * one place they are applied, whoever grades). The LLM grader is loaded only when chosen; the first time a server
 * is used with this data folder, `onNote` says where answers are sent.
 */
export async function chooseGrader(choice: GraderChoice, skills: ReadonlyMap<string, Skill>, env: NodeJS.ProcessEnv, onNote?: (line: string) => void): Promise<Grader> {
  return cappedGrader(await uncappedGrader(choice, skills, env, onNote));
}

async function uncappedGrader(choice: GraderChoice, skills: ReadonlyMap<string, Skill>, env: NodeJS.ProcessEnv, onNote?: (line: string) => void): Promise<Grader> {
  if (choice.kind === 'none') return noneGrader();
  if (choice.kind === 'offline') return offlineGrader(skills);
  const [{ llmSettings, createLlmGrader }, { firstUseNotice }] = await Promise.all([import('../grading/llm/setup.js'), import('../grading/llm/notice.js')]);
  const settings = llmSettings(choice, env);
  const paths = dataPaths(env);
  firstUseNotice(paths.data, settings, { write: (text: string) => onNote?.(text.replace(/\n$/, '')) });
  return createLlmGrader(settings, { skills, improve: choice.improve, cacheDir: choice.cache ? llmCacheDir(paths) : undefined, env });
}
