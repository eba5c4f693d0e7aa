import type { Bank } from '../bank/model.js';
import type { CommandContext } from '../context.js';
import { resultEntry, type ResultEntry } from '../grading/entry.js';
import { words } from '../grading/offline/terms.js';
import { ungraded } from '../grading/score.js';
import { compareAttempts, renderAttemptChange } from '../report/attempts.js';
import { hintLine, renderGradeLines, renderSummary, scoreBadge } from '../report/text.js';
import type { PreviousAnswer } from '../selection/review.js';
import type { SessionBody } from '../session/run.js';
import { hintCommand, shellWord, summarise } from '../session/summary.js';
import { wrap, wrapItems } from '../text/layout.js';
import { plural } from '../text/plural.js';
import { editAnswer, editorFile } from '../ui/editor-answer.js';
import { isExit, openScreen, type Asked } from './session-screen.js';

// The terminal side of a drill: prompts (ui/) and rendered grades (report/) around the session
// runner (session/run.ts), which records and reports as in batch mode.

export interface DrillTerminalOptions {
  timeLimit?: number;
  editor: boolean;
  /** Whether the session is recorded (for the closing line after Ctrl-C). */
  history: boolean;
  /** `--review`: the latest graded answer of each due question, shown before it is asked. */
  previous?: ReadonlyMap<string, PreviousAnswer>;
}

/** A score below this is worth another go: the summary offers today's failures again. */
const RETRY_BELOW = 3;

/** The most of a previous answer shown before the question is asked again (the rest is elided). */
const RECALL_LINES = 6;

/**
 * The terminal session: a question at a time, answered over several lines, graded at once, with
 * hints, skips, the example answer and another try on request. Ctrl-C keeps every answer given so far.
 */
