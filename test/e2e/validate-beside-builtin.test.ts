import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

const box = tempDir({
  'own/skills.yaml': [
    'skills:',
    '  - id: negotiation',
    '    name: Negotiation (ours)',
    '    description: Our own take.',
    '    rubric: {1: weak, 3: fair, 5: strong}',
  ].join('\n'),
});
afterAll(() => box.cleanup());

describe('validate checks files as drill will load them', () => {
  it('a skill id that the built-in bank has is an error beside it, with the way out', async () => {
    const r = await run(['validate', box.path('own')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/skills\.yaml:2:9: error: skills\[0\]\.id: duplicate skill id "negotiation" \(first defined at .*\): the built-in bank has it; choose another id, or use --no-builtin/);
    const list = await run(['list', '--questions', box.path('own')]);
    expect(list.code).toBe(1);
  });

  it('with --no-builtin the files are a bank of their own, as drill --no-builtin loads them', async () => {
    const r = await run(['validate', '--no-builtin', box.path('own')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ valid: 1 file, 0 questions/);
  });
});
