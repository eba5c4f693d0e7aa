// Relevance against the whole bank: an answer is compared (TF-IDF cosine) with every card, so an
// answer in collections vocabulary that fits another question better than its own is caught.
import { frequencies, termsOf } from './terms.js';

export interface CardText {
  id: string;
  text: string;
  why_asked: string;
  how_to_answer: readonly string[];
  example_answer: string;
  key_points?: readonly { point: string; signals?: readonly string[] | undefined }[] | undefined;
}

interface Doc {
  id: string;
  vector: Map<string, number>;
  norm: number;
}

export interface BankIndex {
  idf: (term: string) => number;
  docs: Doc[];
  byId: Map<string, Doc>;
}

const indexes = new WeakMap<readonly CardText[], BankIndex>();

export function cardTerms(q: CardText): string[] {
  return termsOf([q.text, q.text, q.why_asked, ...q.how_to_answer, q.example_answer, ...(q.key_points ?? []).map((k) => [k.point, ...(k.signals ?? [])].join(' '))].join(' '));
}

/** The index of a bank, built once per list of cards. */
export function bankIndex(cards: readonly CardText[]): BankIndex {
  let index = indexes.get(cards);
  if (index) return index;
  const termLists = cards.map((c) => cardTerms(c));
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, cards.length);
  const idf = (t: string) => Math.log(1 + n / (1 + (df.get(t) ?? 0)));
  const docs = cards.map((c, i) => {
    const vector = weigh(frequencies(termLists[i]!), idf);
    return { id: c.id, vector, norm: norm(vector) };
  });
  index = { idf, docs, byId: new Map(docs.map((d) => [d.id, d])) };
  indexes.set(cards, index);
  return index;
}

function weigh(tf: Map<string, number>, idf: (t: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  for (const [t, f] of tf) if (t !== '#') v.set(t, (1 + Math.log(f)) * idf(t));
  return v;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Map<string, number>, na: number, b: Map<string, number>, nb: number): number {
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y) dot += x * y;
  }
  return dot / (na * nb);
}

export interface Relevance {
  /** Cosine with the answer's own card. */
  own: number;
  /** The best other card and its cosine. */
  bestOther: { id: string; sim: number } | undefined;
  /** 1 = the own card is the closest. */
  rank: number;
}

export function relevanceOf(index: BankIndex, ownId: string, answerTerms: readonly string[], similarIds: ReadonlySet<string> = new Set()): Relevance {
  const v = weigh(frequencies(answerTerms), index.idf);
  const nv = norm(v);
  const own = index.byId.get(ownId);
  const ownSim = own ? cosine(v, nv, own.vector, own.norm) : 0;
  let best: { id: string; sim: number } | undefined;
  let rank = 1;
  for (const d of index.docs) {
    if (d.id === ownId || similarIds.has(d.id)) continue;
    const sim = cosine(v, nv, d.vector, d.norm);
    if (sim > ownSim) rank++;
    if (!best || sim > best.sim) best = { id: d.id, sim };
  }
  return { own: ownSim, bestOther: best, rank };
}

/** Cards so alike that an answer to one answers the other (their own cosine above 0.5). */
export function nearDuplicates(index: BankIndex, id: string): Set<string> {
  const own = index.byId.get(id);
  const out = new Set<string>();
  if (!own) return out;
  for (const d of index.docs) if (d.id !== id && cosine(own.vector, own.norm, d.vector, d.norm) > 0.5) out.add(d.id);
  return out;
}

/** Cosine of the answer with one text (e.g. the card's example answer), with the bank's weights. */
export function similarity(index: BankIndex, a: readonly string[], b: readonly string[]): number {
  const va = weigh(frequencies(a), index.idf);
  const vb = weigh(frequencies(b), index.idf);
  return cosine(va, norm(va), vb, norm(vb));
}
