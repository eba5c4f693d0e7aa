import type { BankQuestion } from '../bank/model.js';
import type { HistoryRecord } from './records.js';

export function reviewPlan(_records: readonly HistoryRecord[], _now: Date, _pool: readonly BankQuestion[]): { dueIds: string[] } {
  return { dueIds: [] };
}
export function answeredPenalty(_records: readonly HistoryRecord[]) {
  return (_q: BankQuestion) => 0;
}
export function weaknessPreference(_records: readonly HistoryRecord[]) {
  return (_q: BankQuestion) => 0;
}
