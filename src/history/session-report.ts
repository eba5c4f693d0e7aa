import { summarise } from '../report/summary.js';
import type { SessionReport } from '../session/model.js';
import type { HistorySession } from './sessions.js';

/** The session's report, as `drill` printed it (or would have, for a crashed session). */
export function sessionReport(session: HistorySession): SessionReport {
  const results = session.items.map((i) => i.entry);
  return { version: 1, session: session.info, results, summary: summarise(results, session.info) };
}
