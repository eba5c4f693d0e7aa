// A worked figure that is not the card's: "3.6 divided by 6 times 90, so 40 days" on a card whose key point
// is "Reaches 54 days" (a new user saw it pass with "✓ Reaches 54 days"). On a technical card that gives the figures, its key points say what
// the sum comes to: a point about the result ("Reaches ...", "Calculates the result correctly") and its
// signals' figures with a unit ("54 days", "70 percent"). An answer that states a result of that unit, after
// "so", "=", "is" or "comes to", and never the card's, has a fact error.
import type { FactError } from './facts.js';
import { spelledUnitsInDigits } from '../../language/numbers.js';

interface ResultCard {
  type?: string | undefined;
  text: string;
  key_points?: readonly { point: string; signals?: readonly string[] | undefined }[] | undefined;
}

/** A number after an operator ("times 90", "times 100") is a step of the sum, not its result. */
export const STEP_OF_SUM = /\b(?:times|multiplied by|divided by|over|x)\s+\d/i;

const RESULT_POINT = /\b(correct|correctly|calculat\w*|result|reach\w*|works? out|comes? to)\b/i;
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent|days?)\b/gi;
// The figure as the answer's result: right after "so", "=", "is", "comes to", "gives", "works out at", "that's".
const AS_RESULT = /(?:\bso\b|=|\bis\b|\bwas\b|\bcomes? to\b|\bgives?\b|\bworks? out (?:at|to)\b|\bthat['’]?s\b|\bequals?\b|\bresult of\b|\bof\b)\s*(?:about |around |roughly |approximately |just under |just over |nearly |almost )?$/i;

const unitOf = (u: string): 'percent' | 'days' => (/day/i.test(u) ? 'days' : 'percent');

export function resultErrors(text: string, card: ResultCard): FactError[] {
  // Only a question that gives the figures to work with: in a story the candidate's own results are theirs.
  if (card.type !== 'technical' || !/\d/.test(card.text)) return [];
  const inputs = new Set([...card.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ''))));
  const targets: { n: number; unit: 'percent' | 'days'; point: string; named: boolean }[] = [];
  for (const kp of card.key_points ?? []) {
    if (!RESULT_POINT.test(kp.point)) continue;
    for (const sig of [kp.point, ...(kp.signals ?? [])]) {
      if (STEP_OF_SUM.test(sig)) continue;
      for (const m of sig.matchAll(FIGURE)) {
        const n = Number(m[1]!.replace(/,/g, ''));
        // A figure the question itself gives ("the 90-day quarter") is an input, not the result.
        if (!inputs.has(n)) targets.push({ n, unit: unitOf(m[2]!), point: kp.point, named: sig === kp.point });
      }
    }
  }
  // The result a point names ("Reaches 54 days") first.
  targets.sort((a, b) => Number(b.named) - Number(a.named));
  if (!targets.length) return [];
  const said = spelledUnitsInDigits(text);
  const stated: { n: number; unit: 'percent' | 'days'; at: number }[] = [];
  for (const m of said.matchAll(FIGURE)) stated.push({ n: Number(m[1]!.replace(/,/g, '')), unit: unitOf(m[2]!), at: m.index });
  for (const unit of ['percent', 'days'] as const) {
    const want = targets.filter((t) => t.unit === unit);
    if (!want.length) continue;
    const mine = stated.filter((s) => s.unit === unit);
    const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.02);
    if (mine.some((s) => want.some((t) => close(s.n, t.n)))) continue;
    const result = mine.find((s) => AS_RESULT.test(said.slice(Math.max(0, s.at - 40), s.at)));
    if (!result) continue;
    const sentence = said.slice(0, result.at).split(/(?<=[.!?])\s+/).pop()! + said.slice(result.at).split(/(?<=[.!?])\s/)[0]!;
    const t = want[0]!;
    const u = unit === 'percent' ? '%' : ' days';
    return [{ claim: `A result of ${result.n}${u}`, correct: `The question's figures give ${t.n}${u} (${t.point.replace(/\.$/, '')})`, words: sentence.trim() }];
  }
  return [];
}
