import type { Skill } from '../../bank/schema.js';
import type { Grader } from '../grader.js';
import { gradeOffline, warmUpOffline, type GradableQuestion } from '../offline/grade.js';
import type { CardText } from '../offline/relevance.js';
import type { Grade, Usage } from '../result.js';
import { clampScore, round1 } from '../score.js';
import { cacheKey, type GradeCache } from './cache.js';
import { Exhausted, type LlmSession } from './client.js';
import { buildMessages, reAskMessage, type ChatMessage, type PromptQuestion } from './prompt.js';
import { checkReply } from './reply.js';
import { scrubReply } from './scrub.js';
import { gradeFormatFor, type LlmReply } from './schema.js';

/** Answers in a row that found the server down before the rest skip it (no retry storm on an outage). */
export const BREAKER_THRESHOLD = 3;

export interface LlmGraderOptions {
  session: LlmSession;
  skills: ReadonlyMap<string, Skill>;
  /** Every card of the bank, for the offline checks' relevance. */
  questions?: readonly CardText[];
  improve: boolean;
  cache?: GradeCache;
}

type Question = GradableQuestion & PromptQuestion;

function sameFlag(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[.!]+$/, '');
  return norm(a) === norm(b);
}

/** The LLM's red flags, plus those the offline checks found that the LLM did not name. */
export function mergeRedFlags(llm: readonly string[], offline: readonly string[]): string[] {
  const out = llm.map((f) => f.trim()).filter(Boolean);
  for (const f of offline) if (!out.some((g) => sameFlag(f, g))) out.push(f);
  return out;
}

function addUsage(a: Usage, b: Usage): Usage {
  return { prompt_tokens: a.prompt_tokens + b.prompt_tokens, completion_tokens: a.completion_tokens + b.completion_tokens };
}

/** The result for a reply: our grade shape, with the offline red flags always kept. */
export function gradeFromReply(reply: LlmReply, offline: Grade, model: string, improve: boolean, usage?: Usage): Grade {
  const grade: Grade = {
    grader: 'llm',
    model,
    score: round1(clampScore(reply.score)),
    criteria: reply.criteria.map((c) => ({
      name: c.skill,
      score: c.score,
      comment: c.comment.trim(),
      evidence: c.evidence.map((e) => e.trim()).filter(Boolean),
    })),
    matched_points: reply.matched_points,
    missing_points: reply.missing_points,
    red_flags: mergeRedFlags(reply.red_flags, offline.red_flags),
    // The conduct rules and fact checks run on every answer, whoever grades it.
    ...(offline.conduct?.length ? { conduct: offline.conduct } : {}),
    ...(offline.fact_errors?.length ? { fact_errors: offline.fact_errors } : {}),
    feedback: reply.feedback.trim(),
    suggestions: reply.suggestions.map((s) => s.trim()).filter(Boolean),
  };
  if (improve && reply.improved_answer?.trim()) grade.improved_answer = reply.improved_answer.trim();
  if (usage) grade.usage = usage;
  return grade;
}

function fallback(offline: Grade, notice: string, usage?: Usage): Grade {
  return { ...offline, notice, ...(usage && (usage.prompt_tokens || usage.completion_tokens) ? { usage } : {}) };
}

/**
 * Grades with the LLM; when it cannot (retries used up, replies invalid twice, server down), the
 * offline grader scores the answer and the result says so. A fatal error (bad key, model or URL)
 * is thrown as the session's one UserError, and no further request is made.
 */
export function llmGrader(options: LlmGraderOptions): Grader & { readonly session: LlmSession } {
  const { session, skills, improve, cache, questions } = options;
  const { model, baseURL } = session.endpoint;
  let outagesInRow = 0;
  let outage: string | undefined;

  async function grade(question: Question, answer: string): Promise<Grade> {
    if (session.fatal) throw session.fatal;
    const offline = gradeOffline(question, answer, { skills, ...(questions ? { bank: questions } : {}) });
    if (!answer.trim()) return fallback(offline, 'No answer was given, so it was not sent to the LLM.');
    if (outage) {
      return fallback(offline, session.scrub(`The LLM was not answering (${outage}, on ${BREAKER_THRESHOLD} answers in a row), so the offline grader scored this answer.`));
    }
    const messages = buildMessages({ question, skills, answer, improve });
    const format = gradeFormatFor(question.skills);
    const key = cache ? cacheKey({ baseURL, model, messages }) : '';
    const cached = cache?.get(key);
    if (cached) {
      const check = checkReply(JSON.stringify(cached), question.skills, skills);
      if (check.ok) return gradeFromReply(check.reply, offline, model, improve);
    }

    let usage: Usage = { prompt_tokens: 0, completion_tokens: 0 };
    let conversation: ChatMessage[] = messages;
    let problem = '';
    try {
      for (let ask = 0; ask < 2; ask++) {
        const completion = await session.complete(conversation, format);
        usage = addUsage(usage, completion.usage);
        outagesInRow = 0;
        const check = checkReply(completion.content, question.skills, skills);
        if (check.ok) {
          const reply = scrubReply(check.reply, (t) => session.scrub(t));
          cache?.set(key, reply);
          return gradeFromReply(reply, offline, model, improve, usage);
        }
        problem = check.problem;
        conversation = [...messages, { role: 'assistant', content: completion.content }, { role: 'user', content: reAskMessage(problem) }];
      }
      return fallback(offline, session.scrub(`The LLM's reply was not a valid grade twice (${problem}), so the offline grader scored this answer.`), usage);
    } catch (e) {
      if (!(e instanceof Exhausted)) throw e;
      if (e.outage && ++outagesInRow >= BREAKER_THRESHOLD) outage ??= e.reason;
      return fallback(offline, session.scrub(`The LLM could not grade this answer (${e.reason}), so the offline grader scored it.`), usage);
    }
  }

  return { kind: 'llm', model, session, grade, warmUp: () => warmUpOffline(questions) };
}
