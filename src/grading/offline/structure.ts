import type { Analysed } from './text.js';
import { NAMED_THINGS } from './lexicon.js';

export interface StructureCheck {
  /** 0..1: how well the answer follows the shape its question type calls for. */
  score: number;
  /** What is there and what is missing, in plain words. */
  present: string[];
  missing: string[];
}

const SITUATION = /\b(when i|at (a|my|an|the) |in my (last|previous|current|first)|last (year|month|quarter)|(a|one) (customer|client|debtor|agent|team)|there was|we had|i was (working|a|an|the|responsible))\b/i;
const TASK = /\b(my (goal|task|job|aim|role|target|responsibilit\w*)|i (needed|had|wanted|was asked) to|i was (responsible|tasked)|the (goal|aim|challenge) was)\b/i;
const ACTION = /\b(?:i|we) (\w+ed|called|spoke|met|set|sent|wrote|made|took|gave|built|ran|led|put|asked|offered|agreed|reviewed|listened|explained|started|created|introduced|worked|sat|began|brought|found|chose|kept)\b/gi;
const RESULT = /\b(as a result|the result|result(ed)?|outcome|which (led|meant|brought)|by the end|within \w+ (days|weeks|months)|(reduc|increas|improv|cut|rais|lift|dropp|fell|rose|grew|recover|collect)\w*\b.*\d|\d+(\.\d+)?\s*(%|percent|per cent)|paid (in full|off)|cleared)\b/i;
const ORDINAL = /\b(first(ly)?|second(ly)?|third(ly)?|then|next|after that|afterwards|finally|lastly|last of all|step \d|to start|once that|before (i|anything))\b|^\s*(\d+[.)]|[-*•])\s/gim;
// A statute named in full ("the Late Payment of Commercial Debts Act"): case matters here.
const NAMED_ACT = /\b[A-Z][\w()]*(?: [A-Za-z()]+){0,8} Act\b/;
const RULE = /\b(fdcpa|regulation f|reg f|cfpb|conc|fca|policy|policies|procedure|law|legal(ly)?|rules?|regulat\w*|compliance|complian\w*|guideline|guidance|script)\b/i;
const REASON = /\b(because|since|so that|that's why|which is why|i (enjoy|like|love|want|care|believe)|motivat\w*|satisf\w*|meaning(ful)?|purpose)\b/i;
const DEFINE = /(=|\bdivided by\b|\bmultipl\w*|\btimes\b|\bformula\b|\bcalculat\w*|\bmeans\b|\bmeasures?\b|\bratio\b|\bper cent\b|%)/i;

export function checkStructure(type: string, answer: Analysed): StructureCheck {
  const text = answer.text;
  const present: string[] = [];
  const missing: string[] = [];
  const has = (ok: boolean, label: string) => (ok ? present : missing).push(label);
  switch (type) {
    case 'behavioral': {
      const actions = (text.match(ACTION) ?? []).length;
      has(SITUATION.test(text), 'the situation');
      has(TASK.test(text), 'your task or goal');
      has(actions >= 2, 'what you did, in the first person');
      has(RESULT.test(text), 'a concrete result');
      break;
    }
    case 'situational': {
      const steps = (text.match(ORDINAL) ?? []).length;
      has(steps >= 2 || answer.sentences.length >= 4, 'steps in order');
      has(steps >= 3, 'signposts between the steps (first, then, finally)');
      has(RULE.test(text) || NAMED_ACT.test(text), 'the rule or policy that bounds you');
      break;
    }
    case 'technical': {
      has(DEFINE.test(text), 'a definition or formula');
      has(/\d/.test(text), 'a worked figure');
      has(/\b(use|used|act|action|so i|which tells|tells|shows|means that)\b/i.test(text), 'how you use it in practice');
      break;
    }
    default: {
      has(REASON.test(text), 'your reasons');
      has(/\b(collections?|customers?|clients?|team|role|debt|accounts?)\b/i.test(text), 'a link to the role');
      has(/\b(when|once|for example|for instance|last|year|at my)\b/i.test(text), 'an example from experience');
    }
  }
  const total = present.length + missing.length;
  return { score: total === 0 ? 0 : present.length / total, present, missing };
}

export interface Specificity {
  score: number;
  found: string[];
}

export function checkSpecificity(text: string): Specificity {
  const found: string[] = [];
  if (/\d/.test(text)) found.push('figures');
  if (/\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve)\s+(days?|weeks?|months?|quarters?|years?|hours?)\b|\b(daily|weekly|monthly|quarterly|within|by friday|same day)\b/i.test(text)) found.push('time frames');
  const named = text.match(new RegExp(NAMED_THINGS, 'gi')) ?? [];
  if (named.length > 0) found.push('named rules, metrics or tools');
  if (/[$£€]\s?\d|\d\s?(%|percent|per cent)/i.test(text)) found.push('amounts or rates');
  return { score: Math.min(1, found.length / 3), found };
}
