// Contact counts, intervals and hours: the numbers the excessive-contact and inconvenient-time rules check
// (Reg F §1006.14(b)(2)'s 7 in 7 days and §1006.6(b)(1)'s 8 a.m. to 9 p.m.), read from digits, words and phrases.
import { numberAt, timeAt } from '../../language/numbers.js';
import { clauseOf, type Reading, type Sentence } from '../../language/read.js';
import { CORRECTION_WORDS, OWN_MISTAKE, negatedBetween, ownActAt, practiceContact, reportedOrCorrected, ruleTalkAround, speechBefore, subjectBefore, type Actor } from '../frame.js';
import { lemmasOf, tokenAt } from './lemmas.js';
import type { ConductHit, DetectContext } from './types.js';
import { DETECTORS } from './detectors.js';
import { ownRuleAt } from './speaker.js';

/** Contact verbs: the acts whose count and time the contact rules check. */
export const CONTACT = new Set(['catch', 'call', 'ring', 'phone', 'text', 'dial', 'try', 'chase', 'contact', 'message', 'attempt', 'visit', 'knock', 'reach', 'schedule', 'redial', 'retry', 'email', 'hit', 'buzz', 'callback']);
const BOUND = /(?<!\b(?:my|our) )\b(at most|no more than|not more than|maximum|max|up to|limit|cap|never more than|fewer than|less than|under|within(?! reason)|allow|permit|can|may|legal|rule|law|regulation|presum|presumption|threshold)\b/;
// "Our strategy on the ninety-day bucket was eight attempts a week": a rate the candidate's own plan set.
const OWN_PLAN = /\b(my|our) (\S+ )?(strategy|policy|target|approach|plan|cadence|standard|contact strategy|treatment|rule)\b/;
// "nine attempts a week per account": a count per one consumer, whatever the book it is said of.
const PER_ONE = /\b(per|each|a|on each|for each) (account|customer|consumer|debt|debtor|person|file|number)\b/;
// "I've noted that nine-thirty at night is the best time to reach you": the consumer's own hour, recorded.
const NOTED_PREFERENCE = /\b(note|record|log)\w* (that )?(\S+ ){0,6}(be )?the (good|best|easy|right) time to (reach|call|ring|contact|phone) (you|her|him|them)\b/;
const PERIOD_DAY = /^(day|morning|afternoon|evening|shift)$/;

function contactCandidate(s: Sentence, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const t = s.tokens[j]!;
    if (!CONTACT.has(t.l)) continue;
    // "catch up on notes" is not reaching anyone.
    if (t.l === 'catch' && (t.pos !== 'VERB' || s.tokens[j + 1]?.w === 'up')) continue;
    if (t.pos === 'VERB') return j;
    // The tagger reads "and ring several times" as a noun: a contact word after a conjunction,
    // "to" or a modal is the verb.
    const before = s.tokens[j - 1];
    if (before && (before.w === 'and' || before.w === 'or' || before.w === 'to' || before.pos === 'AUX') && s.tokens[j + 1]?.pos !== 'NOUN') return j;
    // "I made nine calls": the noun counts with a verb of doing ("sent her twenty - two texts": a number read as three tokens).
    for (let m = j - 1; m >= Math.max(from, j - 6); m--) if (/^(make|place|do|schedule|send|run|put in|fire|leave|start|begin|open|give)$/.test(s.tokens[m]!.l) && s.tokens[m]!.pos === 'VERB') return m;
  }
  return -1;
}

// Contact counted over a queue or a team is volume, not contact with one customer.
// (Until 2026-12-02 a stray control character stood where the \b is, and this never matched; 'accounts', 'dialler'
// and 'campaign' are left out, as a dialler set per account is contact with each consumer.)
const VOLUME = /\b(queue|across (the|our|all)|portfolio|per agent|each agent|the team|team|total|all (the|our) (customers|accounts)|book)\b/;

// "I had the team call him twelve times a day": the team's count is of contact with one person, not the team's volume.
const ONE_TARGET = /\b(call|ring|phone|text|dial|try|chase|contact)\w* (him|her|the (customer|consumer|debtor)|each (customer|consumer|debtor)|every (customer|consumer|debtor))\b/;

