// planSelection with --id: the questions named, in order; an unknown id names the command that lists them,
// as the user ran the program (an npx user is told "npx collections-prep list").
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../src/bank/load.js';
import { planSelection, type PlanInput } from '../../../src/selection/plan.js';

const ROOT = join(import.meta.dirname, '../../..');
const { bank } = loadBank({ cwd: ROOT, builtin: { dir: join(ROOT, 'questions') } });

const input = (over: Partial<PlanInput>): PlanInput => ({
  filters: {}, count: 5, countGiven: false, review: false, history: { historyFile: join(ROOT, 'no-such-history.jsonl'), indexFile: join(ROOT, 'no-such-index.json'), readOnly: true }, now: new Date('2026-12-01T10:00:00Z'), ...over,
});

describe('--id', () => {
  it('keeps the order given and asks each question once', async () => {
    const plan = await planSelection(bank, input({ ids: ['agent-mid-refuses-to-pay', 'agent-junior-why-collections', 'agent-mid-refuses-to-pay'] }));
    expect(plan.questions.map((q) => q.id)).toEqual(['agent-mid-refuses-to-pay', 'agent-junior-why-collections']);
    expect(plan.byId).toBe(true);
  });

  it('an unknown id suggests the nearest and the list command as the user ran it', async () => {
    await expect(planSelection(bank, input({ ids: ['agent-mid-refuses-to-py'], program: 'npx collections-prep' }))).rejects.toThrow(
      '--id: no question "agent-mid-refuses-to-py" (did you mean "agent-mid-refuses-to-pay"?); "npx collections-prep list" lists them',
    );
    await expect(planSelection(bank, input({ ids: ['agent-mid-refuses-to-py'] }))).rejects.toThrow('"collections-prep list" lists them');
  });
});
