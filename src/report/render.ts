import { Chalk } from 'chalk';
import type { SessionFormat } from '../limits.js';
import type { SessionReport } from '../session/model.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSessionHtml } from './session-html.js';
import { renderText, type TextStyle } from './text.js';

/** No colour, 80 columns: for files. */
export const PLAIN: TextStyle = { colour: new Chalk({ level: 0 }), width: 80 };

/** A session's report in one of the session formats. */
export function renderReport(report: SessionReport, format: SessionFormat, style?: TextStyle): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'html') return renderSessionHtml(report);
  return renderText(report, style);
}