export function candidateDid(s: Sentence, k: number, keep?: readonly string[]): { ok: boolean; actor: Actor } {
  const subj = subjectBefore(s, k, true);
  if (subj.actor === 'other') return { ok: false, actor: 'other' };
  // "the owner said we'd rung him nine times in a fortnight": the customer's complaint about the firm, told by the
  // candidate who took it (answers-train14.yaml); "I told him we'd call at ten" stays the candidate's.
  const said = speechBefore(s, k);
  if (said >= 0 && /^(say|tell|claim|complain|allege|insist|report|mention)$/.test(s.tokens[said]!.l) && s.tokens[subj.index]?.w === 'we' && subjectBefore(s, said, true).actor === 'other') return { ok: false, actor: 'other' };
  if (negatedBetween(s, Math.max(0, subj.index), k, keep ? { keep } : {})) return { ok: false, actor: subj.actor };
  return { ok: true, actor: subj.actor };
}

export function clauseText(s: Sentence, k: number, text: string): string {
  const c = clauseOf(s, k);
  const from = s.tokens[c.from]!.start;
  const to = s.tokens[Math.min(c.to, s.tokens.length) - 1]!.end;
  // A clause cut before "though" or "and" should not end on the word that opened the next one.
  // A line break inside the clause (an answer typed over several lines) is shown as a space.
  return text.slice(from, to).replace(/\s+/g, ' ').replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '').replace(/[\s,]+(even|and|but|so|or|then|because)$/i, '');
}

/** The candidate (or a plan of theirs) set what follows: "we set the dialler to", "I approved a strategy of". */
function candidateSets(s: Sentence, from: number, k: number): boolean {
  const subj = subjectBefore(s, k, true);
  if (subj.actor !== 'candidate' || negatedBetween(s, Math.max(from, subj.index), k)) return false;
  return s.tokens.slice(Math.max(0, subj.index), k).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^(move|set|run|raise|increase|push|go|introduce|switch|start|make|have|put|change|add|schedule|programme|program|configure|approve|lift|allow|get|use|target|aim|plan|extend|stretch|save|reserve|book|keep)$/.test(t.l));
}

const RECEIVED_CALLS = /\b(customer|consumer|debtor|people|coast|zone|pacific|mountain|california|hawaii|alaska|borrower|household|account holder|anyone|everyone|whoever)s? (\S+ ){0,6}(get|receive)\w* (\S+ ){0,2}(call|text|ring|voicemail)s? (\S+ ){0,4}at\b/;

// Words that say a time is when calls are made: hours, shifts, windows and blocks of the dialler or the team.
// ("we started the first pass at 7 a.m. Eastern": a dialling pass or wave, answers-train15.yaml.)
const CONTACT_SETTING = /\b(dialler|dialer|call|calling|contact|outbound|shift|window|block|campaign|queue|attempt|(?:first|second|third|dial|dialling|calling|morning|evening) (?:pass|wave|sweep))\b/;
// "My best contact window was...", "our calling hours run...": the candidate's own practice, stated.
// ("I set the calling window on the campaign to 7 a.m. to 10 p.m.": conduct-train23.yaml, training.)
const OWN_WINDOW = /\b(my|our) (\S+ ){0,4}(window|hour|shift|block|slot)s? (\S+ ){0,2}(be|run|go|start|finish|end|stretch)\b|\b(i|we) (\S+ )?(set|change|move|extend|push|open|widen|stretch)\w* (\S+ ){0,3}(window|hour|slot)s?\b/;

