// Text analysis for the offline grader: tokens, a light stemmer, and negation scopes.

// No prototype: an answer's "constructor" or "toString" must not find Object's methods here.
const IRREGULAR: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  told: 'tell', said: 'say', paid: 'pay', spoke: 'speak', spoken: 'speak', made: 'make', took: 'take', taken: 'take',
  gave: 'give', given: 'give', went: 'go', gone: 'go', thought: 'think', brought: 'bring', kept: 'keep', sent: 'send',
  wrote: 'write', written: 'write', met: 'meet', felt: 'feel', left: 'leave', found: 'find', got: 'get', began: 'begin',
  begun: 'begin', came: 'come', knew: 'know', known: 'know', understood: 'understand', bought: 'buy', sold: 'sell',
  chose: 'choose', chosen: 'choose', led: 'lead', ran: 'run', rang: 'ring', heard: 'hear', saw: 'see', seen: 'see',
  meant: 'mean', built: 'build', spent: 'spend', won: 'win', lost: 'lose', caught: 'catch', taught: 'teach',
  sought: 'seek', held: 'hold', stood: 'stand', broke: 'break', broken: 'break', drove: 'drive', fell: 'fall',
  became: 'become', did: 'do', done: 'do', was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be',
  has: 'have', had: 'have', owed: 'owe', agreed: 'agree', wrongly: 'wrong', better: 'good', best: 'good',
  people: 'person', children: 'child', men: 'man', women: 'woman', threw: 'throw', rose: 'rise', risen: 'rise',
});

const KEEP = new Set(['this', 'his', 'has', 'was', 'is', 'as', 'us', 'its', 'less', 'process', 'business', 'address',
  'status', 'bonus', 'focus', 'analysis', 'basis', 'crisis', 'always', 'series', 'news', 'across', 'plus', 'gas', 'bus', 'dso', 'cei', 'kpis']);

const stemCache = new Map<string, string>();

/** A deliberately small stemmer: enough that pay/paid/paying/payment and call/calls/calling meet. */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = stemUncached(word);
    // Words repeat a great deal across answers; the cap only guards against unbounded input.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || KEEP.has(w) || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ments') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ment') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ations') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ation') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ingly') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('i') && w.length > 3) w = `${w.slice(0, -1)}y`;
  return w;
}

/** Words that carry grammar, not content: ignored for topic overlap, counted to spot keyword lists. */
export const FUNCTION_WORDS = new Set(
  `a an the and or but if so then than that this these those there here to of in on at by for from with without into onto
  about over under after before during while as i me my mine we us our you your he him his she her they them their it its
  is am are was were be been being do does did done have has had having will would shall should can could may might must
  not no never nor also just very too only even still yet what which who whom whose when where why how all any each every
  some such own same other more most much many few up down out off again once both either neither because until`
    .split(/\s+/)
    .filter(Boolean),
);

/** Determiners and possessives, skipped when matching phrases: "call their family" matches "called her family". */
const SKIPPABLE = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'them', 'him', 'whole', 'own']);

// "Refuse" is not here: in collections it is mostly the customer who refuses, and "if they refuse,
// I threaten..." must not hide the threat.
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'avoid', 'stop', 'cannot', 'instead', 'rather', 'wouldn', 'won', 'didn', 'don', 'doesn', 'isn', 'wasn', 'shouldn', 'couldn', 'neither']);
/** Words that, anywhere in a sentence, show the candidate is naming a harmful act in order to rule it out. */
const PROHIBITIONS = /\b(illegal|unlawful|prohibit\w*|forbid\w*|forbidden|violat\w*|breach\w*|against the (law|rules|fdcpa)|not allowed|not permitted|never acceptable|unacceptable|harassment rules)\b/i;
/** How many words a negator governs: "I would not tell him about the debt or let his brother know". */
const NEGATION_REACH = 14;
const SPEAKER = new Set(['i', "i'd", "i'll", "i'm", "i've", 'i’d', 'i’ll', 'i’m', 'i’ve']);
const CLAUSE_BREAKS = new Set(['but', 'however', 'although', 'though', 'yet', 'whereas', 'instead']);

export interface Token {
  /** Lower-case surface form. */
  word: string;
  stem: string;
  sentence: number;
  /** True when a negator governs this token (e.g. "I never threatened"). */
  negated: boolean;
}

export interface Analysed {
  text: string;
  tokens: Token[];
  /** Tokens without determiners, for phrase matching. */
  phraseTokens: Token[];
  sentences: string[];
  words: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[$£€%]/gu;

export function analyse(text: string): Analysed {
  const expanded = text
    .replace(/\bwon['’]t\b/gi, 'will not')
    .replace(/\bcan['’]?t\b/gi, 'can not')
    .replace(/\bshan['’]t\b/gi, 'shall not')
    .replace(/n['’]t\b/gi, ' not');
  const sentences = expanded
    .split(/(?<=[.!?])\s+|\n+|;\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const tokens: Token[] = [];
  sentences.forEach((sentence, index) => {
    const words = sentence.toLowerCase().match(WORD) ?? [];
    const prohibited = PROHIBITIONS.test(sentence);
    let negateLeft = 0;
    for (const raw of words) {
      const word = raw.replace(/['’]s$/, '');
      // A new clause, or the speaker starting a new statement, ends a negation's reach.
      if (CLAUSE_BREAKS.has(word) || (SPEAKER.has(word) && negateLeft > 0)) negateLeft = 0;
      const s = stem(word);
      const isNegator = NEGATORS.has(word) || NEGATORS.has(s);
      tokens.push({ word, stem: s, sentence: index, negated: prohibited || (negateLeft > 0 && !isNegator) });
      if (isNegator) negateLeft = NEGATION_REACH;
      else if (negateLeft > 0) negateLeft--;
    }
  });
  const phraseTokens = tokens.filter((t) => !SKIPPABLE.has(t.word));
  return { text, tokens, phraseTokens, sentences, words: tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word)).length };
}

export function stems(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => stem(w.replace(/['’]s$/, '')));
}

/** Content stems of a phrase: what is left after function words. */
export function contentStems(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? [])
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => !FUNCTION_WORDS.has(w) && w.length > 1)
    .map(stem);
}

export interface PhraseMatch {
  index: number;
  negated: boolean;
}

/**
 * Finds a phrase (as stems, determiners dropped) in the answer, allowing up to `maxGap` words
 * between its parts; returns every place it occurs with whether it was negated there.
 */
export function findPhrase(
  answer: Analysed,
  phrase: readonly string[],
  alternatives?: (stem: string) => readonly string[],
  maxGap = 2,
): PhraseMatch[] {
  const parts = phrase.filter((p) => !SKIPPABLE.has(p));
  if (parts.length === 0) return [];
  const toks = answer.phraseTokens;
  const accepts = (tok: Token, want: string) => tok.stem === want || (alternatives?.(want).includes(tok.stem) ?? false);
  const out: PhraseMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!accepts(toks[i]!, parts[0]!)) continue;
    let pos = i;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      ok = false;
      for (let j = pos + 1; j <= pos + 1 + maxGap && j < toks.length; j++) {
        if (toks[j]!.sentence !== toks[i]!.sentence) break;
        if (accepts(toks[j]!, parts[k]!)) {
          pos = j;
          ok = true;
          break;
        }
      }
    }
    // Only a negation before the phrase counts: "not my problem" is itself the phrase.
    if (ok) out.push({ index: i, negated: toks[i]!.negated });
  }
  return out;
}
