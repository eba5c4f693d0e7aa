import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataPaths, historyIndexFile, llmCacheDir } from '../paths.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { afterFollowUp, findSession, type HistorySession } from '../history/sessions.js';
import type { CallReport } from '../history/call-records.js';
import { tallyAnswers } from '../history/tally.js';
import { localStamp } from '../report/stats-text.js';
import { sessionReport, summarise } from '../session/summary.js';
import { colourFor } from '../ui/colour.js';
import { table, wrap } from '../text/layout.js';
import { outputWidth, type CommandContext } from '../context.js';
import { SESSION_FORMATS, type ReportFormat, type SessionFormat } from '../limits.js';
import { renderReport } from '../report/render.js';

export interface HistoryOptions {
  action: 'list' | 'show' | 'export' | 'clear';
  id?: string;
  format: ReportFormat;
  output?: string;
  yes: boolean;
  limit?: number;
  /** export: only answers to this role's questions, and from this date on. */
  role?: string;
  since?: string;
}
import { builtinSkillNames, callsFor, loadHistory, sinceOption, statsFor } from './history-read.js';
import { noun, plural } from '../text/plural.js';

/** `collections-prep history [list|show|export|clear]`. */
export async function historyCommand(options: HistoryOptions, ctx: CommandContext): Promise<number> {
  switch (options.action) {
    case 'list':
      return listSessions(options, ctx);
    case 'show':
      return showSession(options, ctx);
    case 'export':
      return exportReport(options, ctx);
    case 'clear':
      return clearHistory(options, ctx);
  }
}

