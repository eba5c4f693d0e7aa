import { usageError } from '../errors.js';
import { dayKey, daysBetween, startOfDay } from '../history/dates.js';

// The interview date (`plan --date`): a calendar day in the user's local time, as the streak and
// "due today" are. Every function takes `now`, so that tests pin the day.

/** A YYYY-MM-DD that names a real day (2026-02-30 does not), as the start of that local day. */
export function parseDay(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** `plan --date`: a real day, today or later; otherwise a usage error that says what to give. */
export function interviewDate(value: string, now: Date): Date {
  const date = parseDay(value);
  if (!date) throw usageError(`--date "${value}" is not a date: give the day of the interview as YYYY-MM-DD (e.g. ${dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 14))})`);
  if (date.getTime() < startOfDay(now).getTime()) throw usageError(`--date ${dayKey(date)} is in the past (today is ${dayKey(now)}): give the day of the interview, today or later`);
  return date;
}

/** Whole days from today to the interview day (0 on the day; negative once it has gone by). */
export function daysLeft(date: Date, now: Date): number {
  return daysBetween(now, date);
}
