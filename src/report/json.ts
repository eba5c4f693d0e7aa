import type { SessionReport } from '../session/model.js';

export function renderJson(report: SessionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
