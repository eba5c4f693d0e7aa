// Fact checks: the wrong statements a card declares (`wrong_claims`), and the numbers the engine
// checks itself wherever they appear: call counts and hours against Reg F on US consumer cards, a
// CEI above 100%, DSO, CEI and promise-kept formulas stated backwards, totals that do not add up.
import type { Reading, Sentence } from '../../language/read.js';
import { numberAt, spelledPercentsInDigits, statedNumbers, timeAt } from '../../language/numbers.js';
import { cardTextTermsOf, signalPattern, termsOf } from './terms.js';

export interface FactError {
  claim: string;
  correct: string;
  words: string;
}

export interface WrongClaim {
  claim: string;
  signals?: readonly string[] | undefined;
  pattern?: string | undefined;
  correct: string;
}

export interface FactCard {
  jurisdiction?: 'us' | 'uk' | 'any' | undefined;
  sector?: 'consumer' | 'commercial' | 'any' | undefined;
  wrong_claims?: readonly WrongClaim[] | undefined;
  text: string;
  example_answer: string;
}

const NEGATED = /\b(not|never|no|cannot|can't|won't|isn't|aren't|doesn't|don't|didn't|shouldn't|mustn't|myth|wrong|mistake|misconception|incorrect|false|untrue|misleading|excessive)\b|n['’]t\b/i;
// "people often think only answered calls count": a mistaken belief named as someone else's, to correct it.
const OTHERS_BELIEF = /\b(people|agents|collectors|customers|many|some|staff|everyone|colleagues|new starters|they)\b (often |sometimes |usually |commonly |wrongly |still |tend to )?(think|believe|assume|get wrong|mix up|confuse)\b/;
/** The sentence without its quotations of three words or more (someone's speech); shorter quoted runs are terms the candidate names. */
function ownWords(s: Sentence, r: Reading): string {
  const kept: string[] = [];
  for (let j = 0; j < s.tokens.length; ) {
    let end = j + 1;
    if (s.tokens[j]!.quoted) while (end < s.tokens.length && s.tokens[end]!.quoted) end++;
    if (!s.tokens[j]!.quoted || end - j < 3) for (let m = j; m < end; m++) kept.push(r.text.slice(s.tokens[m]!.start, s.tokens[m]!.end));
    j = end;
  }
  return kept.join(' ');
}

const figuresBySignal = new Map<string, Set<string>>();
/** The figures a wrong claim's signal states (computed once per signal: signals are tried on every sentence). */
function signalFigures(sig: string): Set<string> {
  let v = figuresBySignal.get(sig);
  if (!v) {
    v = statedNumbers(sig.toLowerCase().split(/\s+/));
    if (figuresBySignal.size < 10_000) figuresBySignal.set(sig, v);
  }
  return v;
}
const POLARITY = /\b(only|no|not|never|any|anything|always|just|every|each|without|one|single|whenever)\b/g;
// "I can only go over the account with the customer": a restriction stated, the opposite of a claim that widens it.
const RESTRICTED = /\b(can|could|may|will|would) only\b|\bonly (with|to) (the |his |her |their )?(customer|consumer|account holder|debtor|brother|sister|son|daughter|husband|wife|partner|mother|father)\b/;

function sentenceText(s: Sentence, r: Reading): string {
  return r.text.slice(s.start, s.tokens[s.tokens.length - 1]!.end);
}

function containsPhrase(hay: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= hay.length + 2; i++) {
    let j = i;
    for (const p of phrase) {
      let found = -1;
      for (let q = j; q < Math.min(hay.length, j + 3); q++) if (hay[q] === p) { found = q; break; }
      if (found < 0) continue outer;
      j = found + 1;
    }
    return true;
  }
  return false;
}

/** The jurisdiction a card speaks to: declared, or read from the rules and currency it names. */
export function cardJurisdiction(card: FactCard): 'us' | 'uk' | 'any' {
  if (card.jurisdiction) return card.jurisdiction;
  const text = `${card.text} ${card.example_answer}`;
  const us = /\b(FDCPA|Reg(ulation)? F|CFPB|FCRA|TCPA|\$)|\$/.test(text);
  const uk = /\b(CONC|FCA|Ombudsman|Consumer Duty|Breathing Space)\b|£/.test(text);
  return us && !uk ? 'us' : uk && !us ? 'uk' : 'any';
}

