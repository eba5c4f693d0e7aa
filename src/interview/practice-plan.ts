import type { BankQuestion } from '../bank/model.js';
import { addDays, dayKey, endOfDay, startOfDay } from '../history/dates.js';
import type { Schedule } from '../selection/review.js';
import { daysLeft } from './date.js';
import { need, type SkillReadiness } from './readiness.js';

// A practice plan from today to the interview date: which skills and questions on which day,
// from the history (readiness per skill, the review schedule with the date's cap) and the bank
// (the level's cards). Worked out afresh every time, so it follows the practice actually done.

/** Days shown in full; a longer run to the date is summed up in one line. */
export const PLAN_DAYS = 14;
/** Mock interviews: on the eve of the interview, and every this many days before it. */
export const MOCK_EVERY = 7;
const SKILLS_PER_DAY = 2;
const QUESTIONS_PER_DAY = 3;

export interface PracticeDay {
  /** YYYY-MM-DD, local. */
  date: string;
  weekday: string;
  /** drill: practise the skills; mock: a mock interview; interview: the day itself. */
  kind: 'drill' | 'mock' | 'interview';
  skills: string[];
  /** Question ids to expect (a preview: the command picks due ones first, then new ones). */
  questions: string[];
  /** What to run that day. */
  command: string | null;
}

export interface PracticePlan {
  days_left: number;
  days: PracticeDay[];
  /** Practice days after the ones shown. */
  more_days: number;
}

export interface PracticePlanInput {
  /** The level's cards (the job's role and level, the jurisdiction applied). */
  pool: readonly BankQuestion[];
  /** The level's skills, as skillReadiness gave them. */
  readiness: readonly SkillReadiness[];
  bar: number;
  /** The review schedule, capped by the interview date (see capSchedule). */
  schedule: Schedule;
  now: Date;
  date: Date;
  /** The commands to suggest: a drill of these skills (count questions), a mock interview. */
  commands: { drill: (skills: readonly string[], count: number) => string; mock: () => string };
  maxDays?: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The order skills come round in: those below the bar (the furthest first) twice per round, the
 * ready ones once, half after each pass of the weak ones, so the weakest get the most days and
 * none is dropped.
 */
function skillCycle(readiness: readonly SkillReadiness[], bar: number): string[] {
  const sorted = [...readiness].sort((a, b) => need(b, bar) - need(a, bar) || (a.skill < b.skill ? -1 : 1));
  const weak = sorted.filter((r) => r.status !== 'ready').map((r) => r.skill);
  const ready = sorted.filter((r) => r.status === 'ready').map((r) => r.skill);
  const half = Math.ceil(ready.length / 2);
  return [...weak, ...ready.slice(0, half), ...weak, ...ready.slice(half)];
}

export function practicePlan(input: PracticePlanInput): PracticePlan {
  const { now, date, pool, schedule } = input;
  const left = daysLeft(date, now);
  const maxDays = input.maxDays ?? PLAN_DAYS;
  const days: PracticeDay[] = [];
  const cycle = skillCycle(input.readiness, input.bar);
  let at = 0;
  const used = new Set<string>();
  const day = (i: number) => addDays(startOfDay(now), i);
  const entry = (i: number, rest: Omit<PracticeDay, 'date' | 'weekday'>): PracticeDay => ({ date: dayKey(day(i)), weekday: WEEKDAYS[day(i).getDay()]!, ...rest });

  const nextSkills = (): string[] => {
    const out: string[] = [];
    for (let tries = 0; out.length < SKILLS_PER_DAY && tries < cycle.length; tries++) {
      const s = cycle[at % cycle.length]!;
      at++;
      if (!out.includes(s)) out.push(s);
    }
    return out;
  };
  /** Due that day (the capped schedule) first, then never answered, then the longest since answered; none twice while others remain. */
  const questionsFor = (skills: readonly string[], i: number): string[] => {
    const limit = endOfDay(day(i)).getTime();
    const rank = (q: BankQuestion): [number, number] => {
      const state = schedule.cards.get(q.id);
      if (state && state.card.due.getTime() < limit) return [0, state.card.due.getTime()];
      if (!schedule.answered.has(q.id)) return [1, 0];
      return [2, state?.card.last_review ? new Date(state.card.last_review).getTime() : 0];
    };
    const candidates = pool.filter((q) => q.type !== 'motivational' && q.skills.some((s) => skills.includes(s)));
    const fresh = candidates.filter((q) => !used.has(q.id));
    const list = (fresh.length >= QUESTIONS_PER_DAY ? fresh : candidates)
      .map((q) => ({ q, r: rank(q) }))
      .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || (a.q.id < b.q.id ? -1 : 1))
      .slice(0, QUESTIONS_PER_DAY)
      .map((x) => x.q.id);
    for (const id of list) used.add(id);
    return list;
  };

  let more = 0;
  for (let i = 0; i < left; i++) {
    if (days.length >= maxDays) {
      more++;
      continue;
    }
    const mock = (left - 1 - i) % MOCK_EVERY === 0;
    if (mock || cycle.length === 0) {
      days.push(entry(i, { kind: 'mock', skills: [], questions: [], command: input.commands.mock() }));
      continue;
    }
    const skills = nextSkills();
    days.push(entry(i, { kind: 'drill', skills, questions: questionsFor(skills, i), command: input.commands.drill(skills, QUESTIONS_PER_DAY) }));
  }
  if (left >= 0 && more === 0) {
    // The day itself: a short warm-up on what is due, no new ground.
    days.push(entry(left, { kind: 'interview', skills: [], questions: [], command: input.commands.drill([], 2) }));
  }
  return { days_left: left, days, more_days: more };
}
