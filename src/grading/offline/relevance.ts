// Relevance against the whole bank: an answer is compared (TF-IDF cosine) with every card, so an
// answer in collections vocabulary that fits another question better than its own is caught.
import { readFileSync } from 'node:fs';
import { BANK_INDEX_ID, prebuiltIndexFile } from '../../bank/prebuilt.js';
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
  /** term -> the documents holding it and its weight there: an answer meets only the cards it shares a term with. */
  postings: Map<string, { doc: number; weight: number }[]>;
  /** Per card id, its near duplicates (computed once). */
  duplicates: Map<string, Set<string>>;
  /** Weighted vectors of texts compared often (example answers), by text. */
  vectors: Map<string, { vector: Map<string, number>; norm: number }>;
}

const indexes = new WeakMap<readonly CardText[], BankIndex>();

export function cardTerms(q: CardText): string[] {
  return termsOf([q.text, q.text, q.why_asked, ...q.how_to_answer, q.example_answer, ...(q.key_points ?? []).map((k) => [k.point, ...(k.signals ?? [])].join(' '))].join(' '));
}

/** The index of a bank, built once per list of cards (or read from the build's copy, see bank/prebuilt.ts). */
export function bankIndex(cards: readonly CardText[]): BankIndex {
  let index = indexes.get(cards);
  if (index) return index;
  index = prebuiltIndex(cards) ?? buildIndex(cards);
  indexes.set(cards, index);
  return index;
}

function buildIndex(cards: readonly CardText[]): BankIndex & { df: Map<string, number> } {
  const termLists = cards.map((c) => cardTerms(c));
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = idfOf(df, cards.length);
  const docs = cards.map((c, i) => {
    const vector = weigh(frequencies(termLists[i]!), idf);
    return { id: c.id, vector, norm: norm(vector) };
  });
  return assemble(df, docs);
}

function idfOf(df: ReadonlyMap<string, number>, cards: number): (t: string) => number {
  const n = Math.max(1, cards);
  return (t: string) => Math.log(1 + n / (1 + (df.get(t) ?? 0)));
}

/** The index's derived parts (postings, look-ups) from its document frequencies and weighted documents. */
function assemble(df: Map<string, number>, docs: Doc[]): BankIndex & { df: Map<string, number> } {
  const postings = new Map<string, { doc: number; weight: number }[]>();
  docs.forEach((d, i) => {
    for (const [t, w] of d.vector) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc: i, weight: w });
    }
  });
  return { idf: idfOf(df, docs.length), df, docs, byId: new Map(docs.map((d) => [d.id, d])), postings, duplicates: new Map(), vectors: new Map() };
}

/** What the build saves of an index: the document frequencies and the weighted documents, as written. */
export interface StoredIndex {
  id: string;
  df: [string, number][];
  docs: { id: string; vector: [string, number][]; norm: number }[];
}

/** An index in the form the build saves (the weights and norms are kept as computed: JSON keeps doubles exactly). */
export function storedIndex(cards: readonly CardText[], id: string): StoredIndex {
  const index = buildIndex(cards);
  return { id, df: [...index.df], docs: index.docs.map((d) => ({ id: d.id, vector: [...d.vector], norm: d.norm })) };
}

const isPair = (x: unknown): x is [string, number] => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'number';

/** The build's index for exactly these cards (same build, same ids in the same order), checked; otherwise none. */
function prebuiltIndex(cards: readonly CardText[]): BankIndex | undefined {
  const file = prebuiltIndexFile(cards);
  if (file === undefined || BANK_INDEX_ID === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return indexFromStored(raw, cards, BANK_INDEX_ID);
}

/** A saved index (StoredIndex, as parsed from its file) for these cards, checked: made by build `buildId`, for the same ids in the same order. */
export function indexFromStored(raw: unknown, cards: readonly CardText[], buildId: string): BankIndex | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, df, docs } = raw as { id?: unknown; df?: unknown; docs?: unknown };
  if (id !== buildId || !Array.isArray(df) || !Array.isArray(docs) || docs.length !== cards.length || !df.every(isPair)) return undefined;
  const read: Doc[] = [];
  for (let i = 0; i < docs.length; i++) {
    const d: unknown = docs[i];
    if (typeof d !== 'object' || d === null) return undefined;
    const { id: docId, vector, norm: n } = d as { id?: unknown; vector?: unknown; norm?: unknown };
    if (docId !== cards[i]!.id || typeof n !== 'number' || !Array.isArray(vector) || !vector.every(isPair)) return undefined;
    read.push({ id: docId, vector: new Map(vector), norm: n });
  }
  return assemble(new Map(df), read);
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
  const dots = new Float64Array(index.docs.length);
  for (const [t, x] of v) for (const p of index.postings.get(t) ?? []) dots[p.doc]! += x * p.weight;
  const simOf = (i: number) => (nv === 0 || index.docs[i]!.norm === 0 ? 0 : dots[i]! / (nv * index.docs[i]!.norm));
  const ownIndex = index.docs.findIndex((d) => d.id === ownId);
  const ownSim = ownIndex >= 0 ? simOf(ownIndex) : 0;
  let best: { id: string; sim: number } | undefined;
  let rank = 1;
  for (let i = 0; i < index.docs.length; i++) {
    const d = index.docs[i]!;
    if (d.id === ownId || similarIds.has(d.id)) continue;
    const sim = simOf(i);
    if (sim > ownSim) rank++;
    if (!best || sim > best.sim) best = { id: d.id, sim };
  }
  return { own: ownSim, bestOther: best, rank };
}

/** Cards so alike that an answer to one answers the other (their own cosine above 0.5). */
export function nearDuplicates(index: BankIndex, id: string): Set<string> {
  const known = index.duplicates.get(id);
  if (known) return known;
  const own = index.byId.get(id);
  const out = new Set<string>();
  if (!own) return out;
  // Dot products with every card at once, through the postings of the card's own terms.
  const dots = new Float64Array(index.docs.length);
  for (const [t, x] of own.vector) for (const p of index.postings.get(t) ?? []) dots[p.doc]! += x * p.weight;
  index.docs.forEach((d, i) => {
    if (d.id !== id && own.norm !== 0 && d.norm !== 0 && dots[i]! / (own.norm * d.norm) > 0.5) out.add(d.id);
  });
  index.duplicates.set(id, out);
  return out;
}

/** Cosine of the answer with one text (e.g. the card's example answer), with the bank's weights. */
export function similarity(index: BankIndex, a: readonly string[], b: readonly string[]): number {
  const va = weigh(frequencies(a), index.idf);
  const vb = weigh(frequencies(b), index.idf);
  return cosine(va, norm(va), vb, norm(vb));
}

/** Cosine of the answer's terms with a text the bank compares often (a card's example answer), its vector kept. */
export function similarityToText(index: BankIndex, a: readonly string[], text: string): number {
  let b = index.vectors.get(text);
  if (!b) {
    const vector = weigh(frequencies(termsOf(text)), index.idf);
    b = { vector, norm: norm(vector) };
    if (index.vectors.size < 10_000) index.vectors.set(text, b);
  }
  const va = weigh(frequencies(a), index.idf);
  return cosine(va, norm(va), b.vector, b.norm);
}