export function interactiveBody(bank: Bank, options: DrillTerminalOptions, ctx: CommandContext): SessionBody {
  return async ({ questions, grader, recorder, info, hint, signal }) => {
    const { select } = await import('../ui/prompts.js');
    const screen = openScreen({ bank, ctx, info, grader, signal, timeLimit: options.timeLimit });
    const { c, out, promptContext } = screen;
    // The width is read at each use: a terminal resized during the session wraps to its new width.
    const results: ResultEntry[] = [];

    const header = [
      'collections-prep practice',
      plural(questions.length, 'question'),
      info.title ?? '',
      info.role ? `role ${info.role}` : '',
      info.levels.length ? `levels ${info.levels.join(', ')}` : '',
      info.jurisdiction ? `${info.jurisdiction.toUpperCase()} rules` : '',
      `grader ${info.grader}${info.model ? ` (${info.model})` : ''}`,
      options.timeLimit ? `${options.timeLimit}s per answer` : '',
    ];
    out(c.bold(wrapItems(header, screen.width)));
    const howTo = options.editor
      ? ['Each answer opens in your editor ($VISUAL or $EDITOR); save and close it to submit.']
      : [
          'Type your answer over as many lines as you like (a blank line starts a new paragraph); press Enter on an empty line twice (three times after your last line) to finish.',
          'On the first line, :hint shows tips, :skip moves on, :quit ends the session. Ctrl-C also ends it, keeping your answers.',
        ];
    out(c.dim(howTo.map((l) => wrap(l, screen.width)).join('\n')));

    /** The question's heading and text; on another try, the try's number. */
    const showQuestion = (q: Bank['questions'][number], i: number, attempt: number) =>
      screen.heading(q, `Question ${i + 1}/${questions.length}${attempt > 1 ? `, try ${attempt}` : ''}`, [q.seniority.join(', '), q.type]);

    /** A due question's last graded answer, before it is asked again (--review). */
    const showPrevious = (previous: PreviousAnswer) => {
      const when = previous.at.slice(0, 10);
      out(`  ${c.dim(`Last time (${when}):`)} ${scoreBadge(previous.score, c)}${c.dim(', with this answer:')}`);
      const lines = wrap(previous.answer.trim() || '(empty)', screen.width, '    ').split('\n');
      const shown = lines.length > RECALL_LINES ? [...lines.slice(0, RECALL_LINES - 1), '    …'] : lines;
      out(c.dim(shown.join('\n')));
    };

    /** Puts the question (hints on request) until an answer, a skip or a quit; Ctrl-C keeps a draft. */
    const ask = async (q: Bank['questions'][number], attempt: number): Promise<Asked> => {
      const asked = await screen.ask(q, async (onDraft) => {
        if (!options.editor) return screen.answerPrompt(c.bold('Your answer:'), [':hint', attempt > 1 ? ':skip leaves this try' : ':skip', ':quit'], onDraft);
        const action = await select(
          {
            message: 'Your move',
            choices: [
              { name: 'Write the answer in my editor', value: 'answer' },
              { name: 'Show a hint', value: 'hint' },
              { name: attempt > 1 ? 'Leave this try and go on' : 'Skip this question', value: 'skip' },
              { name: 'Quit the session', value: 'quit' },
            ],
          },
          promptContext,
        );
        if (action !== 'answer') return { kind: 'command', command: action as 'hint' | 'skip' | 'quit' };
        const edited = await editAnswer(editorFile(q.text, (t) => wrap(t, 76), options.timeLimit));
        if (edited.kind === 'failed') {
          out(c.yellow(wrap(`Your editor exited with status ${edited.status}: the answer was not taken. Choose again.`, screen.width, '  ')));
          return undefined;
        }
        if (edited.text === '') {
          out(c.yellow(wrap('The answer is empty: write it below the marker line, save and close.', screen.width, '  ')));
          return undefined;
        }
        // What was submitted stays on screen, so the grade below can be read against it.
        out(c.bold('Your answer:'));
        out(wrap(edited.text, screen.width, '  '));
        out(c.dim(`(submitted: ${plural(words(edited.text).length, 'word')})`));
        return { kind: 'answer', text: edited.text };
      });
      if (asked.kind === 'interrupted' && asked.draft.trim()) {
        const extra = { skipped: true, time_ms: asked.ms, ...(attempt > 1 ? { attempt } : {}) };
        recorder.answer(q, asked.draft, extra);
        results.push(resultEntry(q, asked.draft, ungraded('Not submitted: the session was interrupted.'), extra));
      }
      return asked;
    };

    try {
      for (let i = 0; i < questions.length && !screen.interrupted; i++) {
        const q = questions[i]!;
        showQuestion(q, i, 1);
        const previous = options.previous?.get(q.id);
        if (previous) showPrevious(previous);
        let attempt = 1;
        let before: ResultEntry | undefined;
        let quit = false;
        for (;;) {
          const asked = await ask(q, attempt);
          if (asked.kind === 'interrupted') {
            screen.interrupted = true;
            break;
          }
          if (asked.kind === 'quit') {
            quit = true;
            break;
          }
          if (asked.kind === 'skip') {
            // Leaving another try records nothing: the question was answered already.
            if (attempt > 1) break;
            recorder.answer(q, '', { skipped: true, time_ms: asked.ms });
            results.push(resultEntry(q, '', ungraded('Skipped.'), { skipped: true, time_ms: asked.ms }));
            out(c.dim('  Skipped.'));
            break;
          }
          const text = asked.text;
          const extra = { time_ms: asked.ms, ...(attempt > 1 ? { attempt } : {}) };
          recorder.answer(q, text, extra);
          const grade = await screen.graded((s) => grader.grade(q, text, s));
          recorder.grade(q, grade);
          const entry = resultEntry(q, text, grade, extra);
          results.push(entry);
          out();
          out(renderGradeLines(grade, screen.style).join('\n'));
          if (before) {
            out();
            out(renderAttemptChange(compareAttempts(before, entry), attempt, screen.style).join('\n'));
          }
          before = entry;
          if (screen.interrupted) break;

          const next = await afterFeedback(q, i === questions.length - 1);
          if (next === 'interrupted') {
            screen.interrupted = true;
            break;
          }
          if (next === 'quit') quit = true;
          if (next !== 'again') break;
          attempt += 1;
          showQuestion(q, i, attempt);
        }
        if (quit) break;
      }
    } finally {
      screen.stop();
    }

    /** The choice after the feedback: on, another try, the example answer, or the summary. */
    async function afterFeedback(q: Bank['questions'][number], last: boolean): Promise<'next' | 'again' | 'quit' | 'interrupted'> {
      let next: string | undefined;
      let shownExample = false;
      try {
        while (next === undefined || next === 'example') {
          if (next === 'example') {
            out(c.bold('  Example answer'));
            out(wrap(q.example_answer, screen.width, '    '));
            shownExample = true;
          }
          next = await select(
            {
              message: 'What next?',
              choices: [
                { name: last ? 'See the summary' : 'Next question', value: 'next' },
                { name: 'Try this question again', value: 'again' },
                ...(shownExample ? [] : [{ name: 'Show the example answer', value: 'example' }]),
                ...(last ? [] : [{ name: 'Quit and see the summary', value: 'quit' }]),
              ],
            },
            promptContext,
          );
        }
      } catch (e) {
        if (!isExit(e)) throw e;
        return 'interrupted';
      }
      return next as 'next' | 'again' | 'quit';
    }

    out();
    if (screen.interrupted) out(c.yellow(options.history ? 'Session interrupted: your answers so far are saved.' : 'Session interrupted (--no-history: nothing was saved).'));
    if (results.length === 0) out(c.dim('No answers this time.'));
    else {
      out(renderSummary(summarise(results, info, hint), screen.style, results));
      // A question whose latest try failed can come back today, before FSRS would bring it back.
      const latest = new Map(results.filter((r) => !r.skipped).map((r) => [r.id, r]));
      const failed = [...latest.values()].filter((r) => r.score !== null && r.score < RETRY_BELOW).length;
      if (failed > 0 && options.history) {
        const role = info.role ? ['--role', shellWord(info.role)] : [];
        const command = hintCommand(hint ?? { program: 'collections-prep', bankFlags: [] }, 'drill', ['--review', '--include-today', ...role]);
        out(hintLine(`Ask the ${failed === 1 ? 'question' : plural(failed, 'question')} scored below 3 again today:`, command, screen.width, c));
      }
    }
    return { results, interrupted: screen.interrupted };
  };
}
