import { checkFilters, jobFilters } from '../bank/filter.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import { describeLevel, ladderOf, levelTitle } from '../bank/roles.js';
import { resolveJurisdiction, resolveOptions } from '../config/resolve.js';
import { outputWidth, type CommandContext } from '../context.js';
import { EXIT, UserError, usageError } from '../errors.js';
import type { InterviewOutcome } from '../interview/session.js';
import type { InterviewReport, InterviewResult } from '../interview/model.js';
import type { InterviewStage } from '../interview/order.js';
import { MAX_WAIT } from '../limits.js';
import { dataPaths, historyFile, historyIndexFile } from '../paths.js';
import { PLAIN } from '../report/render.js';
import { seededRandom } from '../selection/select.js';
import { chooseGrader } from '../session/graders.js';
import { runSession, sessionInfo, type SessionBody } from '../session/run.js';
import { hintCommand, shellWord } from '../session/summary.js';
import { withBatchWatch } from '../terminal/batch-watch.js';
import { didYouMean } from '../text/suggest.js';
import { plural } from '../text/plural.js';
import { colourFor } from '../ui/colour.js';
import { hintPrefix } from './bank-options.js';
import type { DrillOptions } from './drill.js';
import { checkReportPath, outputFormat, stderrNote, withTermination, writeReportFile } from './session-io.js';

// interview: wiring only. The order, follow-ups and verdict are interview/, the session
// session/run.ts, the rendering report/interview.ts.

export type InterviewOptions = Omit<DrillOptions, 'editor' | 'review' | 'focus' | 'ids' | 'improve' | 'samples'> & { samples?: number };

/** The role and level an interview is for: --job, or -r with one -s. */
export function interviewLevel(bank: Bank, options: Pick<InterviewOptions, 'job' | 'role' | 'seniority'>): { role: string; level: string } | undefined {
  const job = jobFilters(bank, options);
  const role = job.role ?? options.role;
  const levels = job.seniority ?? options.seniority;
  if (role === undefined && levels.length === 0) return undefined;
  if (role === undefined) throw usageError('an interview is for one role: give --job "<title>", or -r <role> with -s <level>');
  // -r alone: a terminal asks for the level, batch mode says to give it (see jobMissing).
  if (levels.length === 0) return undefined;
  if (levels.length !== 1) throw usageError(`an interview is for one level, not ${levels.join(', ')}: give one -s, or --job "<title>"`);
  return { role, level: levels[0]! };
}

/** Stages for questions that an answers file named: a motivational first is the opening, a motivational last the closing. */
function stagesOf(questions: readonly BankQuestion[]): InterviewStage[] {
  return questions.map((q, i) => (q.type === 'motivational' && i === 0 ? 'opening' : q.type === 'motivational' && i === questions.length - 1 ? 'closing' : 'main'));
}

