// The interview date, readiness per skill and the practice plan, with a pinned clock.
process.env.TZ = 'UTC';

import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import { filterQuestions } from '../../../src/bank/filter.js';
import { EXIT, UserError } from '../../../src/errors.js';
import type { SkillProgress } from '../../../src/history/stats.js';
import { daysLeft, interviewDate, parseDay } from '../../../src/interview/date.js';
import { MOCK_EVERY, practicePlan } from '../../../src/interview/practice-plan.js';
import { jobReadiness, levelSkills, skillReadiness } from '../../../src/interview/readiness.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { buildSchedule, capSchedule } from '../../../src/selection/review.js';
import { historyOf } from '../../helpers/history.js';

const bank = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } }).bank;
const now = new Date('2026-12-01T10:00:00Z');

function thrown(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    return e as UserError;
  }
  throw new Error('did not throw');
}

describe('the interview date', () => {
  it('reads YYYY-MM-DD days that exist, nothing else', () => {
    expect(parseDay('2026-12-15')?.toISOString()).toBe('2026-12-15T00:00:00.000Z');
    for (const bad of ['2026-02-30', '15/12/2026', '2026-12-1', 'tomorrow', '2026-12-15T10:00']) expect(parseDay(bad), bad).toBeUndefined();
  });

  it('a malformed date or one in the past is a usage error that says what to give; today is allowed', () => {
    const malformed = thrown(() => interviewDate('15/12/2026', now));
    expect(malformed.exitCode).toBe(EXIT.usage);
    expect(malformed.message).toMatch(/not a date: give the day of the interview as YYYY-MM-DD/);
    const past = thrown(() => interviewDate('2026-11-30', now));
    expect(past.exitCode).toBe(EXIT.usage);
    expect(past.message).toBe('--date 2026-11-30 is in the past (today is 2026-12-01): give the day of the interview, today or later');
    expect(daysLeft(interviewDate('2026-12-01', now), now)).toBe(0);
    expect(daysLeft(interviewDate('2026-12-15', now), now)).toBe(14);
  });
});

const progress = (skill: string, averages: number[]): SkillProgress => ({
  skill,
  average: averages.reduce((a, b) => a + b, 0) / averages.length,
  answers: averages.length,
  series: averages.map((average, i) => ({ session: `s${i}`, started_at: `2026-11-0${i + 1}T09:00:00Z`, average })),
});

describe('readiness per skill', () => {
  it('the recent average (latest three sessions) against the bar: ready, close, not yet, not practised', () => {
    const skills = [{ skill: 'a', questions: 3 }, { skill: 'b', questions: 2 }, { skill: 'c', questions: 1 }, { skill: 'd', questions: 1 }];
    const r = skillReadiness(skills, [progress('a', [1, 4, 4, 4]), progress('b', [3, 3, 2.9]), progress('c', [2, 2.5, 2.4])], 3.5);
    expect(r.map((x) => [x.skill, x.recent, x.status])).toEqual([
      ['a', 4, 'ready'],
      ['b', 3, 'close'],
      ['c', 2.3, 'not-yet'],
      ['d', null, 'not-practised'],
    ]);
  });

  it("a job's skills come from its level's cards, the most tested first, and its bar from the ladder", () => {
    const pool = filterQuestions(bank, { role: 'supervisor', seniority: ['lead'] });
    const skills = levelSkills(pool);
    expect(skills[0]!.questions).toBeGreaterThanOrEqual(skills.at(-1)!.questions);
    const r = jobReadiness({ date: '2026-12-15', daysLeft: 14, job: { title: 'Collection Supervisor', role: 'supervisor', level: 'lead' }, rung: 1, pool, progress: [] });
    expect(r.bar).toBe(3.25);
    expect(r.ready).toBe(0);
    expect(r.skills.map((s) => s.skill).sort()).toEqual([...new Set(pool.flatMap((q) => q.skills))].sort());
  });
});

