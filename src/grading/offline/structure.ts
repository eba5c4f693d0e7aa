// The shape an answer takes for its question type: STAR parts for behavioural answers (labelled
// sections count: "Situation and task: ..."), ordered steps and a named rule for situational ones,
// a definition and a worked figure for technical ones, reasons for motivational ones.
import type { Reading } from '../../language/read.js';
import { NAMED_THINGS } from './lexicon.js';

export interface StructureCheck {
  /** 0..1: how well the answer follows the shape its question type calls for. */
  score: number;
  /** What is there and what is missing, in plain words (never both for one part). */
  present: string[];
  missing: string[];
}

const SITUATION = /\b(situation|background|context|when i|at (a|my|an|the) |in my (last|previous|current|first|old)|last (year|month|quarter|spring|summer|autumn|winter)|(a|one) (customer|client|debtor|agent|team|account|member)|there was|we had|i had (a|an|one)|i was (working|a|an|the|responsible|in charge|leading|running|managing|looking after))\b/i;
const TASK = /\b(task|my (goal|job|aim|role|target|responsibilit\w*|brief|challenge|priority)|i (needed|had|wanted|was asked|was told|set out|decided) to|i was (responsible|tasked|asked)|the (goal|aim|challenge|problem|brief|target) was|(had|needed) to (get|find|fix|bring|reduce|stop|keep|make|turn))\b/i;
const RESULT = /\b(result|outcome|as a result|which (led|meant|brought)|by the end|in the end|afterwards|since then|within \w+ (days|weeks|months)|(reduc|increas|improv|cut|rais|lift|dropp|fell|fall|rose|grew|recover|collect|halv|doubl)\w*\b[^.]*\d|\d+(\.\d+)?\s*(%|percent|per cent)|paid (in full|off|every|all)|cleared|kept (every|all|up)|lesson|learn(ed|t)|what i took away)\b/i;
const ORDINAL = /\b(first(ly)?|second(ly)?|third(ly)?|then|next|after that|afterwards|finally|lastly|last of all|step \d|to start|once that|before (i|anything)|straight away|start by|begin by)\b|^\s*(\d+[.)]|[-*•])\s/gim;
const NAMED_ACT = /\b[A-Z][\w()]*(?: [A-Za-z()]+){0,8} Act\b/;
const RULE = /\b(fdcpa|regulation f|reg f|cfpb|conc|fca|consumer duty|policy|policies|procedure|law|legal(ly)?|rules?|regulat\w*|compliance|complian\w*|guideline|guidance|script|federal|statute|section|§)\b/i;
const REASON = /\b(because|since|so that|that's why|which is why|the reason|i (enjoy|like|love|want|care|believe|find|get)|motivat\w*|satisf\w*|meaning(ful)?|purpose|proud|rewarding)\b/i;
const DEFINE = /(=|\bdivided by\b|\bmultipl\w*|\btimes\b|\bformula\b|\bcalculat\w*|\bmeans\b|\bmeasures?\b|\bratio\b|\bshare of\b|\bper cent\b|\bpercentage\b|%|\bover\b)/i;

/** First-person actions in any form: "I logged", "we rang", "I'd told", "I then sent". */
function firstPersonActions(r: Reading): number {
  let n = 0;
  for (const s of r.sentences) {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      if (t[k]!.w !== 'i' && t[k]!.w !== 'we') continue;
      for (let j = k + 1; j <= Math.min(t.length - 1, k + 3); j++) {
        if (t[j]!.pos === 'VERB') {
          n++;
          // "I would call the customer back ..., log it as an incident ..., and coach the agent": each verb joined to
          // the first one is another of the candidate's actions (a new user saw "lacks what you would do, in the first
          // person" on such an answer).
          for (let m = j + 1; m < t.length; m++) {
            const w = t[m]!.w.toLowerCase();
            // A new subject or clause of someone else's ends the run: "he", "they", "who", "because", "if"; "it" only as a subject.
            if (/^(i|we|he|she|they|you|who|which|because|if|when|but)$/.test(w) || (w === 'it' && /^(AUX|VERB)$/.test(t[m + 1]?.pos ?? ''))) break;
            const joined = /^(and|,|then|;)$/.test(t[m - 1]!.w.toLowerCase()) || (t[m - 1]!.pos === 'ADV' && /^(and|,|then)$/.test(t[m - 2]?.w.toLowerCase() ?? ''));
            if (t[m]!.pos === 'VERB' && joined && !t[m]!.w.endsWith('ing')) n++;
          }
          break;
        }
        if (t[j]!.pos !== 'AUX' && t[j]!.pos !== 'ADV' && t[j]!.pos !== 'PART') break;
      }
    }
  }
  return n;
}

/** What a card's own key points and example answer hold: a technical answer is asked for a formula or a worked figure only when they hold one. */
export interface CardShape {
  example_answer?: string | undefined;
  key_points?: readonly { point: string; signals?: readonly string[] | undefined }[] | undefined;
}

