import type { ResultEntry } from '../grading/entry.js';
import type { FollowUp, Verdict } from '../history/records.js';
import type { SessionReport } from '../session/model.js';
import type { InterviewStage } from './order.js';

export type { FollowUp, Verdict };

/** One interview question: its result (score after the follow-up), where it sat, and its follow-up. */
export interface InterviewResult extends ResultEntry {
  stage: InterviewStage;
  follow_up: FollowUp | null;
}

/** `interview --format json`: a session report whose results carry follow-ups, and a verdict. */
export interface InterviewReport extends SessionReport {
  results: InterviewResult[];
  verdict: Verdict;
}
