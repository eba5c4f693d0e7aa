import type { ChalkInstance } from 'chalk';
import type { Bank, BankQuestion } from '../bank/model.js';
import { outputWidth, type CommandContext } from '../context.js';
import type { Grader } from '../grading/grader.js';
import { words } from '../grading/offline/terms.js';
import type { TextStyle } from '../report/text.js';
import type { SessionInfo } from '../history/records.js';
import { printable } from '../text/control.js';
import { bullets, wrap, wrapItems } from '../text/layout.js';
import { answerPrompt, type AnswerOutcome, type AnswerPromptConfig } from '../ui/answer-prompt.js';
import { colourFor } from '../ui/colour.js';
import { watchInterrupt } from '../ui/interrupt.js';
import { startSpinner } from '../ui/spinner.js';

// What a drill and a mock interview do alike on a terminal: the screen's colour and width, the
// question's heading, the answer prompt with its :hint, grading under a spinner, and Ctrl-C or a
// signal winding the session down with the answers kept. Each body keeps its own flow.

/** Spoken answers run at about 150 words a minute: a time limit suggests a length. */
export const WORDS_PER_MINUTE = 150;
/** Answers here are typed, at a steady 40 words a minute or so: the length to expect in the time. */
export const TYPED_WORDS_PER_MINUTE = 40;

/** The length a time limit allows: typed (what the user will do here), and spoken (the interview). */
export function timeAdvice(seconds: number): string {
  const typed = Math.max(1, Math.round((seconds / 60) * TYPED_WORDS_PER_MINUTE));
  const spoken = Math.round((seconds / 60) * WORDS_PER_MINUTE);
  return `You have ${seconds} seconds: typed, at about ${TYPED_WORDS_PER_MINUTE} words a minute, that is some ${typed} words (spoken in an interview, about ${spoken}).`;
}

/** A prompt cut short: Ctrl-C, or SIGTERM/SIGHUP through the prompt's signal. */
export function isExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

/** What the user gave at the prompt, with how long it took; `interrupted` keeps what was typed. */
export type Asked =
  | { kind: 'answer'; text: string; timedOut?: boolean; ms: number }
  | { kind: 'skip'; ms: number }
  | { kind: 'quit'; ms: number }
  | { kind: 'interrupted'; draft: string; ms: number };

export interface SessionScreen {
  c: ChalkInstance;
  width: number;
  style: TextStyle;
  out(line?: string): void;
  /** For @inquirer prompts: SIGTERM or SIGHUP cancels the prompt as Ctrl-C does, which restores the terminal. */
  promptContext: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal?: AbortSignal };
  /** Set once Ctrl-C (outside a prompt) or a signal has asked the session to end; a body sets it too. */
  interrupted: boolean;
  /** The question's heading (label first, then its tags), its text, and the time advice under a limit. */
  heading(q: BankQuestion, label: string, tags: readonly string[]): void;
  /**
   * Puts a prompt until it gives an answer, a skip or a quit, showing the card's tips on :hint.
   * `prompt` gets where to keep the draft; it returns undefined to be put again (an editor that failed).
   */
  ask(q: BankQuestion, prompt: (onDraft: (text: string) => void) => Promise<AnswerOutcome | undefined>): Promise<Asked>;
  /** The inline multi-line answer prompt, with the grader's word count and the time limit. */
  answerPrompt(message: string, help: readonly string[], onDraft: (text: string) => void): Promise<AnswerOutcome>;
  /** Grading under a spinner; Ctrl-C or a signal meanwhile stops waiting for it and ends the session. */
  graded<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Stops watching Ctrl-C and the signal (in a `finally`). */
  stop(): void;
}

export interface ScreenInput {
  bank: Pick<Bank, 'skills'>;
  ctx: CommandContext;
  info: Pick<SessionInfo, 'skill_names'>;
  grader: Pick<Grader, 'warmUp'>;
  signal: AbortSignal | undefined;
  timeLimit: number | undefined;
}

