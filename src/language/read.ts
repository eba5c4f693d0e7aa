// Reading an answer: sentences, tokens with lemmas and parts of speech, clause breaks and
// conditional antecedents. wink-nlp does the linguistics; it is loaded on first use (about 100 ms),
// so commands that never grade never pay for it, and an interactive session can warm it up while
// the first question is on screen (`warmUpLanguage`).
import { createRequire } from 'node:module';
import { beginDocument, leanModel, winkParts } from './wink-model.js';

export interface Token {
  /** The word as written, lower-cased. */
  w: string;
  /** Its lemma ("rang" -> ring, "n't" -> not). */
  l: string;
  pos: string;
  /** Index in the sentence. */
  i: number;
  /** Character offsets in the answer. */
  start: number;
  end: number;
  /** Inside an "if/unless ..." antecedent: what follows it is the consequence. */
  antecedent: boolean;
  /** A clause starts at this token (after "but", "; ", ", I ..."). */
  clauseStart: boolean;
  /** Inside quotation marks: somebody's words, not necessarily the candidate's. */
  quoted: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  tokens: Token[];
}

export interface Reading {
  text: string;
  sentences: Sentence[];
  /** All word tokens (no punctuation), in order. */
  words: Token[];
}

interface WinkDoc {
  sentences(): { each(fn: (s: WinkSentence) => void): void };
  tokens(): { out(as?: unknown): unknown };
}
interface WinkSentence {
  tokens(): { length(): number; itemAt(k: number): { index(): number } | undefined };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let wink: Wink | undefined;

function nlp(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = winkParts(require).winkNLP as (model: unknown, pipe?: string[]) => Wink;
    // Sentence boundaries, POS and lemmas are all the grader reads; skipping NER and sentiment
    // saves a third of the time per answer, and loading only their model (wink-model.ts) saves
    // a third of the load.
    wink = winkNLP(leanModel(require), ['sbd', 'pos']);
  }
  return wink;
}

/** Loads the language model now (idempotent). */
export function warmUpLanguage(): void {
  nlp();
}

const BREAK_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'so', 'because', 'while', 'instead', 'otherwise', 'then']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'that', 'this', 'there']);
const CONDITION = new Set(['if', 'unless']);
const COMPLEMENT_IF = new Set(['surprised', 'surprise', 'shocked', 'ask', 'wonder', 'see', 'check', 'know', 'sure', 'whether']);

const cache = new Map<string, Reading>();

/** Reads an answer; the same text is read once (a session grades, then renders, the same answer). */
export function readText(text: string): Reading {
  const hit = cache.get(text);
  if (hit) return hit;
  const reading = readUncached(text);
  if (cache.size > 2000) cache.clear();
  cache.set(text, reading);
  return reading;
}

/** wink's bulk output, checked rather than cast: an array of strings. */
function stringsOf(out: unknown): string[] {
  return Array.isArray(out) ? out.map((x) => String(x)) : [];
}

const WHITESPACE = /^\s*$/;

