import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { didYouMean } from '../text/suggest.js';
import { wrap, wrapItems } from '../text/layout.js';
import { plural } from '../text/plural.js';

export type AnswerOutcome =
  | { kind: 'answer'; text: string; timedOut?: boolean }
  | { kind: 'command'; command: 'hint' | 'skip' | 'quit' };

export interface AnswerPromptConfig {
  message: string;
  /** The commands, shown under the text while typing after the word count and how to finish (joined with " · "). */
  help: readonly string[];
  /** The terminal's width: lines are wrapped at words to fit it. */
  width?: number;
  /** How words are counted (the grader's count, so that both give the same number). */
  countWords?: (text: string) => number;
  /** Seconds for this answer; the text so far is submitted when they run out. */
  timeLimit?: number;
  /** Lets the caller keep what was typed if the prompt is cut short (Ctrl-C). */
  onDraft?: (text: string) => void;
  style?: { dim: (s: string) => string; warn: (s: string) => string };
}

const COMMANDS: Record<string, 'hint' | 'skip' | 'quit'> = {
  ':hint': 'hint', ':h': 'hint', ':skip': 'skip', ':s': 'skip', ':quit': 'quit', ':q': 'quit',
};

function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A multi-line answer: Enter starts a new line, a blank line separates paragraphs, and Enter on
 * an empty line twice finishes. `:hint`, `:skip` or `:quit` alone on the first line are commands.
 */
/** A line of the answer; `soft` when it was wrapped to fit the terminal rather than ended with Enter. */
interface Line {
  text: string;
  soft?: boolean;
}

/** The answer's text: wrapped lines join with a space, lines ended with Enter with a newline. */
export function joinLines(all: readonly Line[]): string {
  return all
    .map((l, i) => l.text + (i === all.length - 1 ? '' : l.soft ? ' ' : '\n'))
    .join('')
    .replace(/\s+$/, '');
}

/** Words as the prompt and the grade count them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Node's readline ends the input on Ctrl-D at the start of an empty line. Inside an answer that
 * has text, Ctrl-D submits instead (as the prompt's own key handler does): so readline must not
 * see that key then.
 */
function keepCtrlD(rl: object, hasText: () => boolean): () => void {
  const target = rl as Record<string | symbol, unknown>;
  // Node 20 to 24 call the key handler through a getter that returns `this._ttyWrite`: an own
  // property of that name on this interface takes its place.
  const original = target._ttyWrite;
  if (typeof original !== 'function') return () => {};
  Object.defineProperty(rl, '_ttyWrite', {
    configurable: true,
    writable: true,
    value(this: unknown, s: unknown, k: { ctrl?: boolean; meta?: boolean; name?: string } | undefined) {
      if (k?.ctrl && !k.meta && k.name === 'd' && hasText()) return;
      return (original as (...a: unknown[]) => unknown).call(this, s, k);
    },
  });
  return () => {
    delete target._ttyWrite;
  };
}