// Words for frequency and hours, looked for in every sentence after the counts and clock times.
export const FREQUENCY_WORDS = / (?:(?:call|ring|phone|text|chase)\S* (?:them|him|her|the customer|people) every (?:single )?day\b(?: \S+){0,9}? (?:until|till)|every (?:\S+ )?(?:hour|half hour|minute|\d+ minute|couple of hour|few hour|two hour|three hour|hour or so|other hour)|(?:once|twice) an hour|(?:keep|leave|kept|left)\S* (?:the |our )?(?:dialler|dialer|auto-dialler|autodialler|autodialer) (?:go|run|dial|on)\S* (?:\S+ ){0,3}(?:until|till|til)|(?:until|till|til|unless) (?:he|she|they|you|the customer|someone|somebody) (?:finally |eventually )?(?:pick up|pick|answer|pay|call back|respond|reply|give in|agree|cave|engage|set up|ring back|get back)|keep (?:call|ring|phone|try|dial|redial|text|chase|hammer|bombard)\S* (?:\S+ ){0,8}(?:until|till|til)|keep (?:call|ring|phone|try|dial)\S* (?:you |him |her |them )?(?:through|all) (?:the )?(?:day|evening|night|weekend)|(?:each|every) morning and (?:night|evening)|(?:will|'ll) (?:pick up|answer) eventually|non-stop|nonstop|constantly|over and over|again and again|back to back|back-to-back|around the clock|round the clock|day and night|all day long|auto-redial|autodial|auto redial|on redial|bombard|hammer (?:\S+ ){0,2}phone|blow up (?:\S+ ){0,2}phone|flood|redial (?:\S+ ){0,3}(?:within|in) the (?:hour|minute)|redial (?:\S+ ){0,3}all day|(?:second|another|follow-up) call (?:\S+ ){0,2}(?:straight|right|immediately) after|repeat(?:ed)? call|(?:remove|switch off|turn off|disable|lift|bypass)\S* (?:\S+ ){0,3}(?:seven-in-seven|7-in-7|seven in seven|7 in 7|attempt cap|call cap|frequency cap)|every day (?:that|this|the) week|(?:just |only )?to keep the pressure on|as often as (?:they|we|you|i|he|she) (?:like|want|wish|please|fancy)|as often as (?:it take|it need|need|necessary|we can|possible)|every day until (?!it |that |the (?:number|figure|rate|ageing|aging|backlog|queue|dso|balance go|total)\b)|(?:call|ring|text|chase|dial|redial|contact|message|remind)\S* (?:\S+ ){0,6}(?:until|till) (?:the (?:account|balance|debt|arrears|loan) (?:be )?|it (?:be )?)(?:pay|clear|settle)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?: or (?:two|three|four|five|six|seven|eight|nine|ten|\d+))? time (?:in|an|per|a|each|every) hour|(?:redial|call back|ring back|phone back|call straight back|ring straight back|call right back|ring right back)\S* (?:\S+ ){0,3}(?:if|after|when|whenever|the moment|as soon as) (?:\S+ ){0,5}hang (?:\S+ )?up|(?:call|ring|phone)\S* (?:\S+ ){0,2}(?:straight|right) back (?:\S+ ){0,2}(?:after|when|whenever|if) (?:\S+ ){0,3}hang(?:-| - | )?up)\b/g;
export const LATE_WORDS = / (?:late at night|middle of the night|after midnight|at midnight|(?:just|right|shortly) before midnight|(?:around|near|close to|nearly|almost) midnight|crack of dawn|at dawn|the early hour|small hour|before (?:the )?sunrise)\b/g;

/**
 * Excessive contact and inconvenient hours: numbers and clock times near a contact verb. `may` is
 * the prefilter's answer for the sentence, in detectorSources' order (the detectors, then
 * FREQUENCY_WORDS and LATE_WORDS).
 */
export function contactHits(r: Reading, si: number, lem: string, ctx: DetectContext, may: readonly boolean[]): ConductHit[] {
  const s = r.sentences[si]!;
  const hits: ConductHit[] = [];
  const toks = s.tokens;
  if (/\b(she|he|they|customer|consumer) (\S+ ){0,2}(ask|request|prefer|want|choose|suggest|agree)\b.{0,40}\b(call|ring|contact|phone)\b|\bat (her|his|their) request\b|\b(ask|request)(ed)? (\S+ ){0,2}(evening|early|late) call/.test(lem)) return hits;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.antecedent) continue;
    // Counts: "nine times a day", "15 calls last week", "every hour".
    const n = numberAt(toks, k);
    if (n && !(toks[k - 1]?.w === 'the')) {
      // "twice a day": the count word holds its own unit.
      const implicit = /^(twice|thrice)$/.test(t.w) ? 1 : 0;
      const unit = implicit ? { l: 'time' } : toks[k + n.length];
      // "I moved the attempts cap from three to six a day": the unit named before, with the cap the candidate set.
      const per = /^(a|per)$/.test(unit?.l ?? '') ? toks[k + n.length + 1]?.l : undefined;
      if (!implicit && (per === 'day' || per === 'week') && (per === 'day' ? n.value * 7 : n.value) > 7) {
        const c = clauseOf(s, k);
        const before = toks.slice(c.from, k).map((x) => x.l).join(' ');
        if (/\b(call|attempt|dial|contact|text)s? (cap|limit|maximum|max|ceiling|allowance)\b/.test(before) && candidateSets(s, c.from, k) && !ruleTalkAround(s, k) && !reportedOrCorrected(s, k)) hits.push({ rule: 'excessive-contact', words: clauseText(s, k, r.text), sentence: si });
      }
      // "twelve goes a day": a count of tries in the plain word (conduct-train18.yaml, training).
      if (unit && (/^(time|call|attempt|text|message|voicemail|email|dial)$/.test(unit.l) || ('w' in unit && unit.w === 'goes'))) {
        // "twenty-two texts and emails over the weekend": a second channel joined to the first.
        const joined = !implicit && toks[k + n.length + 1]?.w === 'and' && /^(call|text|email|message|voicemail|letter)$/.test(toks[k + n.length + 2]?.l ?? '') ? 2 : 0;
        const skip = joined || (!implicit && toks[k + n.length + 1] && /^(attempt|time)$/.test(toks[k + n.length + 1]!.l) ? 1 : 0);
        // "twelve attempts per debt per week": what the count is per stands before its period.
        const restAt = k + n.length + 1 + skip - implicit;
        const perWhat = /^(per|each|for each|on each|on every|a|on one|on a|on the same) (debt|account|customer|consumer|number|phone number|line|person|file|case|debtor|lady|man|woman|guy|bloke|client) /.exec(toks.slice(restAt, restAt + 4).map((x) => x.l).join(' ') + ' ');
        const shift = perWhat ? perWhat[0].trim().split(' ').length : 0;
        // "every single day": the intensifier says nothing of the rate.
        const rest = toks.slice(restAt + shift, restAt + shift + 5).map((x) => x.l).join(' ').replace(/^(every|each|a) single /, '$1 ').split(' ').slice(0, 4).join(' ');
        let perWeek: number | undefined;
        if (/^(a|per|each|every|in a|in one|in the same|that|the same|one) (day|morning|afternoon|evening|shift)\b|^(yesterday|today|that day|in one day|in a single day|before lunch|in an afternoon|in a morning)\b|^(on|that|last|one) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(rest)) perWeek = n.value * 7;
        else if (/^(a|per|each|every|in a|in one|that|this|last|the same) week\b|^(in|over) (a|one|the|seven|7) (week|day)|^(in|over|within|during) the (next|following|coming) week\b/.test(rest)) perWeek = n.value;
        else if (/^(a|per|each|every|in an|in one|in a) hour\b/.test(rest)) perWeek = 999;
        else {
          // "over the next seven days": the days after a conversation count as the days before one do.
          const longer = toks.slice(restAt + shift, restAt + shift + 6).map((x) => x.l).join(' ');
          const days = /^(?:in|over|within) (?:the )?(?:last |past |first |next |following |coming )?(\S+) day/.exec(longer);
          const d = days ? numberAt(toks, restAt + shift + longer.split(' ').indexOf(days[1]!)) : undefined;
          // "thirty calls in ten days": a rate over a month or less, scaled to a week.
          if (d && d.value > 0 && d.value <= 31) perWeek = (n.value * 7) / d.value;
          // "eleven times between the 3rd and the 9th", "from the 3rd to the 9th": a span of dates; "over the weekend": two days.
          const span = /^(?:\S+ ){0,3}?(?:between|from) (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:and|to|till|until|-) (?:the )?(\d{1,2})(?:st|nd|rd|th)?\b/.exec(toks.slice(restAt + shift, restAt + shift + 10).map((x) => x.w).join(' '));
          const spanDays = span ? Number(span[2]) - Number(span[1]) + 1 : 0;
          if (!d && spanDays > 0 && spanDays <= 31) perWeek = (n.value * 7) / spanDays;
          else if (!d && /^(?:over|during|across|in|on) (?:the|one|a|that) weekend\b/.test(rest)) perWeek = (n.value * 7) / 2;
        }
        const c = clauseOf(s, k);
        const clauseLem = toks.slice(c.from, c.to).map((x) => x.l).join(' ');
        // A bound is said of the count: before it in its clause or just after it ("ten a week at most"), not in a later
        // clause of its own ("..., and anyone under that went on a performance plan", conduct-train21.yaml, training).
        const boundLem = toks.slice(c.from, Math.min(c.to, k + n.length + 6)).map((x) => x.l).join(' ');
        // "try each number up to twelve times a week": a ceiling above the rule's seven is no bound on the count.
        const ceilingOver = perWeek !== undefined && perWeek > 7 && /\b(up to|at most|no more than|not more than|maximum of|max of|max|capped at|cap of|limit of)$/.test(toks.slice(Math.max(c.from, k - 3), k).map((x) => x.l).join(' '));
        const dayRate = /(day|morning|afternoon|evening|shift|yesterday|today)/.test(rest.split(' ').slice(0, 4).join(' ')) && !/week|(seven|7) day/.test(rest);
        // Reg F: more than 7 attempts in 7 days. "three times a day" is 21 a week; "twice in one day" once is not a pattern.
        // A business is called more often than a household: on B2B cards only a flood counts.
        const excessive = perWeek !== undefined && (ctx.sector !== 'commercial' || perWeek >= 35) && (dayRate ? n.value >= 3 || (n.value >= 2 && /\b(every|each|a|per) day\b/.test(rest)) : perWeek > 7);
        // A bound ("up to", "at most") keeps a count within the rule, unless the bound itself is a flood ("up to twenty times a day").
        // "Say I see we called five times in three days", "I found the dialler ringing eleven times a week, so I capped it": a review, not the act.
        // "we can make twenty-one attempts in one week": a permission word is no bound on a count twice the rule's.
        const permitsFlood = ceilingOver || (perWeek !== undefined && perWeek >= 14 && !BOUND.test(boundLem.replace(/\b(can|may|allow|permit)\b/g, '')));
        // "The dialler could make twelve attempts a week, but I capped it at six": a capacity the candidate then capped (conduct-train19.yaml).
        const cappedAfter = /\bbut (i|we) (cap|limit|cut|reduce|lower|restrict|bring)\w*\b/.test(lem) && /\b(could|can|would|might|be able to)\b/.test(clauseLem);
        if (excessive && !cappedAfter && (!BOUND.test(boundLem) || (dayRate && n.value >= 5) || permitsFlood) && (!VOLUME.test(lem) || perWhat !== null || PER_ONE.test(rest) || ONE_TARGET.test(clauseLem)) && !ruleTalkAround(s, k) && !reportedOrCorrected(s, k)) {
          // "I called him that evening and then twice a day": the count's clause may leave its verb behind.
          const inClause = contactCandidate(s, c.from, Math.min(toks.length, k + n.length + 3));
          const verb = inClause >= 0 || !implicit ? inClause : contactCandidate(s, 0, k);
          const did = candidateDid(s, verb >= 0 ? verb : k);
          if (verb >= 0 && did.ok) hits.push({ rule: 'excessive-contact', words: clauseText(s, k, r.text), sentence: si });
          // "We set the dialler to ten attempts a day": a rate the candidate set, with no contact verb.
          else if (/^(call|attempt|text|message|dial)$/.test(unit.l) && toks[k - 1]?.w !== 'from' && ((verb < 0 && (candidateSets(s, c.from, k) || OWN_PLAN.test(lem))) || practiceContact(s, k))) hits.push({ rule: 'excessive-contact', words: clauseText(s, k, r.text), sentence: si });
        }
      }
    }
    // Clock times.
    let time = timeAt(toks, k);
    // "My night team rang customers until half past ten": the sentence says which half of the day.
    if (time && !time.explicit && time.hour >= 9 && time.hour <= 11 && /\b(night|evening|late|tonight|after work|bedtime)\b/.test(lem) && !/\b(morning|am|a\.m\.)\b/.test(lem)) time = { ...time, hour: time.hour + 12, explicit: true };
    // "an early shift that started dialling at half six": the morning, said another way.
    else if (time && !time.explicit && time.hour >= 4 && time.hour <= 7 && /\b(early|morning|dawn|first thing|before work|sunrise|breakfast)\b/.test(lem) && !/\b(evening|night|pm|p\.m\.|tonight|afternoon)\b/.test(lem)) time = { ...time, explicit: true };
    if (time && time.explicit) {
      const prev = toks[k - 1]?.w ?? '';
      const late = time.hour > 21 || (time.hour === 21 && time.minute > 0);
      const early = time.hour < 8;
      const c = clauseOf(s, k);
      const clauseLem = toks.slice(c.from, c.to).map((x) => x.l).join(' ');
      let bad = false;
      if (prev === 'between' || prev === 'from') {
        const end = toks.slice(k + time.length, k + time.length + 6);
        const j = end.findIndex((x) => x.w === 'and' || x.w === 'to' || x.w === 'until' || x.w === '-');
        const t2 = j >= 0 ? timeAt(toks, k + time.length + j + 1) : undefined;
        if (t2 && (early || t2.hour > 21 || (t2.hour === 21 && t2.minute > 0))) bad = true;
        // "calling from seven thirty in the morning": a start with no end is judged alone.
        else if (!t2 && prev === 'from') bad = early || late;
      } else if (prev === 'after' || prev === 'past' || prev === 'gone') bad = time.hour >= 21;
      else if (prev === 'before') bad = time.hour <= 8 && !(time.hour === 8 && time.minute === 0) ? true : time.hour < 8;
      // "until half past seven in the morning": a window that ends before eight began before it too.
      else if (prev === 'until' || prev === 'till' || prev === 'til' || prev === 'to') bad = late || early;
      else if (prev === 'by' || prev === 'no' || prev === 'than') bad = false;
      else bad = late || early;
      // "from nine to ten at night", "six to eight in the morning": the start of a range shares the end's half of the day.
      const start = (prev === 'to' || prev === 'and' || prev === '-') && toks[k - 2] ? numberAt(toks, k - 2) : undefined;
      if (!bad && start && start.length === 1 && start.value >= 1 && start.value <= 12 && Number.isInteger(start.value) && start.value < (time.hour % 12 || 12)) {
        const h = time.hour >= 12 ? (start.value % 12) + 12 : start.value % 12;
        bad = h < 8 || h > 21;
      }
      const ownWindow = OWN_WINDOW.test(lem);
      // Permission words said of the time: before it in its clause, or just after it ("9:45 p.m. is fine"); a later
      // clause's "the time rule is more of a guideline" does not make the call itself rule talk.
      // ("around 10pm when he can't hide behind his assistant": a "can" after the time is not said of it.)
      const beforeLem = toks.slice(c.from, k).map((x) => x.l).join(' ');
      const afterLem = toks.slice(k + time.length, Math.min(c.to, k + time.length + 4)).map((x) => x.l).join(' ');
      const permitted = /\b(allow|permit|fine|ok|okay|legal|lawful|rule|law|permissible|can|could|may|acceptable|presum|regulation|reg f)\b/.test(beforeLem) || /^(?:\S+ )?(?:be|is|'s|are|was) (?:\S+ )?(?:allow|permit|fine|ok|okay|legal|lawful|permissible|acceptable|within)\b|^(?:\S+ )?(?:be|is) (?:the )?(?:rule|law|limit|cut-off|cutoff)\b/.test(afterLem);
      if (bad && !ruleTalkAround(s, k) && !(!ownWindow && /\bwindow\b/.test(clauseLem)) && !permitted) {
        // "I'd work till half nine at night but only dial the West Coast...": a time whose clause has a verb of its own belongs to that verb.
        const inClause = contactCandidate(s, c.from, c.to);
        const ownVerb = toks.slice(c.from, k).some((x) => x.pos === 'VERB' && !CONTACT.has(x.l) && !/^(say|tell|think|find|reckon|know|get|like|start|begin|keep|continue|try|want|aim|use)$/.test(x.l));
        const verb = inClause >= 0 ? inClause : ownVerb ? -1 : contactCandidate(s, 0, toks.length);
        const did = verb >= 0 ? candidateDid(s, verb) : { ok: false };
        // "I extended the dialler hours to ten at night", "our contact window was seven in the morning": hours the candidate set.
        const sets = verb < 0 && CONTACT_SETTING.test(lem) && (candidateSets(s, c.from, k) || candidateSets(s, 0, k) || ownWindow);
        // "The West Coast got calls at four in the morning": the customers' side of a practice described, not a complaint reported.
        const received = RECEIVED_CALLS.test(lem) && !/\b(complain\w*|complaint|tell (us|me)|say|report|find|notice|spot|discover|audit|review|if|whether|hear|see|notice|catch|listen|learn|join|arrive|take over|inherit|move|push back)\b/.test(lem) && !CORRECTION_WORDS.test(lem);
        // "I reported my own mistake to compliance when I realised I'd called a customer after 9 p.m.": owned and reported.
        // "When I found the dialler had been calling after nine at night, I fixed the setting": found and put right (the candidate's own "I called at ten" stays theirs).
        const foundAndFixed = !(verb >= 0 && ownActAt(s, verb)) && reportedOrCorrected(s, k) && CORRECTION_WORDS.test(lem);
        if ((did.ok || sets || received || practiceContact(s, k)) && !foundAndFixed && !NOTED_PREFERENCE.test(lem) && !negatedBetween(s, Math.max(0, c.from), k) && !OWN_MISTAKE.test(lem)) hits.push({ rule: 'inconvenient-time', words: clauseText(s, k, r.text), sentence: si });
      }
      k += time.length - 1;
    }
  }
  const l = lemmasOf(s);
  for (const [re, rule, i] of [[FREQUENCY_WORDS, 'excessive-contact', 0], [LATE_WORDS, 'inconvenient-time', 1]] as const) {
    // Skipped when the sentence holds none of the pattern's pieces (prefilter.ts): it cannot match.
    if (!may[DETECTORS.length + i]) continue;
    re.lastIndex = 0;
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      const k = tokenAt(l, m.index + 1);
      if (toks[k]!.antecedent) continue;
      const c = clauseOf(s, k);
      const verb = contactCandidate(s, 0, toks.length);
      // "a second call straight after any conversation": the phrase names the contact itself.
      if (verb < 0 && /\b(call|redial|dialler|dialer|autodialler|autodialer|auto-dialler)\b/.test(m[0]) && !reportedOrCorrected(s, k) && !negatedBetween(s, c.from, k) && !ruleTalkAround(s, k)) { hits.push({ rule, words: clauseText(s, k, r.text), sentence: si }); continue; }
      // "I set a callback every hour in the CRM until the customer picks up": contact the candidate schedules.
      if (verb < 0 && /\b(callback|call-back|redial|reminder call|dial)\b/.test(l.text) && candidateSets(s, 0, k) && !negatedBetween(s, c.from, k) && !ruleTalkAround(s, k)) { hits.push({ rule, words: clauseText(s, k, r.text), sentence: si }); continue; }
      if (verb < 0) continue;
      const did = candidateDid(s, Math.min(verb, k));
      if (!(did.ok || ownRuleAt(s, k)) || negatedBetween(s, c.from, k) || ruleTalkAround(s, k)) continue;
      // "When I found our dialler was retrying busy numbers every twenty minutes, I had the settings changed":
      // the candidate's system, found and put right (their own "I called every hour" stays theirs).
      if (!ownActAt(s, Math.min(verb, k)) && reportedOrCorrected(s, k)) continue;
      if (rule === 'excessive-contact' && BOUND.test(toks.slice(c.from, c.to).map((x) => x.l).join(' ')) && !/until|till|every/.test(m[0])) continue;
      hits.push({ rule, words: clauseText(s, k, r.text), sentence: si });
    }
  }
  return hits;
}
