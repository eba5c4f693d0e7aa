// The lean loader of wink's English model (src/language/wink-model.ts) must give what the package's
// own loader gives: the same core model, and the same tokens, lemmas and tags for the grader's pipe.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreModel, leanModel, winkParts, type WinkParts } from '../../../src/language/wink-model.js';

const require = createRequire(import.meta.url);
type Doc = { tokens(): { out(as?: unknown): unknown }; sentences(): { out(): unknown } };
type Nlp = { readDoc(text: string): Doc; its: Record<string, unknown> };
const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Nlp;
const packaged = require('wink-eng-lite-web-model') as { core(): unknown };

const SAMPLE = "If you don't pay by Friday, we'll call your employer. She said she'd rung twice; I didn't threaten anyone. Mr. O'Neil owes £1,200 - it's 3 months overdue! The bailiffs' letters were misleading; thieves, wolves and geese.";

describe("wink's English model, loaded lean", () => {
  it('builds the same core model as the package', () => {
    expect(coreModel(require)).toEqual(packaged.core());
  });

  it("builds the same core model from the build's ASCII copy, and ignores a copy of another file", async () => {
    const path = '../../../scripts/wink-core.mjs';
    const { coreCopy } = (await import(path)) as { coreCopy(): string };
    const dir = mkdtempSync(join(tmpdir(), 'wink-core-'));
    try {
      const copy = join(dir, 'wink-core-model.json');
      const text = coreCopy();
      expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
      writeFileSync(copy, text, 'latin1');
      expect(coreModel(require, copy)).toEqual(packaged.core());
      // Made from a file of another size: not read (its body here would not even parse).
      writeFileSync(copy, `{"bytes":1}\nnot json`, 'latin1');
      expect(coreModel(require, copy)).toEqual(packaged.core());
      expect(coreModel(require, join(dir, 'missing.json'))).toEqual(packaged.core());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the bundle the package's lemmatizer exception tables (scripts/wink-exceptions.mjs)", async () => {
    const path = '../../../scripts/wink-exceptions.mjs';
    const { exceptionsModule } = (await import(path)) as { exceptionsModule(name: string): string };
    for (const name of ['wn-adjective-exceptions', 'wn-noun-exceptions', 'wn-verb-exceptions']) {
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', exceptionsModule(name))(module);
      const table = require(`wink-eng-lite-web-model/dist/${name}.js`) as Record<string, unknown>;
      expect(Object.getPrototypeOf(module.exports)).toBeNull();
      expect(Object.keys(module.exports)).toEqual(Object.keys(table));
      expect(module.exports).toEqual(table);
      expect(Object.keys(table).length).toBeGreaterThan(1000);
    }
  });

  it("reads text the same with the build's dist/wink.cjs as with the packages (when built)", () => {
    const bundle = join(__dirname, '../../../dist/wink.cjs');
    if (!existsSync(bundle)) return;
    const parts = require(bundle) as WinkParts;
    const read = (nlp: Nlp) => {
      const doc = nlp.readDoc(SAMPLE);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.lemma), doc.tokens().out(nlp.its.pos), doc.sentences().out()];
    };
    const built = (parts.winkNLP as typeof winkNLP)(leanModel(require, parts), ['sbd', 'pos']);
    expect(read(built)).toEqual(read(winkNLP(leanModel(require, winkParts(require)), ['sbd', 'pos'])));
  });

  it('reads text the same as the package model, for the grader pipe', () => {
    const lean = winkNLP(leanModel(require), ['sbd', 'pos']);
    const full = winkNLP(packaged, ['sbd', 'pos', 'negation']);
    const text = SAMPLE;
    const read = (nlp: Nlp) => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.lemma), doc.tokens().out(nlp.its.pos), doc.sentences().out()];
    };
    expect(read(lean)).toEqual(read(full));
  });
});
