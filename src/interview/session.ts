import type { BankQuestion } from '../bank/model.js';
import type { ResultEntry } from '../grading/entry.js';
import type { Grader } from '../grading/grader.js';
import { runBatch } from '../session/batch.js';
import type { SessionBody } from '../session/run.js';
import type { SessionRecorder } from '../session/recorder.js';
import { answered, chooseFollowUp, followUpCard, missedPoints, needsFollowUp, unanswered } from './follow-up.js';
import type { FollowUp, InterviewResult, Verdict } from './model.js';
import type { InterviewStage } from './order.js';

// An interview session with no terminal: the main answers graded as a drill's are, then each
// follow-up chosen from its card by what the answer missed, and graded when an answer is given.

/** What an interview body leaves for the command: the results with follow-ups, and the verdict. */
export interface InterviewOutcome {
  results: InterviewResult[];
  verdict?: Verdict;
}

/**
 * After a main answer is graded: the follow-up to ask (or none), its answer graded when there is
 * one, recorded in history; the result carries it and the score it lifts to.
 */
export async function followUpStep(input: {
  question: BankQuestion;
  result: ResultEntry;
  stage: InterviewStage;
  grader: Grader;
  recorder: SessionRecorder;
  /**
   * The follow-up's answer, once the question is known (and who wrote it); undefined or blank: not answered; a draft: typed
   * but not submitted when the session was interrupted (kept, not graded, as a drill keeps one).
   */
  answer: (question: string, about: { source: FollowUp['source']; reason: string; notice?: string }) => Promise<string | { draft: string } | undefined> | string | { draft: string } | undefined;
  signal?: AbortSignal;
  /**
   * Writes the question for this answer instead of the card (interactive --grader llm): given the
   * missed point, a question, or why there is none (then the card's follow-up is asked, with a notice).
   */
  write?: (missed: string) => Promise<{ question: string } | { problem: string }>;
}): Promise<InterviewResult> {
  const { question, result, grader, recorder } = input;
  const base: InterviewResult = { ...result, stage: input.stage, follow_up: null };
  if (result.skipped || result.score === null) return base;
  const missed = missedPoints(question, result);
  if (!needsFollowUp(result) || missed.length === 0) return base;
  let choice = chooseFollowUp(question, result);
  let source: FollowUp['source'] = 'card';
  let notice: string | undefined;
  if (input.write) {
    const written = await input.write(missed[0]!);
    if ('question' in written) {
      choice = { question: written.question, reason: `The answer missed: ${missed[0]!.replace(/\.$/, '')}.`, target: missed[0]! };
      source = 'llm';
    } else if (choice) notice = `The model's follow-up could not be used (${written.problem}): the card's follow-up was asked instead.`;
  }
  if (!choice) return base;
  const text = await input.answer(choice.question, { source, reason: choice.reason, ...(notice ? { notice } : {}) });
  let followUp: FollowUp;
  if (typeof text === 'object') {
    // Typed when Ctrl-C came (a new user lost it, though the screen said the answers were saved): kept, not graded.
    followUp = { ...unanswered(choice, result, source), answer: text.draft, feedback: 'Not submitted: the interview was interrupted.', notice: 'Not submitted: the interview was interrupted.' };
  } else if (text === undefined || text.trim() === '' || input.signal?.aborted) {
    followUp = unanswered(choice, result, source);
  } else {
    const card = followUpCard(question, choice, result.missing_points);
    const grade = await grader.grade(card, text, input.signal);
    followUp = answered(choice, result, text, grade, (card.key_points ?? []).map((k) => k.point), source);
  }
  if (notice) followUp.notice = notice;
  recorder.followUp(question, followUp);
  return { ...base, score: followUp.final_score, follow_up: followUp };
}

export interface InterviewBatchInput {
  answers: readonly string[];
  /** The `<id>/follow-up` answers, by position; undefined where none was given. */
  followUpAnswers: readonly (string | undefined)[];
  stages: readonly InterviewStage[];
  concurrency: number;
  verdict: (results: readonly InterviewResult[]) => Verdict;
  outcome: InterviewOutcome;
}

/** Batch mode: every main answer graded, then each follow-up (the card's) with its given answer. */
export function interviewBatchBody(input: InterviewBatchInput): SessionBody {
  return async ({ questions, grader, recorder, signal, cancel, onProgress }) => {
    const items = questions.map((question, i) => ({ question, answer: input.answers[i]! }));
    const main = await runBatch({ items, grader, recorder, concurrency: input.concurrency, onProgress, signal, cancel });
    const results: InterviewResult[] = [];
    for (const [i, result] of main.entries()) {
      results.push(
        await followUpStep({
          question: questions[i]!,
          result,
          stage: input.stages[i] ?? 'main',
          grader,
          recorder,
          answer: () => input.followUpAnswers[i],
          signal: cancel,
        }),
      );
    }
    const interrupted = (signal?.aborted ?? false) || (cancel?.aborted ?? false);
    input.outcome.verdict = input.verdict(results);
    recorder.verdict(input.outcome.verdict);
    input.outcome.results = results;
    return { results, interrupted };
  };
}
