import type { Bank } from '../bank/model.js';
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
  /** The LLM's budget for the whole session, in seconds (--max-wait); none: no budget. */
  maxWait?: number;
  /** Replies per answer (--samples). */
  samples?: number;
}

/**
 * The grader for a session, with the score caps of grading/caps.ts applied to every grade (the
 * one place they are applied, whoever grades). The LLM grader is loaded only when chosen; the first time a server
 * is used with this data folder, `onNote` says where answers are sent.
 */
export async function chooseGrader(choice: GraderChoice, bank: Pick<Bank, 'skills' | 'questions'>, env: NodeJS.ProcessEnv, onNote?: (line: string) => void): Promise<Grader> {
  return cappedGrader(await uncappedGrader(choice, bank, env, onNote));
}

async function uncappedGrader(choice: GraderChoice, bank: Pick<Bank, 'skills' | 'questions'>, env: NodeJS.ProcessEnv, onNote?: (line: string) => void): Promise<Grader> {
  if (choice.kind === 'none') return noneGrader();
  const { skills, questions } = bank;
  if (choice.kind === 'offline') return offlineGrader(skills, questions);
  const [{ llmSettings, createLlmGrader }, { firstUseNotice }] = await Promise.all([import('../grading/llm/setup.js'), import('../grading/llm/notice.js')]);
  const settings = llmSettings(choice, env);
  const paths = dataPaths(env);
  firstUseNotice(paths.data, settings, { write: (text: string) => onNote?.(text.replace(/\n$/, '')) });
  return createLlmGrader(settings, { skills, questions, improve: choice.improve, cacheDir: choice.cache ? llmCacheDir(paths) : undefined, env, maxWait: choice.maxWait, samples: choice.samples, onNote });
}
