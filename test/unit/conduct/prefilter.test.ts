// The conduct prefilter may only skip a detector that cannot match: every sentence of the corpora
// that a detector's pattern matches must be let through, and the analysis of patterns it does not
// understand must give no pieces (the pattern always runs).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { detectorSources } from '../../../src/conduct/detect.js';
import { buildPrefilter, piecesOf, requiredPieces } from '../../../src/conduct/prefilter.js';
import { readText } from '../../../src/language/read.js';

const corpus = (file: string) => new URL(`../../corpus/${file}`, import.meta.url);

/** Texts of the conduct sets and the labelled answers: what the detectors are tuned on. */
function texts(): string[] {
  const out: string[] = [];
  for (const f of ['conduct-sentences.yaml', 'conduct-train2.yaml', 'conduct-train3.yaml', 'conduct-train4.yaml', 'harm-answers.yaml', 'answers.yaml']) {
    const data = parse(readFileSync(corpus(f), 'utf8')) as unknown;
    const list = Array.isArray(data) ? data : ((data as { sentences?: unknown[]; answers?: unknown[] }).sentences ?? (data as { answers?: unknown[] }).answers ?? []);
    for (const x of list as { text?: string; sentence?: string; answer?: string }[]) {
      const t = x.text ?? x.sentence ?? x.answer;
      if (typeof t === 'string') out.push(t);
    }
  }
  return out;
}

describe('requiredPieces', () => {
  it('names the literal pieces every match holds', () => {
    expect(requiredPieces(' (?:tell|say) (?:\\S+ ){0,3}debt')?.sort()).toEqual([' say ', ' tell ']);
    expect(requiredPieces('(?:arrest|jail)\\S* (?:him|her)')?.sort()).toEqual(['arrest', 'jail'].sort());
    expect(requiredPieces('garnish\\S*|seize (?:the )?car')?.sort()).toEqual(['garnish', 'seize car', 'seize the car']);
  });

  it('names none where a match may hold no piece, or where it does not understand the pattern', () => {
    expect(requiredPieces('(?:tell )?hi')).toBeNull(); // 'hi' is too short to be worth a look
    expect(requiredPieces('(debt) \\1')).toBeNull();
    expect(requiredPieces('\\S+ (?:a|b)')).toBeNull();
    expect(requiredPieces('\\x41rrest|jail')).toBeNull();
  });
});

describe('the detectors prefilter', () => {
  const sources = detectorSources();
  const patterns = sources.map((s) => new RegExp(s, 'g'));

  it('lets through every sentence of the corpora that a detector matches, and skips most of the rest', () => {
    const filter = buildPrefilter(sources);
    let pairs = 0;
    let skipped = 0;
    let matched = 0;
    for (const t of texts()) {
      for (const s of readText(t).sentences) {
        // The lemma text the detectors read (detect/lemmas.ts lemmasOf): quotation marks left out.
        const l = ` ${s.tokens.filter((x) => !/^['‘’"“”`]+$/.test(x.w)).map((x) => x.l).join(' ')} `;
        const may = filter.candidates(l);
        patterns.forEach((re, i) => {
          pairs++;
          re.lastIndex = 0;
          const hit = re.test(l);
          if (hit) matched++;
          if (!may[i]) skipped++;
          if (hit && !may[i]) expect.fail(`detector ${i} matches "${l}" but the prefilter skipped it`);
        });
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect(skipped / pairs).toBeGreaterThan(0.5);
  });

  it('says a detector may match exactly where one of its pieces is in the text', () => {
    const filter = buildPrefilter(sources);
    const pieces = piecesOf(sources);
    let checked = 0;
    for (const t of texts()) {
      for (const s of readText(t).sentences) {
        const l = ` ${s.tokens.map((x) => x.l).join(' ')} `;
        const may = filter.candidates(l);
        pieces.forEach((list, i) => {
          checked++;
          const present = list === null || list.some((p) => l.includes(p));
          if (may[i] !== present) expect.fail(`detector ${i} on "${l}": prefilter ${may[i]}, pieces present ${present}`);
        });
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('finds a piece of any length at the start, the middle and the end of a text', () => {
    const words = ['jai', 'gaol', 'sue m', 'arrest', 'seize c', 'bailiffs', 'the police', 'a warrant for arrest'];
    const filter = buildPrefilter(words.map((w) => `${w}\\S*`));
    words.forEach((w, i) => {
      for (const text of [w, `${w} and more`, `so ${w}`, `one ${w} two`, `x${w}y`]) {
        const may = filter.candidates(text);
        expect(may[i], `${w} in "${text}"`).toBe(true);
        expect(may.filter(Boolean).length, `only pieces in "${text}"`).toBe(words.filter((o) => text.includes(o)).length);
      }
    });
    expect(buildPrefilter(words.map((w) => `${w}\\S*`)).candidates('nothing here').some(Boolean)).toBe(false);
  });

  it('uses pieces worked out ahead only for the same patterns', () => {
    const known = { sources, pieces: sources.map(() => ['zzz']) };
    expect(piecesOf(sources, known)).toEqual(known.pieces);
    const changed = { sources: [...sources.slice(0, -1), 'other'], pieces: known.pieces };
    expect(piecesOf(sources, changed)).toEqual(sources.map(requiredPieces));
  });
});
