import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { BankQuestion } from '../bank/model.js';
import { endOfDay } from './dates.js';
import type { HistoryRecord } from './records.js';
import { rebuildSessions, skillScores, type HistorySession } from './sessions.js';

// Spaced review (FSRS, via ts-fsrs) and weak-skill focus, both computed from history alone.
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

/** `drill --review`: the due questions among those the filters allow, longest overdue first. */
export function reviewPlan(records: readonly HistoryRecord[], now: Date, pool: readonly BankQuestion[]): { dueIds: string[] } {
  const inPool = new Set(pool.map((q) => q.id));
  return { dueIds: dueQuestions(buildSchedule(records), now).filter((id) => inPool.has(id)) };
}

/**
 * `drill --review` after the due questions: questions never answered come next, and answered ones
 * that are not due come last. The hold-back is far larger than anything the skill spread adds, so
 * the order between the two groups is fixed; within a group the spread decides.
 */
export const ANSWERED_HOLD_BACK = 1000;

export function answeredPenalty(records: readonly HistoryRecord[]) {
  const { answered } = reviewsOf(records);
  return (q: BankQuestion): number => (answered.has(q.id) ? ANSWERED_HOLD_BACK : 0);
}

// Weak-skill focus. Each skill's (and level's) recent average is pulled towards a neutral 3.0 as
// if it had two more answers at 3.0, so one bad answer does not take over the selection, and a
// skill never practised counts as middling rather than as weak or strong.
const RECENT = 10;
const PRIOR = 3;
const PRIOR_WEIGHT = 2;
/** Preference of the weakest possible skill; one more pick of the same skill costs about 1. */
export const SKILL_WEIGHT = 3;
export const LEVEL_WEIGHT = 1.5;

function shrunkAverages(scores: Map<string, number[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, list] of scores) {
    const recent = list.slice(-RECENT);
    out.set(key, (recent.reduce((a, b) => a + b, 0) + PRIOR * PRIOR_WEIGHT) / (recent.length + PRIOR_WEIGHT));
  }
  return out;
}

/** 0 for an average of 4.5 or more, 1 for 1.0: how much a skill or level needs practice. */
export function weakness(average: number): number {
  return Math.min(1, Math.max(0, (4.5 - average) / 3.5));
}

/** Recent averages per skill and per level, as used by `--focus weak`. */
export function weaknessProfile(records: readonly HistoryRecord[]): { skills: Map<string, number>; levels: Map<string, number> } {
  const bySkill = new Map<string, number[]>();
  const byLevel = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  const items = rebuildSessions(records)
    .flatMap((s) => s.items)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const item of items) {
    for (const [skill, score] of skillScores(item.entry)) push(bySkill, skill, score);
    if (item.entry.score !== null && !item.entry.skipped) for (const level of item.entry.seniority) push(byLevel, level, item.entry.score);
  }
  return { skills: shrunkAverages(bySkill), levels: shrunkAverages(byLevel) };
}

/** `drill --focus weak`: prefer questions on the user's weakest skills, then weakest levels. */
export function weaknessPreference(records: readonly HistoryRecord[]) {
  const { skills, levels } = weaknessProfile(records);
  if (skills.size === 0 && levels.size === 0) return (_q: BankQuestion) => 0;
  const neutral = weakness(PRIOR);
  const worst = (keys: readonly string[], m: Map<string, number>) =>
    keys.reduce((max, k) => Math.max(max, m.has(k) ? weakness(m.get(k)!) : neutral), 0);
  return (q: BankQuestion): number => SKILL_WEIGHT * worst(q.skills, skills) + LEVEL_WEIGHT * worst(q.seniority, levels);
}
