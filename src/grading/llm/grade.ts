import type { Skill } from '../../bank/schema.js';
import type { Grader } from '../grader.js';
import { gradeOffline, warmUpOffline, type GradableQuestion } from '../offline/grade.js';
import type { CardText } from '../offline/relevance.js';
import { contradictedByFlags } from '../offline/contradicts.js';
import type { Grade, Usage } from '../result.js';
import { capGrade } from '../caps.js';
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
  /** Replies to ask for per answer (--samples): more than one is asked at SAMPLE_TEMPERATURE and combined by the median. */
  samples?: number;
}

/** The temperature of repeated samples: enough to show how much a model's grade wobbles, no more. */
export const SAMPLE_TEMPERATURE = 0.3;
/** LLM and offline scores this far apart make a warning. */
export const DISAGREEMENT = 2;

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
  const flagged = [...new Set((offline.conduct ?? []).map((c) => c.rule))];
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
    // A point about what an offline conduct flag broke is not met, whoever grades it.
    matched_points: reply.matched_points.filter((p) => !contradictedByFlags(p, flagged)),
    missing_points: [...reply.missing_points, ...reply.matched_points.filter((p) => contradictedByFlags(p, flagged))],
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

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How far the samples' scores spread (highest minus lowest), overall and per skill. */
export interface SampleSpread {
  count: number;
  scores: number[];
  overall: number;
  by_skill: Record<string, number>;
}

/**
 * Several samples of one answer as one reply: the median score per criterion (a rubric level,
 * halves rounded up) and overall, with the rest of the sample whose overall score is nearest the
 * median; and how far they spread.
 */
export function combineSamples(replies: readonly LlmReply[]): { reply: LlmReply; spread: SampleSpread } {
  const scores = replies.map((r) => r.score);
  const overall = round1(median(scores));
  const nearest = replies.reduce((best, r) => (Math.abs(r.score - overall) < Math.abs(best.score - overall) ? r : best), replies[0]!);
  const by_skill: Record<string, number> = {};
  const criteria = nearest.criteria.map((c, i) => {
    const levels = replies.map((r) => r.criteria[i]!.score);
    by_skill[c.skill] = Math.max(...levels) - Math.min(...levels);
    return { ...c, score: Math.ceil(median(levels)) };
  });
  return {
    reply: { ...nearest, criteria, score: overall },
    spread: { count: replies.length, scores, overall: round1(Math.max(...scores) - Math.min(...scores)), by_skill },
  };
}

/** Text as compared for quotes: case, curly quotes, dashes and spacing do not matter. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a quote is in the answer: each part of it (a quote may skip words with "..." or "…"), without the quote marks around it. */
export function quoteInAnswer(quote: string, answer: string): boolean {
  const haystack = plain(answer);
  const parts = plain(quote)
    .split(/\.{3,}|…/)
    .map((p) => p.replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, ''))
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => haystack.includes(p));
}

/**
 * The checks on an LLM grade once it is back: quotes that are not in the answer are dropped (a
 * criterion whose only evidence was invented says so, in its comment and in the warnings); an
 * LLM score 2 or more away from the offline one is a warning, also in the feedback; samples that
 * spread by 2 or more are one too.
 */
