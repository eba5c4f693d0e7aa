import { describe, expect, test } from 'vitest';
import { checkFilters, explainEmpty, filterQuestions, matches, type Filters } from '../../../src/bank/filter.js';
import { makeBank, type Bank, type BankQuestion, type BankSkill } from '../../../src/bank/model.js';
import { didYouMean, editDistance, nearest } from '../../../src/text/suggest.js';
import { listTable, questionJson } from '../../../src/report/questions.js';
import { UserError } from '../../../src/errors.js';

const skill = (id: string): BankSkill => ({ id, name: id, description: 'd', rubric: { 1: 'w', 3: 'a', 5: 'e' }, source: { file: 's.yaml', line: 1, col: 1, index: 0 } });

let line = 2;
function q(id: string, roles: string[], seniority: BankQuestion['seniority'], type: BankQuestion['type'], skills: string[]): BankQuestion {
  const source = { file: 'q.yaml', line, col: 5, index: (line - 2) / 20 };
  line += 20;
  return {
    id,
    text: `Question ${id}?`,
    roles,
    seniority,
    type,
    skills,
    why_asked: 'w',
    how_to_answer: ['h'],
    what_not_to_say: ['n'],
    example_answer: 'e',
    source,
  };
}

const bank: Bank = makeBank(
  ['negotiation', 'compliance', 'coaching', 'empathy'].map(skill),
  [
    q('agent-junior-a', ['agent'], ['junior'], 'behavioral', ['empathy']),
    q('agent-mid-b', ['agent'], ['mid', 'senior'], 'situational', ['negotiation', 'compliance']),
    q('sup-lead-c', ['supervisor'], ['lead'], 'technical', ['coaching']),
    q('sup-manager-d', ['supervisor'], ['manager', 'director'], 'motivational', ['coaching', 'compliance']),
    q('both-senior-e', ['agent', 'supervisor'], ['senior'], 'situational', ['compliance']),
  ],
);
const ids = (f: Filters) => filterQuestions(bank, f).map((x) => x.id);

function usage(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    return e as UserError;
  }
  throw new Error('expected a usage error');
}

describe('filterQuestions', () => {
  test('no filters: every question, in bank order', () => {
    expect(ids({})).toEqual(['agent-junior-a', 'agent-mid-b', 'sup-lead-c', 'sup-manager-d', 'both-senior-e']);
  });

  test('role', () => {
    expect(ids({ role: 'agent' })).toEqual(['agent-junior-a', 'agent-mid-b', 'both-senior-e']);
    expect(ids({ role: 'supervisor' })).toEqual(['sup-lead-c', 'sup-manager-d', 'both-senior-e']);
  });

  test('several levels, skills or types match any of them', () => {
    expect(ids({ seniority: ['junior', 'lead'] })).toEqual(['agent-junior-a', 'sup-lead-c']);
    expect(ids({ seniority: ['senior'] })).toEqual(['agent-mid-b', 'both-senior-e']);
    expect(ids({ skill: ['coaching', 'empathy'] })).toEqual(['agent-junior-a', 'sup-lead-c', 'sup-manager-d']);
    expect(ids({ type: ['technical', 'motivational'] })).toEqual(['sup-lead-c', 'sup-manager-d']);
  });

  test('different filters combine with AND', () => {
    expect(ids({ role: 'supervisor', skill: ['compliance'] })).toEqual(['sup-manager-d', 'both-senior-e']);
    expect(ids({ role: 'agent', seniority: ['senior'], type: ['situational'], skill: ['compliance'] })).toEqual(['agent-mid-b', 'both-senior-e']);
  });

  test('empty filter lists do not filter', () => {
    expect(ids({ seniority: [], skill: [], type: [] })).toHaveLength(5);
  });

  test('matches() agrees with filterQuestions', () => {
    expect(matches(bank.questions[1]!, { role: 'agent', seniority: ['mid'] })).toBe(true);
    expect(matches(bank.questions[1]!, { role: 'supervisor' })).toBe(false);
  });
});

describe('checkFilters: unknown values are usage errors that list what exists', () => {
  test('role', () => {
    expect(usage(() => checkFilters(bank, { role: 'manager' })).message).toBe('unknown role "manager" for --role; the bank has: agent, supervisor');
    expect(usage(() => checkFilters(bank, { role: 'agnet' })).message).toBe('unknown role "agnet" for --role (did you mean "agent"?); the bank has: agent, supervisor');
  });

  test('seniority', () => {
    expect(usage(() => filterQuestions(bank, { seniority: ['mid', 'juniorr'] })).message).toBe(
      'unknown level "juniorr" for --seniority (did you mean "junior"?); the bank has: junior, mid, senior, lead, manager, director',
    );
  });

  test('skill', () => {
    expect(usage(() => filterQuestions(bank, { skill: ['negotiaton'] })).message).toBe(
      'unknown skill "negotiaton" for --skill (did you mean "negotiation"?); the bank has: coaching, compliance, empathy, negotiation',
    );
  });

  test('type', () => {
    expect(usage(() => filterQuestions(bank, { type: ['behavioural'] })).message).toBe(
      'unknown type "behavioural" for --type (did you mean "behavioral"?); the bank has: behavioral, situational, technical, motivational',
    );
  });

  test('known values pass', () => {
    expect(() => checkFilters(bank, { role: 'agent', seniority: ['director'], skill: ['empathy'], type: ['technical'] })).not.toThrow();
  });
});

