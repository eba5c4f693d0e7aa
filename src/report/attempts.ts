import type { Grade } from '../grading/result.js';
import { bullets, table, wrap } from '../text/layout.js';
import { skillName, type TextStyle } from './text.js';

// "Try this question again": a new attempt's grade beside the one before it, so the user sees
// what the rewrite changed (the score, each skill, the key points and red flags won or lost).

type Graded = Pick<Grade, 'score' | 'criteria' | 'matched_points' | 'missing_points' | 'red_flags'> & { fact_errors?: Grade['fact_errors'] };

export interface AttemptChange {
  before: number | null;
  after: number | null;
  /** Each skill the two grades score: before and after. */
  skills: Array<{ skill: string; before: number | null; after: number | null }>;
  /** Key points made now and not before, and made before but not now. */
  gained: string[];
  lost: string[];
  /** Red flags (and wrong facts) raised before and not now, and raised now and not before. */
  flagsGone: string[];
  flagsNew: string[];
}

const WRONG = 'wrong: ';
const worries = (g: Graded) => [...g.red_flags, ...(g.fact_errors ?? []).map((f) => `${WRONG}${f.claim}`)];

/** What changed from one attempt at a question to the next. */
export function compareAttempts(previous: Graded, current: Graded): AttemptChange {
  const made = new Set(previous.matched_points);
  const now = new Set(current.matched_points);
  const skills = [...new Set([...previous.criteria.map((c) => c.name), ...current.criteria.map((c) => c.name)])].map((skill) => ({
    skill,
    before: previous.criteria.find((c) => c.name === skill)?.score ?? null,
    after: current.criteria.find((c) => c.name === skill)?.score ?? null,
  }));
  const wasFlagged = new Set(worries(previous));
  const isFlagged = new Set(worries(current));
  return {
    before: previous.score,
    after: current.score,
    skills,
    gained: current.matched_points.filter((p) => !made.has(p)),
    lost: previous.matched_points.filter((p) => !now.has(p)),
    flagsGone: [...wasFlagged].filter((f) => !isFlagged.has(f)),
    flagsNew: [...isFlagged].filter((f) => !wasFlagged.has(f)),
  };
}

const num = (n: number | null, digits: number) => (n === null ? '-' : n.toFixed(digits));

function delta(before: number | null, after: number | null, digits: number): string {
  if (before === null || after === null) return '';
  const d = Math.round((after - before) * 10 ** digits) / 10 ** digits;
  return d === 0 ? 'same' : `${d > 0 ? '+' : ''}${d.toFixed(digits)}`;
}

const INDENT = '     ';

/** The comparison as lines: a small table of try N-1 against try N, then points and flags won or lost. */
export function renderAttemptChange(change: AttemptChange, attempt: number, style: TextStyle): string[] {
  const { colour: c, width } = style;
  const rows = [
    ['', `try ${attempt - 1}`, `try ${attempt}`, 'change'],
    ['Score', num(change.before, 1), num(change.after, 1), delta(change.before, change.after, 1)],
    ...change.skills.map((s) => [skillName(s.skill, style.skillNames), num(s.before, 0), num(s.after, 0), delta(s.before, s.after, 0)]),
  ];
  const grid = table(rows, width - INDENT.length, { right: [1, 2, 3], shrink: [0] })
    .split('\n')
    .map((l, i) => INDENT + (i === 0 ? c.dim(l) : l));
  const lines = [c.bold(wrap(`Try ${attempt} beside try ${attempt - 1}:`, width, INDENT)), ...grid];
  const items: Array<[string, string[]]> = [
    [c.green('✓'), change.gained.map((p) => `now made: ${p}`)],
    [c.yellow('✗'), change.lost.map((p) => `no longer made: ${p}`)],
    [c.green('✓'), change.flagsGone.map((f) => (f.startsWith(WRONG) ? `wrong fact gone: ${f.slice(WRONG.length)}` : `red flag gone: ${f}`))],
    [c.red('!'), change.flagsNew.map((f) => (f.startsWith(WRONG) ? `new wrong fact: ${f.slice(WRONG.length)}` : `new red flag: ${f}`))],
  ];
  for (const [marker, list] of items) if (list.length) lines.push(bullets(list, width, marker, INDENT));
  if (!change.gained.length && !change.lost.length && !change.flagsGone.length && !change.flagsNew.length) {
    lines.push(c.dim(wrap('The same key points and red flags as before.', width, INDENT)));
  }
  return lines;
}
