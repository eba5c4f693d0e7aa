// The conduct rules that the offline grader checks on every answer, whatever the card says: the
// red-flag patterns, and what rules a mention out (a negation before it, a prohibition around it).

/**
 * Red flags checked on every question: the behaviours that are harmful at any level. Patterns,
 * not signal words, because these must not fire on ordinary sentences ("credit sales times days").
 */
export const UNIVERSAL_FLAGS: { flag: string; pattern: RegExp }[] = [
  { flag: 'Threatens arrest, jail or action that is not intended or lawful', pattern: /\b(arrest(ed)?|jail|prison)\b/i },
  {
    flag: 'Discloses the debt to a third party (employer, family, neighbours)',
    pattern: new RegExp(
      [
        String.raw`\b(tell|told|telling|call|called|calling|ring|rang|contact\w*|inform\w*|e-?mail\w*|warn\w*)\s+(his|her|their|the)\s+(whole\s+)?(employer|boss|family|wife|husband|partner|neighbou?rs?|parents?|relatives?|colleagues?|co-?workers?|friends?)\b`,
        String.raw`\b(colleague|receptionist|reception|employer|boss|brother|sister|wife|husband|partner|neighbou?r|relative|family|friend|mother|father|son|daughter)\b[^.!?]{0,60}\babout (their|his|her|the|a|an) (overdue |outstanding |unpaid )?(account|debt|balance|bill|arrears)\b`,
        String.raw`\babout (a|an|the|his|her|their) (overdue |outstanding |unpaid )?(bill|debt|balance|arrears)\b[^.!?]{0,40}\b(his|her|their) (brother|sister|wife|husband|partner|relative|mother|father|son|daughter)\b`,
      ].join('|'),
      'i',
    ),
  },
  {
    flag: 'Harassment-level contact (calling again and again)',
    pattern: /\b((\d+|several|many|multiple|five|six|seven|eight|nine|ten|a dozen|dozens of)\s+times\s+(a|per|each)\s+day|every (hour|half hour|30 minutes)|keep (calling|ringing)|keep (trying|phoning)( \w+){0,3} until|call(ing)? (them|him|her) (non-?stop|constantly|over and over)|late at night|middle of the night)\b/i,
  },
  { flag: 'Misleads or lies to the customer', pattern: /\b(pretend\w*|lie to|lied to|lying to|bluff\w*|pos(e|ing) as)\b/i },
  { flag: 'Shames or pressures the customer', pattern: /\b((shame|shaming|humiliat\w*|embarrass\w*) (them|him|her|the customer|the debtor|people|customers)|name and shame|make (them|him|her) feel ashamed|guilt[- ]trip\w*|pay (today|now|immediately|right now) or)\b/i },
  {
    flag: 'Pushes a customer in hardship to borrow or sell to pay',
    pattern: /\b(borrow\w*( \w+){0,3} (from|on|against)|help from (his |her |their )?(family|friends|parents)|(use|put it on|pay (it )?(with|on)) (his|her|their|a) credit card|payday loan|sell (his|her|their) (car|house|belongings|things|jewellery|jewelry))\b/i,
  },
  {
    flag: 'Blames others instead of owning the outcome',
    pattern: /\b(it was (my team's|their|the team's|the agents'|the customer's) fault|not my fault|blam(e|ed|ing) (the|my) (team|agents?|customers?|staff)|lazy (team|agents?|staff))\b/i,
  },
];

// A negation reaches the harmful words unless a new clause ("but") or the speaker ("I") comes between.
const NEGATION_BEFORE = /\b(not|no|never|without|nor|avoid\w*|instead of|rather than|cannot|can't|won't|wouldn't|don't|didn't|shouldn't|isn't)\b(?:(?!\bbut\b|\bI\b|\bI'[a-z]+\b)[^.!?;]){0,80}$/i;
const NEGATION_WITHIN = /\b(not|never|can't|cannot|won't|wouldn't|don't|didn't)\b/i;
const SAFE_CONTEXT = /\b(illegal|unlawful|prohibit\w*|forbid\w*|violat\w*|breach\w*|not allowed|not permitted|unacceptable|without (mention|disclos|discuss|reveal|say)\w*)\b/i;

const globals = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let g = globals.get(pattern);
  if (!g) globals.set(pattern, (g = new RegExp(pattern.source, 'gi')));
  return g;
}

/** The first place the pattern occurs in a sentence that does not rule it out. */
export function matchPattern(answer: { readonly sentences: readonly string[] }, pattern: RegExp): string | undefined {
  for (const sentence of answer.sentences) {
    const m = globalOf(pattern);
    m.lastIndex = 0;
    for (let hit = m.exec(sentence); hit; hit = m.exec(sentence)) {
      if (NEGATION_BEFORE.test(sentence.slice(0, hit.index)) || NEGATION_WITHIN.test(hit[0]) || SAFE_CONTEXT.test(sentence)) continue;
      return hit[0];
    }
  }
  return undefined;
}

export const FLAG_FAMILIES = ['threat', 'arrest', 'disclos', 'third', 'harass', 'contact', 'mislead', 'lie', 'shame', 'pressur', 'blame', 'borrow'];
