import type { Question } from '../../bank/schema.js';
import { contentStems, FUNCTION_WORDS, type Analysed } from './text.js';

// How close an answer is to the card's own vocabulary (cosine over stem frequencies), and how
// much of it is grammar rather than keywords.

/** What a card says in its own words. */
export type ReferenceCard = Pick<Question, 'example_answer' | 'text' | 'why_asked' | 'how_to_answer'> & Partial<Pick<Question, 'key_points'>>;

export function termFrequencies(list: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of list) tf.set(s, (tf.get(s) ?? 0) + 1);
  return tf;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

const references = new WeakMap<ReferenceCard, Map<string, number>>();

/** The card's own vocabulary (example answer, question, tips, key points), computed once per card. */
export function referenceOf(question: ReferenceCard): Map<string, number> {
  let ref = references.get(question);
  if (!ref) {
    const text = [
      question.example_answer,
      question.text,
      question.why_asked,
      ...question.how_to_answer,
      ...(question.key_points ?? []).map((k) => [k.point, ...(k.signals ?? [])].join(' ')),
    ].join(' ');
    ref = termFrequencies(contentStems(text));
    references.set(question, ref);
  }
  return ref;
}

/** Share of words that are grammar rather than content: real sentences have plenty, keyword lists few. */
export function functionWordRatio(answer: Analysed): number {
  if (answer.tokens.length === 0) return 0;
  return answer.tokens.filter((t) => FUNCTION_WORDS.has(t.word)).length / answer.tokens.length;
}