describe('explainEmpty', () => {
  test('names the first filter that leaves nothing', () => {
    expect(explainEmpty(bank, { role: 'agent', seniority: ['director'] })).toBe(
      'no question matches --seniority director together with the filters before it (3 matched until then)',
    );
    expect(explainEmpty(bank, { role: 'supervisor', skill: ['empathy'] })).toBe(
      'no question matches --skill empathy together with the filters before it (3 matched until then)',
    );
  });

  test('a filter that matches nothing on its own', () => {
    const only = makeBank([skill('negotiation')], [q('x', ['agent'], ['mid'], 'technical', ['negotiation'])]);
    expect(explainEmpty(only, { type: ['behavioral', 'situational'] })).toBe('no question matches --type behavioral,situational');
  });

  test('an empty bank', () => {
    expect(explainEmpty(makeBank([], []), {})).toBe('the bank has no questions');
  });
});

describe('suggestions', () => {
  test('editDistance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  test('nearest finds typos, ignores case, and accepts a prefix of 3 or more characters', () => {
    expect(nearest('exmaple_answer', ['example_answer', 'why_asked'])).toBe('example_answer');
    expect(nearest('NEGOTIATION', ['negotiation'])).toBe('negotiation');
    expect(nearest('super', ['agent', 'supervisor'])).toBe('supervisor');
    expect(nearest('vuln', ['vulnerable-customers', 'compliance'])).toBe('vulnerable-customers');
  });

  test('nearest gives nothing when no candidate is close', () => {
    expect(nearest('astrology', ['negotiation', 'compliance'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });

  test('didYouMean wraps the hint for messages', () => {
    expect(didYouMean('complience', ['compliance', 'coaching'])).toBe(' (did you mean "compliance"?)');
    expect(didYouMean('zzz', ['compliance'])).toBe('');
  });
});

describe('list output', () => {
  test('the table never exceeds the width, keeps ids whole while it can, and adds the question when there is room', () => {
    const long = makeBank(
      [],
      [
        q('supervisor-director-a-rather-long-question-id-here', ['agent', 'supervisor'], ['junior', 'mid', 'senior', 'lead', 'manager', 'director'], 'motivational', []),
        q('short', ['agent'], ['mid'], 'situational', []),
      ],
    );
    for (const width of [40, 60, 80, 100]) {
      const lines = listTable(long.questions, width).split('\n');
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(width);
      expect(lines[0]).toMatch(/^ID +LEVELS +TYPE/);
    }
    // One group per role; a card of two roles is in both.
    const at80 = listTable(long.questions, 80).split('\n');
    expect(at80[1]).toBe('agent (2 questions)');
    expect(at80[2]).toContain('supervisor-director-a-rather-long-question-id-here');
    expect(at80[2]).toContain('motivational');
    expect(at80[2]).toMatch(/ jr,mid\S*… +motivational$/);
    // No room for a QUESTION column: the question's opening words go under its row.
    expect(at80[3]).toBe('    Question supervisor-director-a-rather-long-question-id-here?');
    expect(at80[6]).toBe('supervisor (1 question)');

    const roomy = listTable(bank.questions.slice(0, 2), 80).split('\n');
    expect(roomy[0]).toMatch(/^ID +LEVELS +TYPE +QUESTION$/);
    expect(roomy[1]).toBe('agent (2 questions)');
    expect(roomy[2]).toMatch(/^agent-junior-a +junior +behavioral +Question agent-junior-a\?$/);
  });

  test('json form: the YAML field names plus file and line', () => {
    const json = questionJson(bank.questions[0]!);
    expect(Object.keys(json)).toEqual(['id', 'text', 'roles', 'seniority', 'type', 'skills', 'why_asked', 'how_to_answer', 'what_not_to_say', 'example_answer', 'file', 'line']);
    expect(json).toMatchObject({ file: 'q.yaml', line: 2 });
  });
});

describe('second edition: ladders, --jurisdiction and --job in the filters', () => {
  const role = (id: string, levels: string[], titles: string[]) => ({
    id,
    name: `${id} track`,
    levels: levels.map((l, i) => ({ id: l as BankQuestion['seniority'][number], title: titles[i]! })),
    source: { file: 'roles.yaml', line: 2, col: 5, index: 0 },
  });
  const withJ = (x: BankQuestion, jurisdiction?: 'us' | 'uk' | 'any'): BankQuestion => (jurisdiction ? { ...x, jurisdiction } : x);
  const declared = makeBank(
    ['compliance'].map(skill),
    [
      withJ(q('agent-us', ['agent'], ['mid'], 'technical', ['compliance']), 'us'),
      withJ(q('agent-uk', ['agent'], ['mid'], 'technical', ['compliance']), 'uk'),
      withJ(q('agent-any', ['agent'], ['senior'], 'situational', ['compliance']), 'any'),
      q('agent-unsaid', ['agent'], ['lead'], 'situational', ['compliance']),
      withJ(q('sup-director', ['supervisor'], ['director'], 'technical', ['compliance']), 'uk'),
      q('mine-director', ['mine'], ['director'], 'technical', ['compliance']),
    ],
    [
      role('agent', ['junior', 'mid', 'senior', 'lead', 'manager'], ['Junior Collections Agent', 'Collections Agent', 'Senior Collections Agent', 'Collections Team Lead', 'Collections Manager']),
      role('supervisor', ['mid', 'lead', 'senior', 'manager', 'director'], ['Collection Specialist', 'Collection Supervisor', 'Senior Collection Supervisor', 'Collections Manager', 'Director of Collections']),
    ],
  );
  const pick = (f: Filters) => filterQuestions(declared, f).map((x) => x.id);

  test('--jurisdiction keeps that jurisdiction and any (a card that does not say counts as any)', () => {
    expect(pick({ jurisdiction: 'us' })).toEqual(['agent-us', 'agent-any', 'agent-unsaid', 'mine-director']);
    expect(pick({ jurisdiction: 'uk' })).toEqual(['agent-uk', 'agent-any', 'agent-unsaid', 'sup-director', 'mine-director']);
    expect(pick({})).toHaveLength(6);
    expect(() => checkFilters(declared, { jurisdiction: 'eu' })).toThrow('unknown jurisdiction "eu" for --jurisdiction (did you mean "us"?); the bank has: us, uk');
    expect(explainEmpty(declared, { role: 'supervisor', jurisdiction: 'us' })).toBe(
      'no question matches --jurisdiction us together with the filters before it (1 matched until then)',
    );
  });

  test('with a declared role, --seniority must be on its ladder (changed with the contract: agent + director is now a usage error)', () => {
    const err = (() => {
      try {
        checkFilters(declared, { role: 'agent', seniority: ['director'] });
      } catch (e) {
        return e as UserError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(UserError);
    expect(err!.exitCode).toBe(2);
    expect(err!.message).toBe('unknown level "director" for --seniority with --role agent; the agent ladder has: junior, mid, senior, lead, manager');
    expect(() => checkFilters(declared, { role: 'supervisor', seniority: ['junior'] })).toThrow(/the supervisor ladder has: mid, lead, senior, manager, director/);
    // A role no file declares keeps the global order: every level is accepted, as before.
    expect(() => checkFilters(declared, { role: 'mine', seniority: ['director', 'junior'] })).not.toThrow();
    expect(pick({ role: 'mine', seniority: ['director'] })).toEqual(['mine-director']);
  });

  test('--job sets role and level; -r settles a shared title; -s beside it is a usage error', async () => {
    const { jobFilters } = await import('../../../src/bank/filter.js');
    expect(jobFilters(declared, {})).toEqual({});
    expect(jobFilters(declared, { job: 'senior collections agent' })).toEqual({ role: 'agent', seniority: ['senior'] });
    expect(jobFilters(declared, { job: 'Collections Manager', role: 'supervisor' })).toEqual({ role: 'supervisor', seniority: ['manager'] });
    expect(() => jobFilters(declared, { job: 'Collections Manager' })).toThrow(/fits more than one role or level: .*add -r <role> to choose/);
    expect(() => jobFilters(declared, { job: 'Collections Agent', seniority: ['mid'] })).toThrow('--job sets the level (and the role): leave out --seniority mid');
  });

  test('list: each role\'s cards go up its own ladder, and its line carries the track name', () => {
    const sup = makeBank(
      [],
      [
        q('s-senior', ['supervisor'], ['senior'], 'technical', []),
        q('s-lead', ['supervisor'], ['lead'], 'technical', []),
        q('s-mid', ['supervisor'], ['mid'], 'technical', []),
      ],
      [role('supervisor', ['mid', 'lead', 'senior', 'manager', 'director'], ['A', 'B', 'C', 'D', 'E'])],
    );
    const lines = listTable(sup.questions, 80, sup.ladders).split('\n');
    expect(lines[1]).toBe('supervisor · supervisor track (3 questions)');
    expect(lines.slice(2).map((l) => l.split(' ')[0])).toEqual(['s-mid', 's-lead', 's-senior']);
    // Without the ladder: the global order (senior before lead).
    expect(listTable(sup.questions, 80).split('\n').slice(2).map((l) => l.split(' ')[0])).toEqual(['s-mid', 's-senior', 's-lead']);
  });
});
