// Detectors: each finds one kind of conduct in a sentence, then the frame decides whether the
// candidate did it (not a colleague or the customer), whether it is denied ("I would never..."),
// and whether it sits in a hypothetical ("if I ever told..."). Patterns run over lemmas.
import { clauseOf, readText, type Reading, type Sentence } from '../language/read.js';
import { compiledNow } from '../text/compiled.js';
import { CORRECTION_WORDS, negatedBetween, reportedOrCorrected, ruleTalkAround, subjectBefore } from './frame.js';
import { buildPrefilter, type KnownPieces, type Prefilter } from './prefilter.js';
import { afterRequestHits } from './detect/after-request.js';
import { FREQUENCY_WORDS, LATE_WORDS, clauseText, contactHits } from './detect/contact.js';
import { lemmasBefore, lemmasOf, tokenAt } from './detect/lemmas.js';
import { ASKED_TO, COMPLIED, REFUSED, REJECTED_OPTION, TURNED_DOWN, clauseGerundJudged, colonSpeech, frameAllows, gerundJudged, ownDocumentLedBefore, ownDocumentQuoted, plannedSpeech, quoteIsCandidate, spokenFrameAllows, statementDeniesItself, tolerated } from './detect/speaker.js';
import type { ConductHit, DetectContext, Detector } from './detect/types.js';
import { DETECTORS } from './detect/detectors.js';
import { restatesListener } from './restated.js';
import { CONSENT, PAY_OR, SPOUSE, TP, TP_WORD } from './detect/words.js';
export type { ConductHit, DetectContext } from './detect/types.js';

const globalPatterns = new WeakMap<Detector, RegExp>();

/** A detector's pattern with the g flag, compiled once (to machine code at once: text/compiled.ts). */
function globalPattern(d: Detector): RegExp {
  let re = globalPatterns.get(d);
  if (!re) globalPatterns.set(d, (re = compiledNow(new RegExp(d.pattern.source, 'g'))));
  return re;
}

let prefilter: Prefilter | undefined;

/** Builds the prefilter and compiles every detector's pattern now (while a question is on screen), not on the first answers. */
export function warmUpConduct(): void {
  prefilter ??= buildPrefilter(detectorSources(), KNOWN_PIECES);
  for (const d of DETECTORS) globalPattern(d);
}

// The detectors' pieces, worked out when the bundle is built (scripts/conduct-pieces.mjs), so that
// a short run does not parse every pattern first; absent when run from source (tests).
declare const __CONDUCT_PIECES__: KnownPieces | undefined;
const KNOWN_PIECES = typeof __CONDUCT_PIECES__ === 'undefined' ? undefined : __CONDUCT_PIECES__;

/**
 * The patterns the prefilter answers for, in order (its test checks it against them): the
 * detectors', then contactHits' words for frequency and for late hours.
 */
export function detectorSources(): string[] {
  return [...DETECTORS.map((d) => d.pattern.source), FREQUENCY_WORDS.source, LATE_WORDS.source];
}

// ("I pulled a template that said ...", "I removed the line in our script that asked ...".)
const REMOVED_WORDING = /\b(take out|remove|strip out|cut out|delete|ban|drop|scrap|rewrite|reword|replace|get rid of|pull|withdraw|retire)\b(?: \S+){0,4} (wording|language|line|reference|phrase|mention|word|threat|paragraph|sentence|template|letter|script)s?(?: (?:in|from|of) (?:our |the |my |that |this )?\S+)? (that|which|about|like|hint|suggest|mention|imply)\b|\b(letter|script|template|wording|line|notice)s? (reword|rewrite|remove|replace|withdraw|pull|scrap|take out|strip)\w*\b/;