/** A "not" before the claim in the sentence denies it ("it is not true that..."). */
const NEGATED_BEFORE = /\b(not|never|no|myth|wrong|mistake|misconception|incorrect|false)\b[^,;]*$|n['’]t\b[^,;]*$/i;

/** Wrong statements of rules and formulas the field gets wrong, checked on every card they fit. */
const GENERAL_CLAIMS: readonly { pattern: RegExp; claim: string; correct: string; us?: boolean; uk?: boolean; commercial?: boolean; deniedBy?: RegExp; unless?: RegExp }[] = [
  {
    pattern: /\b(allows?|lets you|limit|cap|only allows?|max(imum)?|up to)\b[^.]{0,25}\b(one|two|three|four|five|six|eight|nine|ten|twelve|1|2|3|4|5|6|8|9|10|12) (call )?(attempts?|calls?|contacts?) (in|per|every|a) (seven|7) days\b/i,
    claim: 'A Reg F call limit other than the seven-in-seven presumption',
    correct: 'Reg F presumes harassment above 7 call attempts in 7 days about one debt, or any call within 7 days of a telephone conversation about it (12 CFR 1006.14(b)(2))',
    us: true,
  },
  {
    pattern: /\bspouse\b[^.]{0,30}\b(is|counts as|are|be) (treated as )?a third party\b/i,
    claim: 'A spouse is a third party under the FDCPA',
    correct: "Under the FDCPA the consumer's spouse counts as the consumer (15 U.S.C. 1692c(d); Reg F 1006.6(a))",
    us: true,
  },
  {
    pattern: /\b(emails?|texts?|text messages?|letters?)\b[^.]{0,40}\b(count|counts|use up|uses up)\b[^.]{0,40}\b(seven|7|limit|allowance|cap)\b/i,
    claim: 'Emails and texts count toward the seven-in-seven call presumption',
    correct: 'The Reg F call-frequency presumption counts telephone calls; emails and texts have their own rules (opt-out, timing) (12 CFR 1006.14(b), 1006.6(e))',
    us: true,
  },
  {
    pattern: /\b(verbal(ly)?|oral(ly)?|over the phone|by phone)\b[^.]{0,60}\b(collection|collecting|we) (has|have|must|need) to stop\b|\b(verbal(ly)?|oral(ly)?)\b[^.]{0,40}\b(law|rule)s? says?\b[^.]{0,30}\bstop\b/i,
    claim: 'An oral dispute stops collection by law',
    correct: 'Only a written dispute within the validation period requires a debt collector to stop until verification is sent (15 U.S.C. 1692g(b)); an oral dispute must be noted and the debt reported as disputed',
    us: true,
  },
  {
    // From the last "DSO" before the claim: "won't hurt our DSO, because DSO only measures..." is not denied by the "won't".
    pattern: /\bdso\b(?![^.]{0,40}\bdso\b)[^.]{0,40}\bonly (measures?|counts?|includes?|looks at)\b[^.]{0,30}\b(past due|overdue|late)\b/i,
    claim: 'DSO counts only overdue invoices',
    correct: 'DSO = total receivables / credit sales x days: longer terms raise it even when customers pay on time',
  },
  {
    pattern: /\bpromises?\b[^.]{0,30}\b(divided by|over)\b[^.]{0,15}\b(all (the )?promises|promises (made|taken|agreed|given))\b|\bpromises (made|taken) divided by\b/i,
    claim: 'The promise-kept rate divides by all promises made',
    correct: 'The promise-to-pay kept rate is promises kept / promises that fell due in the period',
  },
  {
    pattern: /\bcost to collect\b[^.]{0,60}\b(cash|amount|money) collected divided by\b|\bcost to collect\b[^.]{0,80}\bhigher (it is )?the better\b/i,
    claim: 'Cost to collect stated the wrong way up',
    correct: 'Cost to collect = collection cost / amount collected; lower is better',
  },
  {
    pattern: /\b(commercial|b2b|business|trade|long-standing clients?|suppliers?|companies|firms?)\b[^.]{0,40}\b(fall|falls|come|comes) under\b[^.]{0,10}\b(the )?(fdcpa|fair debt collection|reg(ulation)? f)\b|\b(fdcpa|fair debt collection practices act|reg(ulation)? f)\b[^.]{0,30}\b(applies|apply|covers?) (to )?(commercial|b2b|business|trade)\b/i,
    claim: 'The FDCPA and Reg F cover commercial debts',
    correct: 'The FDCPA and Regulation F cover consumer debts collected by debt collectors, not commercial (business-to-business) debts',
    // "The FDCPA doesn't apply to business debts": the denial sits inside the words the pattern spans (answers-train8.yaml, training).
    unless: /\b(?:fdcpa|fair debt collection practices act|reg(?:ulation)? f)\b[^.]{0,20}(?:\b(?:not|never)\b|n['’]t\b)/i,
  },
  // On a B2B card, the FDCPA named as what governs the work ("Because the FDCPA covers these accounts, I stuck to calling
  // between eight and nine"; "under the FDCPA, once a customer disputes an invoice we have to stop chasing it":
  // answers-train15.yaml, training). Not where the answer says it is consumer law, or borrows it as a standard.
  {
    pattern: /\b(under|because of|per|according to) (the )?(fdcpa|fair debt collection practices act|reg(ulation)? f)\b|\b(the )?(fdcpa|fair debt collection practices act|reg(ulation)? f) (covers?|requires?|says|means|applies|governs|protects|limits|gives|sets|makes)\b/i,
    claim: 'The FDCPA and Reg F cover commercial debts',
    correct: 'The FDCPA and Regulation F cover consumer debts collected by debt collectors, not commercial (business-to-business) debts',
    commercial: true,
    unless: /\b(consumers?|personal|individuals?|only|spirit|standards?|best practice|guide|guideline|benchmark|mirror\w*|as if|even though|although|like|model\w*|borrow\w*|sole traders?|if (it|this|they|these) (were|was))\b/i,
  },
  {
    pattern: /\bcomplaints?\b[^.]{0,30}\b(only|has to|have to|must|needs? to)\b[^.]{0,20}\b(counts?|be|come|comes|made|valid)\b[^.]{0,15}\b(in writing|written)\b|\b(verbal|oral|spoken|phone)\b[^.]{0,15}\bcomplaints?\b[^.]{0,25}\b(do not|don't|doesn't|does not|aren't|are not|isn't|is not)\b[^.]{0,10}\b(count|counts|valid)\b/i,
    claim: 'A complaint counts only in writing',
    correct: 'Under DISP any expression of dissatisfaction, spoken or written, is a complaint; a final response is due within 8 weeks, then the Financial Ombudsman Service',
  },
  {
    pattern: /\b(swear\w*|abus\w*|rude|shout\w*|aggressive)\b[^.]{0,80}\b(fdcpa|protections?|rules?|reg(ulation)? f)\b[^.]{0,30}\b(do not|don't|no longer|stop|stops|cease|ceases)\b[^.]{0,12}\b(apply|applies|count|protect\w*)\b|\b(lose|loses|forfeit\w*|give up|gives up)\b[^.]{0,20}\b(fdcpa|their|his|her)\b[^.]{0,12}\bprotections?\b/i,
    claim: "An abusive customer loses the FDCPA's protection",
    correct: 'The ban on harassment and abuse (FDCPA §1692d) holds however the consumer behaves; the collector may end the call politely',
    us: true,
  },
  {
    pattern: /\b(call\w*|ring\w*|contact\w*)\b[^.]{0,25}\b(at (their |his |her )?work|workplace|employer|job)\b[^.]{0,25}\b(is|are) always (allowed|fine|ok|okay|legal|permitted|lawful)\b/i,
    claim: 'Calls at work are always allowed',
    correct: 'A place the consumer says is inconvenient, including work, or where the collector knows the employer forbids such calls, is off limits (FDCPA §1692c(a)(1), (3))',
    us: true,
  },
  {
    // "Any dispute, oral or written, stops collection": only a written one in the validation period does.
    pattern: /\b(any|every|all)\b[^.]{0,10}\bdisputes?\b[^.]{0,70}\b(stops?|stop|halts?|freezes?|pauses?|suspends?)\b[^.]{0,15}\b(collection|collecting|everything|the account|all contact|contact)\b|\bdisputes?\b[^.]{0,10}\b(oral or written|written or oral|verbal or written|written or verbal|in any form)\b[^.]{0,40}\b(stops?|halts?|freezes?|pauses?|suspends?)\b/i,
    claim: 'Any dispute stops collection',
    correct: 'Only a written dispute within the validation period requires a debt collector to stop until verification is sent (15 U.S.C. 1692g(b)); any other dispute is investigated and the debt reported as disputed',
    us: true,
  },
  {
    // "Her brother lives at the same address, so he counts as the consumer" (answers-train9.yaml): only a spouse, a
    // parent of a minor, a guardian, an executor or an administrator do.
    pattern: /\b(brother|sister|sibling|son|daughter|mother|mum|mom|father|dad|relative|family member|roommate|flatmate|housemate|girlfriend|boyfriend|fianc[ée]e?|cousin|aunt|uncle|grandparent|grandmother|grandfather)s?\b(?![^.]{0,60}\b(minor|spouse|husband|wife)\b)[^.]{0,50}\b(counts?|counted|is treated|are treated|treated|is|are|be) (as )?(the |a )?(consumer|customer under the (fdcpa|law))\b/i,
    claim: 'A relative other than a spouse counts as the consumer',
    correct: "Only the consumer's spouse, a parent of a minor, a guardian, or an executor or administrator count as the consumer (15 U.S.C. 1692c(d), Reg F 1006.6(a)); anyone else is a third party",
    us: true,
  },
  {
    // "I don't treat it as a complaint unless they actually use the word" (conduct-train13.yaml, answers-train9.yaml).
    pattern: /\b(only|not|don't|do not|doesn't|does not|wouldn't|would not)\b[^.]{0,30}\bcomplaints?\b[^.]{0,30}\b(if|unless|when)\b[^.]{0,40}\b(use|uses|say|says|said|mention|mentions)\b[^.]{0,10}\bthe (actual )?word\b|\bcomplaints?\b[^.]{0,30}\bonly (if|when)\b[^.]{0,40}\b(use|say)s? (the word|complaint)\b/i,
    claim: 'A complaint counts only if the customer uses the word',
    correct: 'Under DISP any expression of dissatisfaction, spoken or written, is a complaint, whatever words the customer uses',
  },
  {
    // "Debts die with the person and are written off" (answers-train9.yaml).
    pattern: /\b(debts?|balances?|it)\b(?:(?!n't|\bnot\b|\bnever\b)[^.]){0,20}\b(dies?|died) with (the |them|him|her|the person|the customer|the deceased)\b|\b(debts?|balances?|accounts?)\b[^.]{0,30}\b(is|are|get|gets) (automatically |simply |just )?written off (when|once|if|because) (someone|a customer|the customer|the person|they|he|she) (dies|died|passes|passed)\b/i,
    claim: 'A debt dies with the person',
    correct: "A debt is paid from the deceased's estate, through the person dealing with it, where there are funds; relatives are not personally liable",
  },
  {
    // "A cease letter is about phone contact, so I'd keep the letters and texts going" (answers-train9.yaml).
    pattern: /\bcease\b[^.]{0,40}\b(only )?(is about|covers?|applies to|means|is for|stops?)\b[^.]{0,10}\b(only )?(phone|calls?|telephone)\b(?![^.]{0,20}\b(and|or) (letters?|texts?|emails?|all)\b)|\bcease\b[^.]{0,40}\b(lasts?|stops?[^.]{0,15}|only) for (\d+|thirty|sixty|ninety|a month|a week|seven|fourteen) (days?|months?|weeks?)?\b/i,
    claim: 'A cease request covers only phone calls',
    correct: 'A written request to stop contact ends all communication about the debt, except to say collection is ending or a specific remedy will be used (15 U.S.C. 1692c(c))',
    us: true,
  },
  {
    // "Under the FDCPA we have 30 days to process a cease letter, so Thursday's call was technically allowed" (a new user);
    // "a cease request takes effect when it's in our system, and this one wasn't scanned until Friday" (answers-train9.yaml).
    pattern: /\b(have|get|gives? (us|you|the collector|collectors|the agency)|allows?|there's|there is|a grace period of|within) (up to |a )?(\d+|thirty|fourteen|seven|ten|five|a few|sixty|ninety|a week|a month)( |-)?(business |working )?(days?|weeks?|months?)?( grace)? (to|before we( have to)?|before you( have to)?) (process|action|act on|honou?r|apply|stop|deal with|implement|log)\b[^.]{0,20}\b(cease|stop[- ]contact|stop[- ]calling|no[- ]contact)\b|\b(cease|stop[- ]contact|stop[- ]calling)[- ](letter|request|notice)s?\b[^.]{0,30}\b(\d+|thirty|fourteen|seven|ten|five|a few|sixty)( |-)?(business |working )?days? to (process|action|take effect|apply|be processed|come into effect)\b|\b(cease|stop[- ]contact|stop[- ]calling)[- ](letter|request|notice)s?\b[^.]{0,20}\b(only )?(takes? effect|counts?|applies|starts?|kicks? in|is live)\b[^.]{0,10}\b(when|once|from when|after)\b[^.]{0,20}\b(scanned|logged|in (our|the) system|on (our|the) system|processed|entered|keyed|indexed|uploaded)\b/i,
    claim: 'A cease letter takes effect later than its receipt',
    correct: 'Once a written request to stop contact is received, all communication about the debt stops, except to confirm collection is ending or that a specific remedy will be used (15 U.S.C. 1692c(c)); there is no period in which calls remain allowed',
    us: true,
  },
  {
    // The standard Breathing Space is 60 days; the mental health crisis one lasts the treatment plus 30 days.
    pattern: /\bbreathing space\b(?![^.]{0,60}\b(mental health|crisis|treatment)\b)(?:[^.,;]{0,40}\b(lasts?|lasting|for|of|gives?|runs?|is)\b[^.]{0,12}|[^.;]{0,90}\b(gives?|lasts?) (?:her|him|them|you|the customer|people|customers) )\b(90|ninety|30|thirty|120|28|twenty-eight|six months|three months|a year|12 months|twelve months)( |-)?(days?|months?)?\b/i,
    claim: 'Breathing Space lasts other than 60 days',
    correct: 'A standard Breathing Space lasts 60 days; a mental health crisis Breathing Space lasts as long as the treatment plus 30 days (Debt Respite Scheme Regulations 2020)',
  },
  {
    // "she can dispute right now on this call, and that works exactly the same as writing" (answers-train12.yaml).
    pattern: /\b(on (this|the) (call|phone)|over the phone|by phone|verbal(ly)?|oral(ly)?|on a call)\b[^.]{0,60}\b(exactly the same as|the same as|just like|as good as|counts? as|same effect as)\b[^.]{0,10}\b(writing|in writing|a letter|a written (one|dispute))\b/i,
    claim: 'An oral dispute works the same as a written one',
    correct: 'Only a written dispute within the validation period requires a debt collector to stop until verification is sent (15 U.S.C. 1692g(b)); an oral dispute is noted and the debt reported as disputed',
    us: true,
  },
  {
    // "Reg F says after a conversation you leave a week before calling again, so six days" (answers-train12.yaml).
    pattern: /\b(reg f|regulation f)\b[^.]{0,80}\b(after|following) (a|the) (conversation|call|contact)\b[^.]{0,60}\b(so |that's |that is |i\.e\.,? )?(six|6|five|5|four|four|4|three|3|two|2) days\b/i,
    claim: 'The gap after a conversation shorter than seven days',
    correct: 'Reg F presumes harassment when a collector calls within 7 days after a telephone conversation about the debt (12 CFR 1006.14(b)(2)(ii))',
    us: true,
  },
  {
    // "In England it's five years from the last payment and in Scotland it's six" (answers-train12.yaml): the periods swapped.
    pattern: /\bengland\b[^.]{0,40}\b(five|5)( |-)years?\b[^.]{0,60}\bscotland\b[^.]{0,20}\b(six|6)\b|\bscotland\b[^.]{0,40}\b(six|6)( |-)years?\b[^.]{0,60}\bengland\b[^.]{0,20}\b(five|5)\b/i,
    claim: 'The limitation periods of England and Scotland swapped',
    correct: 'Six years in England and Wales (Limitation Act 1980), after which the debt still exists but cannot be enforced in court; five years in Scotland, where prescription extinguishes it',
    uk: true,
  },
  {
    // "If nothing's been paid for more than six years, the debt is wiped out by law, it doesn't exist any more" (answers-train12.yaml).
    pattern: /\b(six|6)( |-)years?\b(?![^.]*\bscotland\b)[^.]{0,80}\b(wiped out|doesn't exist any ?more|does not exist any ?more|no longer exists|ceases to exist|is extinguished|is cancelled by law)\b/i,
    claim: 'A statute-barred debt no longer exists in England and Wales',
    correct: 'In England and Wales a statute-barred debt still exists but cannot be enforced in court (Limitation Act 1980 s.5); only in Scotland does prescription extinguish it',
    uk: true,
  },
];

const PERMISSION = /\b(lets|let you|can|could|may|allowed|allow|permitted|permit|up to|limit|maximum|max|cap|rule|rules|law|legal|legally|ok|okay|fine|acceptable|reg f|regulation f|fdcpa|presum\w*|safe harbou?r|window|as long as)\b/i;

// Compiled once per pattern (a signal's terms: cardTextTermsOf): a card's claims are checked against every sentence of every answer.
const claimPatterns = new Map<string, RegExp | null>();

/** A card's claim pattern, case-insensitive; one that does not compile matches nothing. */
function claimPattern(source: string): RegExp | null {
  let re = claimPatterns.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      re = null;
    }
    if (claimPatterns.size < 10_000) claimPatterns.set(source, re);
  }
  return re;
}


/** The words that state a declared wrong claim: its pattern's or a signal's match as written, else the sentence. */
function claimWords(text: string, wc: WrongClaim, re: RegExp | null): string {
  const m = re?.exec(text) ?? (wc.signals ?? []).map((sig) => signalPattern(sig).re.exec(text)).find((x) => x !== null);
  const words = m?.[0].replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return words || text;
}

/** The answer's words from token `from` to token `to` of a sentence, as written. */
function spanText(r: Reading, s: Reading['sentences'][number], from: number, to: number): string {
  return r.text.slice(s.tokens[from]!.start, s.tokens[Math.min(to, s.tokens.length - 1)]!.end);
}

export function checkFacts(r: Reading, card: FactCard): FactError[] {
  const errors: FactError[] = [];
  const seen = new Set<string>();
  const add = (e: FactError) => {
    if (seen.has(e.claim)) return;
    seen.add(e.claim);
    errors.push(e);
  };
  const jurisdiction = cardJurisdiction(card);
  // Reg F's numbers are checked on US consumer cards, and wherever an answer states them as a rule
  // (a UK card relies on no such numbers).
  const usConsumer = jurisdiction !== 'uk' && card.sector !== 'commercial';
  let prevText = '';
  const changes: FactError[] = [];
  // A question about CEI, or an answer that names it anywhere: its percentages are CEIs ("430 over
  // 270 is about 159%. That's an excellent CEI.").
  const ceiContext = /\b(cei|collection effectiveness)\b/i.test(card.text) || /\b(cei|collection effectiveness)\b/i.test(r.text);
  for (const s of r.sentences) {
    const text = sentenceText(s, r);
    // Reported after the whole-answer share check below.
    changes.push(...changeErrors(spelledPercentsInDigits(text)));
    for (const e of operationErrors(text)) add(e);
    // "I'd use cost to collect. That's the cash collected divided by what we spend": a definition
    // that opens on "that" or "it" names its subject in the sentence before.
    const claimText = /^(that|it|this|which)(['’]s| is| means)\b/i.test(text) ? `${prevText.replace(/[.!?]+\s*$/, '')}, ${text}` : text;
    prevText = text;
    const lower = text.toLowerCase();
    const negated = NEGATED.test(lower);
    // Declared wrong claims, in the candidate's own words: a quotation ("Suppose the brother says, "just tell me what he
    // owes"") is someone else's (good-answers5.yaml).
    let terms: string[] | undefined;
    let stated: Set<string> | undefined;
    // (A quoted word or two is a term the candidate mentions, as in 'only if the customer says the word "complaint"'.)
    const own = s.tokens.some((x) => x.quoted) ? ownWords(s, r) : text;
    const ownLower = own.toLowerCase();
    for (const wc of card.wrong_claims ?? []) {
      const re = wc.pattern ? claimPattern(wc.pattern) : null;
      let hit = re !== null && re.test(own);
      if (!hit && wc.signals) {
        const sentenceTerms = (terms ??= termsOf(own));
        hit = wc.signals.some((sig) => {
          // "seven calls a week": the figure is the claim ("our own limit, probably three call attempts a week" is not it).
          const figures = signalFigures(sig);
          if (figures.size > 0) {
            stated ??= statedNumbers(ownLower.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
            if (![...figures].every((f) => stated!.has(f))) return false;
          }
          const st = cardTextTermsOf(sig);
          // "up to them if they agreed" is one content term ("agreed") and most answers agree
          // something: a signal of several words that keeps one term must appear as written.
          // So must "a payment is a payment", whose two terms are one word.
          if (new Set(st).size < 2 && sig.trim().split(/\s+/).length > 1) return signalPattern(sig).re.test(own);
          // "only for new customers", "no rules for commercial": the word that makes the claim wrong is
          // a function word the terms leave out, so it must be in the sentence too.
          // ("re-age after one payment": a count that makes it wrong is such a word too; each of them must be there.)
          const polar = sig.toLowerCase().match(POLARITY);
          if (polar && !polar.every((w) => new RegExp(`\\b${w}\\b`).test(ownLower))) return false;
          if (!polar && RESTRICTED.test(ownLower)) return false;
          return containsPhrase(sentenceTerms, st);
        });
      }
      if (hit && !negated && !OTHERS_BELIEF.test(ownLower)) add({ claim: wc.claim, correct: wc.correct, words: claimWords(own, wc, re) });
    }
    // "nine attempts goes past the presumption", "9:40 p.m. is after the cut-off": the answer says
    // the figure breaks the rule, which is right; workload figures ("80 calls a day", "attempts
    // spread across accounts") are not contact with one consumer.
    // ("I found our dialer was applying the seven-in-seven per phone number, so a consumer could get twenty-one attempts": a fault found.)
    const judgedBad = /\b(inconvenient|cut-off|cutoff|outside|past the|beyond|goes past|go past|exceed\w*|above the|breach\w*|too late|too early|harass\w*|stay under|stays under|under the|found|discovered|realised|realized|turned out|noticed)\b/.test(lower);
    const volume = /\b(accounts|across|queue|portfolio|per agent|each agent|the team|team's|total|handle|agents|desk|spread)\b/.test(lower);
    // A negation is read in the count's own stretch of the sentence: "no calls earlier than eight ..., and keep to the federal
    // limit of three calls a day" denies the early calls, not the limit (answers-train15.yaml, training).
    if (usConsumer && PERMISSION.test(lower) && !judgedBad) {
      // Call counts stated as what is allowed.
      for (let k = 0; k < s.tokens.length; k++) {
        const n = numberAt(s.tokens, k);
        if (!n) continue;
        const unit = s.tokens[k + n.length]?.l;
        if (!unit || !/^(time|call|attempt)$/.test(unit)) continue;
        const rest = s.tokens.slice(k + n.length + 1, k + n.length + 6).map((t) => t.l).join(' ');
        const perDay = /\b(a|per|each|every) day\b/.test(rest);
        const perWeek = /\b(a|per|each|every|in a|in seven|in 7) (week|day)s?\b/.test(rest) && !perDay;
        if (volume || n.value >= 30) continue;
        // The permission must be said of this count: "we went through the rule together... and eight calls a week" is not.
        if (!PERMISSION.test(s.tokens.slice(Math.max(0, k - 10), k + n.length + 8).map((t) => t.w).join(' '))) continue;
        let from = k;
        while (from > 0 && !/^[,;:]$/.test(s.tokens[from - 1]!.w)) from--;
        if (NEGATED.test(s.tokens.slice(from, Math.min(s.tokens.length, k + n.length + 8)).map((t) => t.w).join(' '))) continue;
        if ((perDay && n.value >= 2) || (perWeek && /week/.test(rest) && n.value > 7)) {
          // The words that say it ("seven calls a day"), not the whole sentence.
          let end = k + n.length;
          for (let j = end; j < Math.min(s.tokens.length, k + n.length + 6); j++) if (/^(day|week)s?$/.test(s.tokens[j]!.l)) { end = j; break; }
          add({ claim: `${n.value} calls ${perDay ? 'a day' : 'a week'} are allowed`, correct: 'Reg F presumes harassment above 7 call attempts in 7 days about one debt (12 CFR 1006.14(b)(2))', words: spanText(r, s, k, end) });
        }
      }
      // Call hours stated as allowed.
      for (let k = 0; k < s.tokens.length; k++) {
        const t = timeAt(s.tokens, k);
        if (!t || !t.explicit) continue;
        const prev = s.tokens[k - 1]?.w ?? '';
        const late = t.hour > 21 || (t.hour === 21 && t.minute > 0);
        const early = t.hour < 8;
        if ((late && /^(until|till|til|to|before|by|and)$/.test(prev)) || (early && /^(from|after|since|between)$/.test(prev))) {
          // The hours as said: "between 7 a.m. and 10 p.m.", from the word that opens them to the last time.
          let from = k - 1;
          for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (/^(from|between|after|since)$/.test(s.tokens[j]!.w)) { from = j; break; }
          let to = k + t.length - 1;
          const joiner = s.tokens[to + 1]?.w ?? '';
          const next = /^(and|to|until|till|-)$/.test(joiner) ? timeAt(s.tokens, to + 2) : undefined;
          if (next) to = to + 1 + next.length;
          add({ claim: 'Calls are allowed outside 8 a.m. to 9 p.m.', correct: 'Before 8 a.m. or after 9 p.m. in the consumer’s local time is inconvenient (FDCPA §1692c(a)(1))', words: spanText(r, s, Math.max(0, from), to) });
        }
      }
    }
    // CEI above 100%.
    if (/\b(cei|collection effectiveness)\b/i.test(text) || (ceiContext && !/\b(target|budget|forecast|plan|growth|increase|up|rise|more than|of last)\b/i.test(lower))) {
      // "one hundred and ten per cent" is read as 110 per cent. "CEI can't go above 100%, so if anyone shows me 110% I
      // know the sum is wrong": the figure is the one the rule rules out (the user bank's own example answer).
      const rulesOut = /\b(?:can ?not|can't|cannot|never|impossible|not possible|no way)\b[^.]{0,30}\b(?:above|exceed|over|more than|higher than|go past)\s*(?:100|a hundred|one hundred)/i.test(text);
      for (const m of rulesOut ? [] : spelledPercentsInDigits(text).matchAll(/(\d{2,3}(?:\.\d+)?)\s*(%|percent|per cent)/gi)) {
        if (Number(m[1]) > 100) add({ claim: `A CEI of ${m[1]}%`, correct: 'CEI = (opening receivables + credit sales - closing total receivables) / (opening receivables + credit sales - closing current receivables) x 100; it is never above 100%', words: text });
      }
      const parts = lower.split(/\bdivided by\b|\bover\b|\s\/\s|÷/);
      if (parts.length >= 2 && /\bcurrent\b/.test(parts[0]!) && !/\btotal\b/.test(parts[0]!) && /\btotal\b/.test(parts[1]!)) {
        add({ claim: 'The CEI formula upside down', correct: 'CEI divides what was collectable minus closing total receivables by what was collectable minus closing current receivables', words: text });
      }
    }
    // "Our CEI is 46 days": CEI taken for DSO.
    if (/\b(cei|collection effectiveness(?: index)?)\b[^.]{0,20}\b(is|of|was|at|comes to|=)\s*(about |around )?\d+(\.\d+)?\s*days\b/i.test(text)) {
      add({ claim: 'A CEI in days', correct: 'CEI is a percentage: what was collected out of what was collectable in the period; days are DSO', words: text });
    }
    // An oral dispute said to stop collection by law (US: only a written dispute in the validation period does, §1692g(b)).
    if (usConsumer && !/\bwritten|in writing|letter\b/.test(lower) && /\b(on the phone|over the phone|by phone|orally|verbally|oral|verbal|says? (they|he|she) (do not|don't|does not|doesn't) owe)\b/.test(lower) && /\b(law|legally|required|requires|have to|has to|must)\b[^.]{0,50}\b(freeze|stop|suspend|pause|close|halt)\w*\b/.test(lower) && !/\b(only|unless|does not|doesn't|do not|don't|not)\b[^.]{0,30}\b(freeze|stop|suspend|pause|close|halt)/.test(lower)) {
      add({ claim: 'An oral dispute legally stops collection', correct: 'Only a dispute in writing within the validation period stops collection, until verification is sent (FDCPA §1692g(b)); an oral dispute is noted and the debt reported as disputed', words: text });
    }
    // The debt-collector disclosure said once only (US: later communications say they come from a debt collector, §1692e(11)).
    if (usConsumer && /\b(mini-miranda|mini miranda|disclosure|attempt to collect)\b/.test(lower) && /\bonly\b[^.]{0,40}\bonce\b|\bonce in the life\b|\bonly (on|in) the (very )?first (call|communication|letter)\b/.test(lower) && !/\b(not|never|myth|wrong)\b[^.]{0,20}\bonly\b/.test(lower)) {
      add({ claim: 'The debt-collector disclosure is owed only once', correct: 'The full disclosure is owed in the first communication, and later communications must say they come from a debt collector (FDCPA §1692e(11))', words: text });
    }
    // Reg F's seven attempts read per phone number (it is per debt, across every number).
    if (/\b(reg f|regulation f|rule|law|allow\w*|legal|permit\w*|can make)\b/.test(lower) && /\b(seven|7) (call )?(attempts?|calls?)\b[^.]{0,25}\b(per|on each|for each|on every|for every) (phone )?(number|line|phone)\b/.test(lower) && !/\bnot per (phone )?(number|line)|\bper debt\b|\bnot (on )?each (number|line)/.test(lower)) {
      add({ claim: "Reg F's seven call attempts counted per phone number", correct: 'Reg F presumes harassment above 7 call attempts in 7 days about one debt, across every number (12 CFR 1006.14(b)(2))', words: text });
    }
    // Longer terms said not to raise DSO (a "DSO only counts late invoices" in the sentence is its own claim).
    if (!/\bdso only\b/.test(lower) && /\b(longer|extended|90-day|ninety-day|60-day|sixty-day) (payment )?terms\b[^.]{0,30}\b(do not|don't|won't|will not|wouldn't|would not|never)\b[^.]{0,15}\b(affect|change|raise|increase|touch|hurt|move)\b[^.]{0,10}\bdso\b/.test(lower)) {
      add({ claim: 'Longer terms do not move DSO', correct: 'DSO = receivables / credit sales x days: longer terms raise it even when customers pay on time', words: text });
    }
    // CEI as closing over opening receivables.
    if (/\b(cei|collection effectiveness)\b[^.]{0,20}\b(is|=|means|equals)\b[^.]{0,15}\bclosing\b[^.]{0,25}\b(divided by|over|\/)\b[^.]{0,15}\bopening\b/.test(lower)) {
      add({ claim: 'CEI as closing over opening receivables', correct: 'CEI = (opening receivables + credit sales - closing total receivables) / (opening receivables + credit sales - closing current receivables) x 100', words: text });
    }
    // DSO backwards: sales over receivables.
    if (/\b(dso|days sales outstanding|days sales)\b/i.test(text) && /\b(credit )?sales\b[^.]{0,25}\b(divided by|over)\b[^.]{0,25}\breceivables?\b|\bsales\s*\/\s*(accounts )?receivables?\b/i.test(text)) {
      add({ claim: 'The DSO formula backwards', correct: 'DSO = receivables / credit sales x days in the period', words: text });
    }
    // Promise-to-pay kept rate over promises made.
    if (/\b(promise|ptp)s?\b/i.test(text) && /\bkept\b[^.]{0,40}\b(divided by|over|out of|\/)\b[^.]{0,30}\b(made|taken|given|booked)\b/i.test(text)) {
      add({ claim: 'The promise-kept rate divides by promises made', correct: 'The promise-to-pay kept rate is promises kept / promises that fell due in the period', words: text });
    }
    // Breathing Space started by the firm ("no contact" after it does not deny the act: the words
    // between the candidate and the act must).
    const startsBs = /\b(i|we|i'd|we'd|i'll|we'll)\b([^.]{0,40}?)\b(put|place|enter|start|grant|apply|register|set up|give)\w*\b[^.]{0,30}\bbreathing space\b/i.exec(text);
    // (An adviser named only as the one not waited for, "rather than waiting for her adviser, I'd put her into Breathing Space myself", starts nothing.)
    if (startsBs && !NEGATED.test(startsBs[2] ?? '') && !/\b(refer|signpost)\w*\b|\b(through|via|by|with|from|ask|contact) (a |an |the |her |his |their )?(debt |money )?(adviser|advisor)\b|\b(adviser|advisor)s? (can |would |will |could |has to |must |needs? to )?(start|apply|register|put|enter|set up|open|submit)\b|\b(adviser|advisor)s? (\S+ ){0,3}(apply|applies|applied|start|starts|started)\b/i.test(text)) {
      add({ claim: 'The firm puts the customer into Breathing Space itself', correct: 'Only a debt adviser can start Breathing Space (the Debt Respite Scheme); a firm can offer its own forbearance', words: text });
    }
    for (const g of GENERAL_CLAIMS) {
      if (g.us && !usConsumer) continue;
      if (g.uk && jurisdiction === 'us') continue;
      if (g.commercial && card.sector !== 'commercial') continue;
      // (A commercial card's check reads the candidate's own words: "He said, 'that's illegal under the FDCPA'" is the customer's.)
      const said = g.commercial ? own : claimText;
      if (g.unless?.test(said)) continue;
      const m = g.pattern.exec(said);
      if (m && !(g.deniedBy ?? NEGATED_BEFORE).test(said.slice(0, m.index))) add({ claim: g.claim, correct: g.correct, words: m[0].trim() || text });
    }
    // Shares of an ageing report that add up to more than the whole.
    if (/\b(current|1-30|1 to 30|31-60|31 to 60|over 90|90\+|bucket)\b/i.test(text) && !/\b(total(?:ling|ing|s)?|in total|comes? to|adds? up)\b/i.test(text)) {
      const shares = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(%|percent|per cent)/gi)].map((m) => Number(m[1]));
      const sum = shares.reduce((x, y) => x + y, 0);
      // Rounded shares may overshoot by a point; more than that is an arithmetic error.
      if (shares.length >= 3 && sum > 101.5 && shares.every((x) => x <= 100)) add({ claim: `Bucket shares that add up to ${Math.round(sum)}%`, correct: 'The buckets of one ageing report are shares of its total and add up to 100%', words: text });
    }
    // Scorecard weights that add up to more than the whole ("40% quality, 40% outcomes and 30% cash").
    if (/\b(weight|weights|weighting|weighted|scorecard)\b/i.test(text) && !/\b(from|rose|fell|increase|improve|up|down|reduce|cut)\b[^.]{0,20}\d+\s*(%|percent|per cent)/i.test(text)) {
      const weights = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(%|percent|per cent)/gi)].map((m) => Number(m[1]));
      const sum = weights.reduce((x, y) => x + y, 0);
      if (weights.length >= 3 && sum > 101.5 && sum <= 200 && weights.every((x) => x < 100)) add({ claim: `Weights that add up to ${Math.round(sum)}%`, correct: 'The weights of one scorecard are shares of the whole and add up to 100%', words: text });
    }
    // Totals that do not add up: "a, b and c, which comes to d".
    const total = /\b(total(?:ling|ing|s)?|in total|in all|altogether|adds? up to|add(?:ing)? up to|comes? to|sum of)\b/i.exec(text);
    if (total) {
      const before = text.slice(0, total.index);
      const after = text.slice(total.index);
      const pct = (s: string) => [...s.matchAll(/(\d+(?:\.\d+)?)\s*(%|percent|per cent)/gi)].map((m) => Number(m[1]));
      const money = (s: string) => [...s.matchAll(/[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?/gi)].map((m) => scaled(m[1], m[2]));
      for (const read of [pct, money]) {
        const parts = read(before);
        const stated = read(after)[0];
        if (parts.length >= 2 && stated !== undefined) {
          const sum = parts.reduce((a, b) => a + b, 0);
          if (Math.abs(sum - stated) > Math.max(1, stated * 0.02)) add({ claim: `Parts that do not add up to the stated total (${stated})`, correct: `The parts given add up to ${Math.round(sum * 100) / 100}`, words: text });
        }
      }
    }
  }
  for (const e of shareErrors(r.text)) add(e);
  for (const e of changes) add(e);
  return errors;
}

// "We cut DSO from 60 days to 45, a 40 percent reduction": a change the answer's own figures do not give.
const FIGURE = String.raw`[$£€]?\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\s*(?:%|percent|per cent|days?|points?|hours?|minutes?)?`;
const CHANGE = new RegExp(String.raw`\bfrom (?:about |around |roughly |nearly |over |under )?${FIGURE}\s+(?:\S+\s+){0,2}?(?:down |up )?to (?:about |around |roughly |nearly |just )?${FIGURE}([^.;]{0,40}?)\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:\S+\s+){0,1}?(reduction|cut|drop|fall|decrease|decline|improvement|increase|rise|gain|jump|lower|higher|less|more|better|faster|down|up)\b`, 'gi');

function changeErrors(text: string): FactError[] {
  for (const m of text.matchAll(CHANGE)) {
    const from = scaled(m[1], m[2]);
    const to = scaled(m[3], m[4]);
    const said = Number(m[6]);
    // Another figure between the two and the percentage ("from 60 to 45 days, and arrears by 30%") is another change.
    if (!(from > 0) || !(to >= 0) || from === to || /\d/.test(m[5] ?? '')) continue;
    const diff = Math.abs(from - to);
    // A relative change, one measured against the new figure, or a change in points between two rates: any of them is a fair reading.
    const readings = [(diff / from) * 100, to > 0 ? (diff / to) * 100 : Infinity, diff];
    if (readings.every((x) => Math.abs(x - said) > 2.5)) {
      return [{ claim: `A change the figures do not give (${said}%)`, correct: `From ${from.toLocaleString('en-US')} to ${to.toLocaleString('en-US')} is a change of ${Math.round((diff / from) * 1000) / 10}%`, words: m[0] }];
    }
  }
  return [];
}

// "9 times 0.75 gives us 7.25 percent": a product or quotient of two figures, stated wrong (answers-train15.yaml, training).
// Only a lone operation: in "3.6 divided by 6 times 90, so 54 days" no one step is the stated result.
const OPERATION = /(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?\s+(times|multiplied by|x|×|divided by)\s+(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?\s*,?\s*(?:gives(?: (?:us|you|me))?|is|equals|makes|=|comes to|which is|that's|that is)\s+(about |roughly |around |approximately |nearly |almost |just over |just under )?(\d[\d,]*(?:\.\d+)?)/gi;
const OPERATOR_BEFORE = /(?:times|multiplied by|divided by|plus|minus|over|x|×|\+|-|\/|\*)\s*$/i;
const OPERATOR_AFTER = /^\s*(?:%|percent|per cent)?\s*(?:times|multiplied by|divided by|plus|minus|x|×|\+|-|\/|\*)\s*\d/i;

function operationErrors(text: string): FactError[] {
  for (const m of text.matchAll(OPERATION)) {
    if (OPERATOR_BEFORE.test(text.slice(0, m.index))) continue;
    if (OPERATOR_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const a = Number(m[1]!.replace(/,/g, ''));
    const b = Number(m[3]!.replace(/,/g, ''));
    const said = Number(m[5]!.replace(/,/g, ''));
    const divide = /divided/i.test(m[2]!);
    if (divide && b === 0) continue;
    const right = divide ? a / b : a * b;
    // A result given as a percentage of a ratio, or of a percentage, reads either way; "about" allows rounding.
    const tolerance = m[4] ? 0.06 : 0.02;
    if ([right, right * 100, right / 100].some((v) => Math.abs(v - said) <= tolerance * Math.max(Math.abs(v), 0.01) + 0.005)) continue;
    const shown = Math.round(right * 100) / 100;
    return [{ claim: `A sum worked out wrong (${m[1]} ${m[2]} ${m[3]} is not ${m[5]})`, correct: `${m[1]} ${m[2]} ${m[3]} is ${shown.toLocaleString('en-US')}`, words: m[0] }];
  }
  return [];
}

// An amount with its unit: "$80,000", "£1.2m", "80 thousand", "80k" (a bare number is too often a count or a day).
const AMOUNT = String.raw`(?:[$£€]\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand|grand)?|(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand|grand)\b)`;
const TOTAL = new RegExp(String.raw`\b(?:total|portfolio|ledger|book|receivables)\b[^.]{0,25}?\b(?:is|of|was|are|at|comes to|stands at|=|:)\s*${AMOUNT}`, 'gi');
// The words between the amount and the share hold no other amount ("£1.2m and £300k of it, that is 25%" is the £300k's).
const SHARE = new RegExp(String.raw`${AMOUNT}(?:(?![$£€]\s?\d|\d[\d,]*(?:\.\d+)?\s*(?:k|m|million|thousand|grand)\b)[^.%]){0,40}?\b(?:that is|that's|which is|is|=|or|making|so|about|around)\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*of (?:the )?(?:whole )?(?:portfolio|total|book|ledger|receivables|all)\b`, 'gi');

/** A number as written ("1,200", "1.2") times its unit ("k", "thousand", "grand", "m", "million"). */
function scaled(digits: string | undefined, unit: string | undefined): number {
  const n = Number((digits ?? '').replace(/,/g, ''));
  const u = (unit ?? '').toLowerCase();
  return n * (u === 'k' || u === 'thousand' || u === 'grand' ? 1000 : u === 'm' || u === 'million' ? 1e6 : 1);
}

function amountOf(m: RegExpMatchArray, at: number): number {
  return scaled(m[at] ?? m[at + 2], m[at + 1] ?? m[at + 3]);
}

/** "Total is 200 thousand. Past due is 80 thousand, that is 66 percent of the portfolio": a share the answer's own figures do not give. */
function shareErrors(text: string): FactError[] {
  const totals = [...text.matchAll(TOTAL)].map((m) => amountOf(m, 1)).filter((n) => n > 0);
  if (totals.length !== 1 && new Set(totals).size !== 1) return [];
  const total = totals[0]!;
  const out: FactError[] = [];
  for (const m of text.matchAll(SHARE)) {
    const part = amountOf(m, 1);
    const said = Number(m[5]);
    if (part <= 0 || part > total) continue;
    const right = (part / total) * 100;
    if (Math.abs(right - said) > 2.5) {
      out.push({ claim: `A share of the total that the figures do not give (${said}%)`, correct: `${part.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} is ${Math.round(right * 10) / 10}%`, words: m[0] });
      break;
    }
  }
  return out;
}
