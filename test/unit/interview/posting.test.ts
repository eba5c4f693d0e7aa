// Reading a job advertisement against the bank (test/fixtures/postings/: invented employers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterQuestions } from '../../../src/bank/filter.js';
import { loadBank } from '../../../src/bank/load.js';
import type { BankQuestion } from '../../../src/bank/model.js';
import { interviewOrder } from '../../../src/interview/order.js';
import { analysePosting, describePosting, postingPreference, type PostingMatch } from '../../../src/interview/posting.js';
import { BUILTIN_DIR } from '../../../src/package.js';
import { seededRandom, selectQuestions } from '../../../src/selection/select.js';

const bank = loadBank({ cwd: BUILTIN_DIR, builtin: { dir: BUILTIN_DIR } }).bank;
const posting = (name: string) => readFileSync(new URL(`../../fixtures/postings/${name}`, import.meta.url), 'utf8');
const skillsOf = (m: PostingMatch) => m.skills.map((s) => s.skill);

describe('a job posting, read offline against the bank', () => {
  it('US agent: the ladder title, US from its laws and places, negotiation and compliance', () => {
    const m = analysePosting(posting('us-agent.txt'), bank);
    expect(m.job).toMatchObject({ role: 'agent', level: 'mid', title: 'Collections Agent', why: 'the title "Collections Agent" in the text' });
    expect(m.jurisdiction?.id).toBe('us');
    expect(m.jurisdiction?.words).toEqual(expect.arrayContaining(['FDCPA', 'Regulation F']));
    expect(skillsOf(m)).toEqual(expect.arrayContaining(['compliance', 'negotiation', 'dispute-handling']));
    expect(m.skills.find((s) => s.skill === 'negotiation')!.words).toContain('negotiate');
  });

  it('UK agent with no ladder title: the track and level from its words, UK, vulnerable customers first', () => {
    const m = analysePosting(posting('uk-agent.txt'), bank);
    expect(m.job).toMatchObject({ role: 'agent', level: 'junior' });
    expect(m.job!.why).toMatch(/no ladder title in the text; the track from "Adviser".*the level from "No previous experience needed"/);
    expect(m.jurisdiction?.id).toBe('uk');
    expect(m.skills[0]!.skill).toBe('vulnerable-customers');
    expect(skillsOf(m)).toEqual(expect.arrayContaining(['compliance', 'empathy']));
  });

  it('US supervisor: its own title, not the manager it reports to; coaching and leadership', () => {
    const m = analysePosting(posting('us-supervisor.txt'), bank);
    expect(m.job).toMatchObject({ role: 'supervisor', level: 'lead', title: 'Collection Supervisor' });
    expect(m.jurisdiction?.id).toBe('us');
    expect(m.skills[0]!.skill).toBe('coaching');
    expect(skillsOf(m)).toEqual(expect.arrayContaining(['leadership', 'compliance']));
  });

  it('UK manager: a title on both tracks is settled by the words of the job (line managing a department)', () => {
    const m = analysePosting(posting('uk-supervisor.txt'), bank);
    expect(m.job).toMatchObject({ role: 'supervisor', level: 'manager', title: 'Collections Manager' });
    expect(m.jurisdiction?.id).toBe('uk');
    expect(m.skills[0]!.skill).toBe('workforce-planning');
    expect(skillsOf(m)).toEqual(expect.arrayContaining(['vendor-management', 'vulnerable-customers']));
  });

  it('US senior commercial agent: the longest title at the top; relationships, cash flow, prioritisation', () => {
    const m = analysePosting(posting('us-senior-commercial.txt'), bank);
    expect(m.job).toMatchObject({ role: 'agent', level: 'senior', title: 'Senior Collections Agent' });
    expect(m.jurisdiction?.id).toBe('us');
    expect(skillsOf(m).slice(0, 3).sort()).toEqual(['cash-flow-management', 'portfolio-prioritisation', 'relationship-management']);
    expect(m.skills.find((s) => s.skill === 'cash-flow-management')!.words).toEqual(expect.arrayContaining(['cei']));
  });

  it('a posting that is not a collections job matches nothing, and says so', () => {
    const m = analysePosting(posting('nothing.txt'), bank);
    expect(m).toEqual({ collections: false, skills: [] });
    expect(describePosting(m, 'nothing.txt')).toEqual([expect.stringMatching(/^nothing\.txt: this posting does not read as a collections job .*nothing matched\.$/)]);
  });

  it('says what it matched and why, one line each', () => {
    const lines = describePosting(analysePosting(posting('us-supervisor.txt'), bank), 'ad.txt');
    expect(lines[0]).toBe('ad.txt: the job: Collection Supervisor (supervisor lead), from the title "Collection Supervisor" in the text.');
    expect(lines[1]).toMatch(/^ad\.txt: jurisdiction us, from "Arizona", "FDCPA"/);
    expect(lines[2]).toMatch(/^ad\.txt: it stresses Coaching \("coach".*: questions on these come first\.$/);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  it('a collections posting with no title and no word for the job has no job (the caller falls back to --job)', () => {
    const m = analysePosting('We are growing our debt recovery function and need someone great. Negotiation skills are a must.', bank);
    expect(m.collections).toBe(true);
    expect(m.job).toBeUndefined();
    expect(describePosting(m, 'p')[0]).toBe('p: no job title or level found in the posting.');
  });
});

describe('the selection leans towards what the posting stresses', () => {
  const stressed = (m: PostingMatch) => new Set(m.skills.map((s) => s.skill));
  const onStressed = (qs: readonly BankQuestion[], set: Set<string>) => qs.filter((q) => q.skills.some((s) => set.has(s))).length;

  it('interview: more questions on the most stressed skills than without the posting', () => {
    const m = analysePosting(posting('uk-supervisor.txt'), bank);
    const set = new Set(m.skills.slice(0, 2).map((s) => s.skill));
    let with_ = 0;
    let without = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const base = { role: 'supervisor', level: 'manager', count: 6, jurisdiction: 'uk' };
      with_ += onStressed(interviewOrder(bank, { ...base, random: seededRandom(seed), preference: postingPreference(m) }).questions, set);
      without += onStressed(interviewOrder(bank, { ...base, random: seededRandom(seed) }).questions, set);
    }
    expect(with_).toBeGreaterThan(without);
  });

  it('drill: the first picks are on the stressed skills, and other skills still appear', () => {
    const m = analysePosting(posting('us-agent.txt'), bank);
    const set = stressed(m);
    const pool = filterQuestions(bank, { role: 'agent', seniority: ['mid'], jurisdiction: 'us' });
    let with_ = 0;
    let without = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const picked = selectQuestions(pool, { count: 5, random: seededRandom(seed), preference: postingPreference(m) }).questions;
      expect(set.size).toBeGreaterThan(0);
      expect(picked[0]!.skills.some((s) => set.has(s))).toBe(true);
      with_ += onStressed(picked, set);
      without += onStressed(selectQuestions(pool, { count: 5, random: seededRandom(seed) }).questions, set);
    }
    expect(with_).toBeGreaterThan(without);
  });
});