describe('the practice plan', () => {
  const pool = filterQuestions(bank, { role: 'supervisor', seniority: ['lead'] });
  const commands = { drill: (skills: readonly string[], n: number) => `drill --skill ${skills.join(',')} -n ${n}`, mock: () => 'interview' };
  const readinessWith = (weak: string) =>
    skillReadiness(levelSkills(pool), levelSkills(pool).map((s) => progress(s.skill, [s.skill === weak ? 1.5 : 4.5])), 3.25);

  it('one entry a day to the interview: drills, a mock interview on the eve and a week before, then the day itself', () => {
    const date = new Date('2026-12-15T00:00:00Z');
    const plan = practicePlan({ pool, readiness: readinessWith('coaching'), bar: 3.25, schedule: buildSchedule([]), now, date, commands });
    expect(plan.days_left).toBe(14);
    expect(plan.days.map((d) => d.date)).toEqual(Array.from({ length: 15 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`));
    expect(plan.days[0]!.weekday).toBe('Tue');
    expect(plan.days.filter((d) => d.kind === 'mock').map((d) => d.date)).toEqual(['2026-12-07', '2026-12-14']);
    expect(MOCK_EVERY).toBe(7);
    expect(plan.days.at(-1)!.kind).toBe('interview');
    expect(plan.more_days).toBe(0);
    for (const d of plan.days.filter((x) => x.kind === 'drill')) {
      expect(d.questions.length).toBeGreaterThan(0);
      for (const id of d.questions) expect(pool.find((q) => q.id === id)!.skills.some((s) => d.skills.includes(s)), `${d.date} ${id}`).toBe(true);
      expect(d.command).toBe(`drill --skill ${d.skills.join(',')} -n 3`);
    }
  });

  it('the weakest skill comes first and comes round most often', () => {
    const plan = practicePlan({ pool, readiness: readinessWith('compliance'), bar: 3.25, schedule: buildSchedule([]), now, date: new Date('2026-12-29T00:00:00Z'), commands, maxDays: 28 });
    const drills = plan.days.filter((d) => d.kind === 'drill');
    expect(drills[0]!.skills[0]).toBe('compliance');
    const count = (s: string) => drills.filter((d) => d.skills.includes(s)).length;
    for (const other of levelSkills(pool).map((s) => s.skill).filter((s) => s !== 'compliance')) expect(count('compliance'), other).toBeGreaterThan(count(other));
  });

  it('a question due for review (the capped schedule) is on the day it falls due', () => {
    const id = pool.find((q) => q.type !== 'motivational' && q.skills.includes('coaching'))!.id;
    const history = historyOf({ id: 'h', at: '2026-11-30T09:00:00Z', answers: [{ question: id, score: 2.5, skills: ['coaching'] }] });
    const date = new Date('2026-12-15T00:00:00Z');
    const schedule = capSchedule(buildSchedule(history), date, now);
    const plan = practicePlan({ pool, readiness: readinessWith('coaching'), bar: 3.25, schedule, now, date, commands });
    expect(plan.days[0]!.skills[0]).toBe('coaching');
    // Answered yesterday at Hard: due again in two days, not today; new questions come first today.
    expect(plan.days[0]!.questions).not.toContain(id);
    expect(plan.days.filter((d) => d.skills.includes('coaching')).some((d) => d.questions.includes(id))).toBe(true);
  });

  it('a long run to the date shows two weeks and says how many days follow; the day itself is a warm-up', () => {
    const plan = practicePlan({ pool, readiness: readinessWith('coaching'), bar: 3.25, schedule: buildSchedule([]), now, date: new Date('2027-01-30T00:00:00Z'), commands });
    expect(plan.days).toHaveLength(14);
    expect(plan.more_days).toBe(60 - 14);
    const today = practicePlan({ pool, readiness: readinessWith('coaching'), bar: 3.25, schedule: buildSchedule([]), now, date: new Date('2026-12-01T00:00:00Z'), commands });
    expect(today.days.map((d) => [d.kind, d.command])).toEqual([['interview', 'drill --skill  -n 2']]);
  });
});
