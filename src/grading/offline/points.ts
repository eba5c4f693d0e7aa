import { alternatives } from './lexicon.js';
import { contentStems, findPhrase, stems, type Analysed } from './text.js';

// The card's own points and flags: a key point shown, or a red flag raised, through its signal
// words or the point's own words.

export interface PointMatch {
  text: string;
  credit: number;
  evidence?: string;
}

function signalStems(signal: string): string[] {
  return stems(signal);
}

/** Did the answer show this point: through its signals, or through the point's own words? */
export function matchPoint(answer: Analysed, answerStems: Set<string>, point: string, signals: readonly string[] | undefined): PointMatch {
  for (const signal of signals ?? []) {
    const hit = findPhrase(answer, signalStems(signal), alternatives).find((m) => !m.negated);
    if (hit) return { text: point, credit: 1, evidence: signal };
  }
  const terms = [...new Set(contentStems(point))];
  if (terms.length === 0) return { text: point, credit: 0 };
  const found = terms.filter((t) => answerStems.has(t) || alternatives(t).some((a) => answerStems.has(a)));
  const ratio = found.length / terms.length;
  const needed = signals?.length ? 0.6 : 0.5;
  if (ratio >= needed && found.length >= Math.min(2, terms.length)) return { text: point, credit: 1, evidence: found.join(', ') };
  if (ratio >= 0.34 && found.length >= 1) return { text: point, credit: signals?.length ? 0.25 : 0.5 };
  return { text: point, credit: 0 };
}

export function matchFlag(answer: Analysed, flag: string, signals: readonly string[] | undefined): string | undefined {
  // Red flags match tightly (no words in between): a false alarm costs a good answer dearly.
  const hits = (signals ?? []).flatMap((signal) =>
    findPhrase(answer, signalStems(signal), undefined, 0).map((m) => ({ signal, negated: m.negated, sentence: answer.phraseTokens[m.index]!.sentence })),
  );
  // Having rejected the behaviour, a candidate often goes on to say why it is wrong ("...rank and
  // shame just makes people hide accounts"): mentions right after a rejection are that argument.
  const rejected = hits.filter((h) => h.negated).map((h) => h.sentence);
  const hit = hits.find((h) => !h.negated && !rejected.some((r) => h.sentence - r >= 0 && h.sentence - r <= 1));
  if (hit) return hit.signal;
  if (signals?.length) return undefined;
  // No signals: the flag's own words must mostly appear, un-negated, within one sentence.
  const terms = [...new Set(contentStems(flag))];
  if (terms.length < 2) return undefined;
  const bySentence = new Map<number, Set<string>>();
  const hedged = new Set(answer.tokens.filter((t) => t.negated).map((t) => t.sentence));
  for (const t of answer.tokens) {
    // Without signals the match is loose, so any negation in the sentence rules it out.
    if (hedged.has(t.sentence)) continue;
    let set = bySentence.get(t.sentence);
    if (!set) bySentence.set(t.sentence, (set = new Set()));
    set.add(t.stem);
  }
  for (const set of bySentence.values()) {
    const found = terms.filter((t) => set.has(t));
    if (found.length / terms.length >= 0.6 && found.length >= 2) return found.join(' ');
  }
  return undefined;
}
