import type { Bank, BankQuestion } from '../bank/model.js';
import type { CommandContext } from '../context.js';
import { resultEntry, type ResultEntry } from '../grading/entry.js';
import { ungraded } from '../grading/score.js';
import type { InterviewResult, Verdict } from '../interview/model.js';
import type { InterviewStage } from '../interview/order.js';
import { followUpStep, type InterviewOutcome } from '../interview/session.js';
import { renderFollowUpOutcome, renderVerdictText } from '../report/interview.js';
import { renderGradeLines, renderScoreList } from '../report/text.js';
import type { SessionBody } from '../session/run.js';
import { wrap, wrapItems } from '../text/layout.js';
import { plural } from '../text/plural.js';
import { startSpinner } from '../ui/spinner.js';
import { isExit, openScreen, type Asked } from './session-screen.js';

// The terminal side of a mock interview: each question, its grade, the follow-up when the answer
// missed a key point, and the verdict at the end. Recording and reporting are the session's.

export interface InterviewTerminalInput {
  bank: Bank;
  options: { timeLimit?: number; history: boolean };
  ctx: CommandContext;
  stages: readonly InterviewStage[];
  verdict: (results: readonly InterviewResult[]) => Verdict;
  outcome: InterviewOutcome;
  /** The job as people name it. */
  title: string;
  /** Writes a follow-up for an answer (--grader llm): a question, or why not (the card's is asked). */
  writeFollowUp?: (question: BankQuestion, answer: string, missed: string, signal?: AbortSignal) => Promise<{ question: string } | { problem: string }>;
}

const STAGE_WORDS: Record<InterviewStage, string> = { opening: 'opening', main: '', stretch: 'stretch: the level above', closing: 'closing' };

export function interviewInteractiveBody(input: InterviewTerminalInput): SessionBody {
  const { bank, options, ctx } = input;
  return async ({ questions, grader, recorder, info, signal }) => {
    const screen = openScreen({ bank, ctx, info, grader, signal, timeLimit: options.timeLimit });
    const { c, out } = screen;
    // The width is read at each use: a terminal resized during the session wraps to its new width.
    const results: InterviewResult[] = [];
    out(c.bold(wrapItems(['collections-prep mock interview', input.title, plural(questions.length, 'question'), info.jurisdiction ? `${info.jurisdiction.toUpperCase()} rules` : '', `grader ${info.grader}${info.model ? ` (${info.model})` : ''}`], screen.width)));
    out(c.dim(wrap('Answer as you would in the room. Press Enter on an empty line twice (three times after your last line) to finish an answer. A thin answer gets a follow-up question. On the first line, :hint shows tips, :skip moves on, :quit ends the interview.', screen.width)));

    /** One answer from the prompt; Ctrl-C or a signal there ends the interview (what was typed is kept). */
    const ask = async (q: BankQuestion, followUp: boolean): Promise<Asked> => {
      const asked = await screen.ask(q, (onDraft) => screen.answerPrompt(c.bold(followUp ? 'Your follow-up answer:' : 'Your answer:'), [':hint', ':skip', ':quit'], onDraft));
      if (asked.kind === 'interrupted') screen.interrupted = true;
      return asked;
    };

    const written = async (write: NonNullable<InterviewTerminalInput['writeFollowUp']>, q: BankQuestion, answer: string, missed: string) => {
      const spinner = await startSpinner(ctx.stderr, ctx.env, 'The interviewer is thinking…');
      try {
        return await write(q, answer, missed, signal);
      } finally {
        spinner.stop();
      }
    };

    try {
      for (let i = 0; i < questions.length && !screen.interrupted; i++) {
        const q = questions[i]!;
        const stage = input.stages[i] ?? 'main';
        screen.heading(q, `Question ${i + 1}/${questions.length}`, [STAGE_WORDS[stage], q.type]);
        const got = await ask(q, false);
        if (got.kind === 'quit' || got.kind === 'interrupted') {
          if (got.kind === 'interrupted' && got.draft.trim()) {
            recorder.answer(q, got.draft, { skipped: true, time_ms: got.ms });
            results.push({ ...resultEntry(q, got.draft, ungraded('Not submitted: the interview was interrupted.'), { skipped: true }), stage, follow_up: null });
          }
          break;
        }
        if (got.kind === 'skip') {
          recorder.answer(q, '', { skipped: true, time_ms: got.ms });
          results.push({ ...resultEntry(q, '', ungraded('Skipped.'), { skipped: true, time_ms: got.ms }), stage, follow_up: null });
          out(c.dim('  Skipped.'));
          continue;
        }
        recorder.answer(q, got.text, { time_ms: got.ms });
        const grade = await screen.graded((s) => grader.grade(q, got.text, s));
        recorder.grade(q, grade);
        const entry: ResultEntry = resultEntry(q, got.text, grade, { time_ms: got.ms });
        out();
        out(renderGradeLines(grade, screen.style).join('\n'));
        if (screen.interrupted) {
          results.push({ ...entry, stage, follow_up: null });
          break;
        }
        let quitAfter = false;
        const result = await followUpStep({
          question: q,
          result: entry,
          stage,
          grader,
          recorder,
          signal,
          ...(input.writeFollowUp ? { write: (missed: string) => written(input.writeFollowUp!, q, got.text, missed) } : {}),
          answer: async (text, about) => {
            out();
            out(c.bold.cyan('  Follow-up') + (about.source === 'llm' ? c.dim(' (written by the model)') : ''));
            if (about.notice) out(c.yellow(wrap(`Note: ${about.notice}`, screen.width, '  ')));
            out(wrap(text, screen.width, '  '));
            out(c.dim(wrap(`(${about.reason})`, screen.width, '  ')));
            const fu = await ask(q, true);
            if (fu.kind === 'quit' || fu.kind === 'interrupted') quitAfter = true;
            return fu.kind === 'answer' ? fu.text : fu.kind === 'interrupted' && fu.draft.trim() ? { draft: fu.draft } : undefined;
          },
        });
        results.push(result);
        if (result.follow_up && result.follow_up.answer !== null) {
          out();
          out(renderFollowUpOutcome(result.follow_up, screen.style).join('\n'));
        }
        if (quitAfter || screen.interrupted) break;
      }
    } finally {
      screen.stop();
    }
    out();
    if (screen.interrupted) out(c.yellow(options.history ? 'Interview interrupted: your answers so far are saved.' : 'Interview interrupted (--no-history: nothing was saved).'));
    const verdict = input.verdict(results);
    recorder.verdict(verdict);
    input.outcome.results = results;
    input.outcome.verdict = verdict;
    out(renderVerdictText(verdict, screen.style));
    if (results.length) out(`\n${renderScoreList(results, screen.style)}`);
    return { results, interrupted: screen.interrupted };
  };
}