function readUncached(text: string): Reading {
  const w = nlp();
  const its = w.its as { lemma: unknown; pos: unknown };
  const sentences: Sentence[] = [];
  // wink gives no character offsets: find each token in the text in order.
  let cursor = 0;
  beginDocument();
  const doc = w.readDoc(text);
  // Each token's text, lemma and tag in three bulk reads: asking token by token costs as much as the parse.
  const surfaces = stringsOf(doc.tokens().out());
  const lemmas = stringsOf(doc.tokens().out(its.lemma));
  const tags = stringsOf(doc.tokens().out(its.pos));
  doc.sentences().each((s) => {
    const tokens: Token[] = [];
    const col = s.tokens();
    const from = col.itemAt(0)?.index() ?? 0;
    for (let j = from; j < from + col.length(); j++) {
      const surface = surfaces[j] ?? '';
      let at = text.indexOf(surface, cursor);
      if (at < 0 || at - cursor > 40) at = cursor;
      cursor = at + surface.length;
      // A line break inside a sentence (an answer wrapped in a file or an editor) is a token to wink; the
      // patterns read words, so it is left out.
      if (WHITESPACE.test(surface)) continue;
      const lower = surface.toLowerCase();
      // "they're being childish": the tagger keeps "being" as its own lemma; as an auxiliary it is "be".
      let lemma = lower === 'being' && tags[j] === 'AUX' ? 'be' : normaliseLemma((lemmas[j] ?? lower).toLowerCase(), lower);
      // "Then I'd lay all forty side by side": after a modal or "to", "lay" is the verb lay, not the past of lie
      // (read as "lie", it told an untruth; answers-train14.yaml).
      if (lower === 'lay' && lemma === 'lie' && /^(would|will|can|could|should|might|must|may|to|shall)$/.test(tokens[tokens.length - 1]?.l ?? '')) lemma = 'lay';
      tokens.push({ w: lower, l: lemma, pos: tags[j] ?? 'X', i: tokens.length, start: at, end: at + surface.length, antecedent: false, clauseStart: tokens.length === 0, quoted: false });
    }
    if (tokens.length === 0) return;
    // A capital at the start of a sentence makes the tagger read "Customers were told" as a name.
    const first = tokens[0]!;
    if (first.pos === 'PROPN') {
      const singular = COMMON_NOUNS.has(first.w) ? first.w : first.w.endsWith('s') && COMMON_NOUNS.has(first.w.slice(0, -1)) ? first.w.slice(0, -1) : undefined;
      if (singular) {
        first.pos = 'NOUN';
        first.l = singular;
      } else if (/^\p{Lu}\p{Ll}+$/u.test(text.slice(first.start, first.end)) && tokens[1]?.pos !== 'PROPN') {
        // Any other capitalised word that opens a sentence ("Bailiffs will be round", "Threats
        // work"): read on its own in lower case, the tagger knows it as a noun or a verb.
        const alone = w.readDoc(first.w);
        const pos = stringsOf(alone.tokens().out(its.pos));
        const lemma = stringsOf(alone.tokens().out(its.lemma));
        // Only an inflected form: a name ("Sarah said") reads the same in lower case and stays a name.
        if (pos.length === 1 && (pos[0] === 'NOUN' || pos[0] === 'VERB') && lemma[0]!.toLowerCase() !== first.w) {
          first.pos = pos[0];
          first.l = normaliseLemma(lemma[0]!.toLowerCase(), first.w);
        }
      }
    }
    // "we'd called" is "we had called": wink reads every 'd as would.
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1]!;
      if (t.l === 'would' && (t.w === "'d" || t.w === '’d') && next.pos === 'VERB' && next.w !== next.l) t.l = 'have';
      // "agents call a relative", "the team ring every customer": the tagger reads the verb after
      // a plural subject as a noun compound; a determiner or pronoun after it shows it is the verb.
      const after = tokens[k + 2];
      if (next.pos === 'NOUN' && NOUN_READ_VERBS.has(next.l) && next.w === next.l && (t.pos === 'NOUN' || t.pos === 'PRON') && after && (after.pos === 'DET' || after.pos === 'PRON' || after.pos === 'NUM' || after.pos === 'PROPN')) next.pos = 'VERB';
    }
    markClauses(tokens);
    const start = tokens[0]!.start;
    sentences.push({ text: text.slice(start, tokens[tokens.length - 1]!.end), start, tokens });
  });
  // Quotations can run over several sentences.
  markQuotes(sentences.flatMap((s) => s.tokens));
  const words = sentences.flatMap((s) => s.tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE'));
  return { text, sentences, words };
}

function normaliseLemma(lemma: string, surface: string): string {
  if (surface === "n't" || surface === 'n’t' || surface === 'nt') return 'not';
  if (surface === "'d" || surface === '’d') return 'would';
  if (surface === "'ll" || surface === '’ll') return 'will';
  if (surface === 'ca' || surface === 'wo') return surface === 'ca' ? 'can' : 'will';
  // The model reads "DA" (district attorney) as a form of "the".
  if (surface === 'da') return 'da';
  const fixed = LEMMA_FIXES[lemma] ?? (lemma === surface ? britishDoubled(surface) : undefined);
  const l = (fixed ?? lemma).replace(/’/g, "'");
  // An opening quotation mark glued to a word ("'a disgrace'", "'deadbeats'") is not part of it;
  // a contraction ("'s", "'re", "'em") is.
  const quoted = /^['‘"“]([\p{L}\p{N}].*)$/u.exec(l);
  return quoted && !/^(s|re|ve|m|ll|d|t|em|n|cause|til)$/.test(quoted[1]!) ? quoted[1]! : l;
}

// British spelling doubles the l before -ing and -ed ("redialling", "cancelled", "labelled"); the model
// leaves those forms as their own lemma.
const DOUBLED_L = new Set(['redial', 'dial', 'cancel', 'label', 'travel', 'model', 'signal', 'counsel', 'level', 'total', 'channel', 'enrol', 'instal', 'quarrel', 'unravel', 'fuel']);
function britishDoubled(surface: string): string | undefined {
  const m = /^([a-z]+l)l(?:ing|ed)$/.exec(surface);
  return m && DOUBLED_L.has(m[1]!) ? m[1] : undefined;
}

// Nouns that open sentences in collections answers; the tagger may take them for names there.
const COMMON_NOUNS = new Set(['customer', 'consumer', 'debtor', 'borrower', 'agent', 'collector', 'caller', 'account', 'letter', 'call', 'text', 'message', 'email', 'voicemail', 'script', 'policy', 'team', 'staff', 'people', 'manager', 'supervisor', 'client', 'family', 'parent', 'relative', 'widow', 'attempt', 'dialler', 'dialer', 'tenant', 'agency', 'vendor', 'workplace', 'employer', 'neighbour', 'neighbor', 'payment', 'dispute', 'complaint', 'case', 'debt', 'balance', 'notice', 'reminder', 'visit', 'contact', 'household', 'holder', 'member', 'advisor', 'adviser', 'rep']);

const NOUN_READ_VERBS = new Set(['call', 'ring', 'phone', 'text', 'email', 'contact', 'chase', 'visit', 'push', 'press', 'tell', 'ask', 'message']);

// Words the model leaves uninflected-as-written: the verbs of contact that the rules count.
// No prototype: an answer's "constructor" or "toString" must not find Object's methods here.
const LEMMA_FIXES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  texted: 'text', texting: 'text', texts: 'text', emailed: 'email', emailing: 'email', emails: 'email', messaged: 'message',
  messaging: 'message', dialled: 'dial', dialed: 'dial', dialling: 'dial', voicemailed: 'voicemail', rung: 'ring',
  whatsapped: 'whatsapp', phoned: 'phone', ringing: 'ring', pressurised: 'pressurise', pressurized: 'pressurize',
  garnished: 'garnish', garnishing: 'garnish', hounded: 'hound', badgered: 'badger', humiliated: 'humiliate',
  belittled: 'belittle', bluffed: 'bluff', impersonated: 'impersonate', skipped: 'skip', bypassed: 'bypass',
  // The model gives "through" the lemma "thru": patterns say "go through".
  thru: 'through',
});

