import { explainEmpty, filterQuestions, type Filters } from '../bank/filter.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import { UserError, usageError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';
import { noun, plural } from '../text/plural.js';
import type { BiasInput } from './bias.js';
import type { PreviousAnswer } from './review.js';
import { seededRandom, selectQuestions } from './select.js';

/** The answers given for a batch session, as parsed: by question id, or in order. */
export type GivenAnswers =
  | { kind: 'by-id'; answers: { id: string; answer: string }[] }
  | { kind: 'ordered'; answers: string[] };

export interface PlanInput {
  filters: Filters;
  count: number;
  /** Whether the count was asked for (-n); otherwise plain-text answers set it. */
  countGiven: boolean;
  seed?: number;
  review: boolean;
  /** `--include-today` (with review): questions failed today are asked again. */
  includeToday?: boolean;
  /** With review, in a terminal: find each due question's latest graded answer, to show before asking it. */
  recall?: boolean;
  focus?: 'weak';
  /** How much to prefer a question besides history (a job posting's skills, see interview/posting.ts). */
  preference?: (q: BankQuestion) => number;
  /** Batch mode: the answers, and the name of where they came from (for messages). */
  answers?: GivenAnswers;
  answersName?: string;
  /** `--id`: exactly these questions, in this order (the filters are not applied). */
  ids?: readonly string[];
  /** Where history is, for holding back recent questions, reviews and focus. */
  history: Pick<BiasInput, 'historyFile' | 'indexFile' | 'readOnly' | 'reviewBefore'>;
  now: Date;
  /** A remark for the user (a flag that does not apply, fewer questions than asked): one line. */
  onNote?: (line: string) => void;
  /** How the user ran the program, for the command a message suggests ("npx collections-prep"). */
  program?: string;
}

export interface SelectionPlan {
  questions: BankQuestion[];
  /** Batch mode: the answer to each question, in the same order. */
  answers?: string[];
  /** True when the answers named their questions (the filters were not applied). */
  byId: boolean;
  /** With review and recall: the latest graded answer of each question due (see review.ts). */
  previous?: ReadonlyMap<string, PreviousAnswer>;
}

/** The filters and flags that a session of named questions does not apply. */
function ignoredFlags(input: PlanInput): string[] {
  const { filters } = input;
  return [
    filters.role !== undefined && '--role',
    (filters.seniority?.length ?? 0) > 0 && '--seniority',
    (filters.skill?.length ?? 0) > 0 && '--skill',
    (filters.type?.length ?? 0) > 0 && '--type',
    filters.jurisdiction !== undefined && '--jurisdiction',
    input.countGiven && '--count',
    input.seed !== undefined && '--seed',
  ].filter((x): x is string => typeof x === 'string');
}

/** `drill --id A --id B`: those questions, in that order, each once. */
function namedQuestions(bank: Bank, input: PlanInput, given: readonly string[], ordered: readonly string[] | undefined): SelectionPlan {
  const ids = bank.questions.map((q) => q.id);
  const questions = [...new Set(given)].map((id) => {
    const q = bank.questions.find((x) => x.id === id);
    if (!q) throw usageError(`--id: no question "${id}"${didYouMean(id, ids)}; "${input.program ?? 'collections-prep'} list" lists them`);
    return q;
  });
  const ignored = ignoredFlags(input);
  if (ignored.length > 0) input.onNote?.(`--id names the questions, so ${ignored.join(', ')} ${noun(ignored.length, 'is', 'are')} not applied.`);
  if (ordered && ordered.length !== questions.length) {
    throw new UserError(`got ${plural(ordered.length, 'answer')} for ${plural(questions.length, 'question')} named with --id: give one answer per question, separated by lines holding only ---`);
  }
  return { questions, ...(ordered ? { answers: [...ordered] } : {}), byId: true };
}

