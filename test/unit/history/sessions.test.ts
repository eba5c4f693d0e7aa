// Rebuilding sessions from history, and reading history written by an older version.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordLine, readHistory } from '../../../src/history/store.js';
import { findSession, rebuildSessions, skillScores } from '../../../src/history/sessions.js';
import { sessionReport } from '../../../src/session/summary.js';
import { computeStats } from '../../../src/history/stats.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { ROOT } from '../../helpers/cli.js';
import { historyOf } from '../../helpers/history.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'history-v1.jsonl');

describe('history written by an older version (test/fixtures/history-v1.jsonl)', () => {
  const read = readHistory(FIXTURE);
  const sessions = rebuildSessions(read.records);

  it('is a hand-written file with a torn last line and a record kind from the future', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    expect(text.endsWith('\n')).toBe(false);
    expect(text).toContain('"kind":"bookmark"');
  });

  it('reads every valid line, skips the unknown kind quietly and counts the torn line', () => {
    expect(read.records).toHaveLength(13);
    expect(read.skipped).toEqual([15]);
    expect(read.records.some((r) => (r as { kind: string }).kind === 'bookmark')).toBe(false);
  });

  it('rebuilds the three sessions, oldest first', () => {
    expect(sessions.map((s) => s.info.id)).toEqual(['20261102-090000-0a1b', '20261103-180000-c3d4', '20261104-071500-e5f6']);
  });

  it('fills in what an old session record lacks, and what an old answer record lacks', () => {
    const [old] = sessions;
    expect(old!.info).toMatchObject({ role: 'agent', levels: [], grader: 'offline', seed: null, finished_at: '2026-11-02T09:05:00.000Z' });
    expect(old!.info.interrupted).toBeUndefined();
    expect(old!.ended).toBe(true);
    const [graded, skipped] = old!.items;
    // No skills on the old answer record: the grade's criteria name them.
    expect(graded!.entry).toMatchObject({ id: 'agent-refuses-to-pay', question: 'agent-refuses-to-pay', score: 2.4, skills: ['negotiation'], seniority: [], type: 'unknown', suggestions: [] });
    expect(skillScores(graded!.entry)).toEqual([['negotiation', 2]]);
    expect(skipped!.entry).toMatchObject({ skipped: true, score: null, feedback: 'Skipped.' });
  });

  it('keeps an interrupted session, its time per answer, and answers to questions of other roles', () => {
    const s = sessions[1]!;
    expect(s.info.interrupted).toBe(true);
    expect(s.info.role).toBeNull();
    expect(s.items.map((i) => [i.entry.id, i.entry.score, i.roles])).toEqual([
      ['agent-refuses-to-pay', 4.2, ['agent']],
      ['supervisor-coaching-low-performer', 1.6, ['supervisor']],
    ]);
    expect(s.items[0]!.entry.time_ms).toBe(61000);
  });

  it('a crashed session (no end record) keeps its answer, marked as not graded', () => {
    const s = sessions[2]!;
    expect(s.ended).toBe(false);
    expect(s.info.interrupted).toBe(true);
    expect(s.info.model).toBe('llama3.1');
    expect(s.items).toHaveLength(1);
    expect(s.items[0]!.graded).toBe(false);
    expect(s.items[0]!.entry).toMatchObject({ score: null, grader: 'none' });
    expect(s.items[0]!.entry.feedback).toMatch(/not graded/i);
  });

  it('gives statistics', () => {
    const stats = computeStats(sessions, new Date('2026-11-04T20:00:00Z'));
    expect(stats.totals).toMatchObject({ sessions: 3, answers: 4, scored: 3, skipped: 1, average: 2.7 });
    expect(stats.streak_days).toBe(3);
    expect(stats.skills.map((s) => [s.skill, s.average])).toEqual([
      ['coaching', 1],
      ['compliance', 5],
      ['negotiation', 3],
    ]);
    expect(stats.answered_by).toEqual({ agent: { total: 3, levels: { mid: 1, junior: 1, unknown: 1 } }, supervisor: { total: 1, levels: { lead: 1 } } });
  });

  it('re-renders each session in every report format', () => {
    for (const s of sessions) {
      const report = sessionReport(s);
      expect(JSON.parse(renderJson(report)).session.id).toBe(s.info.id);
      expect(renderMarkdown(report)).toContain(`# collections-prep session ${s.info.id}`);
      expect(renderText(report)).toContain(`Session ${s.info.id}`);
    }
    expect(sessionReport(sessions[1]!).summary).toMatchObject({ count: 2, answered: 2, average: 2.9 });
  });
});

