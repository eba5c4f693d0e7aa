// Detectors: each finds one kind of conduct in a sentence, then the frame decides whether the
// candidate did it (not a colleague or the customer), whether it is denied ("I would never..."),
// and whether it sits in a hypothetical ("if I ever told..."). Patterns run over lemmas.
import { clauseOf, type Reading } from '../language/read.js';
import { compiledNow } from '../text/compiled.js';
import { negatedBetween, reportedOrCorrected, ruleTalkAround, subjectBefore } from './frame.js';
import { buildPrefilter, type KnownPieces, type Prefilter } from './prefilter.js';
import { afterRequestHits } from './detect/after-request.js';
import { FREQUENCY_WORDS, LATE_WORDS, clauseText, contactHits } from './detect/contact.js';
import { lemmasBefore, lemmasOf, tokenAt } from './detect/lemmas.js';
import { ASKED_TO, REFUSED, REJECTED_OPTION, TURNED_DOWN, clauseGerundJudged, colonSpeech, frameAllows, gerundJudged, plannedSpeech, quoteIsCandidate, spokenFrameAllows, tolerated } from './detect/speaker.js';
import type { ConductHit, DetectContext, Detector } from './detect/types.js';
import { DETECTORS } from './detect/detectors.js';
import { restatesListener } from './restated.js';
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

/** Every conduct flag in the answer, at most one per rule (the first place it shows). */
export function detectConduct(r: Reading, ctx: DetectContext = {}): ConductHit[] {
  const found = new Map<string, ConductHit>();
  const add = (h: ConductHit) => {
    if (!found.has(h.rule)) found.set(h.rule, h);
  };
  let quoteSpeakerIsCandidate = false;
  // Someone else's breach, found in the answer ("she told a customer he was a waste of space"): flagged if the candidate lets it pass.
  const othersActs: { rule: string; sentence: number }[] = [];
  r.sentences.forEach((s, si) => {
    const l = lemmasOf(s);
    // A quotation that runs on from the sentence before keeps the speaker it had there.
    const continued = s.tokens[0]!.quoted && si > 0 && r.sentences[si - 1]!.tokens.some((t) => t.quoted);
    const candidateQuotes = continued ? quoteSpeakerIsCandidate : s.tokens.some((t) => t.quoted) && quoteIsCandidate(s);
    if (s.tokens.some((t) => t.quoted)) quoteSpeakerIsCandidate = candidateQuotes;
    // The sentence before ended on the candidate's "I told him straight:": what follows is still their speech.
    const speechCarriesOver = si > 0 && (colonSpeech(r.sentences[si - 1]!) || plannedSpeech(r.sentences[si - 1]!));
    // "What I found: ... . Twelve written disputes had arrived ..., and on five of them we kept collecting": the
    // findings of a review, told in the sentences after its colon, with no act or plan of the candidate's own.
    if (!ctx.spoken && si > 0 && FINDING.test(lemmasOf(r.sentences[si - 1]!).text) && !OWN_ACT.test(l.text)) return;
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
    const may = (prefilter ??= buildPrefilter(detectorSources(), KNOWN_PIECES)).candidates(l.text);
    for (let di = 0; di < DETECTORS.length; di++) {
      const d = DETECTORS[di]!;
      // A detector whose pattern cannot match this sentence is not run (prefilter.ts).
      if (found.has(d.rule) || !may[di]) continue;
      const re = globalPattern(d);
      re.lastIndex = 0;
      for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
        const k = tokenAt(l, m.index + 1);
        if (s.tokens[k]!.antecedent) {
          // "If an agent skips the ID questions ..., I don't mark them down": the candidate lets it pass.
          if (tolerated(s) && (!d.needs || d.needs(l.text, ctx, s, k, r, si))) add({ rule: d.rule, words: clauseText(s, k, r.text), sentence: si });
          continue;
        }
        const refused = (why: 'needs' | 'frame' | 'rule-talk' | 'quoted') => ctx.trace?.(d.rule, why, m![0]);
        if (s.tokens[k]!.quoted && (ctx.spoken || !candidateQuotes)) { refused('quoted'); continue; }
        if (d.needs && !d.needs(l.text, ctx, s, k, r, si)) { refused('needs'); continue; }
        // "I rewrote our letters to take out any wording that hinted at criminal prosecution": the words are removed, not said.
        if (!ctx.spoken && REMOVED_WORDING.test(lemmasBefore(s, k))) { refused('rule-talk'); continue; }
        // In the candidate's own quoted words ("I said, 'I'm not calling to threaten you'") a denial still denies.
        const ownQuote = s.tokens[k]!.quoted && continued && candidateQuotes;
        // In the candidate's own quoted words, "The recording shows our agent discussed your account...": a finding, reported.
        if (ownQuote && reportedOrCorrected(s, k) && !/^(i|we)$/.test(s.tokens[subjectBefore(s, k, true).index]?.w ?? '')) { refused('frame'); continue; }
        if (ctx.spoken ? !spokenFrameAllows(s, k, d, m[0]) : ownQuote ? negatedBetween(s, clauseOf(s, k).from, k, d.keep ? { keep: d.keep } : {}) : !frameAllows(s, k, d, m[0], speechCarriesOver)) {
          if (!ctx.spoken && !negatedBetween(s, clauseOf(s, k).from, k, d.keep ? { keep: d.keep } : {})) othersActs.push({ rule: d.rule, sentence: si });
          refused('frame');
          continue;
        }
        if (!d.noRuleTalk && ruleTalkAround(s, k)) { refused('rule-talk'); continue; }
        if (!ctx.spoken && clauseGerundJudged(s, k)) { refused('rule-talk'); continue; }
        add({ rule: d.rule, words: clauseText(s, k, r.text), sentence: si });
        break;
      }
    }
    for (const h of contactHits(r, si, l.text, ctx, may)) add(h);
    for (const h of afterRequestHits(r, si, l.text)) add(h);
  });
  // "I let it slide with a quick word because he was my top collector, and I didn't log it": the
  // supervisor who lets a colleague's breach stand takes it on.
  if (othersActs.length && !ctx.spoken) {
    r.sentences.forEach((s, si) => {
      if (!LET_PASS.test(lemmasOf(s).text)) return;
      for (const o of othersActs) if (o.sentence <= si && o.sentence >= si - 3) add({ rule: o.rule, words: s.text.trim(), sentence: si });
    });
  }
  return [...found.values()].sort((a, b) => a.sentence - b.sentence);
}