export function checkGrade(grade: Grade, offline: Grade, answer: string, skills: ReadonlyMap<string, Skill>, spread?: SampleSpread): Grade {
  const warnings: string[] = [];
  const criteria = grade.criteria.map((c) => {
    const given = c.evidence ?? [];
    const kept = given.filter((q) => quoteInAnswer(q, answer));
    if (kept.length === given.length) return c;
    const name = skills.get(c.name)?.name ?? c.name;
    if (kept.length === 0) {
      warnings.push(`The LLM's evidence for ${name} is not in the answer (quotes it invented were dropped): its score for ${name} rests on nothing quoted.`);
      return { ...c, evidence: kept, comment: `${c.comment}${c.comment ? ' ' : ''}(No quote given for this is in the answer.)` };
    }
    return { ...c, evidence: kept };
  });
  let feedback = grade.feedback;
  const llmScore = capGrade({ ...grade, criteria }).score;
  const offlineScore = capGrade(offline).score;
  if (llmScore !== null && offlineScore !== null && Math.abs(llmScore - offlineScore) >= DISAGREEMENT) {
    const gap = `The LLM scored this ${llmScore.toFixed(1)} and the offline grader ${offlineScore.toFixed(1)}: a gap of ${DISAGREEMENT} or more, so take the score with care.`;
    warnings.push(gap);
    feedback = `${feedback}${feedback ? ' ' : ''}${gap}`;
  }
  if (spread && spread.overall >= DISAGREEMENT) {
    warnings.push(`The ${spread.count} samples disagree: overall scores ${spread.scores.map((x) => x.toFixed(1)).join(', ')} (the median is used).`);
  }
  const out: Grade = { ...grade, criteria, feedback };
  if (warnings.length) out.warnings = [...(grade.warnings ?? []), ...warnings];
  if (spread) out.samples = spread;
  return out;
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
  const samples = Math.max(1, options.samples ?? 1);
  const { model, baseURL } = session.endpoint;
  let outagesInRow = 0;
  let outage: string | undefined;

  async function grade(question: Question, answer: string, signal?: AbortSignal): Promise<Grade> {
    if (session.fatal) throw session.fatal;
    const offline = gradeOffline(question, answer, { skills, ...(questions ? { bank: questions } : {}) });
    if (!answer.trim()) return fallback(offline, 'No answer was given, so it was not sent to the LLM.');
    if (outage) {
      return fallback(offline, session.scrub(`The LLM was not answering (${outage}, on ${BREAKER_THRESHOLD} answers in a row), so the offline grader scored this answer.`));
    }
    const messages = buildMessages({ question, skills, answer, improve });
    const format = gradeFormatFor(question.skills);
    // Samples are asked afresh each time: how much they wobble is the point of asking for them.
    const key = cache && samples === 1 ? cacheKey({ baseURL, model, messages }) : '';
    const cached = key ? cache?.get(key) : undefined;
    if (cached) {
      const check = checkReply(JSON.stringify(cached), question.skills, skills);
      if (check.ok) return checkGrade(gradeFromReply(check.reply, offline, model, improve), offline, answer, skills);
    }

    let usage: Usage = { prompt_tokens: 0, completion_tokens: 0 };
    const replies: LlmReply[] = [];
    let problem = '';
    let failed: Exhausted | undefined;
    const call = { temperature: samples > 1 ? SAMPLE_TEMPERATURE : 0, signal };
    try {
      for (let n = 0; n < samples; n++) {
        let conversation: ChatMessage[] = messages;
        for (let ask = 0; ask < 2; ask++) {
          const completion = await session.complete(conversation, format, call);
          usage = addUsage(usage, completion.usage);
          outagesInRow = 0;
          const check = checkReply(completion.content, question.skills, skills);
          if (check.ok) {
            replies.push(scrubReply(check.reply, (t) => session.scrub(t)));
            break;
          }
          problem = check.problem;
          conversation = [...messages, { role: 'assistant', content: completion.content }, { role: 'user', content: reAskMessage(problem) }];
        }
      }
    } catch (e) {
      if (!(e instanceof Exhausted)) throw e;
      if (e.outage && ++outagesInRow >= BREAKER_THRESHOLD) outage ??= e.reason;
      failed = e;
    }
    if (replies.length === 0) {
      if (failed) return fallback(offline, session.scrub(`The LLM could not grade this answer (${failed.reason}), so the offline grader scored it.`), usage);
      return fallback(offline, session.scrub(`The LLM's reply was not a valid grade twice (${problem}), so the offline grader scored this answer.`), usage);
    }
    if (samples === 1) {
      if (key) cache?.set(key, replies[0]!);
      return checkGrade(gradeFromReply(replies[0]!, offline, model, improve, usage), offline, answer, skills);
    }
    const { reply, spread } = combineSamples(replies);
    return checkGrade(gradeFromReply(reply, offline, model, improve, usage), offline, answer, skills, spread);
  }

  return { kind: 'llm', model, session, grade, warmUp: () => warmUpOffline(questions) };
}