describe('rebuildSessions', () => {
  it('pairs each grade with the answer to the same question, whatever order the grades came in', () => {
    const records = historyOf({ id: 's', at: '2026-11-01T09:00:00Z', answers: [{ question: 'p', score: 2 }, { question: 'q', score: 4 }, { question: 'r', score: 3 }] });
    // Grades written out of order (batch grading runs answers concurrently).
    const grades = records.filter((r) => r.kind === 'grade').reverse();
    const shuffled = [...records.filter((r) => r.kind !== 'grade' && r.kind !== 'end'), ...grades, records[records.length - 1]!];
    const [s] = rebuildSessions(shuffled);
    expect(s!.items.map((i) => [i.entry.id, i.entry.score])).toEqual([
      ['p', 2],
      ['q', 4],
      ['r', 3],
    ]);
  });

  it('pairs the grades of a question answered twice in one session in order', () => {
    const records = historyOf({ id: 's', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 2 }, { question: 'q', score: 4 }] });
    const [s] = rebuildSessions(records);
    expect(s!.items.map((i) => i.entry.score)).toEqual([2, 4]);
  });

  it('keeps sessions apart when they interleave (two running at once)', () => {
    const a = historyOf({ id: 'a', at: '2026-11-01T09:00:00Z', answers: [{ question: 'q', score: 2 }] });
    const b = historyOf({ id: 'b', at: '2026-11-01T09:00:30Z', answers: [{ question: 'q', score: 5 }] });
    const mixed = a.flatMap((r, i) => [r, b[i]!]);
    const sessions = rebuildSessions(mixed);
    expect(sessions.map((s) => [s.info.id, s.items[0]!.entry.score])).toEqual([
      ['a', 2],
      ['b', 5],
    ]);
  });

  it('builds a session whose first line was lost from its answers', () => {
    const records = historyOf({ id: 'lost', at: '2026-11-01T09:00:00Z', role: 'supervisor', answers: [{ question: 'q', score: 3 }] }).slice(1);
    const [s] = rebuildSessions(records);
    expect(s!.info).toMatchObject({ id: 'lost', role: 'supervisor', started_at: '2026-11-01T09:01:00.000Z', grader: 'offline' });
  });
});

describe('findSession', () => {
  const sessions = rebuildSessions(
    historyOf(
      { id: '20261123-091502-ab12', at: '2026-11-23T09:15:02Z', answers: [] },
      { id: '20261123-101010-cd34', at: '2026-11-23T10:10:10Z', answers: [] },
      { id: '20261124-080000-ef56', at: '2026-11-24T08:00:00Z', answers: [] },
    ),
  );
  it('finds by full id or by a unique beginning', () => {
    expect(findSession(sessions, '20261123-101010-cd34')).toMatchObject({ kind: 'found', session: { info: { id: '20261123-101010-cd34' } } });
    expect(findSession(sessions, '20261124')).toMatchObject({ kind: 'found', session: { info: { id: '20261124-080000-ef56' } } });
  });
  it('says when a beginning matches several', () => {
    const r = findSession(sessions, '20261123');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.matches.map((s) => s.info.id)).toEqual(['20261123-091502-ab12', '20261123-101010-cd34']);
  });
  it('suggests the closest id for a typo', () => {
    expect(findSession(sessions, '20261125-080000-ef56')).toMatchObject({ kind: 'missing', suggestion: '20261124-080000-ef56' });
    expect(findSession(sessions, 'nothing-like-it')).toMatchObject({ kind: 'missing', suggestion: undefined });
  });
});

describe('parseRecordLine', () => {
  it('validates with the schema: a wrong type or version is a damaged line', () => {
    expect(parseRecordLine('{"v":1,"kind":"end","session":"s","at":"2026-11-01T00:00:00Z"}')).toMatchObject({ kind: 'end' });
    expect(parseRecordLine('{"v":2,"kind":"end","session":"s","at":"x"}')).toBe('bad');
    expect(parseRecordLine('{"v":1,"kind":"answer","session":"s"}')).toBe('bad');
    expect(parseRecordLine('{"v":1,"kind":"grade","session":"s","question":"q","at":"x","grade":{"score":9}}')).toBe('bad');
    expect(parseRecordLine('{"v":1,"kind":"future-thing"}')).toBe('skip');
    expect(parseRecordLine('   ')).toBe('skip');
    expect(parseRecordLine('{"v":1,"kind":"end"')).toBe('bad');
  });
});

describe('another try at a question in the same session ("Try this question again")', () => {
  it('pairs each try with its own grade, keeps the try number, and labels it in every report', () => {
    const [base] = historyOf({ id: 'tries', at: '2026-11-05T09:00:00Z', answers: [] });
    const answer = (n: number, text: string) => ({ v: 1 as const, kind: 'answer' as const, session: 'tries', question: 'q-a', at: `2026-11-05T09:0${n}:00.000Z`, answer: text, roles: ['agent'], seniority: ['mid'], skills: ['negotiation'], type: 'situational', text: 'Question?', ...(n > 1 ? { attempt: n } : {}) });
    const grade = (n: number, score: number) => ({ v: 1 as const, kind: 'grade' as const, session: 'tries', question: 'q-a', at: `2026-11-05T09:0${n}:30.000Z`, grade: { grader: 'offline' as const, score, criteria: [], matched_points: [], missing_points: [], red_flags: [], feedback: '', suggestions: [] } });
    const lines = [base!, answer(1, 'First go.'), grade(1, 1.5), answer(2, 'Second go.'), grade(2, 3.5)].map((r) => parseRecordLine(JSON.stringify(r)));
    expect(lines.every((l) => typeof l === 'object')).toBe(true);
    const [session] = rebuildSessions(lines as Exclude<(typeof lines)[number], string>[]);
    expect(session!.items.map((i) => [i.entry.answer, i.entry.score, i.entry.attempt])).toEqual([
      ['First go.', 1.5, undefined],
      ['Second go.', 3.5, 2],
    ]);
    const report = sessionReport(session!);
    // A try keeps its question's number ("1/1", as the screen said "Question 1/1, try 2"), not a row count (a new user saw "6/6").
    expect(renderText(report)).toContain('1/1  q-a (try 2)');
    expect(renderMarkdown(report)).toContain('## 1. q-a (try 2)');
    expect(JSON.parse(renderJson(report)).results[1].attempt).toBe(2);
  });
});
