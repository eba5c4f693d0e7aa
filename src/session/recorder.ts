import type { BankQuestion } from '../bank/model.js';
import type { Grade } from '../grading/result.js';
import type { HistoryWriter } from '../history/writer.js';
import type { FollowUp, SessionInfo, Verdict } from '../history/records.js';

/**
 * Writes a session to history as it happens: each answer when it is given, before grading, and
 * its grade when ready, so that a crash or Ctrl-C loses nothing that was typed.
 */
export class SessionRecorder {
  constructor(
    private readonly info: SessionInfo,
    private readonly writer: HistoryWriter | undefined,
    private readonly now: () => Date,
  ) {}

  start(count: number): void {
    const { id, started_at, role, levels, title, jurisdiction, grader, seed, mode, model, skill_names, activity } = this.info;
    this.writer?.append({
      v: 1,
      kind: 'session',
      id,
      started_at,
      role,
      levels,
      ...(title ? { title } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
      grader,
      seed,
      count,
      mode,
      ...(model ? { model } : {}),
      ...(skill_names ? { skill_names } : {}),
      ...(activity ? { activity } : {}),
    });
  }

  answer(q: BankQuestion, answer: string, extra: { skipped?: boolean; time_ms?: number; attempt?: number } = {}): void {
    this.writer?.append({
      v: 1,
      kind: 'answer',
      session: this.info.id,
      question: q.id,
      at: this.now().toISOString(),
      answer,
      ...(extra.skipped ? { skipped: true } : {}),
      ...(extra.time_ms !== undefined ? { time_ms: Math.round(extra.time_ms) } : {}),
      ...(extra.attempt !== undefined && extra.attempt > 1 ? { attempt: extra.attempt } : {}),
      roles: q.roles,
      seniority: q.seniority,
      skills: q.skills,
      type: q.type,
      text: q.text,
    });
  }

  grade(q: BankQuestion, grade: Grade): void {
    this.writer?.append({ v: 1, kind: 'grade', session: this.info.id, question: q.id, at: this.now().toISOString(), grade });
  }

  /** An interview's follow-up to the answer of `q`, once it is asked (and answered, and graded). */
  followUp(q: BankQuestion, followUp: FollowUp): void {
    this.writer?.append({ v: 1, kind: 'follow-up', session: this.info.id, question: q.id, at: this.now().toISOString(), follow_up: followUp });
  }

  /** An interview's verdict, before the session closes. */
  verdict(verdict: Verdict): void {
    this.writer?.append({ v: 1, kind: 'verdict', session: this.info.id, at: this.now().toISOString(), verdict });
  }

  end(interrupted: boolean): void {
    this.writer?.append({ v: 1, kind: 'end', session: this.info.id, at: this.now().toISOString(), ...(interrupted ? { interrupted } : {}) });
    this.writer?.close();
  }
}
