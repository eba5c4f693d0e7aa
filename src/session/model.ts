import type { Grade, Usage } from '../grading/result.js';

export interface SessionInfo {
  id: string;
  started_at: string;
  finished_at?: string;
  role: string | null;
  levels: string[];
  grader: 'offline' | 'llm' | 'none';
  seed: number | null;
  model?: string;
  mode: 'interactive' | 'batch';
  interrupted?: boolean;
}

export interface ResultEntry extends Grade {
  id: string;
  question: string;
  answer: string;
  skipped?: boolean;
  seniority: string[];
  type: string;
  skills: string[];
  time_ms?: number;
}

export interface Summary {
  count: number;
  answered: number;
  skipped: number;
  average: number | null;
  by_skill: Record<string, number>;
  weakest: string[];
  usage?: Usage;
  next_command?: string;
}

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