export async function interviewCommand(given: InterviewOptions, ctx: CommandContext): Promise<number> {
  const note = stderrNote(ctx);
  const resolved = await resolveJurisdiction(await resolveOptions(given, ctx.env), ctx.env);
  const { openBankQuick } = await import('./open-bank.js');
  const bank = await openBankQuick(resolved, ctx);
  // --posting: a job ad's job (unless --job or -r/-s say), jurisdiction and skills (see commands/posting.ts).
  const posted = given.posting === undefined ? undefined : (await import('./posting.js')).choosePosting(bank, given, ctx, note);
  const chosen = posted ? { ...resolved, job: undefined, ...posted.filters } : resolved;
  let level = interviewLevel(bank, chosen);
  const options = { ...chosen, ...(level ? { role: level.role, seniority: [level.level] } : {}) };
  checkFilters(bank, options);
  if (options.template && options.answers !== undefined) throw usageError('--template prints an answers file; it does not take --answers');
  const fileFormatOut = outputFormat(options);
  checkReportPath(ctx.cwd, options.output);
  if (options.grader !== 'llm' && (given.model !== undefined || given.baseUrl !== undefined)) {
    note(`--model and --base-url apply to --grader llm only; grading with the ${options.grader} grader.`);
  }
  const now = ctx.now();
  const paths = dataPaths(ctx.env);

  // Answers: by id (main answers and `<id>/follow-up` answers), or in order.
  let main: { id: string; answer: string }[] | undefined;
  let ordered: string[] | undefined;
  const followUpById = new Map<string, string>();
  const answersName = options.answers === '-' ? 'standard input' : options.answers;
  if (options.answers !== undefined) {
    const { parseAnswers, guessFormat, readAnswersSource } = await import('../session/answers.js');
    const { FOLLOW_UP_KEY } = await import('../interview/template.js');
    const format = options.answersFormat ?? (options.answers === '-' ? 'text' : guessFormat(options.answers));
    const parsed = await parseAnswers(await readAnswersSource(options.answers, { cwd: ctx.cwd, stdin: ctx.stdin, onNote: note }), answersName!, format);
    if (parsed.kind === 'by-id') {
      main = parsed.answers.filter((a) => !a.id.endsWith(FOLLOW_UP_KEY));
      for (const a of parsed.answers.filter((x) => x.id.endsWith(FOLLOW_UP_KEY))) {
        const id = a.id.slice(0, -FOLLOW_UP_KEY.length);
        if (!main.some((m) => m.id === id)) throw new UserError(`${answersName}: "${a.id}" follows "${id}", which the file does not answer: give "${id}" an answer too, or leave the follow-up out`);
        if (a.answer.trim()) followUpById.set(id, a.answer);
      }
    } else {
      ordered = parsed.answers;
      if (parsed.looksById && options.answersFormat === undefined) note(`${answersName} looks like answers by question id: read as plain text; add --answers-format yaml to read it by id.`);
    }
    const all = [...(main?.map((a) => a.answer) ?? ordered ?? []), ...followUpById.values()];
    if (all.length === 0) throw new UserError(`${answersName}: no answers found`);
    if (all.every((a) => a.trim() === '')) throw new UserError(`${answersName}: every answer is empty${main ? ' (an untouched --template?)' : ''}: write the answers, then run again`);
  } else if (!ctx.stdin.isTTY && !options.template) {
    throw new UserError('no terminal for an interactive interview: give answers with --answers FILE (see --template), or pipe them with --answers - (answers separated by a line holding only ---)');
  }

  let questions: BankQuestion[];
  let stages: InterviewStage[];
  if (main) {
    const ids = bank.questions.map((q) => q.id);
    questions = main.map(({ id }) => {
      const q = bank.questions.find((x) => x.id === id);
      if (!q) throw new UserError(`${answersName}: unknown question id "${id}"${didYouMean(id, ids)}`);
      return q;
    });
    stages = stagesOf(questions);
    if (!level) {
      // The file named its questions: the interview is for the first one's role and its most asked level.
      const role = questions[0]!.roles[0]!;
      const counts = new Map<string, number>();
      for (const q of questions) if (q.roles.includes(role)) for (const s of q.seniority) counts.set(s, (counts.get(s) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      level = { role, level: best };
    }
  } else {
    // Before the job is asked and the first question put, not after the first answer is typed (a new user): is the LLM server there at all?
    if (!ordered && !options.template) await (await import('./llm-reach.js')).ensureLlmReachable(options, ctx);
    if (!level && ctx.stdin.isTTY && !options.template && !ordered) {
      // In a terminal with neither --job nor a level: the job remembered (not with --seed), else asked.
      const { chooseLevel } = await import('../terminal/level-choice.js');
      level = await chooseLevel(bank, { ...(options.role !== undefined ? { role: options.role } : {}), every: false, remember: options.seed === undefined }, ctx, note);
      if (!level) return EXIT.interrupted;
    }
    if (!level) {
      throw usageError(
        options.role !== undefined
          ? `an interview is for one level: add -s <level> (the ${options.role} ladder: ${ladderOf(bank.ladders, options.role).join(', ')}), or give --job "<title>"`
          : 'give the job: --job "<title>" (e.g. --job "Collection Supervisor"), or -r <role> -s <level>',
      );
    }
    const count = ordered && !options.countGiven ? ordered.length : options.count;
    const { interviewOrder } = await import('../interview/order.js');
    let penalty: ((q: BankQuestion) => number) | undefined;
    if (options.seed === undefined) {
      const { selectionBias } = await import('../selection/bias.js');
      const bias = await selectionBias({ historyFile: historyFile(paths), indexFile: historyIndexFile(ctx.env), readOnly: !options.history, review: false, now, onNote: note }, bank.questions);
      for (const line of bias.notes) note(line);
      penalty = bias.penalty;
    }
    const order = interviewOrder(bank, {
      role: level.role,
      level: level.level,
      count,
      random: seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)),
      ...(options.jurisdiction !== undefined ? { jurisdiction: options.jurisdiction } : {}),
      ...(penalty ? { penalty } : {}),
      ...(posted?.preference ? { preference: posted.preference } : {}),
    });
    if (order.questions.length === 0) throw new UserError(`no question fits an interview for ${describeLevel(bank.ladders, level.role, level.level)}${options.jurisdiction ? ` with --jurisdiction ${options.jurisdiction}` : ''}`);
    for (const line of order.notes) note(line);
    questions = order.questions;
    stages = order.stages;
    if (ordered && ordered.length !== questions.length) {
      throw new UserError(`got ${plural(ordered.length, 'answer')} for ${plural(questions.length, 'question')} (${options.countGiven ? `--count ${options.count}` : `${ordered.length} answers`}): give one answer per question, separated by lines holding only ---`);
    }
  }
  const hint = hintPrefix(options, ctx);
  const title = levelTitle(bank.ladders, level.role, level.level);
  const jobArgs = title && !main ? ['--job', title] : ['-r', level.role, '-s', level.level];
  if (options.template) {
    const { interviewTemplate } = await import('../interview/template.js');
    const command = hintCommand(hint, 'interview', [...jobArgs.map(shellWord), '--answers', '<this file>']);
    ctx.stdout.write(interviewTemplate(questions, stages, bank, command));
    return EXIT.ok;
  }

  const batch = main !== undefined || ordered !== undefined;
  const maxWait = options.maxWait ?? (batch ? MAX_WAIT.batchDefault : undefined);
  const grader = await chooseGrader({ ...options, improve: false, maxWait, kind: options.grader }, bank, ctx.env, note);
  const info = sessionInfo({
    now,
    questions,
    grader,
    role: level.role,
    levels: [level.level],
    seed: options.seed,
    mode: batch ? 'batch' : 'interactive',
    ladders: bank.ladders,
    skillNames: bank.skills,
    activity: 'interview',
    ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
  });
  const { interviewVerdict } = await import('../interview/verdict.js');
  const rung = Math.max(0, ladderOf(bank.ladders, level.role).indexOf(level.level));
  const verdict = (results: readonly InterviewResult[]) =>
    interviewVerdict({
      results,
      job: describeLevel(bank.ladders, level.role, level.level),
      rung,
      skillNames: info.skill_names,
      planned: questions.length,
      drillCommand: (skills) => hintCommand(hint, skills.length ? 'drill' : 'interview', [...jobArgs.map(shellWord), ...(skills.length ? ['--skill', skills.join(',')] : [])]),
    });
  const outcome: InterviewOutcome = { results: [] };
  let body: SessionBody;
  if (batch) {
    const { interviewBatchBody } = await import('../interview/session.js');
    const answers = main ? main.map((a) => a.answer) : ordered!;
    const followUpAnswers = questions.map((q) => followUpById.get(q.id));
    body = interviewBatchBody({ answers, followUpAnswers, stages, concurrency: options.grader === 'llm' ? options.concurrency : 1, verdict, outcome });
  } else {
    const { interviewInteractiveBody } = await import('../terminal/interview-session.js');
    let writeFollowUp: Parameters<typeof interviewInteractiveBody>[0]['writeFollowUp'];
    if (options.grader === 'llm') {
      // In a terminal the model writes each follow-up for the answer given; the card's stands in when it cannot.
      const { llmSettings, createFollowUpWriter } = await import('../grading/llm/setup.js');
      const write = createFollowUpWriter(llmSettings(options, ctx.env), ctx.env, maxWait !== undefined ? { maxWaitSeconds: maxWait } : {});
      writeFollowUp = (q, answer, missed, signal) => write({ question: q.text, answer, missed }, signal);
    }
    body = interviewInteractiveBody({ bank, options, ctx, stages, verdict, outcome, title: describeLevel(bank.ladders, level.role, level.level), ...(writeFollowUp ? { writeFollowUp } : {}) });
  }
  const session = { info, questions, grader, historyFile: options.history ? historyFile(paths) : undefined, now: ctx.now, hint, body };
  const { outcome: run, exit } = await withTermination(note, (term) => {
    if (!batch) return runSession({ ...session, signal: term, cancel: term });
    const watch = { spinner: options.format !== 'json', total: questions.length };
    return withBatchWatch(ctx, watch, (signal, onProgress) => runSession({ ...session, signal: AbortSignal.any([signal, term]), cancel: term, onProgress }));
  });
  // The report's results with what the interview adds: where each sat, its follow-up.
  const report: InterviewReport = {
    ...run.report,
    results: run.report.results.map((r, i) => ({ ...r, stage: outcome.results[i]?.stage ?? stages[i] ?? 'main', follow_up: outcome.results[i]?.follow_up ?? null })),
    verdict: outcome.verdict ?? verdict(outcome.results),
  };
  const { renderInterviewReport } = await import('../report/interview.js');
  if (batch) ctx.stdout.write(renderInterviewReport(report, options.format, { colour: colourFor(ctx.stdout, ctx.env), width: outputWidth(ctx) }));
  for (const [id] of followUpById) {
    const r = report.results.find((x) => x.id === id);
    if (r && !r.follow_up) note(`${id}/follow-up: not asked (the answer scored ${r.score === null ? 'nothing' : r.score.toFixed(1)}${(r.score ?? 0) >= 4 ? ', 4 or more' : ', and the card has no follow-up for what it missed'}), so that answer is not graded.`);
  }
  if (options.output) {
    writeReportFile(ctx.cwd, options.output, renderInterviewReport(report, fileFormatOut, PLAIN));
    if (options.format !== 'json' || !batch) note(`Report written to ${options.output}`);
  }
  return exit;
}
