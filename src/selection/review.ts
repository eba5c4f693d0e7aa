import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { BankQuestion } from '../bank/model.js';
import { daysBetween, endOfDay, startOfDay } from '../history/dates.js';
import type { HistoryRecord } from '../history/records.js';
import { rebuildSessions, type HistorySession } from '../history/sessions.js';

// Spaced review (FSRS, via ts-fsrs), computed from history alone.
//
// A graded answer is one review of its question. Its score (1 to 5) becomes the FSRS rating:
//
//   score < 2.0          Again   (the answer missed the point: see it again tomorrow)
//   2.0 <= score < 3.0   Hard
//   3.0 <= score < 4.0   Good
//   score >= 4.0         Easy
//
// Skipped answers, answers never graded (a crash) and answers scored by nobody (--grader none) are
// not reviews: the question counts as answered, but its schedule does not move.
//
// Intervals are whole days (FSRS's same-day learning steps are off: an interview answer is not a
// flash card to repeat after ten minutes), without fuzz so that the same history always gives the
// same plan. A question is due when its due date falls on or before today (local time), so
// `stats` ("due today") and `drill --review` always agree.

/** The FSRS rating of a score. Exported for tests and the README's table. */
export function ratingFor(score: number): FsrsGrade {
  if (score < 2) return Rating.Again;
  if (score < 3) return Rating.Hard;
  if (score < 4) return Rating.Good;
  return Rating.Easy;
}

export interface ReviewState {
  question: string;
  card: Card;
  reviews: number;
  /** Roles of the question, from its latest answer record. */
  roles: string[];
  /** The score of the latest graded answer (what makes a question weak before an interview date). */
  lastScore?: number;
}

export interface Schedule {
  /** Questions with at least one graded answer, and their FSRS card. */
  cards: Map<string, ReviewState>;
  /** Every question answered (not skipped), graded or not. */
  answered: Set<string>;
}

const scheduler = () => fsrs({ enable_fuzz: false, enable_short_term: false });

/** One graded answer, as a review of its question. */
export interface Review {
  question: string;
  at: number;
  score: number;
  roles: string[];
}

/** Every review in history, oldest first, and every question answered. */
export function reviewsOf(input: readonly HistoryRecord[] | readonly HistorySession[]): { reviews: Review[]; answered: Set<string> } {
  const sessions = isSessions(input) ? input : rebuildSessions(input);
  const reviews: Review[] = [];
  const answered = new Set<string>();
  for (const s of sessions) {
    for (const item of s.items) {
      if (item.entry.skipped) continue;
      answered.add(item.entry.id);
      const at = Date.parse(item.at);
      if (item.entry.score === null || Number.isNaN(at)) continue;
      reviews.push({ question: item.entry.id, at, score: item.entry.score, roles: item.roles });
    }
  }
  reviews.sort((a, b) => a.at - b.at);
  return { reviews, answered };
}

/** Runs reviews[from..] through FSRS, on top of the cards that reviews[0..from) left. */
export function replay(reviews: readonly Review[], from = 0, cards = new Map<string, ReviewState>()): Map<string, ReviewState> {
  const f = scheduler();
  for (let i = from; i < reviews.length; i++) {
    const r = reviews[i]!;
    const at = new Date(r.at);
    const state = cards.get(r.question) ?? { question: r.question, card: createEmptyCard(at), reviews: 0, roles: r.roles };
    state.card = f.next(state.card, at, ratingFor(r.score)).card;
    state.reviews += 1;
    state.lastScore = r.score;
    if (r.roles.length) state.roles = r.roles;
    cards.set(r.question, state);
  }
  return cards;
}

/** Replays every graded answer, oldest first, through FSRS. */
export function buildSchedule(input: readonly HistoryRecord[] | readonly HistorySession[]): Schedule {
  const { reviews, answered } = reviewsOf(input);
  return { cards: replay(reviews), answered };
}

function isSessions(input: readonly HistoryRecord[] | readonly HistorySession[]): input is readonly HistorySession[] {
  return input.length > 0 && 'items' in input[0]!;
}

/** Question ids due for review on the day of `now`, the longest overdue first. */
export function dueQuestions(schedule: Schedule, now: Date): string[] {
  const limit = endOfDay(now).getTime();
  return [...schedule.cards.values()]
    .filter((s) => s.card.due.getTime() < limit)
    .sort((a, b) => a.card.due.getTime() - b.card.due.getTime() || (a.question < b.question ? -1 : a.question > b.question ? 1 : 0))
    .map((s) => s.question);
}

// An interview date (`plan --date`) caps the intervals of weak questions, so that each comes back
// before the day, with time to practise it once more. ts-fsrs has a `maximum_interval` parameter,
// but it is one number for every review, it may be overstepped (ts-fsrs keeps Easy's interval
// above Good's), and the history index keeps the schedule that the uncapped replay gave. The
// cap is therefore applied to each card's latest interval when the schedule is read: FSRS's next
// state (stability, difficulty) does not depend on the interval it scheduled, only on the time
// that actually passed, so capping the latest interval is all that a maximum interval changes.

