import type { ResultEntry } from '../grading/entry.js';
import type { Usage } from '../grading/result.js';
import type { SessionInfo } from '../history/records.js';

export interface Summary {
  count: number;
  answered: number;
  skipped: number;
  average: number | null;
  by_skill: Record<string, number>;
  weakest: string[];
  usage?: Usage;
  next_command?: string;
  /** Of `skipped`, the answers being typed when the session was cut short. */
  not_submitted?: number;
  /** The answers that would worry an interviewer (red flags, conduct, wrong facts), in order. */
  worrying: WorryingAnswer[];
  /** One line: how many answers would worry an interviewer and why, or that none would. */
  verdict: string;
  /** Skill names by id, for the skills in by_skill. */
  skill_names?: Record<string, string>;
}

export interface WorryingAnswer {
  index: number;
  /** The question's number on screen (1-based, tries of one question sharing it), where it differs from index + 1. */
  question?: number;
  id: string;
  red_flags: string[];
  fact_errors: string[];
}

/** What `drill --format json` prints and every report format renders. */
export interface SessionReport {
  version: 1;
  session: SessionInfo;
  results: ResultEntry[];
  summary: Summary;
}

/** A sortable, readable, unique-enough id: the start time plus a few random characters. */
export function sessionId(start: Date, random: () => number): string {
  const stamp = start.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
  const tail = Math.floor(random() * 0xffff).toString(16).padStart(4, '0');
  return `${stamp}-${tail}`;
}
