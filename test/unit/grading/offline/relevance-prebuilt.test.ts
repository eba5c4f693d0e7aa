// The built-in bank's relevance index is saved at build time (scripts/compile-bank.ts) and read
// back by the bundle (bank/prebuilt.ts): read back, it must be the index worked out at run time,
// weight for weight, and any other build's file, card list or damaged file must be refused.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../../../src/bank/load.js';
import { bankIndex, indexFromStored, relevanceOf, similarityToText, storedIndex } from '../../../../src/grading/offline/relevance.js';
import { termsOf } from '../../../../src/grading/offline/terms.js';
import { ROOT } from '../../../helpers/cli.js';

const { bank } = loadBank({ cwd: ROOT, builtin: { dir: join(ROOT, 'questions') } });
const cards = bank.questions;

describe('the prebuilt relevance index', () => {
  it('read back from its JSON is the index worked out at run time, and grades relevance the same', () => {
    const live = bankIndex([...cards]);
    const read = indexFromStored(JSON.parse(JSON.stringify(storedIndex(cards, 'build-1'))), cards, 'build-1');
    expect(read).toBeDefined();
    expect(read!.docs).toEqual(live.docs);
    expect([...read!.postings]).toEqual([...live.postings]);
    expect([...read!.byId.keys()]).toEqual([...live.byId.keys()]);
    for (const t of ['plan', 'afford', 'fdcpa', 'nothing-like-this']) expect(read!.idf(t)).toBe(live.idf(t));
    for (const q of cards.slice(0, 20)) {
      const terms = termsOf(q.example_answer);
      expect(relevanceOf(read!, q.id, terms)).toEqual(relevanceOf(live, q.id, terms));
      expect(similarityToText(read!, terms, cards[0]!.example_answer)).toBe(similarityToText(live, terms, cards[0]!.example_answer));
    }
  });

  it('is refused when made by another build, for other cards, or damaged', () => {
    const stored = JSON.parse(JSON.stringify(storedIndex(cards, 'build-1'))) as ReturnType<typeof storedIndex>;
    expect(indexFromStored(stored, cards, 'build-2')).toBeUndefined();
    expect(indexFromStored(stored, cards.slice(1), 'build-1')).toBeUndefined();
    expect(indexFromStored(stored, [...cards.slice(1), cards[0]!], 'build-1')).toBeUndefined();
    expect(indexFromStored({ ...stored, docs: stored.docs.map((d, i) => (i === 3 ? { ...d, norm: null } : d)) }, cards, 'build-1')).toBeUndefined();
    expect(indexFromStored({ ...stored, df: [['plan', '3']] }, cards, 'build-1')).toBeUndefined();
    expect(indexFromStored(null, cards, 'build-1')).toBeUndefined();
    expect(indexFromStored('x', cards, 'build-1')).toBeUndefined();
  });
});