export const answerPrompt = createPrompt<AnswerOutcome, AnswerPromptConfig>((config, done) => {
  const width = config.width ?? 80;
  const count = config.countWords ?? wordCount;
  const [lines, setLines] = useState<Line[]>([]);
  const [current, setCurrent] = useState('');
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [final, setFinal] = useState<AnswerOutcome | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [left, setLeft] = useState<number | undefined>(config.timeLimit);
  const linesRef = useRef<Line[]>([]);
  const currentRef = useRef('');
  const dim = config.style?.dim ?? ((s: string) => s);
  const warn = config.style?.warn ?? ((s: string) => s);

  const textOf = (all: readonly Line[], last: string) => joinLines([...all, { text: last }]);
  const finish = (outcome: AnswerOutcome) => {
    setStatus('done');
    setFinal(outcome);
    done(outcome);
  };

  useEffect((rl) => keepCtrlD(rl, () => textOf(linesRef.current, currentRef.current) !== ''), []);

  useEffect(() => {
    if (config.timeLimit === undefined) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = config.timeLimit! - (Date.now() - started) / 1000;
      setLeft(remaining);
      if (remaining <= 0) {
        clearInterval(timer);
        const text = textOf(linesRef.current, currentRef.current);
        finish({ kind: 'answer', text, timedOut: true });
      }
    }, 1000);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key, rl) => {
    if (status === 'done') return;
    if (isEnterKey(key)) {
      const line = current;
      if (lines.length === 0 && COMMANDS[line.trim().toLowerCase()]) {
        finish({ kind: 'command', command: COMMANDS[line.trim().toLowerCase()]! });
        return;
      }
      if (lines.length === 0 && /^:[a-z]+$/i.test(line.trim())) {
        // A mistyped command must not become a one-word answer.
        const hint = didYouMean(line.trim().toLowerCase(), [':hint', ':skip', ':quit']);
        setNotice(`Unknown command ${line.trim()}${hint}: the commands are :hint, :skip and :quit.`);
        setCurrent('');
        currentRef.current = '';
        return;
      }
      const next = [...lines, { text: line }];
      const text = joinLines(next);
      if (line.trim() === '' && (lines.length === 0 || lines[lines.length - 1]!.text.trim() === '')) {
        if (text === '') {
          setNotice('Nothing typed yet: write your answer, or type :skip to skip this question.');
          setLines([]);
          linesRef.current = [];
          return;
        }
        finish({ kind: 'answer', text });
        return;
      }
      setLines(next);
      linesRef.current = next;
      setCurrent('');
      currentRef.current = '';
      config.onDraft?.(text);
      setNotice(undefined);
    } else if (key.ctrl && key.name === 'd') {
      // With text: submit it, on any line. Without: readline has ended the input (the session).
      const text = textOf(lines, current);
      if (text !== '') finish({ kind: 'answer', text });
    } else {
      let line = rl.line;
      // A line about to reach the terminal's edge is wrapped at its last space, as a word
      // processor would, so the terminal never cuts a word: the rest carries on below.
      const room = width - 3;
      // Readline's cursor (a plain field of node's Interface): only typing at the end wraps.
      const cursor = (rl as { cursor?: unknown }).cursor;
      if (line.length > room && (cursor === undefined || cursor === line.length)) {
        const cut = line.lastIndexOf(' ', room);
        if (cut > 0) {
          const next = [...lines, { text: line.slice(0, cut), soft: true }];
          setLines(next);
          linesRef.current = next;
          line = line.slice(cut + 1);
          rl.clearLine(0);
          rl.write(line);
        }
      }
      setCurrent(line);
      currentRef.current = line;
      config.onDraft?.(textOf(linesRef.current, line));
    }
  });

  if (status === 'done') {
    // What was submitted stays on screen, so the grade below can be read against it.
    if (final?.kind === 'command') return `${config.message} ${dim(`:${final.command}`)}`;
    const text = final?.kind === 'answer' ? final.text : '';
    const shown = text === '' ? '' : `\n${wrap(text, width, '  ')}`;
    return `${config.message}${shown}\n${dim(`(submitted: ${plural(count(text), 'word')})`)}`;
  }
  // Lines already typed are wrapped at words; the line being typed is kept short enough above.
  const typed = lines.map((l) => (l.text === '' ? '' : wrap(l.text, width, '  '))).join('\n');
  const body = lines.length ? `${typed}\n  ${current}` : `  ${current}`;
  const words = count(textOf(lines, current));
  const timer = left !== undefined ? [left <= 15 ? warn(`⏱ ${clock(left)} left`) : `⏱ ${clock(left)} left`] : [];
  // How to finish, counted down as the Enters come (a new user saw "Enter 3 times" stay at 3): one ends the line, then two empty ones.
  const last = lines[lines.length - 1]?.text;
  const presses = current !== '' || last === undefined ? 3 : last.trim() === '' ? 1 : 2;
  const finishing = presses === 3 ? 'Enter 3 times to finish' : presses === 2 ? 'Enter 2 more times to finish' : 'Enter once more to finish';
  const statusLine = wrapItems([...timer, plural(words, 'word'), finishing, ...config.help], width);
  const bottom = [notice ? warn(wrap(notice, width)) : undefined, dim(statusLine)].filter(Boolean).join('\n');
  return [`${config.message}\n${body}`, bottom];
});
