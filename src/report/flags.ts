// Red flags and wrong facts as every report shows them: each distinct flag once, with the rule it
// breaks and the answer's words that raised it, instead of the flag, then its rule, then its words
// again on separate lines.
import { conductRule } from '../conduct/rules.js';
import type { Grade } from '../grading/result.js';

type Flagged = Pick<Grade, 'red_flags' | 'conduct' | 'fact_errors'>;

export interface FlagItem {
  /** The flag in plain words, as `red_flags` lists it. */
  flag: string;
  /** The rule it breaks, where a conduct rule raised it. */
  citation?: string;
  /** The answer's words that raised it, each once. */
  words: string[];
}

const same = (a: string, b: string) => a.replace(/\.$/, '').trim().toLowerCase() === b.replace(/\.$/, '').trim().toLowerCase();

/** A conduct rule's id in plain words, where the rule is not known ("third-party-disclosure" -> "Third party disclosure"). */
export function ruleWords(rule: string): string {
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Each distinct red flag once: a conduct flag joined with its rule's citation and words. */
export function flagItems(g: Flagged): FlagItem[] {
  const items: FlagItem[] = [];
  for (const f of g.red_flags) if (!items.some((i) => same(i.flag, f))) items.push({ flag: f, words: [] });
  for (const k of g.conduct ?? []) {
    const plain = conductRule(k.rule)?.words ?? ruleWords(k.rule);
    let item = items.find((i) => same(i.flag, plain) && (i.citation === undefined || i.citation === k.citation));
    if (!item) items.push((item = { flag: plain, words: [] }));
    item.citation ??= k.citation;
    const w = k.words.trim();
    if (w && !item.words.includes(w)) item.words.push(w);
  }
  return items;
}

const quoted = (words: readonly string[], open = '"', close = '"') => words.map((w) => `${open}${w}${close}`).join('; ');

/** "red flag: Threatens arrest (FDCPA §1692e(4)): "you will be arrested"". */
export function flagText(i: FlagItem, open = '"', close = '"'): string {
  return `red flag: ${i.flag}${i.citation ? ` (${i.citation})` : ''}${i.words.length ? `: ${quoted(i.words, open, close)}` : ''}`;
}

/** "wrong: the claim -> the correct fact: "the answer's words"". */
export function factText(f: NonNullable<Grade['fact_errors']>[number], arrow = '->', open = '"', close = '"'): string {
  return `wrong: ${f.claim} ${arrow} ${f.correct}${f.words?.trim() ? `: ${open}${f.words.trim()}${close}` : ''}`;
}