// A formula in the card's own words: "divided by", "=", "the share of balances that ...", "as a percentage of".
const FORMULA = /=|÷|×|\bdivided by\b|\bdivid(e|ing)\b|\bmultipl\w*|\btimes 100\b|\bx 100\b|\bformula\b|\bratio\b|\bminus\b|\bshare of\b|\bas a (percentage|proportion|share) of\b/i;
const FIGURE = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred)\b/i;

const shapes = new WeakMap<CardShape, { formula: boolean; figure: boolean }>();

function cardAsks(card: CardShape | undefined): { formula: boolean; figure: boolean } {
  if (!card) return { formula: true, figure: true };
  let v = shapes.get(card);
  if (!v) {
    const text = [card.example_answer ?? '', ...(card.key_points ?? []).flatMap((k) => [k.point, ...(k.signals ?? [])])].join(' ');
    // A digit, not "three reasons": a card that works no figure itself asks for none.
    v = { formula: FORMULA.test(text), figure: /\d/.test(text) };
    shapes.set(card, v);
  }
  return v;
}

export function checkStructure(type: string, r: Reading, card?: CardShape): StructureCheck {
  const text = r.text;
  const present: string[] = [];
  const missing: string[] = [];
  const has = (ok: boolean, label: string) => (ok ? present : missing).push(label);
  switch (type) {
    case 'behavioral': {
      has(SITUATION.test(text), 'the situation');
      has(TASK.test(text), 'your task or goal');
      has(firstPersonActions(r) >= 2, 'what you did, in the first person');
      has(RESULT.test(text), 'a result');
      break;
    }
    case 'situational': {
      const steps = (text.match(ORDINAL) ?? []).length;
      const acts = firstPersonActions(r);
      has(steps >= 2 || r.sentences.length >= 4 || acts >= 3, 'steps in order');
      has(RULE.test(text) || NAMED_ACT.test(text), 'the rule or policy that bounds you');
      has(acts >= 2, 'what you would do, in the first person');
      break;
    }
    case 'technical': {
      // "lacks a definition or formula" on a card about call notes or card payments is beside the point.
      const asks = cardAsks(card);
      if (asks.formula) has(DEFINE.test(text), 'a definition or formula');
      if (asks.figure) has(FIGURE.test(text), 'a worked figure');
      has(/\b(use|used|act|action|so i|which tells|tells|shows|means that|in practice|i would|i'd|we would)\b/i.test(text), 'how you use it in practice');
      break;
    }
    default: {
      has(REASON.test(text), 'your reasons');
      has(/\b(collections?|customers?|clients?|team|role|debt|accounts?|arrears)\b/i.test(text), 'a link to the role');
      has(/\b(when|once|for example|for instance|last|year|at my|in my)\b/i.test(text), 'an example from experience');
    }
  }
  const total = present.length + missing.length;
  return { score: total === 0 ? 0 : present.length / total, present, missing };
}

// The structure parts a key point can make too: a point credited as "Ends with a measured result"
// is the result, so the feedback must not also say the answer lacks one.
const PART_IN_POINT: Readonly<Record<string, RegExp>> = {
  'a result': /\b(results?|outcomes?)\b/i,
  'the rule or policy that bounds you': /\b(rules?|polic(y|ies)|laws?|regulations?|guidance|fdcpa|conc|reg f)\b/i,
  'a definition or formula': /\b(defines?|formula|calculates?)\b/i,
  'a worked figure': /\b(calculates?|works? out|totals?|converts?)\b/i,
  'steps in order': /\bin (order|sequence)\b|\bstep by step\b/i,
};

/** The structure once the key points the answer makes are counted: a part one of them makes is present. */
export function withPoints(check: StructureCheck, madePoints: readonly string[]): StructureCheck {
  const made = check.missing.filter((part) => PART_IN_POINT[part] && madePoints.some((p) => PART_IN_POINT[part]!.test(p)));
  if (!made.length) return check;
  const present = [...check.present, ...made];
  const missing = check.missing.filter((part) => !made.includes(part));
  return { score: present.length / (present.length + missing.length), present, missing };
}

export interface Specificity {
  score: number;
  found: string[];
}

// "I always give 110 percent": a saying, not a figure (a new user's generic answer read "is specific (figures, amounts or rates)").
const EFFORT_IDIOM = /\b(?:give|gives|giving|gave|put in|putting in)\s+(?:it\s+)?(?:a\s+)?(?:110|a hundred and ten|one hundred and ten|100|a hundred|one hundred|200)\s*(?:%|percent|per cent)/gi;

export function checkSpecificity(answer: string): Specificity {
  const text = answer.replace(EFFORT_IDIOM, ' ');
  const found: string[] = [];
  if (/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|quarter)\b/i.test(text)) found.push('figures');
  if (/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\s+(days?|weeks?|months?|quarters?|years?|hours?)\b|\b(daily|weekly|monthly|quarterly|within|by friday|same day|next day|fortnight\w*)\b/i.test(text)) found.push('time frames');
  if (NAMED_THINGS.test(text) || NAMED_ACT.test(text)) found.push('named rules, metrics or tools');
  if (/[$£€]\s?\d|\d\s?(%|percent|per cent)|\b(dollars|pounds|percent|per cent)\b/i.test(text)) found.push('amounts or rates');
  return { score: Math.min(1, found.length / 3), found };
}