/** A question whose latest answer scored below this (Again, Hard, Good) is weak: the interview date caps its interval. */
export const WEAK_BELOW = 4;

/**
 * The longest interval (whole days) after a review at `at` with the interview on `interview`:
 * half the days left then, rounded down, at least one. Half, so that a weak question comes back
 * in time for a second try before the day, and weak questions do not all pile up on the eve.
 */
export function maximumInterval(at: Date, interview: Date): number {
  return Math.max(1, Math.floor(daysBetween(at, interview) / 2));
}

/** A card's due date with the interview date's cap (unchanged for a strong question, or one due sooner). */
export function cappedDue(state: ReviewState, interview: Date): Date {
  const last = state.card.last_review;
  if (!last || state.lastScore === undefined || state.lastScore >= WEAK_BELOW) return state.card.due;
  // As ts-fsrs schedules: the review's time plus whole days.
  const cap = new Date(new Date(last).getTime() + maximumInterval(new Date(last), interview) * 24 * 60 * 60 * 1000);
  return cap.getTime() < state.card.due.getTime() ? cap : state.card.due;
}

/**
 * The schedule with the interview date's cap on weak questions, while the date is today or later
 * (a date gone by caps nothing). The cards are copies: the index's schedule is left as it was.
 */
export function capSchedule(schedule: Schedule, interview: Date | undefined, now: Date): Schedule {
  if (!interview || startOfDay(interview).getTime() < startOfDay(now).getTime()) return schedule;
  const cards = new Map<string, ReviewState>();
  for (const [id, state] of schedule.cards) {
    const due = cappedDue(state, startOfDay(interview));
    cards.set(id, due === state.card.due ? state : { ...state, card: { ...state.card, due } });
  }
  return { cards, answered: schedule.answered };
}

/** History as records, or the schedule already built from it (the history index keeps one). */
export type ReviewSource = readonly HistoryRecord[] | Schedule;

function scheduleOf(source: ReviewSource): Schedule {
  return Array.isArray(source) ? buildSchedule(source as readonly HistoryRecord[]) : (source as Schedule);
}

/** `drill --review`: the due questions among those the filters allow, longest overdue first. */
export function reviewPlan(source: ReviewSource, now: Date, pool: readonly BankQuestion[]): { dueIds: string[] } {
  const inPool = new Set(pool.map((q) => q.id));
  return { dueIds: dueQuestions(scheduleOf(source), now).filter((id) => inPool.has(id)) };
}

/**
 * `drill --review` after the due questions: questions never answered come next, and answered ones
 * that are not due come last. The hold-back is far larger than anything the skill spread adds, so
 * the order between the two groups is fixed; within a group the spread decides.
 */
export const ANSWERED_HOLD_BACK = 1000;

export function answeredPenalty(source: ReviewSource) {
  const answered = Array.isArray(source) ? reviewsOf(source as readonly HistoryRecord[]).answered : (source as Schedule).answered;
  return (q: BankQuestion): number => (answered.has(q.id) ? ANSWERED_HOLD_BACK : 0);
}

/** A question's latest graded answer: what `drill --review` shows before asking it again. */
export interface PreviousAnswer {
  /** When it was answered (ISO). */
  at: string;
  score: number;
  answer: string;
}

/** Each question's latest graded answer (scored, not skipped), from history. */
export function lastAnswers(records: readonly HistoryRecord[]): Map<string, PreviousAnswer> {
  const out = new Map<string, PreviousAnswer>();
  for (const s of rebuildSessions(records)) {
    for (const item of s.items) {
      const { entry } = item;
      if (entry.skipped || entry.score === null || Number.isNaN(Date.parse(item.at))) continue;
      const seen = out.get(entry.id);
      if (!seen || Date.parse(seen.at) <= Date.parse(item.at)) out.set(entry.id, { at: item.at, score: entry.score, answer: entry.answer });
    }
  }
  return out;
}

/** Below this score an answer failed (FSRS's Again and Hard): `--include-today` asks it again the same day. */
export const FAILED_BELOW = 3;

/**
 * `drill --review --include-today`: the questions whose latest answer was given today (local
 * time) and failed, which FSRS has put off to a later day; in the pool, in the order answered.
 */
export function failedToday(last: ReadonlyMap<string, PreviousAnswer>, now: Date, pool: readonly BankQuestion[]): string[] {
  const from = startOfDay(now).getTime();
  const until = endOfDay(now).getTime();
  const inPool = new Set(pool.map((q) => q.id));
  return [...last.entries()]
    .filter(([id, a]) => inPool.has(id) && a.score < FAILED_BELOW && Date.parse(a.at) >= from && Date.parse(a.at) < until)
    .sort((a, b) => Date.parse(a[1].at) - Date.parse(b[1].at))
    .map(([id]) => id);
}
