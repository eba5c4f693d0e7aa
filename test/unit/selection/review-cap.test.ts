// The interview date's cap on FSRS intervals (plan --date): weak questions come back before the day.
process.env.TZ = 'UTC';

import { fsrs, createEmptyCard, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { buildSchedule, capSchedule, cappedDue, dueQuestions, maximumInterval, WEAK_BELOW } from '../../../src/selection/review.js';
import { historyOf } from '../../helpers/history.js';

const day = (d: string, time = '10:00') => new Date(`${d}T${time}:00.000Z`);

// Three good answers on three days give a long interval: the next review falls weeks later.
const history = historyOf(
  { id: 's1', at: '2026-11-01T09:00:00Z', answers: [{ question: 'weak', score: 3.5 }, { question: 'strong', score: 4.5 }] },
  { id: 's2', at: '2026-11-05T09:00:00Z', answers: [{ question: 'weak', score: 3.5 }, { question: 'strong', score: 4.5 }] },
  { id: 's3', at: '2026-11-20T09:00:00Z', answers: [{ question: 'weak', score: 3.2 }, { question: 'strong', score: 4.8 }] },
);

describe('the interview date caps weak questions', () => {
  const schedule = buildSchedule(history);
  const interview = day('2026-12-10', '00:00');

  it('a weak question due after the date is brought before it, with time for another try', () => {
    const weak = schedule.cards.get('weak')!;
    expect(weak.lastScore).toBe(3.2);
    expect(weak.lastScore!).toBeLessThan(WEAK_BELOW);
    // Uncapped, FSRS puts it after the interview.
    expect(weak.card.due.getTime()).toBeGreaterThan(interview.getTime());
    const capped = capSchedule(schedule, interview, day('2026-11-21'));
    const due = capped.cards.get('weak')!.card.due;
    expect(due.getTime()).toBeLessThan(interview.getTime());
    // Half the 20 days from the last review (20 November, 09:01) to the interview: 30 November.
    expect(due.toISOString()).toBe('2026-11-30T09:01:00.000Z');
    expect(dueQuestions(schedule, day('2026-11-30'))).not.toContain('weak');
    expect(dueQuestions(capped, day('2026-11-30'))).toContain('weak');
    expect(dueQuestions(capped, day('2026-11-29'))).not.toContain('weak');
  });

  it('a strong question (latest score 4 or more) keeps the interval FSRS gave it', () => {
    const capped = capSchedule(schedule, interview, day('2026-11-21'));
    expect(capped.cards.get('strong')!.card.due).toEqual(schedule.cards.get('strong')!.card.due);
  });

  it('leaves the schedule it was given as it was (the history index keeps it)', () => {
    const before = schedule.cards.get('weak')!.card.due.getTime();
    capSchedule(schedule, interview, day('2026-11-21'));
    expect(schedule.cards.get('weak')!.card.due.getTime()).toBe(before);
  });

  it('a question already due sooner than the cap keeps its date', () => {
    const soon = buildSchedule(historyOf({ id: 'a', at: '2026-11-20T09:00:00Z', answers: [{ question: 'again', score: 1.2 }] }));
    expect(cappedDue(soon.cards.get('again')!, interview)).toEqual(soon.cards.get('again')!.card.due);
  });

  it('a date gone by caps nothing; the day itself still does', () => {
    expect(capSchedule(schedule, day('2026-11-20', '00:00'), day('2026-11-21'))).toBe(schedule);
    expect(capSchedule(schedule, undefined, day('2026-11-21'))).toBe(schedule);
    const onTheDay = capSchedule(schedule, day('2026-11-21', '00:00'), day('2026-11-21'));
    expect(dueQuestions(onTheDay, day('2026-11-21'))).toContain('weak');
  });

  it('the longest interval is half the days left at the review, at least one', () => {
    expect(maximumInterval(day('2026-11-20'), day('2026-12-10'))).toBe(10);
    expect(maximumInterval(day('2026-12-07'), day('2026-12-10'))).toBe(1);
    expect(maximumInterval(day('2026-12-09'), day('2026-12-10'))).toBe(1);
    expect(maximumInterval(day('2026-12-10'), day('2026-12-10'))).toBe(1);
  });

  it("keeps to the cap where ts-fsrs's own maximum_interval oversteps it (Good is kept a day above Hard)", () => {
    // The same three reviews through ts-fsrs, the last one with maximum_interval set to the cap.
    const interviewDay = day('2026-12-10', '00:00');
    const last = schedule.cards.get('weak')!.card.last_review!;
    const cap = maximumInterval(new Date(last), interviewDay);
    const plain = fsrs({ enable_fuzz: false, enable_short_term: false });
    const limited = fsrs({ enable_fuzz: false, enable_short_term: false, maximum_interval: cap });
    const at = (iso: string) => new Date(iso);
    let card = createEmptyCard(at('2026-11-01T09:01:00Z'));
    card = plain.next(card, at('2026-11-01T09:01:00Z'), Rating.Good).card;
    card = plain.next(card, at('2026-11-05T09:01:00Z'), Rating.Good).card;
    const theirs = limited.next(card, at('2026-11-20T09:01:00Z'), Rating.Good).card;
    const ours = cappedDue(schedule.cards.get('weak')!, interviewDay);
    // Same state either way: the interval does not feed the next state.
    expect(theirs.stability).toBeCloseTo(schedule.cards.get('weak')!.card.stability, 6);
    expect((ours.getTime() - new Date(last).getTime()) / 86_400_000).toBe(cap);
    expect(theirs.scheduled_days).toBe(cap + 1);
  });
});