/**
 * This session's questions: with answers by id, exactly those, in file order; otherwise the
 * filters' pool, `count` of them spread over skills and levels, reproducible with a seed, and
 * biased by history (recent ones held back, due reviews first, weak skills preferred).
 */
export async function planSelection(bank: Bank, input: PlanInput): Promise<SelectionPlan> {
  const note = (line: string) => input.onNote?.(line);
  const { answers, filters } = input;
  const given = answers?.kind === 'by-id' ? answers.answers.map((a) => a.answer) : answers?.answers;
  if (given && given.length > 0 && given.every((a) => a.trim() === '')) {
    // An untouched --template would otherwise be a session of lowest scores.
    throw new UserError(
      `${input.answersName}: every answer is empty${answers?.kind === 'by-id' ? ' (an untouched --template?)' : ''}: write the answers, then run again`,
    );
  }
  if (answers?.kind === 'by-id') {
    // The answers name their questions: the session is exactly those, in file order.
    if (answers.answers.length === 0) throw new UserError(`${input.answersName}: no answers in the file`);
    if (input.ids?.length) throw usageError('--id names the questions, and so do answers by id: give one or the other');
    const ignored = ignoredFlags(input);
    if (ignored.length > 0) note(`Answers by question id set the session, so ${ignored.join(', ')} ${noun(ignored.length, 'is', 'are')} not applied.`);
    const ids = bank.questions.map((q) => q.id);
    const questions = answers.answers.map(({ id }) => {
      const q = bank.questions.find((x) => x.id === id);
      if (!q) throw new UserError(`${input.answersName}: unknown question id "${id}"${didYouMean(id, ids)}`);
      return q;
    });
    return { questions, answers: answers.answers.map((a) => a.answer), byId: true };
  }

  const ordered = answers?.answers;
  if (input.ids?.length) return namedQuestions(bank, input, input.ids, ordered);
  const pool = filterQuestions(bank, filters);
  if (pool.length === 0) throw new UserError(explainEmpty(bank, filters));
  let count = input.count;
  if (ordered && !input.countGiven) count = ordered.length;
  if (ordered && ordered.length === 0) throw new UserError(`${input.answersName}: no answers found`);
  const random = seededRandom(input.seed ?? Math.floor(Math.random() * 2 ** 32));
  let bias: Awaited<ReturnType<typeof import('./bias.js').selectionBias>> | undefined;
  if (input.seed === undefined || input.review || input.focus) {
    const { selectionBias } = await import('./bias.js');
    bias = await selectionBias(
      { ...input.history, seed: input.seed, review: input.review, includeToday: input.includeToday, recall: input.recall, focus: input.focus, now: input.now, onNote: input.onNote },
      pool,
    );
    for (const line of bias.notes) note(line);
  }
  const preference = input.preference && bias?.preference ? (q: BankQuestion) => input.preference!(q) + bias!.preference!(q) : (input.preference ?? bias?.preference);
  const selection = selectQuestions(pool, { count, random, penalty: bias?.penalty, preference, first: bias?.first });
  const { questions } = selection;
  if (ordered && ordered.length !== questions.length) {
    const asked = input.countGiven ? `--count ${input.count}` : `${ordered.length} answers`;
    throw new UserError(
      `got ${plural(ordered.length, 'answer')} for ${plural(questions.length, 'question')} (${asked}; ${pool.length} match the filters): give one answer per question, separated by lines holding only ---`,
    );
  }
  if (ordered && input.seed === undefined && !input.review && pool.length > questions.length) {
    note('Plain-text answers without --seed go to questions picked at random; for answers prepared in advance, use --seed or --template.');
  }
  if (selection.shortBy > 0) {
    note(`Only ${plural(pool.length, 'question')} ${noun(pool.length, 'matches', 'match')} the filters; drilling all of them.`);
  }
  return { questions, answers: ordered, byId: false, ...(bias?.previous?.size ? { previous: bias.previous } : {}) };
}