async function listSessions(options: HistoryOptions, ctx: CommandContext): Promise<number> {
  const { file, sessions } = await loadHistory(ctx);
  // Calls and QA reviews are listed with the sessions, newest first (a new user found them only in stats).
  const calls = await callReports(file);
  type Entry = { at: string; json: Record<string, unknown>; cells: string[]; state: string };
  const c = colourFor(ctx.stdout, ctx.env);
  const width = outputWidth(ctx);
  // At 80 columns and more the state is spelt out; narrower, a mark with a legend, and the date
  // over the time, so that no line overflows and no id is cut.
  const narrow = width < 80;
  // Narrower than 80 columns the year goes ("12-03 15:05"): at 60 the full stamp was cut mid-word ("2026-12-0 / 3", a new user).
  const stamp = (iso: string) => (narrow ? localStamp(iso).slice(5) : localStamp(iso));
  // A mock interview says so: its row read like a drill's.
  const roleCell = (role: string, interview: boolean) => (interview ? `${role}, interview` : role);
  const stateOf = (ended: boolean, interrupted: boolean) => (!ended ? (narrow ? '?' : 'unfinished') : interrupted ? (narrow ? '*' : 'interrupted') : '');
  const entries: Entry[] = sessions.map((s) => {
    // A mock interview's scores are after its follow-ups, as its verdict averages them (a new user saw 2.6 here and 2.4 in the verdict).
    const summary = summarise(s.items.map((i) => afterFollowUp(i.entry, s)), s.info);
    // And with its verdict, the verdict's own average (a skipped question counts as 1 there): one number for one interview (a new user saw 2.9 and 2.6).
    const average = s.verdict?.average ?? summary.average;
    // A question tried again is one question with two answers: "5/5, 6 tries", never "6/5".
    const tally = tallyAnswers(s.items);
    const planned = s.planned ?? tally.asked;
    return {
      at: s.info.started_at,
      json: {
        kind: 'session',
        id: s.info.id,
        started_at: s.info.started_at,
        role: s.info.role,
        grader: s.info.grader,
        count: s.planned ?? s.items.length,
        answered: summary.answered,
        questions_answered: tally.questions,
        skipped: summary.skipped,
        average,
        interrupted: s.info.interrupted === true,
        ended: s.ended,
      },
      cells: [s.info.id, stamp(s.info.started_at), roleCell(s.info.role ?? '-', s.verdict !== undefined || s.info.activity === 'interview'), summary.answered > tally.questions ? `${tally.questions}/${planned}, ${summary.answered} tries` : `${tally.questions}/${planned}`, average === null ? '-' : average.toFixed(1)],
      state: stateOf(s.ended, s.info.interrupted === true),
    };
  });
  for (const r of calls) {
    const turns = r.transcript.filter((t) => t.speaker === 'candidate').length;
    entries.push({
      at: r.session.started_at,
      json: { kind: r.kind, id: r.session.id, started_at: r.session.started_at, scenario: r.scenario.id, roles: r.scenario.roles, grader: r.session.grader, score: r.score, interrupted: r.session.interrupted === true || r.ended === 'interrupted' },
      cells: [r.session.id, stamp(r.session.started_at), r.scenario.roles[0] ?? '-', r.kind === 'qa' ? 'QA review' : `call, ${plural(turns, 'turn')}`, r.score.toFixed(1)],
      state: stateOf(true, r.session.interrupted === true || r.ended === 'interrupted'),
    });
  }
  entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const newest = entries.slice(0, options.limit ?? entries.length);
  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(newest.map((e) => e.json), null, 2)}\n`);
    return EXIT.ok;
  }
  if (entries.length === 0) {
    ctx.stdout.write(`No sessions recorded yet: run "${ctx.program ?? 'collections-prep'} drill" to practise.\n`);
    return EXIT.ok;
  }
  // Spelt-out states that would squeeze the role column into broken words ("supervi / sor, / intervi / ew" at 80
  // columns, a new user) give way to the marks and their legend.
  const gap = narrow ? 1 : 2;
  const widest = (i: number, words = false) => Math.max(0, ...newest.map((e) => (words ? Math.max(0, ...(e.cells[i] ?? '').split(/\s+/).map((w) => w.length)) : (e.cells[i] ?? '').length)));
  const fits = (stateWidth: number, wholeRole = false) => widest(0) + widest(1) + Math.max(4, widest(2, !wholeRole)) + Math.max(7, widest(3)) + Math.max(3, widest(4)) + stateWidth + gap * 5 <= width;
  const stateWidth = Math.max(0, ...newest.map((e) => e.state.length));
  // Also when the spelt-out state alone pushes "supervisor, interview" onto two lines at 80 columns and a mark would keep it on one (a new user).
  const marks = narrow || !fits(stateWidth) || (!fits(stateWidth, true) && fits(1, true));
  const shown = marks ? newest.map((e) => ({ ...e, state: e.state === 'interrupted' ? '*' : e.state === 'unfinished' ? '?' : e.state })) : newest;
  const text = table([['id', 'date', 'role', 'answers', 'avg', ''], ...shown.map((e) => [...e.cells, e.state])], width, { gap, shrink: [2], right: [3, 4] });
  const [head = '', ...lines] = text.split('\n');
  ctx.stdout.write(`${c.dim(head)}\n${lines.join('\n')}\n`);
  if (marks && shown.some((e) => e.state !== '')) ctx.stdout.write(c.dim('* interrupted · ? unfinished\n'));
  if (newest.length < entries.length) ctx.stdout.write(c.dim(wrap(`(${newest.length} of ${entries.length} sessions and calls; --limit changes how many)`, width) + '\n'));
  ctx.stdout.write(c.dim(wrap(`Show one again: ${ctx.program ?? 'collections-prep'} history show <id> (the first characters of the id are enough)`, width) + '\n'));
  return EXIT.ok;
}

/** The reports of the calls and QA reviews in the history file. */
async function callReports(file: string): Promise<CallReport[]> {
  const { readCalls } = await import('../history/calls.js');
  return readCalls(file).records.map((r) => r.report);
}

const onlyOne = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

function pick(sessions: HistorySession[], id: string, program = 'collections-prep'): HistorySession {
  const found = findSession(sessions, id);
  if (found.kind === 'found') return found.session;
  if (found.kind === 'ambiguous') {
    const shown = found.matches.slice(0, 5).map((s) => s.info.id).join(', ');
    throw new UserError(`"${id}" matches ${found.matches.length} sessions (${shown}${found.matches.length > 5 ? ', ...' : ''}): give more of the id`);
  }
  if (found.ids.length === 0) throw new UserError(`no session "${id}": no sessions are recorded yet`);
  const hint = found.suggestion ? ` (did you mean "${found.suggestion}"?)` : '';
  throw new UserError(`no session "${id}"${hint}; "${program} history" lists them`);
}

async function showSession(options: HistoryOptions, ctx: CommandContext): Promise<number> {
  const { file, sessions } = await loadHistory(ctx);
  const format = options.format;
  if (!(SESSION_FORMATS as readonly string[]).includes(format)) throw usageError(`history show: --format ${format} is not available (text, json, markdown or html)`);
  const id = options.id ?? '';
  // A call or a QA review, by its id or the beginning of it, when no session has that id.
  if (findSession(sessions, id).kind === 'missing') {
    const calls = await callReports(file);
    const call = calls.find((r) => r.session.id === id) ?? (id ? onlyOne(calls.filter((r) => r.session.id.startsWith(id))) : undefined);
    if (call) {
      const { renderCall } = await import('../call/render.js');
      ctx.stdout.write(renderCall(call, format as SessionFormat, { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) }));
      return EXIT.ok;
    }
  }
  const names = Object.fromEntries(builtinSkillNames(ctx));
  const session = pick(sessions, id, ctx.program);
  const report = sessionReport(session, { program: ctx.program ?? 'collections-prep', bankFlags: [] }, names);
  const style = { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) };
  // A mock interview is shown as one, with its follow-ups and verdict (a new user saw a plain drill report).
  if (session.verdict) {
    const { renderInterviewReport } = await import('../report/interview.js');
    const results = report.results.map((r) => {
      const f = session.followUps?.get(r.id) ?? null;
      return { ...afterFollowUp(r, session), stage: 'main' as const, follow_up: f };
    });
    ctx.stdout.write(renderInterviewReport({ ...report, results, verdict: session.verdict }, format as SessionFormat, style));
    return EXIT.ok;
  }
  ctx.stdout.write(renderReport(report, format as SessionFormat, style));
  return EXIT.ok;
}

async function exportReport(options: HistoryOptions, ctx: CommandContext): Promise<number> {
  const since = sinceOption(options.since);
  const format = options.format;
  if (format !== 'markdown' && format !== 'html') throw usageError(`history export: --format ${format} is not available (markdown or html)`);
  const { stats } = await statsFor(ctx, { role: options.role, since });
  let text =
    format === 'html'
      ? (await import('../report/progress-html.js')).renderProgressHtml(stats)
      : (await import('../report/progress-markdown.js')).renderProgressMarkdown(stats);
  if (format === 'html') {
    // Calls and QA reviews (history's `call` records) get a section of their own, before the page ends.
    const { renderCallStatsHtml } = await import('../call/render.js');
    const section = renderCallStatsHtml(await callsFor(ctx, { role: options.role, since }), builtinSkillNames(ctx));
    if (section) text = text.replace('</main>', `${section}\n</main>`);
  }
  if (!options.output) {
    ctx.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(resolve(ctx.cwd, options.output), text);
  } catch (e) {
    throw new UserError(`cannot write the report to ${options.output}: ${(e as Error).message}`);
  }
  const what = stats.totals.sessions === 0 ? 'no sessions in it yet' : `${plural(stats.totals.sessions, 'session')}`;
  ctx.stderr.write(`Progress report (${format}, ${what}) written to ${options.output}\n`);
  return EXIT.ok;
}

async function clearHistory(options: HistoryOptions, ctx: CommandContext): Promise<number> {
  if (!options.yes && !ctx.stdin.isTTY) {
    throw new UserError('history clear deletes every recorded session: run it in a terminal to confirm, or add --yes');
  }
  const { file, sessions } = await loadHistory(ctx);
  if (!options.yes) {
    const { confirm } = await import('../ui/prompts.js');
    let ok: boolean;
    try {
      ok = await confirm(
        { message: `Delete all ${plural(sessions.length, 'recorded session')}? This cannot be undone.`, default: false },
        { input: ctx.stdin, output: ctx.stderr as NodeJS.WritableStream },
      );
    } catch (e) {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) {
        ctx.stderr.write('Nothing was deleted.\n');
        return EXIT.interrupted;
      }
      throw e;
    }
    if (!ok) {
      ctx.stderr.write('Nothing was deleted.\n');
      return EXIT.ok;
    }
  }
  const why = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'the file system is read-only' : (e as Error).message;
  };
  let cleared = true;
  try {
    unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot delete ${file}: ${why(e)}; nothing was deleted`);
    cleared = false;
  }
  // The index (a summary of the history) and the LLM cache (quotes from answers, improved
  // answers) go too: clearing the history must not leave the answers elsewhere.
  const cache = llmCacheDir(dataPaths(ctx.env));
  const left: string[] = [];
  for (const [path, recursive] of [
    [historyIndexFile(ctx.env), false],
    [cache, true],
  ] as const) {
    try {
      rmSync(path, { force: true, recursive });
    } catch (e) {
      left.push(`${path} (${why(e)})`);
    }
  }
  const rest = left.length ? ` Could not delete ${left.join(' and ')}: delete ${noun(left.length, 'it', 'them')} by hand.` : '';
  ctx.stderr.write(
    cleared
      ? `History cleared: ${plural(sessions.length, 'session')} deleted (${file}), with the LLM cache (${cache}).${rest}\n`
      : `No history to clear; the LLM cache (${cache}) is cleared.${rest}\n`,
  );
  return left.length ? EXIT.failure : EXIT.ok;
}