/**
 * Marks where clauses start and which tokens sit in a conditional antecedent. A negation only
 * reaches words in its own clause, and the "not" of "if you don't pay" never reaches the
 * consequence that follows ("you'll be arrested").
 */
const CONDITION_TIME_END = new Set(['today', 'tomorrow', 'tonight', 'now', 'week', 'month', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'payday']);

function markClauses(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1];
    // "a courteous but firm text": a "but" between two describing words joins them, not clauses.
    if (t.w === 'but' && prev.pos === 'ADJ' && next && (next.pos === 'ADJ' || (next.pos === 'NOUN' && tokens[k + 2]?.pos === 'NOUN'))) continue;
    // "telling her otherwise frightens someone": after a verb's object, "otherwise" means "the opposite", not "or else".
    if (t.w === 'otherwise' && /^(him|her|them|me|us|you)$/.test(prev.w) && tokens[k - 2]?.pos === 'VERB') continue;
    if (BREAK_WORDS.has(t.w) && t.pos !== 'ADJ') t.clauseStart = true;
    else if ((prev.w === ';' || prev.w === ':' || prev.w === '—' || prev.w === '–' || prev.w === '"' || prev.w === '“') && t.pos !== 'PUNCT') t.clauseStart = true;
    else if (prev.w === ',' && (SUBJECTS.has(t.w) || CONDITION.has(t.w))) t.clauseStart = true;
    else if (CONDITION.has(t.w)) t.clauseStart = true;
    else if (t.w === 'and' && next && (next.w === 'i' || next.w === 'we' || next.w === 'then')) t.clauseStart = true;
    else if (t.w === 'and' && prev.w === ',' && next && next.pos === 'VERB') t.clauseStart = true;
    else if ((t.w === 'rather' && next?.w === 'than') || (t.w === 'instead' && next?.w === 'of')) t.clauseStart = true;
  }
  for (let k = 0; k < tokens.length; k++) {
    if (!CONDITION.has(tokens[k]!.w)) continue;
    // "don't be surprised if bailiffs turn up", "she asked if I could ring later": an "if" that means
    // "that" or "whether" opens what is said or asked, not a condition.
    if (tokens[k]!.w === 'if' && k > 0 && COMPLEMENT_IF.has(tokens[k - 1]!.l)) continue;
    // "I asked her if she had a card": the person asked may stand between.
    if (tokens[k]!.w === 'if' && k > 1 && tokens[k - 2]!.l === 'ask' && /^(her|him|them|me|us|you)$/.test(tokens[k - 1]!.w)) continue;
    // The antecedent runs to a comma, or to the consequence's subject and modal ("... you will"),
    // or to "then".
    let sawVerb = false;
    let j = k;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      // ", or ringing after nine" goes on with the condition.
      if (j > k && t.w === ',' && (tokens[j + 1]?.w === 'or' || tokens[j + 1]?.w === 'and') && !SUBJECTS.has(tokens[j + 2]?.w ?? '')) {
        t.antecedent = true;
        continue;
      }
      if (j > k && (t.w === ',' || t.w === 'then' || t.w === ';' || t.w === ':' || t.w === '.')) break;
      if (j > k + 1 && sawVerb && SUBJECTS.has(t.w) && isModal(tokens[j + 1])) break;
      // "if he doesn't pay by Friday the police will come": a noun subject and its modal start the consequence.
      if (j > k + 1 && sawVerb && t.pos === 'DET' && tokens[j + 1]?.pos === 'NOUN' && isModal(tokens[j + 2])) break;
      if (j > k + 1 && sawVerb && (t.pos === 'NOUN' || t.pos === 'PROPN') && tokens[j - 1]?.pos !== 'DET' && tokens[j - 1]?.pos !== 'ADJ' && isModal(tokens[j + 1])) break;
      // "if they don't pay today the credit score goes to zero", "... by the end of the week the balance doubles": after
      // the condition's time, a new subject starts the consequence even with no comma and no modal.
      if (j > k + 1 && sawVerb && CONDITION_TIME_END.has(tokens[j - 1]!.w) && (t.pos === 'DET' || SUBJECTS.has(t.w)) && t.w !== 'that') break;
      // "if they still refuse I tell them ...": the candidate's own clause starts the consequence.
      const verbAt = (x: Token | undefined) => x?.pos === 'VERB' || x?.pos === 'AUX';
      // ("if they go quiet I just keep calling": an adverb may stand between.)
      if (j > k + 1 && sawVerb && (t.w === 'i' || t.w === 'we') && (verbAt(tokens[j + 1]) || (tokens[j + 1]?.pos === 'ADV' && verbAt(tokens[j + 2])))) break;
      // "if the money is not in our account by Friday he will": a copula is the condition's verb too.
      if (t.pos === 'VERB' || (t.pos === 'AUX' && j > k + 1)) sawVerb = true;
      t.antecedent = true;
    }
    if (j < tokens.length) {
      const after = tokens[j]!.w === ',' || tokens[j]!.w === 'then' ? tokens[j + 1] : tokens[j];
      if (after) after.clauseStart = true;
    }
  }
}