export function openScreen({ bank, ctx, info, grader, signal, timeLimit }: ScreenInput): SessionScreen {
  const c = colourFor(ctx.stdout, ctx.env);
  // Read at each use, so a terminal resized during a session wraps to its new width.
  const widthNow = () => outputWidth(ctx);
  const out = (s = '') => ctx.stdout.write(`${s}\n`);
  // Ctrl-C or a signal while an answer is graded stops waiting for the grader (the answer is saved).
  let grading: AbortController | undefined;
  const stopGrading = () => grading?.abort();
  signal?.addEventListener('abort', stopGrading);
  // The grader's language model and bank index load while the first question is on screen:
  // reading it takes longer than loading them, so the first grade does not wait.
  let warmed = false;
  const warmUp = () => {
    if (warmed) return;
    warmed = true;
    setTimeout(() => grader.warmUp?.(), 30).unref();
  };
  // Ctrl-C outside a prompt (while grading) stops waiting for the grade; a second one ends now.
  const sigint = watchInterrupt(() => {
    screen.interrupted = true;
    stopGrading();
    ctx.stderr.write('\nStopping: your answer is saved (Ctrl-C again to stop at once).\n');
  });

  const screen: SessionScreen = {
    c,
    get width() {
      return widthNow();
    },
    get style() {
      return { colour: c, width: widthNow(), skillNames: info.skill_names };
    },
    out,
    promptContext: { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, ...(signal ? { signal } : {}) },
    interrupted: false,
    heading(q, label, tags) {
      const skillNames = q.skills.map((id) => bank.skills.get(id)?.name ?? id);
      out();
      const meta = wrapItems([label, ...tags, ...skillNames], widthNow(), '', { hanging: '  ' });
      const [first = '', ...rest] = meta.split('\n');
      out([c.bold.cyan(label) + c.dim(first.slice(label.length)), ...rest.map((l) => c.dim(l))].join('\n'));
      out(wrap(q.text, widthNow(), '  '));
      if (timeLimit) out(c.dim(wrap(timeAdvice(timeLimit), widthNow(), '  ')));
    },
    async ask(q, prompt) {
      const started = Date.now();
      let draft = '';
      let outcome: AnswerOutcome | undefined;
      try {
        while (!outcome || (outcome.kind === 'command' && outcome.command === 'hint')) {
          if (outcome?.kind === 'command' && outcome.command === 'hint') {
            out(c.bold('  Why it is asked'));
            out(wrap(q.why_asked, widthNow(), '    '));
            out(c.bold('  How to answer'));
            out(bullets(q.how_to_answer, widthNow(), '•', '    '));
          }
          warmUp();
          // Undefined (an editor that failed) leaves the outcome as it was, so the prompt is put again.
          outcome = (await prompt((t) => (draft = t))) ?? outcome;
        }
      } catch (e) {
        if (!isExit(e)) throw e;
        // Nothing typed is lost: the body keeps the unfinished answer, marked as not submitted.
        return { kind: 'interrupted', draft: printable(draft), ms: Date.now() - started };
      }
      const ms = Date.now() - started;
      if (outcome.kind === 'command') return outcome.command === 'quit' ? { kind: 'quit', ms } : { kind: 'skip', ms };
      if (outcome.timedOut) out(c.yellow('  Time is up: your answer so far was submitted.'));
      // What was typed or pasted may hold terminal escapes: they are not kept, nor shown again.
      return { kind: 'answer', text: printable(outcome.text), ms, ...(outcome.timedOut ? { timedOut: true } : {}) };
    },
    answerPrompt(message, help, onDraft) {
      const config: AnswerPromptConfig = {
        message,
        help,
        width: widthNow(),
        // The grader's own count, so the prompt and the grade agree on the number.
        countWords: (t: string) => words(t).length,
        timeLimit,
        onDraft,
        style: { dim: c.dim, warn: c.yellow },
      };
      return answerPrompt(config, screen.promptContext);
    },
    async graded(work) {
      const spinner = await startSpinner(ctx.stderr, ctx.env, 'Grading your answer…');
      grading = new AbortController();
      try {
        return await work(grading.signal);
      } finally {
        spinner.stop();
        if (grading.signal.aborted) screen.interrupted = true;
        grading = undefined;
      }
    },
    stop() {
      sigint.stop();
      signal?.removeEventListener('abort', stopGrading);
    },
  };
  return screen;
}