const FINDING = /^ ?(?:\S+ ){0,2}(?:what|here be what) (?:i|we|the (?:audit|review|exam|examiner|investigation|lookback|look-back|qa team)) (?:find|found|discover|uncover|learn|see|saw)\w* (?:be )?:/;
const TEACHING = /^ ?(?:\S+ ){0,3}(?:i|we) (?:always )?(?:teach|coach|train|remind|brief)\S* (?:\S+ ){0,3}(?:that|how)\b/;
const JUDGED = /\b(?:breach|false threat|not allow|forbidden|never|fail\S* the call|fail\S* qa|wrong|illegal|unlawful|belong only|be (?:sham|shame)\S*|(?:good|better) way|instead)\b/;
const OWN_ACT = /\b(i|would|will|'d|'ll|shall|going to|be go to)\b/;

const LET_PASS = /\b(?:i|we) (?:(?!not |never )\S+ ){0,2}(?:let (?:it|that|this) (?:\S+ )?(?:slide|go|pass)\b|let (?:him|her|them) off\b|turn\S* a blind eye)|\b(?:i|we) (?:do not|did not|would not|will not|never) (?:\S+ ){0,2}(?:log|record|report|escalate|write (?:it |this |that )?up|put (?:it|this|that) (?:through|down)|raise|flag)\b(?: \S+){0,5} (?:breach|complaint|qa|incident|compliance|formal|formally|record)\b/;