function markQuotes(tokens: Token[]): void {
  let open = false;
  for (const t of tokens) {
    if (t.w === '"' || t.w === '“' || t.w === '”' || t.w === "''" || t.w === '``') {
      open = t.w === '“' ? true : t.w === '”' ? false : !open;
      continue;
    }
    t.quoted = open;
  }
  markSingleQuotes(tokens);
}

const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Single quotation marks ("he said 'you lot are thieves'"): an opening mark has a space before it and a
 * word straight after; the closing one is attached to the word or stop before it. An apostrophe
 * ("the customers' accounts", "'s") never opens one, and a mark that no closing one follows
 * within the answer quotes nothing.
 */
function markSingleQuotes(tokens: Token[]): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const mark = t.w === "'" || t.w === '‘';
    const merged = !mark && /^['‘]\p{L}/u.test(t.w) && !/^['‘](s|re|ve|m|ll|d|t|em|n|cause|til)$/.test(t.w);
    if (!mark && !merged) continue;
    const prev = tokens[k - 1];
    if (prev && prev.end >= t.start) continue;
    const next = tokens[k + 1];
    if (mark && (!next || next.start !== t.end || !WORD_START.test(next.w))) continue;
    let close = -1;
    for (let m = k + 1; m < tokens.length && m < k + 80; m++) {
      const x = tokens[m]!;
      if (x.w === '"' || x.w === '“' || x.w === '”') break;
      if ((x.w === "'" || x.w === '’') && tokens[m - 1]!.end === x.start && (!tokens[m + 1] || tokens[m + 1]!.start > x.end || !WORD_START.test(tokens[m + 1]!.w))) { close = m; break; }
    }
    if (close < 0) continue;
    const from = mark ? k + 1 : k;
    // "their 'criminal referral' letter": a short name in scare quotes, with no verb, is a term, not someone's words.
    const term = close - from <= 3 && !tokens.slice(from, close).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (!term) for (let m = from; m < close; m++) tokens[m]!.quoted = true;
    k = close;
  }
}

function isModal(t: Token | undefined): boolean {
  return !!t && ['will', 'would', 'shall', 'should', 'could', 'can', 'might', 'may', 'must', 'be', 'go'].includes(t.l);
}

/** The clause a token is in: from the nearest clause start at or before it to the next one. */
export function clauseOf(sentence: Sentence, index: number): { from: number; to: number } {
  let from = index;
  while (from > 0 && !sentence.tokens[from]!.clauseStart) from--;
  let to = index + 1;
  while (to < sentence.tokens.length && !sentence.tokens[to]!.clauseStart) to++;
  return { from, to };
}
