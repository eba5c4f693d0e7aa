import { createPrompt, isEnterKey, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { didYouMean } from '../text/suggest.js';
import { plural } from '../text/plural.js';

export type AnswerOutcome =
  | { kind: 'answer'; text: string; timedOut?: boolean }
  | { kind: 'command'; command: 'hint' | 'skip' | 'quit' };

export interface AnswerPromptConfig {
  message: string;
  /** Shown under the text while typing: how to finish, and the commands. */
  help: string;
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
export const answerPrompt = createPrompt<AnswerOutcome, AnswerPromptConfig>((config, done) => {
  const [lines, setLines] = useState<string[]>([]);
  const [current, setCurrent] = useState('');
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [final, setFinal] = useState<AnswerOutcome | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [left, setLeft] = useState<number | undefined>(config.timeLimit);
  const linesRef = useRef<string[]>([]);
  const currentRef = useRef('');
  const dim = config.style?.dim ?? ((s: string) => s);
  const warn = config.style?.warn ?? ((s: string) => s);

  const textOf = (all: string[]) => all.join('\n').replace(/\s+$/, '');
  const finish = (outcome: AnswerOutcome) => {
    setStatus('done');
    setFinal(outcome);
    done(outcome);
  };

  useEffect(() => {
    if (config.timeLimit === undefined) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = config.timeLimit! - (Date.now() - started) / 1000;
      setLeft(remaining);
      if (remaining <= 0) {
        clearInterval(timer);
        const text = textOf([...linesRef.current, currentRef.current]);
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
      const next = [...lines, line];
      const text = textOf(next);
      if (line.trim() === '' && (lines.length === 0 || lines[lines.length - 1]!.trim() === '')) {
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
      const text = textOf([...lines, current]);
      if (text !== '') finish({ kind: 'answer', text });
    } else {
      setCurrent(rl.line);
      currentRef.current = rl.line;
      config.onDraft?.(textOf([...lines, rl.line]));
    }
  });

  if (status === 'done') {
    // What was submitted stays on screen, so the grade below can be read against it.
    if (final?.kind === 'command') return `${config.message} ${dim(`:${final.command}`)}`;
    const text = final?.kind === 'answer' ? final.text : '';
    const words = text.split(/\s+/).filter(Boolean).length;
    const shown = text === '' ? '' : `\n${text.split('\n').map((l) => `  ${l}`).join('\n')}`;
    return `${config.message}${shown}\n${dim(`(submitted: ${plural(words, 'word')})`)}`;
  }
  const body = [...lines, current].map((l) => `  ${l}`).join('\n');
  const words = textOf([...lines, current]).split(/\s+/).filter(Boolean).length;
  const timer =
    left !== undefined ? `${left <= 15 ? warn(`⏱ ${clock(left)} left`) : `⏱ ${clock(left)} left`} · ` : '';
  const bottom = [notice ? warn(notice) : undefined, dim(`${timer}${plural(words, 'word')} · ${config.help}`)]
    .filter(Boolean)
    .join('\n');
  return [`${config.message}\n${body}`, bottom];
});