// "I found that if I introduced myself as calling 'from the court service team', people took it more seriously": what the
// candidate found works when they do it is what they did (conduct-train23.yaml, training); not when they then stopped.
const FOUND_WHAT_WORKS = /\b(?:i|we) (?:\S+ )?(?:find|learn|notice|realise|realize|discover)\w*(?: out)?(?: that)?$/;
const STOPPED_AFTER = /\b(?:so|and|but) (?:i|we) (?:stop|quit|never|drop|change|no longer)\w*\b|\b(?:not|n't|never) (?:do|did|say|said|use|used|try|tried) (?:it|that|this) again\b/;

function ownPracticeFound(s: Sentence, k: number): boolean {
  let c = k;
  while (c > 0 && !(s.tokens[c]!.w === 'if' || s.tokens[c]!.w === 'whenever')) c--;
  if (!/^(i|we)$/.test(s.tokens[c + 1]?.w ?? '')) return false;
  const l = lemmasOf(s).text;
  return FOUND_WHAT_WORKS.test(s.tokens.slice(0, c).map((t) => t.l).join(' ')) && !STOPPED_AFTER.test(l) && !negatedBetween(s, c, k);
}

/** The first token of the quotation that holds token k. */
function quoteStart(s: Sentence, k: number): number {
  let q = k;
  while (q > 0 && s.tokens[q - 1]!.quoted) q--;
  return q;
}

/** Every conduct flag in the answer, at most one per rule (the first place it shows). */
export function detectConduct(r: Reading, ctx: DetectContext = {}): ConductHit[] {
  const found = new Map<string, ConductHit>();
  const add = (h: ConductHit) => {
    if (!found.has(h.rule)) found.set(h.rule, h);
  };
  let quoteSpeakerIsCandidate = false;
  let quoteLead = '';
  // Someone else's breach, found in the answer ("she told a customer he was a waste of space"): flagged if the candidate lets it pass.
  const othersActs: { rule: string; sentence: number }[] = [];
  // "Would I call his wife about it? Yes, if he's avoiding us": the interviewer's question, put in the candidate's
  // own voice, then answered. "No" denies it; "yes" says it (conduct-train15.yaml).
  const answered = ctx.spoken ? [] : r.sentences.map((s, si) => ownQuestionAnswer(s, r.sentences[si + 1]));
  r.sentences.forEach((s, si) => {
    if (answered[si]) return;
    const l = lemmasOf(s);
    // A quotation that runs on from the sentence before keeps the speaker it had there.
    const continued = s.tokens[0]!.quoted && si > 0 && r.sentences[si - 1]!.tokens.some((t) => t.quoted);
    const hasQuote = s.tokens.some((t) => t.quoted);
    const ledBefore = hasQuote && !ctx.spoken && ownDocumentLedBefore(s, r.sentences[si - 1]);
    const candidateQuotes = continued ? quoteSpeakerIsCandidate : hasQuote && (ledBefore || quoteIsCandidate(s));
    if (hasQuote) quoteSpeakerIsCandidate = candidateQuotes;
    // The sentence before ended on the candidate's "I told him straight:": what follows is still their speech.
    const speechCarriesOver = si > 0 && (colonSpeech(r.sentences[si - 1]!) || plannedSpeech(r.sentences[si - 1]!));
    // "What I found: ... . Twelve written disputes had arrived ..., and on five of them we kept collecting": the
    // findings of a review, told in the sentences after its colon, with no act or plan of the candidate's own.
    if (!ctx.spoken && si > 0 && FINDING.test(lemmasOf(r.sentences[si - 1]!).text) && !OWN_ACT.test(l.text)) return;
    // "Calls were clean. Two things weren't. First, written disputes ... were landing in a general inbox": the findings, listed (good-answers5.yaml).
    if (!ctx.spoken && si > 0 && LISTED.test(l.text) && !OWN_ACT.test(l.text) && r.sentences.slice(Math.max(0, si - 3), si).some((x) => FINDINGS_LEAD.test(lemmasOf(x).text))) return;
    // "Two thirds were 'communication tactics', and most of those came from one shift calling consumers at work after ...": where the
    // complaints came from, a root cause found, with no act of the candidate's own (answers-train14.yaml).
    if (!ctx.spoken && TRACED_TO.test(l.text) && !/\b(i|we|my|our)\b/.test(l.text)) return;
    // "The easy answer would have been to threaten ..., and that's not what I did": an option named to be turned down.
    if (!ctx.spoken && REJECTED_OPTION.test(l.text) && TURNED_DOWN.test(l.text)) return;
    // "When the sales director wanted us to sue ..., I said no", "I was once asked to sign letters as 'Enforcement Officer', and I wouldn't".
    if (!ctx.spoken && ASKED_TO.test(l.text) && REFUSED.test(l.text)) return;
    // "Holding someone on the line until they promise just gets you a promise that breaks",
    // "Rushing to take money now would go around her adviser": the act named as a subject and judged, not done.
    if (!ctx.spoken && gerundJudged(s, l.text)) return;
    // "I teach that saying 'this could be treated as theft' is a false threat": the rule taught, its words quoted (conduct-train12.yaml).
    if (!ctx.spoken && TEACHING.test(l.text) && JUDGED.test(l.text)) return;
    // "You're asking if we're sending the bailiffs round. No, we're not": the listener's question, restated (call-turns/train15.yaml).
    if (ctx.spoken && restatesListener(l.text)) return;
    // "My manager told us to record complaints as queries, and I did": the instruction carried out is the candidate's.
    // (Read only when a pattern matched: most sentences match none.)
    let compliedMemo: boolean | undefined;
    let givenUpAt: number | undefined;
    const complied = () => (compliedMemo ??= !ctx.spoken && ASKED_TO_ANYONE.test(l.text) && COMPLIED.test(l.text) && !REFUSED.test(l.text));
    const may = (prefilter ??= buildPrefilter(detectorSources(), KNOWN_PIECES)).candidates(l.text);
    for (let di = 0; di < DETECTORS.length; di++) {
      const d = DETECTORS[di]!;
      // A detector whose pattern cannot match this sentence is not run (prefilter.ts).
      if (found.has(d.rule) || !may[di]) continue;
      const re = globalPattern(d);
      re.lastIndex = 0;
      // A refused match is tried again from its next word: "she asked us to stop calling, but ..., so I kept
      // ringing her" is refused at her asking and raised at the candidate's "kept ringing".
      for (let m = re.exec(l.text); m; re.lastIndex = m.index + 1, m = re.exec(l.text)) {
        const k = tokenAt(l, m.index + 1);
        if (s.tokens[k]!.antecedent) {
          // "If an agent skips the ID questions ..., I don't mark them down": the candidate lets it pass.
          if ((tolerated(s) || (!ctx.spoken && ownPracticeFound(s, k))) && (!d.needs || d.needs(l.text, ctx, s, k, r, si))) add({ rule: d.rule, words: clauseText(s, k, r.text), sentence: si });
          continue;
        }
        const refused = (why: 'needs' | 'frame' | 'rule-talk' | 'quoted') => ctx.trace?.(d.rule, why, m![0]);
        // A line someone told the candidate to say, then said ("told us to say '...', and I went along with it"), is theirs.
        if (s.tokens[k]!.quoted && (ctx.spoken || !candidateQuotes) && !complied()) { refused('quoted'); continue; }
        // "A colleague told me, 'Just tell her we'll take it from her wages tomorrow', and I explained ..., so I didn't say it": a line refused (conduct-train19.yaml).
        if (!ctx.spoken && s.tokens[k]!.quoted && QUOTE_REFUSED.test(l.text)) { refused('quoted'); continue; }
        // "Our old letter three mentioned 'criminal investigation'; we pulled it once compliance reviewed it": the
        // candidate's own document, quoted with how it was put right (conduct-train14.yaml).
        // "we never ask for a post-dated check so we can threaten criminal prosecution": the purpose of an act denied is denied with it.
        if (!ctx.spoken && deniedPurpose(s, k)) {
          refused('frame');
          continue;
        }
        // "I used to leave voicemails with the balance on the family landline; I stopped when I realised ...": a past
        // practice the candidate gave up, told as such (conduct-train16.yaml).
        if (!ctx.spoken && k < (givenUpAt ??= givenUp(l.text))) {
          refused('frame');
          continue;
        }
        if (!ctx.spoken && OLD_DOCUMENT.test(l.text) && CORRECTION_WORDS.test(` ${l.text} `)) { refused('frame'); continue; }
        if (d.needs && !d.needs(l.text, ctx, s, k, r, si)) { refused('needs'); continue; }
        // "I rewrote our letters to take out any wording that hinted at criminal prosecution": the words are removed, not said.
        // "a hard block on discussing accounts before identity checks", "correcting the garnishment statement": a control
        // against the act, or the act's words put right (good-answers5.yaml).
        const before = ctx.spoken ? '' : lemmasBefore(s, k);
        if (!ctx.spoken && (CONTROL_OR_CORRECTION.test(before) || REQUEST_REFUSED.test(before))) {
          refused('rule-talk');
          continue;
        }
        if (!ctx.spoken && REMOVED_WORDING.test(before)) { refused('rule-talk'); continue; }
        // In the candidate's own quoted words ("I said, 'I'm not calling to threaten you'") a denial still denies.
        // So do the words of the candidate's own script, letter or template quoted after its lead in the same sentence ("In
        // the script I drafted, the last line before the close is: '...'", conduct-train21.yaml).
        const ownQuote = s.tokens[k]!.quoted && candidateQuotes && (continued || ledBefore || ownDocumentQuoted(s));
        // In the candidate's own quoted words, "The recording shows our agent discussed your account...": a finding, reported.
        if (ownQuote && !ledBefore && reportedOrCorrected(s, k) && !/^(i|we)$/.test(s.tokens[subjectBefore(s, k, true).index]?.w ?? '')) { refused('frame'); continue; }
        // In the candidate's own quoted words a statement that denies itself ("family members are not personally
        // responsible") says the opposite of the false claim, as it does unquoted (conduct-train23.yaml, training).
        if (ownQuote && statementDeniesItself(d, m[0])) { refused('frame'); continue; }
        // (Only a denial inside the quotation counts: "... to anyone who hasn't picked up: 'Your account is being prepared for court action'".)
        if (ctx.spoken ? !spokenFrameAllows(s, k, d, m[0]) : ownQuote || complied() ? negatedBetween(s, ownQuote ? Math.max(clauseOf(s, k).from, quoteStart(s, k)) : clauseOf(s, k).from, k, d.keep ? { keep: d.keep } : {}) : !frameAllows(s, k, d, m[0], speechCarriesOver)) {
          if (!ctx.spoken && !negatedBetween(s, clauseOf(s, k).from, k, d.keep ? { keep: d.keep } : {})) othersActs.push({ rule: d.rule, sentence: si });
          refused('frame');
          continue;
        }
        if (!d.noRuleTalk && ruleTalkAround(s, k)) { refused('rule-talk'); continue; }
        if (!ctx.spoken && clauseGerundJudged(s, k)) {
          // "I explained that mentioning bailiffs before any court action isn't accurate. ... I let it go with a quiet word": the act judged is still someone's.
          othersActs.push({ rule: d.rule, sentence: si });
          refused('rule-talk');
          continue;
        }
        add({ rule: d.rule, words: clauseText(s, k, r.text), sentence: si });
        break;
      }
    }
    // "When the brother offered to take a message, I'd say, 'I'm calling about an overdue account he has with us'",
    // "I sent her sister a WhatsApp: 'can you ask Jo to ring us about the money she owes'": the candidate's own words,
    // about the debt, to the third party the sentence names (answers-train9.yaml, conduct-train13.yaml).
    if (!ctx.spoken && s.tokens.some((t) => t.quoted) && !continued) quoteLead = ` ${s.tokens.slice(0, s.tokens.findIndex((t) => t.quoted)).map((t) => t.l).join(' ')} `;
    if (!ctx.spoken && !found.has('third-party-disclosure') && (candidateQuotes || colonQuoted(s))) {
      const lead = quoteLead;
      const said = ` ${s.tokens.filter((t) => t.quoted).map((t) => t.l).join(' ')} `;
      if (TP_WORD.test(lead) && !OWN_SIDE.test(lead) && !CONSENT.test(l.text) && QUOTED_DEBT.test(said) && !QUOTED_DENIAL.test(said)) {
        add({ rule: 'third-party-disclosure', words: s.text.trim(), sentence: si });
      }
    }
    // "Yes, I tell customers their credit card debt can't be wiped out in bankruptcy. It isn't true, but it stops them", "I'd
    // tell them the order has already been canceled .... It isn't true, but it cuts out a lot of back and forth": what the
    // candidate told, owned as untrue in the same breath (conduct-train21.yaml, answers-train15.yaml, training).
    if (!ctx.spoken && !found.has('false-statement')) {
      const next = si + 1 < r.sentences.length ? lemmasOf(r.sentences[si + 1]!).text : '';
      const told = OWN_TELLING.exec(l.text);
      // (Not "I told her that simply wasn't true", the candidate's own correction; not what someone else said, told on, "I
      // told her the old agency had said she'd go to prison. That isn't true, and I said so".)
      const content = told ? l.text.slice(told.index + told[0].length) : '';
      const admitted = new RegExp(`[,;] (?:but |and |though |yeah , )?${ADMITTED_UNTRUE.source}`).test(content) || (new RegExp(`^ ?(?:but |and |which |though |yeah , |honestly , )?${ADMITTED_UNTRUE.source}`).test(next) && !CORRECTED_AFTER.test(next));
      // (Nor "I told him no, nobody gets arrested ..., that's not how it works": the telling that denies it.)
      if (told && admitted && !/^ ?(?:no|nope|not at all|absolutely not)\b/.test(content) && !/\b(?:say|tell|claim|threaten|warn|suggest)\b/.test(content.split(/ [,;] /)[0]!)) {
        const k = tokenAt(l, told.index + 1);
        if (!negatedBetween(s, 0, Math.min(s.tokens.length - 1, k + 3))) add({ rule: 'false-statement', words: s.text.trim(), sentence: si });
      }
    }
    // The scene first, the act in the next sentence, leaning on it: "The neighbour said she'd pass a message on. I told
    // her it was about the overdue catalogue balance"; "She asked if she could go to jail. I said it wasn't off the
    // table" (conduct-train14.yaml).
    if (!ctx.spoken && si > 0) {
      const before = lemmasOf(r.sentences[si - 1]!).text;
      if (!found.has('third-party-disclosure') && TOLD_THEM.test(l.text) && QUOTED_DEBT.test(l.text) && !QUOTED_DENIAL.test(l.text) && TP_WORD.test(before) && !TP_ONLY_TOLD_OF.test(before) && !OWN_SIDE.test(before) && !CONSENT.test(`${before} ${l.text}`) && !negatedBetween(s, 0, s.tokens.length - 1)) {
        add({ rule: 'third-party-disclosure', words: s.text.trim(), sentence: si });
      }
      if (!found.has('threat-arrest') && /\b(?:jail|prison|arrest|police|criminal)\b/.test(before) && /\b(?:ask|wonder|worry|want to know)\w*\b/.test(before) && NOT_RULED_OUT.test(l.text)) {
        add({ rule: 'threat-arrest', words: s.text.trim(), sentence: si });
      }
    }
    // "I'd pull up the account and tell her right away what it's about: ... her Valley Medical balance of $1,236. Then I'd
    // confirm her date of birth and address": the account told before the checks (answers-train12.yaml).
    if (!ctx.spoken && si > 0 && !found.has('skipping-id-checks') && CHECKS_AFTER.test(l.text)) {
      const before = r.sentences[si - 1]!;
      const b = lemmasOf(before).text;
      if (ACCOUNT_TOLD.test(b) && !/\b(?:after|once|when|until|before)\b (?:\S+ ){0,4}(?:verify|check|confirm|pass|id|security|identity)/.test(b) && !negatedBetween(before, 0, before.tokens.length - 1)) {
        add({ rule: 'skipping-id-checks', words: before.text.trim(), sentence: si - 1 });
      }
    }
    // "I'd confirm her name with him, then tell him she's two payments behind": one person told what another owes
    // (answers-train11.yaml). The debtor is "she", so "him" is someone else.
    // (A sentence that names who was told, "when his wife answered, I told her ...", is the detectors' to judge: a US spouse is the consumer.)
    if (!ctx.spoken && !found.has('third-party-disclosure') && !NAMED_LISTENER.test(l.text)) {
      const m = TOLD_ABOUT_OTHER.exec(l.text);
      const about = m ? null : ABOUT_HER_DEBT.exec(l.text);
      // The one told is the other sex's pronoun in the same sentence ("her loan", "ask him").
      const toOther = about && new RegExp(`\\b${about[1] === 'her' ? '(?:he|him)' : '(?:she)'}\\b`).test(l.text) && /\b(?:miss|behind|overdue|arrears|owe|late|unpaid)\b/.test(l.text);
      const at = toOther ? about!.index : m && m[1] !== (m[2] === 'she' ? 'her' : 'him') && DEBT_TOLD.test(l.text.slice(m.index + m[0].length)) ? m.index : -1;
      if (at >= 0) {
        const k = tokenAt(l, at + 1);
        if (!s.tokens[k]!.antecedent && !s.tokens[k]!.quoted && subjectBefore(s, k, true).actor === 'candidate' && !negatedBetween(s, clauseOf(s, k).from, k) && !CONSENT.test(l.text)) add({ rule: 'third-party-disclosure', words: clauseText(s, k, r.text), sentence: si });
      }
    }
    for (const h of contactHits(r, si, l.text, ctx, may)) add(h);
    for (const h of afterRequestHits(r, si, l.text)) add(h);
  });
  answered.forEach((a, si) => {
    if (a?.yes) for (const h of detectConduct(readText(a.statement), ctx)) add({ ...h, words: r.sentences[si]!.text.trim(), sentence: si });
  });
  // "I let it slide with a quick word because he was my top collector, and I didn't log it": the
  // supervisor who lets a colleague's breach stand takes it on.
  if (othersActs.length && !ctx.spoken) {
    r.sentences.forEach((s, si) => {
      if (!LET_PASS.test(lemmasOf(s).text)) return;
      for (const o of othersActs) if (o.sentence <= si && o.sentence >= si - 3) add({ rule: o.rule, words: s.text.trim(), sentence: si });
    });
  }
  // "I'd ring his employer and tell them about the debt if he didn't pay": a threat to tell, not a telling. The
  // employer has heard nothing yet, so the rule broken is the threat (a new user saw it named as a disclosure).
  const told = found.get('third-party-disclosure');
  const threat = found.get('threat-unlawful-action');
  if (told && threat && told.sentence === threat.sentence && (/\b(?:warn|threaten)\b/.test(lemmasOf(r.sentences[told.sentence]!).text) || PAY_OR.test(lemmasOf(r.sentences[told.sentence]!).text)) && / (?:would|will|'ll|'d|be go to|be gonna|going to) /.test(` ${told.words.toLowerCase().replace(/\bi'd\b/g, "i 'd").replace(/\bwe'd\b/g, "we 'd")} `)) found.delete('third-party-disclosure');
  // "I once left a voicemail that mentioned the debt on a shared line. I reported it straight away, we apologised
  // and the team was retrained": a past slip the candidate owns, reports and puts right is told, not done (conduct-train13.yaml).
  if (!ctx.spoken) {
    for (const [rule, h] of found) {
      const next = r.sentences[h.sentence + 1];
      if (next && OWNED_UP.test(lemmasOf(next).text) && PUT_RIGHT.test(lemmasOf(next).text) && !/\b(?:will|would|'ll|'d|always|usually)\b/.test(lemmasOf(r.sentences[h.sentence]!).text)) found.delete(rule);
    }
  }
  // A practice given up ("I used to ...; I stopped when ..."), whichever check raised it: the same cut as the detectors'.
  if (!ctx.spoken) {
    for (const [rule, h] of found) {
      const s = r.sentences[h.sentence]!;
      const cut = givenUp(lemmasOf(s).text);
      if (cut < 0) continue;
      const at = r.text.indexOf(h.words, s.tokens[0]!.start);
      if (at >= 0 && at < (s.tokens[cut]?.start ?? Infinity)) found.delete(rule);
    }
  }
  return [...found.values()].sort((a, b) => a.sentence - b.sentence);
}

const OWN_QUESTION = /^(?:so |and |but |now )?(would|do|should|will|did|could|can|am|have|might) (i|we) (.+?)\s*\?\s*$/i;
const ANSWER_NO = /^(?:no\b|nope\b|never\b|not at all\b|absolutely not\b|of course not\b|definitely not\b|certainly not\b|not a chance\b|not unless\b)/i;
const ANSWER_YES = /^(?:(?:honestly|frankly|well|look|truthfully),? )?(?:yes|yeah|yep|sure|absolutely|definitely|of course|every time|i would|i do|i did|i will|we would|we do)\b[,.!;:]?\s*|^(?:if|when|where|as long as|provided) [^?]{0,120}?, (?:yes|yeah|then yes|sure|absolutely|i would|i do|i'd|i will)\b[,.!;:]?\s*/i;

/** A question the candidate asks in their own voice ("Would I ...?") and how the next sentence answers it, if it does. */
function ownQuestionAnswer(s: Sentence, next: Sentence | undefined): { yes: boolean; statement: string } | undefined {
  const q = OWN_QUESTION.exec(s.text.trim());
  if (!q || !next) return undefined;
  const answer = next.text.trim();
  if (ANSWER_NO.test(answer)) return { yes: false, statement: '' };
  const y = ANSWER_YES.exec(answer);
  if (!y) return undefined;
  const rest = answer.slice(y[0].length).trim();
  return { yes: true, statement: `${q[2]!.replace(/^i$/i, 'I')} ${q[1]!.toLowerCase()} ${q[3]!}${rest ? `, ${rest.replace(/^[,;:]\s*/, '')}` : '.'}` };
}

const OWNED_UP = /^ ?(?:\S+ ){0,2}(?:i|we) (?:\S+ ){0,2}?(?:report|flag|own up to|admit|raise|escalate|log|tell my (?:manager|team lead|supervisor))\S* (?:it|this|that|myself|straight|immediately|the same|at once|to)\b/;
const PUT_RIGHT = /\b(?:fix|apologise|apologize|retrain|refund|correct|change|remove|add(?:ed)? a (?:hard )?(?:stop|check)|put (?:it )?right|so it (?:can|could) (?:not|never) happen|so (?:that )?it (?:can|could) not happen)\w*/;

// Anyone's instruction or wish, to the candidate's team or not: "the client told us to", "my manager wanted".
const ASKED_TO_ANYONE = /\b(?:want|ask|tell|instruct|push|pressure|expect|say|rule be|wanted|like (?=us|me)|pass on that)\w* (?:\S+ ){0,6}?(?:us|me|to|that|we)\b/;

// "so he can help, I'd just mention that it's about a couple of payments on her loan that have been missed, and ask him ...":
// what she owes, said to him (answers-train11.yaml).
const ABOUT_HER_DEBT = / (?:mention|say|explain|hint|let (?:him|her) know) (?:\S+ ){0,2}?(?:that )?it (?:be|'s) about (?:\S+ ){0,5}?(her|his) (?:\S+ ){0,2}?(?:loan|account|card|bill|arrears|debt|balance|payment)s?\b/;
const NAMED_LISTENER = new RegExp(`\\b(?:${SPOUSE}|${TP})\\b`);
const TOLD_ABOUT_OTHER = / (?:tell|explain to|mention to|let) (him|her) (?:know )?(?:that )?(she|he) (?=be |'s |have |owe |still |had |was |is )/;
const DEBT_TOLD = /^(?:\S+ ){0,6}?(?:owe|behind|in arrears|overdue|(?:miss|late on) (?:\S+ ){0,2}payment|payment (?:\S+ ){0,2}behind|short on|in debt|past due)\b/;
// A sentence that starts with the checks done next ("Then I'd confirm her date of birth and address"), and one before it
// that told the account ("tell her right away what it's about: ... balance of $1,236").
const CHECKS_AFTER = /^ ?(?:then|after that|next|only then|and then|afterwards)(?: ,)? (?:i|we) (?:would |will |'d |'ll )?(?:confirm|check|verify|take|ask for|do|go through|run)\S* (?:\S+ ){0,3}(?:date of birth|dob|address|postcode|identity|security|id|verification|last four|social)\b/;
const ACCOUNT_TOLD = /^ ?(?:\S+ ){0,6}(?:i|we) (?:would |will |'d |'ll )?(?:\S+ ){0,6}(?:tell|told|explain|give|gave|read|confirm|go through|say)\S* (?:her|him|them|the customer|the caller)? ?(?:\S+ ){0,4}(?:what (?:it|this|the call) be about|balance|amount|arrears|how much|owe|the debt)\b/;
// The candidate's own telling, in the sentence's main clause, and an admission that what was told is untrue.
const OWN_TELLING = /(?:^ ?|[,;:?!] |\b(?:so|then|and|yes|honestly) )(?:i|we) (?:would |will |'d |always |usually |often |just |then |sometimes )*(?:tell|say|explain|claim|warn|inform|write|assure|let (?:\S+ ){1,2}know)\w* (?:to )?(?:her|him|them|customer|people|the customer|the consumer|debtor|everyone|caller|consumer)s?\b/;
const ADMITTED_UNTRUE = /(?:(?:it|that|this|which) (?:be|do|was|is) (?:not|n't) (?:really |strictly |actually |exactly )?(?:true|accurate|correct|the case|how it work|how that work|how it actually work)|(?:it|that|this|which) (?:be|was|is) (?:a |an )?(?:lie|white lie|fib|bluff|untrue|false|made up|porky)|(?:not|n't) (?:strictly |actually )?true)\b/;
const CORRECTED_AFTER = /\b(?:and|so) (?:i|we) (?:\S+ ){0,2}(?:say so|explain|correct|tell (?:her|him|them)|put (?:it|that) right|make (?:that|it) clear|apologi[sz]e|set (?:her|him|them|it) straight)/;
const TOLD_THEM = /^ ?(?:\S+ ){0,2}(?:so |then |and )?(?:i|we) (?:\S+ )?(?:tell|told|explain|explained|mention|mentioned|say|said) (?:to )?(?:her|him|them)\b/;
const NOT_RULED_OUT = /\b(?:be not|be n't|not|n't) off the table\b|\b(?:can not|could not|can't|couldn't) rule (?:it|that) out\b|\b(?:it|that) (?:could|might|can|may) (?:well )?happen\b|\bnot (?:impossible|out of the question)\b/;
// "I/we/our sheet used to ..., ; I stopped / took it off / gave it up ... because ...": the token up to which the
// sentence tells the practice given up and why, or -1.
const USED_TO = /^ ?(?:\S+ ){0,4}?(?:i|we|(?:our|my|the) (?:\S+ ){0,2}\S+) use to\b|^ ?(?:year ago|years ago|early on|back then|in my first (?:job|year|role)|when i (?:first )?start\S*),? (?:i|we)\b/;
const GAVE_UP = / (?:;|,|but|and|until|then|so) (?:(?:then|eventually|later|now) )?(?:i|we) (?:(?:finally|eventually|soon|quickly) )?(?:stop|quit|give (?:it |that |them )?up|drop (?:it|that|them)|take (?:it|that|them) (?:off|out)|remove (?:it|that|them)|scrap (?:it|that|them)|get rid of (?:it|that|them)|change (?:it|that|how|my|our))\b| (?:;|,|but|and) (?:i be|i 'm|i'm) not proud of (?:it|that)\b| (?:;|,|and) (?:i|we) (?:regret (?:it|that)|should not have|shouldn't have)\b/;
// What the candidate does now ("and now I leave a limited-content message", "but I still ...") is read as usual.
const NOW_DONE = / (?:(?:and )?now (?:i|we)|but (?:i|we) (?:still|now)|(?:i|we) (?:still|now))\b/g;
function givenUp(l: string): number {
  if (!USED_TO.test(l)) return -1;
  const m = GAVE_UP.exec(l);
  if (!m) return -1;
  NOW_DONE.lastIndex = m.index + m[0].length;
  const now = NOW_DONE.exec(l);
  return (now ? l.slice(0, now.index + 1) : l).trim().split(' ').length;
}
/** k sits in a purpose clause ("so (that) we can ...") after a clause the candidate denies ("we never ask for ..."). */
// "He told me a main contractor had gone bust owing him nearly twenty thousand. I told him plainly where he stood: the full
// balance": a third party the customer spoke of, not one on the line (answers-train15.yaml, a commercial card).
const TP_ONLY_TOLD_OF = new RegExp(`^(?!.*\\b(?:${TP}|${SPOUSE})\\b (?:\\S+ ){0,3}(?:say|ask|offer|answer|pick up|tell|want|insist|come|take|pass|shout|be on|be there|be home|get the phone)).*\\b(?:he|she|they) (?:\\S+ ){0,2}(?:tell|say|explain|mention)\\w* (?:me|us)? ?(?:that )?(?:a|an|one|his|her|their) (?:\\S+ ){0,2}(?:${TP})\\b`);

function deniedPurpose(s: Sentence, k: number): boolean {
  const c = clauseOf(s, k);
  const w = (j: number) => s.tokens[j]?.w.toLowerCase() ?? '';
  let j = c.from;
  if (w(j) !== 'so' || c.from === 0) return false;
  if (w(j + 1) === 'that') j++;
  if (!/^(i|we)$/.test(w(j + 1)) || !/^(can|could|would|might|may)$/.test(w(j + 2))) return false;
  const before = clauseOf(s, c.from - 1);
  return [0, 1, 2].some((d) => /^(i|we)$/.test(w(before.from + d))) && negatedBetween(s, before.from, c.from);
}
// "I turned down a client's request for letters that looked like court summonses": what the candidate refused to do (conduct-train19.yaml).
const REQUEST_REFUSED = /\b(?:turn down|refuse|decline|reject|push back on|say no to|veto|block)\w* (?:\S+ ){0,4}(?:request|instruction|suggestion|idea|ask|plan|proposal|demand)s? (?:for|to|that|of)\b(?: \S+){0,8} ?$/;
const QUOTE_REFUSED = /\b(?:so|and|but) (?:i|we) (?:do not|did not|didn't|never|refuse|would not|wouldn't|will not|won't) (?:\S+ )?(?:say|do|use|follow|go along)\b|\b(?:i|we) refuse\w* to (?:say|do|use|follow)\b/;
const CONTROL_OR_CORRECTION = /(?:\b(?:block|ban|bar|lock|barrier|stop|control|check|suppression|rule)s? (?:on|against|to stop|to prevent)|\b(?:prevent|stop|block|bar)\w* (?:\S+ )?from|\b(?:correct|retract|withdraw|clarify|put right|take back)\w*(?: (?:the|that|his|her|their|any|our|this))?) ?$/;
const OLD_DOCUMENT = /\b(?:old|previous|former|original)\b (?:\S+ ){0,2}(?:letter|template|script|wording|notice|text|email|message)s?\b/;
// The candidate's own superior or colleague named in the sentence: not a third party the debt is told to.
const OWN_SIDE = /\b(?:my|our) (?:\S+ )?(?:supervisor|manager|team leader|team lead|boss|colleague)\b/;
const QUOTED_DEBT = /\b(?:owe|owing|overdue|past-due|past due|outstanding (?:account|balance|debt)|arrear|arrears|debt|balance|money (?:she|he|they) owe|account (?:he|she|they) (?:have|has)|(?:his|her|their) loan)\b/;
const QUOTED_DENIAL = /\b(?:not|never|n't|can not|cannot|unable to) (?:\S+ ){0,4}(?:discuss|talk about|go into|share|say|tell|give|disclose)\b/;

/** "I sent her sister a WhatsApp: '...'": a quotation after a colon, with the candidate as the sentence's subject. */
function colonQuoted(s: Sentence): boolean {
  const q = s.tokens.findIndex((t) => t.quoted);
  let colon = q - 1;
  while (colon > 0 && s.tokens[colon]!.pos === 'PUNCT' && s.tokens[colon]!.w !== ':') colon--;
  if (colon < 1 || s.tokens[colon]!.w !== ':') return false;
  // The nearest subject before the colon: a pronoun followed by its verb ("so I sent her sister a WhatsApp:").
  for (let j = colon - 1; j >= 0; j--) {
    const t = s.tokens[j]!;
    if (/^(i|we|he|she|they|you)$/i.test(t.w) && s.tokens[j + 1]?.pos === 'VERB') return /^(i|we)$/i.test(t.w);
  }
  return false;
}

const LISTED = /^ ?(?:first|second|third|fourth|the first|the second|the third|the other|another|one|two|and second|and third|finally|last)(?: one| thing| issue| gap| problem)? ?,/;
const FINDINGS_LEAD = /\b(?:two|three|four|a few|several|some|the|other) (?:other )?(?:thing|issue|gap|problem|finding|failing|weakness|breach)s? (?:be not|be n't|stand out|come up|be wrong|be miss|need fix|turn up|that (?:be not|stand out|come up))\b|\b(?:find|found|show|showed|reveal|uncover)\w* (?:two|three|four|a few|several) (?:\S+ )?(?:thing|issue|gap|problem|failing|weakness|breach)s?\b/;
const FINDING = /^ ?(?:\S+ ){0,2}(?:what|here be what) (?:i|we|the (?:audit|review|exam|examiner|investigation|lookback|look-back|qa team)) (?:find|found|discover|uncover|learn|see|saw)\w* (?:be )?:/;
const TEACHING = /^ ?(?:\S+ ){0,3}(?:i|we) (?:always )?(?:(?:teach|coach|train|remind|brief)\S* (?:\S+ ){0,3}|tell (?:\S+ ){0,2}(?:agent|starter|staff|team|collector|trainee|hire|recruit)s? )(?:that|how)\b/;
const JUDGED = /\b(?:breach|false threat|sackable|fireable|gross misconduct|disciplinary|dismissal offence|not allow|forbidden|never|fail\S* the call|fail\S* qa|wrong|illegal|unlawful|belong only|be (?:sham|shame)\S*|(?:good|better) way|instead)\b/;
const TRACED_TO = /\b(?:most|many|some|all|half|a third|two thirds|the rest|a lot|the bulk|the majority|several|a cluster) of (?:those|them|these|the (?:complaint|case|breach|call|dispute)s?) (?:come|came|be|were|was) (?:from|down to|traced to|caused by)\b/;
const OWN_ACT = /\b(i|would|will|'d|'ll|shall|going to|be go to)\b/;

const LET_PASS = /\b(?:i|we) (?:(?!not |never )\S+ ){0,2}(?:let (?:it|that|this) (?:\S+ )?(?:slide|go|pass)\b|let (?:him|her|them) off\b|turn\S* a blind eye)|\b(?:i|we) (?:do not|did not|would not|will not|never) (?:\S+ ){0,2}(?:log|record|report|escalate|write (?:it |this |that )?up|put (?:it|this|that) (?:through|down)|raise|flag)\b(?: \S+){0,5} (?:breach|complaint|qa|incident|compliance|formal|formally|record)\b/;
