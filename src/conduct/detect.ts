// Detectors: each finds one kind of conduct in a sentence, then the frame decides whether the
// candidate did it (not a colleague or the customer), whether it is denied ("I would never..."),
// and whether it sits in a hypothetical ("if I ever told..."). Patterns run over lemmas.
import type { Reading, Sentence } from '../language/read.js';
import { clauseOf } from '../language/read.js';
import { numberAt, timeAt } from '../language/numbers.js';
import { CORRECTION_WORDS, OWN_MISTAKE, coordinatedAct, firstSubject, type FrameOptions, negatedBetween, negationFrom, passiveAt, practiceContact, reportedOrCorrected, ruleTalk, ruleTalkAround, speechAfter, speechBefore, subjectBefore, type Actor } from './frame.js';
import type { Jurisdiction, Sector } from './rules.js';
import { buildPrefilter, type KnownPieces, type Prefilter } from './prefilter.js';
import { compiledNow } from '../text/compiled.js';

export interface ConductHit {
  rule: string;
  /** The words of the answer that raised it. */
  words: string;
  sentence: number;
  /** Raised by the fitted turn model (turn-model.ts), not by a detector. */
  byModel?: true;
}

export interface DetectContext {
  jurisdiction?: Jurisdiction;
  sector?: Sector;
  /**
   * The text is what the candidate says on a call (a turn), not an answer about what they did:
   * every unquoted word is theirs, and "you" is the person on the line.
   */
  spoken?: boolean;
  /** Told why a pattern that matched raised no flag (for tuning on training data). */
  trace?: (rule: string, refusedBy: 'needs' | 'frame' | 'rule-talk' | 'quoted', words: string) => void;
}

interface Lemmas {
  text: string;
  starts: number[];
}

const QUOTE_MARK = /^['‘’"“”`]+$/;

// Every detector reads a sentence's lemmas, several of them twice (a sentence and the one before): built once.
const lemmaCache = new WeakMap<Sentence, Lemmas>();

function lemmasOf(s: Sentence): Lemmas {
  const known = lemmaCache.get(s);
  if (known) return known;
  const starts: number[] = [];
  let text = ' ';
  for (const t of s.tokens) {
    starts.push(text.length);
    // Quotation marks stand between the words a detector reads ("call customers 'irresponsible'"):
    // left out, a match inside them maps to the word after the mark.
    if (!QUOTE_MARK.test(t.w)) text += `${t.l} `;
  }
  const l = { text, starts };
  lemmaCache.set(s, l);
  return l;
}

/** The sentence's lemmas before token k, for a detector that asks what came first. */
function lemmasBefore(s: Sentence, k: number): string {
  return s.tokens.slice(0, k).map((t) => t.l).join(' ');
}

function tokenAt(l: Lemmas, charIndex: number): number {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.starts[mid]! <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const any = (n: number) => `(?:\\S+ ){0,${n}}`;
const TP = '(?:commanding officer|chain of command|other supplier|supplier|supply chain|trade association|trade group|the (?:rest of the |wider |whole )?trade|their customer|mother|mum|mom|father|dad|parent|brother|sister|son|daughter|aunt|uncle|cousin|grandmother|grandma|gran|nan|grandfather|grandad|grandpa|nephew|niece|family|relative|neighbour|neighbor|employer|boss|hr|colleague|coworker|co-worker|workmate|receptionist|flatmate|roommate|housemate|friend|landlord|landlady|child|kid|girlfriend|boyfriend|fiancé|fiance|carer|caregiver|lodger|stranger|whoever|anyone|everyone|church|pastor|teacher|coach|office|workplace|line manager|supervisor|household)';
const SPOUSE = '(?:wife|husband|spouse|partner)';
const DEBT = /\b(debt|owe|owing|arrear|arrears|overdue|past due|past - due|unpaid|behind|in collection|collection agency|collections? account|know what (it|this|the call) be about|explain what (it|this|the call) be about|debt collector|default|outstanding|money he|money she|money they|late on|balance|bill|credit risk|not pay|miss (\S+ ){0,2}payment|chase|settle)\b/;
const CONSENT = /\b(consent|permission|authority|authorise|authorize|authorisation|authorization|power of attorney|poa|executor|administrator|guardian|third-party authority|on the account|joint account|joint holder|agreed i could|asked me to speak|estate|deceased|next of kin|personal representative)\b/;
const FUTURE = /\b(will|would|be go to|gonna|shall|could|might)\b/;
const PAY_OR = /\b(if|unless)\b.{0,60}\b(not|never|no)\b.{0,30}\b(pay|settle|clear|have the money|get the money|receive|agree|sort|respond|engage|bring|make|hear|call|resolve|deal with|set)|\bif (\S+ ){0,4}(ignore|keep|refuse|miss|hang up|stop)\b|\blast (offer|chance)\b|\bor else\b|\b(not|n't) be (surprise|shock)\w* if\b|\bpay\b.{0,30}\bor (we|i|you|he|she|they)\b|\bunless\b.{0,40}\b(pay|settle)\b/;
const IMMEDIATE = /\b(by the end of (the )?(week|month|day)|tomorrow|today|tonight|immediately|straight away|right away|right now|this afternoon|this week|by friday|by monday|within (a |an |one |two |\d+ )?(hour|day)|first thing|next week|next month)\b/;
const NO_JUDGMENT = /\bno (court )?(judgment|judgement|court order|ccj|right|legal right|intention|plan|power|charging order)\b|\bno plans? to\b|\b(not|never) (\S+ ){0,3}(intend|plan|mean|able|allow|have the right|do|happen|follow through|go through with|file|sue)\b|\bjust leverage\b|\bbluff|\bnobody (\S+ ){0,4}(ever )?intend|\bwithout ever\b|\bnowhere near\b|\bwhen (in fact|actually)\b|\beven though\b|\balthough\b.{0,40}\bno\b/;
// A threat of court on a debt past its limitation period is one the collector cannot carry out (Reg F 1006.26(b); Limitation Act 1980).
const TIME_BARRED = /\b(past the statute|beyond the statute|outside the statute|statute of limitation\w* (have |had )?(pass|run|expire)|time-barred|statute-barred|time barred|statute barred|time - bar\w*|statute - bar\w*|time bar|statute bar|older than the limitation|past the limitation|out of statute)\b/;
// "There was a county court judgment on the account", "the client already had a judgment": enforcement stated where it is lawful.
const LAWFUL_STAGE = /\b(once|after|when|since) (the |a |an )?(\S+ ){0,2}(have|had|get|got|obtain|hold|win|won)\S* (a |an |the )?(\S+ )?(judgment|judgement|ccj|court order)\b|\b(after|once|following|(?<!(?:end|wind) up )with|when) (a |the |an )?(\S+ ){0,2}(judgment|judgement|court order|ccj|warrant of control|attachment of earnings order)\b|\bthere be (already )?(a|an) (\S+ ){0,2}(judgment|judgement|ccj|court order)\b|\balready (have|had|get|got|obtain|hold)\S* (a|an|the) (\S+ ){0,2}(judgment|judgement|ccj|court order)\b|\bfederal\b|\bstudent loan|\badministrative (wage )?garnish|\btax debt|\bpre-action\b|\bprotocol\b|\bletter (of|before) (action|claim)\b|\bletter (\S+ ){0,2}(warn|say|tell|explain)\w* (\S+ ){0,8}(court|legal action)\b.{0,80}\b(month|thirty day|30 day|reply|respond)\b/;

/** Telling an employer, suppliers or family is a threat when it is held over the debt, in the future, before any lawful stage. */
function threatensToTell(l: string, pressure: RegExp): boolean {
  return (PAY_OR.test(l) || NO_JUDGMENT.test(l) || pressure.test(l) || /\b(if|unless)\b/.test(l)) && FUTURE.test(l) && !LAWFUL_STAGE.test(l) && !CONSENT.test(l);
}

type Frame = 'act' | 'said';

interface Detector {
  rule: string;
  frame: Frame;
  pattern: RegExp;
  /** Further tests on the whole sentence (lemmas), all of which must hold. */
  needs?: (l: string, ctx: DetectContext, s: Sentence, k: number, r: Reading, si: number) => boolean;
  /** Negators that are part of the harm ("without checking"). */
  keep?: readonly string[];
  /** Skip rule-talk checks (the harm's own words are rule-like). */
  noRuleTalk?: boolean;
  /** The harm's own words hold a "not" ("which wasn't true"): it does not deny the statement. */
  ownNegation?: boolean;
}

const COMM_BEFORE = new RegExp(` (?:tell|inform|let|mention|explain|discuss|say|warn|call|ring|phone|contact|text|email|e-mail|write|message|speak|talk|notify|alert|visit|ask|leave|share|reveal|disclose|chat|go over|went over|explain|update|complain)\\b ${any(5)}`);

// Built once: the detectors ask them of many sentences.
const TP_WORD = new RegExp(`\\b${TP}\\b`);
const SPOUSE_WORD = new RegExp(`\\b(${SPOUSE})\\b`);
const TP_SPEAKS = new RegExp(`\\b(${TP}|${SPOUSE}) (say|ask|tell|shout|go)\\b`);
const pickedUp = (who: string) => new RegExp(`\\b(${TP}|${who}|someone else|somebody else|another person|a woman|a man|a child|a kid)\\b (\\S+ ){0,4}(answer|pick up|pick|come to the (phone|door)|take the call|open the door|get the phone)\\b`);
const PICKED_UP = pickedUp('nobody');
const PICKED_UP_UK = pickedUp(SPOUSE);

function debtAfter(l: string, k: number, s: Sentence): boolean {
  // A debt word in the same sentence after the third party, not denied ("without mentioning the debt").
  // "the brother said, 'Just tell me how much he owes'": the third party's own quoted words tell him nothing.
  const tpSpeaks = TP_SPEAKS.test(l);
  const words = s.tokens.slice(k).map((t) => (tpSpeaks && t.quoted ? '_' : t.l)).join(' ');
  const m = DEBT.exec(words);
  if (!m) return false;
  const offset = words.slice(0, m.index).split(' ').length - 1;
  return !negatedBetween(s, k, k + offset);
}

// Words that say the customer is vulnerable, in the sentence or the one before it.
const VULN = /\b(die|death|dead|pass away|funeral|bereave|bereavement|grief|grieve|grieving|widow|widower|cancer|chemo|chemotherapy|hospital|terminal|illness|ill|sick|dementia|alzheimer|depression|depress|depressed|anxiety|mental health|suicide|suicidal|self-harm|crisis|disabled|disability|carer|confused|stroke|vulnerable|bipolar|schizophrenia|psychosis|ptsd|elderly|frail|sectioned|breakdown|lose (her|his|their) job|redundant|redundancy|end it all|end (his|her|their|my) life|antidepressant|medication|addiction|gambling|repeat (herself|himself|themselves)|forget|forgetful|memory|in tears|cry|crying|probate|grieve|grief)\b/;

function vulnerableNearby(l: string, _ctx: DetectContext, _s: Sentence, _k: number, r: Reading, si: number): boolean {
  const prev = si > 0 ? r.sentences[si - 1]!.tokens.map((t) => t.l).join(' ') : '';
  return VULN.test(l) || VULN.test(prev);
}

// "the lender could in future consider court action, but nothing like that has been started, and nothing will
// happen while your adviser is dealing with it": court named to say it is not coming (call-turns/train12.yaml).
const REASSURED = /\bnothing (like that |of the sort |of that kind )?(have|ha|be) (be )?(start|begin|issue|file|plan)|\bnothing (will|would|be go to) happen\b|\bno (court |legal )?action (will|would|be go to) (be take|happen|start)\b/;

// "We'd never actually go that far, but customers don't need to know that", in the two sentences after
// a threat: it was not meant (answers-train5.yaml, training).
const BLUFF = /\b(never|not) (really |ever )?actually\b|\b(do not|does not|need not|never) (need to |have to )?know (that|it)\b|\bjust (a )?bluff/;
function bluffAfter(r: Reading, si: number): boolean {
  for (let j = si + 1; j <= si + 2 && j < r.sentences.length; j++) if (BLUFF.test(lemmasOf(r.sentences[j]!).text)) return true;
  return false;
}

// "we just do it through the lawyer": the account worked by way of the customer's representative.
const THROUGH_REPRESENTATIVE = /\bthrough (the|her|his|their|your) (lawyer|attorney|solicitor|adviser|advisor|representative|counsel)\b/;

// Organisations that act for a customer, named where a pronoun ("write to them") may mean them.
const ADVICE_BODY = /\b(citizens advice|stepchange|payplan|national debtline|debt charity|charity|law firm|law centre|advice centre)\b/;

const DETECTORS: Detector[] = [
  // A dialler left to run until someone answers.
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:dialer|dialler|autodialer|autodialler|system|robot|robo-dialer) (?:just |simply )?keep (?:go|run|dial|call|ring|try|redial)\S* (?:\S+ ){0,3}(?:until|till|til)\b/,
  },
  // Disclosure: a third party told about the debt.
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: new RegExp(` (?:tell|inform|let|mention|explain|discuss|say|warn|call|ring|phone|contact|text|email|e-mail|write|message|speak|talk|notify|alert|visit|ask|leave|share|reveal|disclose|chat|go over|update|complain|advise|pass on|give|bring up|raise|describe|confirm|fill in|make aware|let slip|admit|point out|show|go through|run through|walk through|have a (?:quiet |little )?word|put a word in|drop a word|reach out to|get in touch with)\\b ${any(7)}(${TP}|${SPOUSE})\\b`),
    needs: (l, ctx, s, k, _r, _si) => {
      if (CONSENT.test(l)) return false;
      // "how the leftover is shared between everyone she owes": money divided, nobody told.
      if (s.tokens[k]!.l === 'share' && s.tokens[k - 1]?.l === 'be') return false;
      // "sales started asking us for the overdue report before their customer visits": asked, not telling.
      if (s.tokens[k]!.l === 'ask' && /^(us|me)$/.test(s.tokens[k + 1]?.w ?? '')) return false;
      const m = SPOUSE_WORD.exec(l.slice(l.indexOf(' ', 1)));
      const spouseOnly = m && !TP_WORD.test(l);
      if (spouseOnly && ctx.jurisdiction !== 'uk') return false;
      return debtAfter(l, k, s);
    },
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: new RegExp(` (?:debt|arrears|balance|overdue|owe)\\b ${any(6)}(?:with|to) ${any(4)}(${TP})\\b`),
    needs: (l) => !CONSENT.test(l),
  },
  {
    // The third party picked up; then the candidate told them about the debt.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:tell|inform|let|mention|explain|discuss|say|warn|leave|share|reveal|disclose|go over|update|ask|(?:walk|take|talk|run|go) (?:\S+ )?through)\b/,
    needs: (l, ctx, s, k, r, si) => {
      if (CONSENT.test(l)) return false;
      const tpBefore = TP_WORD.test(lemmasBefore(s, k));
      if (tpBefore && debtAfter(l, k, s)) return true;
      const prev = si > 0 ? r.sentences[si - 1]!.tokens.map((t) => t.l).join(' ') : '';
      const picked = ctx.jurisdiction === 'uk' ? PICKED_UP_UK : PICKED_UP;
      if (!picked.test(l) && !picked.test(prev)) return false;
      return debtAfter(l, k, s);
    },
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:post|share|put|publish|write|tag|mention|name|advertise)\b (?:\S+ ){0,8}(?:facebook|instagram|twitter|tiktok|linkedin|social medium|social media|social|online|whatsapp|group chat|forum|noticeboard|notice board|window)\b| name and shame\b/,
    needs: (l) => DEBT.test(l) || /\b(owe|shame|debt|account|pay|payer|settle|late|overdue|arrears|slow)\b/.test(l),
  },
  {
    // "I'd tell him it's about a past-due account, so he can pass that on", "tell them it's about a debt so ... he calls me":
    // the one told is a messenger, not the consumer.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / tell (?:him|her|them) (?:that )?(?:it be|it's|this be|i be call|i'm call|we be call) (?:about|regard\S*|concern\S*|over|for) (?:a|an|the|his|her|their|some|\S+ 's) (?:\S+ ){0,3}(?:debt|past-due|overdue|balance|arrears|account|bill|loan|payment)\b/,
    needs: (l) => {
      const told = / tell (him|her|them) /.exec(l)?.[1];
      const later = l.slice(l.search(/ tell (him|her|them) /) + 9);
      return /\bpass (\S+ ){0,2}(on|along)\b|\bpass (it|that|this) to (him|her)\b/.test(later) || (told === 'them' && /\b(he|she) (call|ring|phone|get back|contact)\b/.test(later)) || (told === 'him' && /\bshe (call|ring|phone|get back|contact)\b/.test(later)) || (told === 'her' && /\bhe (call|ring|phone|get back|contact)\b/.test(later));
    },
  },
  {
    // "Letters in a clear window envelope so the past-due amount shows through", "I'd copy her manager in on the email".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:(?:window|clear|see-through|transparent) envelope|postcard|(?:copy|cc|bcc)\S* (?:\S+ ){0,2}(?:manager|boss|employer|hr|colleague|supervisor|line manager|payroll)\b (?:\S+ ){0,2}(?:in|on|into))\b/,
    needs: (l) => /\b(show|visible|see|read|through|email|message|letter|reminder|notice|statement)\b/.test(l) && (/envelope|postcard/.test(l) ? DEBT.test(l) || /\b(amount|balance|past-due|past due|overdue|collection|creditor|arrears)\b/.test(l) : true),
  },
  {
    // "The voicemail script said the company name, 'collections' and the balance": what a message says, others may hear.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:voicemail|answerphone|answering machine|message)\S* (?:\S+ ){0,3}(?:say|mention|give|include|state|read out|name|quote|contain)\S* (?:\S+ ){0,10}(?:balance|debt|amount|arrear|arrears|collection|owe|overdue|account number)\b/,
    needs: (l) => !/\blimit\w* (- )?content|\bjust (my|our) name|\bonly (my|our|the) name|\bno detail|\bnothing about|\bnever (mention|say|give|include)/.test(l),
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / leave (?:\S+ ){0,4}(?:voicemail|message|note)\b/,
    needs: (l) => DEBT.test(l) && /\b(family|anyone|whoever|household|share|shared|home phone|landline|house phone|home number|family phone|could hear|can hear|everyone|wife|husband|kid|child|door)\b/.test(l) && !/\blimited[- ]content|\bjust (my|our) name|\bonly (my|our) name|\bno detail/.test(l),
  },
  // Threats of arrest, jail, police, criminal charges.
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:(?:be|get) arrest|arrest (?:him|her|them|you)|(?:go|send|put|end up|land|throw) (?:\S+ ){0,3}(?:to|in|into) (?:jail|prison|gaol)|(?:jail|prison) (?:time|sentence)|(?:face|risk|look at) (?:\S+ ){0,2}(?:jail|prison|arrest|criminal)|criminal (?:charge|offence|offense|record|case|proceeding|matter|prosecution)|(?<!(?:fee|interest|charge|amount|cost|price|rate|balance) )(?:be|get) (?:charge(?! (?:twice|double|a fee|for|on|to|interest|again|the|late|extra|more|too|every|each|monthly|weekly|per|\S+ (?:fee|charge|interest|time)))|prosecute)|prosecut\S*|(?:issue|take out|get|have) (?:\S+ ){0,2}warrant(?! of (?:control|execution|possession))|warrant (?:for|out)|warrant (?! ?of (?:control|execution|possession))(?:\S+ ){0,3}(?:issue|sign|out|draw|prepare|apply)|for (?:his|her|their|your) arrest|(?:look|treat|class|see|regard|view)\S* (?:at )?as (?:a |an )?(?:fraud|theft|crime|criminal)|theft by deception|(?:take|drive|lead)\S* away in (?:a |the )?police (?:car|van)|(?:transfer|put (?:\S+ )?through|connect)\S* (?:\S+ ){0,2}to (?:the )?(?:sheriff|police|magistrate)|lock (?:him|her|you|them) up|(?:handcuff|cuff)\S*|(?:trouble|problem) with the (?:law|police)|police record|criminal|police (?:will|would|be go to|could|might|come|turn up|knock|visit)|(?:sheriff|marshal|bailiff) (?:could|will|would|might|be go to) (?:\S+ ){0,6}(?:pick|arrest|take|collect) (?:him|her|them|you) (?:up|away|in)?|be (?:\S+ )?(?:fraud|a crime|criminal|theft|a criminal offence)|(?:commit|be) (?:a |an )?(?:crime|criminal offence|fraud|theft)|(?:be|get) (?:lock up|jail|imprison)|(?:end up|wind up|could|will|would|might) (?:\S+ ){0,8}lock up|(?:sheriff|marshal|police|officer) (?:could|will|would|might|be go to|can|may) (?:\S+ ){0,2}come (?:out|round|over|for)|police (?:thing|job|issue|case)|count as (?:fraud|theft|a crime|criminal)|fraud (?:squad|unit)|(?:refer|pass|report|hand|send|go)\S* (?:\S+ ){0,4}to the (?:authorit\w*|da|da 's office|district attorney|prosecutor|crown prosecution service|cps)|(?:lead|result|end) (?:up )?(?:to|in|with) (?:a |an )?(?:arrest|warrant|jail|prison|criminal|prosecution|police)|matter for the (?:authorit\w*|police)|(?:warrant|prison|jail|arrest|prosecution|criminal charge) (?:be|was) (?:a |an |now a |still a )?(?:real |very real |serious )?(?:possibility|possible|likely|option|on the table|not off the table)|police (?:take|treat|view|look at) (?:\S+ ){0,4}(?:serious|seriously|very serious)|(?:possibility|chance|risk) of (?:a |an )?(?:warrant|arrest|prosecution|jail|prison))\b/,
  },
  {
    rule: 'threat-arrest',
    frame: 'act',
    pattern: / (?:call|send|involve|get|contact|bring in|ring|phone|report (?:\S+ ){0,3}to|pass (?:\S+ ){0,3}to|hand (?:\S+ ){0,3}to|refer (?:\S+ ){0,3}to|tell|notify) (?:\S+ ){0,2}(?:police|cop|sheriff|fbi)\b/,
    needs: (l) => FUTURE.test(l) || PAY_OR.test(l) || /\bthreaten\b/.test(l),
  },
  // Threats of action not intended or not lawful.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:take|drag|haul|bring|see) (?:\S+ ){0,3}(?:to )?court|(?:be|end up|find (?:\S+ )?self) in court|(?:end up|be|stand|wind up) in front of (?:a |the )?(?:judge|magistrate|court)|go (?:\S+ )?to (?:legal|court|our solicitor|the solicitor|our lawyer|our attorney|the attorney|our legal (?:team|department))|(?:lose|losing) (?:his|her|your|their) (?:car|house|home|job|van)|ccj|county court judgment|sue|pre(?:-| - )?suit|(?:file|start|issue|bring|begin|lodge) (?:\S+ ){0,2}(?:lawsuit|suit|legal action|court action|proceeding|court case)|winding(?:-| - | )up (?:petition|order|proceeding)|(?:file|issue|lodge|bring|start)\S* (?:a |the )?(?:court |legal )?claim (?:against|on|in)|(?:court|legal) proceeding (?:\S+ ){0,2}(?:follow|start|begin|be issue)|legal action|court action|(?:court|legal) paper|paperwork (?:for|to) (?:the )?court|(?:refer|pass|send|hand|escalate|move|transfer)\S* (?:\S+ ){0,3}to (?:our |the )?(?:legal department|legal team|solicitor|lawyer|attorney|litigation)|(?:go|pass|send|refer|hand)\S* (?:\S+ ){0,3}to (?:the |our )?(?:bailiff|enforcement agent|enforcement officer|sheriff)|(?:prepare|ready)\S* for (?:court|litigation|legal action)|be serve)\b/,
    needs: (l, _ctx, _s, _k, r, si) => (PAY_OR.test(l) || IMMEDIATE.test(l) || NO_JUDGMENT.test(l) || TIME_BARRED.test(l) || /\bthreaten\b|\bwhenever (we|i) (like|want|choose)/.test(l) || bluffAfter(r, si)) && !LAWFUL_STAGE.test(l) && !REASSURED.test(l),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:garnish\S*|(?:sheriff|marshal|bailiff|enforcement officer|enforcement agent)s? (?:could|will|would|might|may|can|be go to) (?:\S+ ){0,4}(?:remove|take|seize|collect) (?:(?:\S+ ){0,2}(?:property|belonging|possession|furniture|car|van|stock|equipment)|(?:your |his |her |their |the )?goods?\b)|(?:seize|take|repossess|tow|clamp|confiscate|grab) (?:\S+ ){0,3}(?:car|house|home|van|property|thing|belonging|furniture|tv|television|wage|salary|pay|paycheck|paycheque|benefit|asset|possession|stuff|motor|truck|stock|goods|equipment|machinery)|(?:send|call|get|bring|have) (?:\S+ ){0,2}(?:bailiff|enforcement agent|enforcement officer|sheriff|repo man|repo|debt collector round)|(?:wage|salary|pay|paycheck|paycheque|benefit|car|house|home|telly|tv|furniture|sofa|belonging|thing|van)s? (?:could|will|would|might|can|be go to) (?:\S+ ){0,2}(?:be )?(?:take|seize|garnish|repossess|freeze)|(?:enforcement officer|enforcement agent|bailiff|field agent)s? (?:could|will|would|might|can|be go to) (?:\S+ ){0,2}(?:come|take|turn up|visit|call)|bailiff (?:will|would|be go to|could|come|turn up|knock|visit|follow)|freeze (?:\S+ ){0,2}(?:account|bank)|(?:take|deduct|dock) (?:\S+ ){0,4}(?:from|out of) (?:\S+ ){0,2}(?:wage|pay|salary|paycheck|paycheque|benefit|bank)|lien|enforcement(?: action| agent| officer)?|take (?:everything|it all|the house|the car|your house|your car)|(?:knock on|turn up at|show up at|come to|come round to|visit) (?:\S+ ){0,2}(?:door|house|home|work|office|workplace)|(?:send|bring) (?!(?:a |an |the |our |my )?(?:letter|copy|statement|email|text|form|pack|notice|card|leaflet|summary|breakdown)\b)(?:\S+ ){0,2}(?:round|to (?:his|her|your|their) (?:door|house|home)))\b/,
    needs: (l) => (FUTURE.test(l) || PAY_OR.test(l) || /\bthreaten\b|\bwhenever (we|i) (like|want|choose)|\bif (we|i) (want|like|choose)/.test(l) || NO_JUDGMENT.test(l)) && (!LAWFUL_STAGE.test(l) || /\bno (court )?(judgment|judgement|court order)/.test(l)),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:tell|call|contact|inform|ring|email|write to|notify|phone|speak to|speak with|talk to|have a (?:quiet |little |friendly )?word with|reach out to|get in touch with|be in touch with|warn|mention (?:it |this |that )?to|let (?:\S+ )?know|let (?:\S+ ){0,3}(?:and (?:\S+ ){0,2})?(?:supplier|employer|boss|neighbour|neighbor|colleague|regular|customer)s? (?:\S+ ){0,2}know) (?:\S+ ){0,2}(?:employer|boss|work|hr|payroll|manager|line manager|company|supplier|industry|family|mother|mum|mom|father|dad|parent|wife|husband|neighbour|neighbor|friend|colleague|landlord|landlady|bank|church|school)\b/,
    // "I told my manager I wouldn't sign that letter": the candidate's own manager is no one the customer is threatened with.
    needs: (l) => threatensToTell(l, /\b(threaten|warn|deduction|deduct|garnish\w*|not good for|bad payer|do not pay)\b/) && !/ (?:tell|call|contact|inform|ring|email|write to|notify|phone|speak to|warn|let) (?:my|our) (?:\S+ )?(?:manager|boss|company|supervisor|director|hr|team|colleague|employer|compliance)\b/.test(l),
  },
  // Veiled threats: "I'd hate for his commanding officer to hear he's behind", "it'd be a shame if this
  // reached your work", "I'd hate for her to end up in court over this".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:hate|be (?:a|such a) (?:real |great |terrible |awful )?(?:shame|pity)) (?:for|if) (?:\S+ ){0,6}(?:(?:employer|boss|work|workplace|commanding officer|neighbour|neighbor|family|manager|colleague|hr|payroll)s? (?:\S+ ){0,3}(?:hear|find out|get involve|be involve|end up involve|get wind|know|learn)|(?:reach|get to|end up at|end up with|go to) (?:\S+ ){0,2}(?:work|employer|boss|legal|lawyer|attorney|solicitor|court|bailiff|sheriff)|end up (?:\S+ ){0,2}(?:in court|involve|before a judge|with (?:our |the )?(?:legal|lawyer|attorney|solicitor)))/,
  },
  // "If it doesn't, things could get a lot more complicated for you": a consequence left unnamed, held over the customer.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / thing (?:could|might|will|would|can|be go to|tend to|may|to) (?:\S+ ){0,2}(?:get|become|turn) (?:\S+ ){0,3}(?:complicate|messy|ugly|nasty|serious|difficult|worse|hard) (?:\S+ ){0,2}for (?:him|her|you|them|the customer|the consumer|the debtor)\b/,
    needs: (l) => /\b(if|unless|otherwise|or else|once)\b/.test(l) || PAY_OR.test(l),
  },
  // "we talk to a lot of other suppliers in their sector and these things do tend to get around": the
  // debt held over a customer as gossip among those it trades with (answers-train7.yaml, training).
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:word|thing|news|it|story|reputation)s? (?:\S+ ){0,3}(?:get|go|travel|spread)s? (?:a)?round\b/,
    needs: (l) => /\b(supplier|trade|sector|industry|neighbour|neighbor|family|employer|workplace|colleague|community|town|village|church)\b/.test(l) && !/\b(?:not|never|no) (?:\S+ ){0,3}(?:get|go|travel|spread)s? (?:a)?round\b/.test(l),
  },
  // "I tell them exactly what I think of people who don't pay their bills": contempt said to the customer.
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:tell|let (?:\S+ )?know|say|show) (?:\S+ ){0,3}(?:exactly |just )?what (?:i|we) (?:really )?think of (?:people|customer|debtor|them|him|her|person|folk|anyone)\b/,
  },
  // Complaints and breaches buried: logged as something else, kept off the log, talked out of, kept from
  // compliance or the regulator (answers-train5..8.yaml, training).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:log|record|class|classify|treat|put|mark|close|code|count)\S* (?:\S+ ){0,4}as (?:general |just )?(?:feedback|a query|an enquiry|an inquiry|a comment|resolve informally|informal|a service issue|not a complaint|no complaint)|(?:keep|kept|take|leave)\S* (?:\S+ ){0,3}(?:off|out of) (?:the |our )?(?:complaint\S* (?:log|register|figure|number|mi)|log|register)|(?:only|just) (?:record|log|raise|treat|open)\S* (?:\S+ ){0,3}(?:as )?(?:a )?(?:formal )?complaint (?:\S+ ){0,3}if (?:the )?(?:customer|they|he|she|consumer) (?:insist|push|ask|demand|use the word)|(?:discourage|talk (?:\S+ )?out of|put (?:\S+ )?off|dissuade)\S* (?:\S+ ){0,4}(?:complain|complaint|ombudsman|regulator|cfpb|fos)|(?:keep|kept) (?:\S+ ){0,3}(?:the regulator|compliance|the fca|the cfpb|the client|the examiner)s? out of it|(?:decide|choose|pick)\S* (?:which|what) (?:\S+ ){0,3}compliance (?:really )?(?:need|get|should|must)s? to (?:see|know|hear)|(?:backfill|back-fill|backdate|back-date)\S*|(?:withdraw|drop)\S* (?:the |their |her |his )?complaint\S* (?:\S+ ){0,6}(?:settlement|discount|in return|in exchange|if))\b/,
    // ("..., because it discourages a complaint": a remark judged, not the candidate's act.)
    needs: (l, _ctx, s, k, r, si) => !/^(it|this|that|which)$/.test(s.tokens[k - 1]?.w ?? '') && /\b(complain\w*|complaint|compliance|regulator|fca|cfpb|ombudsman|fos|breach|audit|examiner|log|note|record)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
    noRuleTalk: true,
  },
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:not|n't|never) (?!(?:\S+ )?(?:forget|fail|miss|omit|neglect|hesitate|delay))(?:\S+ ){0,2}(?:escalate|report|trouble|bother|involve|inform|flag|tell|volunteer|log|record|notify|bring up|mention|offer|explain)\S* (?:\S+ ){0,3}(?:compliance|the regulator|the fca|the cfpb|the ombudsman|the fos|the examiner|as a complaint|as a breach|the complaint|(?:their |her |his |the )?(?:right to complain|complaint right|referral right))\b/,
    keep: ['not', 'never'],
    noRuleTalk: true,
    // "I'd never not report it", "there was nothing to report to compliance": not a breach kept back.
    needs: (l) => !/(nothing|no breach|no complaint) (\S+ ){0,3}(to )?(report|escalate|log)/.test(l),
  },
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:(?:formal )?complaint|go\S* to the (?:regulator|ombudsman|fos|cfpb)|the (?:ombudsman|regulator|fos|cfpb)) (?:\S+ ){0,4}(?:not|n't) (?:really |probably )?(?:be )?(?:in (?:anyone|anybody|your|their|her|his)(?:'s| 's)? (?:best )?interest|worth (?:it|the (?:hassle|bother|effort))|change anything|help (?:you|her|him|them)|get (?:you|her|him|them) anywhere)\b/,
    ownNegation: true,
    keep: ['not'],
  },
  // "I'd copy her manager on the next one": the debt sent to someone at work.
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:copy|cc|bcc) (?:in )?(?:\S+ ){0,2}(?:manager|boss|employer|hr|colleague|supervisor|family|partner|wife|husband|mother|father|parent)s? (?:in|on|into)\b/,
  },
  // "We'd let their other suppliers know they were a bad payer": the telling named before the knowing.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / let (?:\S+ ){0,5}(?:supplier|employer|boss|neighbour|neighbor|colleague|family|trade association|industry|creditor)s? (?:\S+ ){0,2}know\b/,
    needs: (l) => threatensToTell(l, /\b(threaten|warn|bad payer|do not pay|not pay|owe|debt|late payer)\b/),
  },
  // False statements.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:debt|balance|interest|amount|it|bill|fee|charge|total|that) (?:will|would|be go to|could|be about to|keep) (?:\S+ )?(?:double|triple|treble|go up by|skyrocket|balloon|quadruple)|(?:debt|balance|amount|bill|invoice|total) (?:just |basically |automatically |pretty much |practically |nearly |almost |effectively |more or less )?(?:double|triple|treble)|double (?:tomorrow|overnight|by tomorrow|next week|by friday|if (?:\S+ ){0,3}not)|ruin (?:\S+ ){0,3}credit|credit (?:\S+ ){0,4}(?:forever|for ever|for life|permanently|for good)|never (?:\S+ ){0,3}(?:get|be able to get|be approve for|obtain|be give) (?:\S+ ){0,2}(?:mortgage|loan|credit|job|house|car|flat|apartment|lease|rental|phone contract)|deport\S*|(?:visa(?! (?:account|card|debit|credit|bill|balance|statement))|immigration status|citizenship|green card|settled status|leave to remain|right to remain|residency)|(?:credit )?score (?:\S+ ){0,3}(?:zero|nothing|rock bottom)|credit (?:file|score|rating|record|report|history) (?:\S+ ){0,4}(?:destroy|wreck|trash|ruin|blacklist|black-list|black list|finish|dead)|blacklist\S*|black list|wipe (?:\S+ ){0,4}(?:off|from) (?:\S+ ){0,2}(?:credit|file|report|record)|(?:interest|fee|charge) (?:\S+ ){0,3}(?:pile up|keep pile|keep go up|keep grow) (?:\S+ ){0,3}(?:percent|%)|never (?:(?!ask |tell |suggest |push |press |encourage |pressure )\S+ ){0,4}(?:rent|borrow|own)|(?:(?:son|daughter|mother|father|child|kid|family|relative|brother|sister|wife|husband|next of kin) (?:\S+ ){0,2}(?:will|would|be|have to|must|need to) (?:\S+ ){0,2}(?:responsible|liable|inherit the debt|(?:pay|settle|clear|cover) (?:it|the debt|his|her|the balance|this|that)))|(?:debt|balance|arrear|arrears|loan|it) (?:\S+ ){0,2}(?:pass|transfer|go) (?:over )?to (?:her|him|them|you|the family|the partner|the widow|the widower|the next of kin)\b(?! (?:\S+ ){0,2}(?:estate|executor))|(?:fee|charge|interest|surcharge)s? (?:\S+ ){0,3}(?:require|mandate|set|impose) by (?:the )?(?:law|regulation|government|regulator|card network|network)|(?:law|regulation|government|regulator|card network|network)s? (?:\S+ ){0,3}(?:make|require|force|oblige) (?:\S+ ){0,3}(?:charge|add|collect)|(?:stay|remain|sit|be|show) on (?:\S+ ){0,2}(?:file|credit file|credit report|report|record) (?:for (?:ten|10|eleven|twelve|fifteen|twenty|\d\d) year|forever|for ever|for life))\b/,
    // "the debt could stop them getting settled status": the stopping is the false claim.
    keep: ['stop', 'prevent'],
  },
  {
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:lie|bluff|fib|exaggerate|make up|invent|mislead|trick|fake) (?:to |about |that |and |a |the |it |him |her |them |his |her )?/,
    // "which accounts make up the hundred and sixty thousand": parts that make up a whole, not a story made up.
    // "I'd be lying if I said I didn't like being top of the board": a figure of speech.
    needs: (l) => !/\b(lie|lay) (down|on|in|ahead)\b/.test(l) && !/\b(would|'d|will) be lie\b|\bbe lie if\b/.test(l) && !/\bfake (court|letter|summons)/.test(l) && !/\b(be|'s|get) make up\b|\bhow (\S+ ){0,3}make up\b/.test(l) && !/\bmake up (\S+ ){0,3}(\d|hundred|thousand|million|per cent|percent|%|share|total|bulk|majority|half|most|portion|proportion|sixty|seventy|eighty|ninety|forty|fifty|thirty|twenty)/.test(l),
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:fake|false|made-up|artificial|invent) (?:\S+ )?(?:deadline|urgency|fee|charge|figure)|which (?:be|was) (?:not|n't) true|which (?:i|we) know (?:be|was) (?:not|n't|false)/,
  },
  // Impersonation.
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:pretend\S*|pose|impersonate|masquerade|make out|claim|pass (?:myself|ourselves) off|introduce (?:myself|ourselves|themselves|themself|himself|herself) as|say (?:i|we) (?:be|was|were|work|call)|tell (?:\S+ ){0,2}(?:i|we) (?:be|was|were|work|call)|(?:i|we) (?:be|was|were) (?:(?!not |never |collect\S* )\S+ ){0,2}(?:work with|call from|call on behalf of|from)|sign (?:\S+ ){0,3}as|call (?:\S+ ){0,2}(?:on behalf of|from) (?:\S+ ){0,2}(?:court|police|sheriff|government|irs|hmrc|judge|magistrate|council|dwp))\b (?:\S+ ){0,8}(?:lawyer|attorney|solicitor|court|judge|bailiff|police|officer|sheriff|government|irs|hmrc|council|official|legal department|law firm|magistrate|dwp|fbi|marshal|process server|enforcement|legal team|hospital|doctor|surgery|security team|legal side|solicitor's office|utility|delivery|alumni|college|university|survey|prize|courier|parcel|lottery)\b/,
    // "we could issue a claim in the county court": a claim is the court form, not a pretence.
    needs: (l, _ctx, s, k) => !/\bpretend (?:\S+ ){0,2}customer\b/.test(l) && !(s.tokens[k]?.l === 'claim' && s.tokens[k]!.pos !== 'VERB'),
  },
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:official|government|legal|court|police)(?:-| - | )?sound\S*|(?:(?:letter|email|notice|document|text|message) (?:\S+ ){0,4}|(?:crest|logo|seal|stamp|letterhead|header|badge)s? (?:\S+ ){0,4})(?:look|made to look|dress up|design|format) (?:\S+ ){0,3}like (?:\S+ ){0,2}(?:court|legal|official|summons|government|solicitor|lawyer|warrant)| (?:fake|mock|simulate|simulated|pretend) (?:\S+ ){0,2}(?:court|summons|legal|warrant|writ)\b/,
    // "a bit official sounding": said of a letter or a name, not of anything.
    needs: (l) => !/\b(official|government|legal|court|police)(-| - | )?sound/.test(l) || (/\b(letter|name|header|heading|top of|caller id|email|title|letterhead|signature)\b/.test(l) && !/\b(remove|drop|scrap|ban|replace|change|rewrite|take down|pull|withdraw)\b/.test(l)),
  },
  {
    // "On voicemails I'd say this is Officer Reid calling".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:say|introduce (?:myself|ourselves) (?:as|with)|open with) (?:that )?(?:this|it) be (?:\S+ )?(?:officer|detective|sergeant|constable|judge|marshal|deputy|inspector|agent \S+ from the)\b/,
  },
  {
    // "seven calls a week ... on each phone number we have": Reg F's count is per debt, across every number.
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:seven|7|eight|8|nine|9|ten|10|two|2|three|3) (?:\S+ ){0,8}(?:on|per|for|to) (?:each|every) (?:phone )?(?:number|line|phone)|(?:call|dial|attempt|ring)s? (?:\S+ ){0,6}on every number)\b/,
    noRuleTalk: true,
  },
  {
    // "we go by our own clock", "dials that don't connect count as free".
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:go|work|call|dial) by (?:our|my) (?:own )?(?:clock|time|time zone|timezone|local time)\b/,
  },
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:dial|call|attempt)s? (?:\S+ ){0,4}(?:count (?:\S+ ){0,1}as free|(?:do|does) (?:not|n't) count)|count (?:\S+ ){0,4}as free)\b/,
    keep: ['not'],
    noRuleTalk: true,
  },
  {
    // "DPA checks are worth five percent, and I'd tell the team they can skip them".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:skip|bypass|drop|leave out|ditch) (?:them|it|those|that)\b/,
    needs: (l) => /\b(dpa|id|security|verification|identity|data protection) (check|question)/.test(l),
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:have|has|get|got) no excuse\b/,
    keep: ['no'],
  },
  {
    // "I introduce myself as calling from the county accounts processing office".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:call|calling|ring|phone|introduce (?:myself|ourselves) as (?:call\S* )?|say (?:i|we) (?:be|was|were) (?:call\S* )?)(?:\S+ ){0,1}from the (?:county|district|state|city|federal|municipal|court|government) (?:\S+ ){0,3}(?:office|department|court|bureau|division|service|unit)\b/,
  },
  {
    // "I go direct to the balance", "I did not ask for the letters testamentary or any paperwork".
    rule: 'skipping-id-checks',
    frame: 'act',
    // ("I failed an agent on QA for going into the balance before verification": someone else's, found.)
    pattern: /(?<! for) (?:(?:go|jump|get|move|skip)\S* (?:straight |direct |directly |right )?(?:to|into) (?:the )?(?:balance|arrears|debt|amount)|(?:not|n't|never) ask (?:\S+ ){0,2}for (?:\S+ ){0,5}(?:id|identification|proof|paperwork|letter testamentary|document|verification|date of birth|security))\b/,
    keep: ['not', 'never'],
    needs: (l) => /\b(date of birth|dob|zip|postcode|verif\w*|security|id|identification|check|question|executor|proof|paperwork|testamentary)\b/.test(l),
    noRuleTalk: true,
  },
  {
    // "I don't mark agents down for skipping the verification questions": the breach let pass.
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:not|n't|never) (?:mark|penalise|penalize|score|fail|ding|pull) (?:\S+ ){0,2}(?:down |up )?for (?:skip|miss|ignor|leav|drop)\S* (?:\S+ ){0,3}(?:verif\S*|security|id|check|dpa)/,
    keep: ['not', 'never'],
    noRuleTalk: true,
  },
  {
    // "the police at the door", "looked at as theft of services".
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:police (?:at|on|knock\S* (?:on|at)) (?:the|your|his|her|their) door|theft of service|matter for the (?:\S+ )?(?:authorit\S*|police))\b/,
  },
  {
    // "accounts like his are still reviewed by our legal department for suit".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:review|look at|consider|flag|assess)\S* (?:\S+ ){0,5}for (?:suit|litigation|legal action|court action|a lawsuit)\b/,
    needs: (l) => !LAWFUL_STAGE.test(l) && !/\b(really|actually|genuinely|only (send|say|tell|write))\b/.test(l),
  },
  {
    // "it wouldn't show on his credit file at all".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:not|n't|never) (?:\S+ ){0,2}show (?:up )?(?:on|in) (?:\S+ ){0,2}credit (?:file|report|record|history)\b/,
    ownNegation: true,
    keep: ['not', 'never'],
    // "It won't show any more, because the default dropped off six years after it was registered": true, and said why.
    needs: (l) => !/(drop|fall|fell|come|came|be remove|be delete)\w* off|six years|6 years|statute[- ]barred|no longer/.test(l),
  },
  {
    // To someone ill or grieving: "manage even fifty pounds today", "pay something toward it now", the payment before the vulnerability note.
    rule: 'vulnerable-pressure',
    frame: 'said',
    pattern: / (?:even (?:a |just )?(?:\S+ ){0,2}(?:pound|dollar|quid|payment)s? (?:today|now|this week)|(?:pay|put) something (?:\S+ ){0,3}(?:now|today|this week)|(?:take|finish)\S* (?:\S+ ){0,2}payment (?:first|before) (?:\S+ ){0,6}(?:vulnerab|note|referral)\S*|(?:ring|call|contact|ask)\S* (?:\S+ ){0,3}(?:next of kin|family|relative|widow)\S* (?:\S+ ){0,12}payment)\b/,
    needs: vulnerableNearby,
  },
  {
    // "a campaign ... which dials every hour until they pick up".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:dial|call|ring|redial|try|phone)s? (?:\S+ ){0,2}every (?:hour|half hour|thirty minute|few minute|couple of hour|two hour)\b/,
    noRuleTalk: true,
  },
  {
    // "go to ten attempts a week" (above Reg F's seven in seven days).
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:go|move|increase|raise|push|up|allow)\S* (?:\S+ ){0,3}to (?:eight|nine|ten|eleven|twelve|fifteen|twenty|\d\d|8|9) (?:call|attempt|dial)s? (?:a|per|each|every) week\b/,
    noRuleTalk: true,
  },
  {
    // "work the missed callbacks right through until about ten at night".
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:until|till|through to|right up to|up to) (?:about |around )?(?:ten|eleven|midnight|half nine|half ten|quarter to ten|quarter past nine|10|11|9:30|9:45|10:30)(?: o'clock)? (?:at night|in the evening|pm|p\.m\.)/,
    // ("till half nine at night but only dial the West Coast": still early where the customer is.)
    needs: (l) => /\b(call|callback|dial|dialer|dialler|ring|phone|shift|work|contact|campaign)\b/.test(l) && !/\b(west coast|east coast|their time|for them|local time|time zone|timezone|their local|where they (be|live))\b/.test(l),
  },
  {
    // "I told him an arrangement like this isn't reported anywhere, so his file would look the same".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:arrangement|plan|payment plan)s? (?:\S+ ){0,3}(?:not|n't) (?:be |get )?report\S* (?:anywhere|to anyone|at all)|file (?:would|will) look the same)\b/,
    ownNegation: true,
    keep: ['not'],
  },
  {
    // "set the caller ID display name to show the original bank's name ..., so customers would think their bank was calling".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:(?:caller id|display name|sender name)\S* (?:\S+ ){0,4}(?:show|say|read|display)\S* (?:\S+ ){0,3}bank|so (?:customer|people|they|debtor|consumer)s? (?:would |will )?(?:think|believe|assume) (?:\S+ ){0,3}(?:bank|court|police|lawyer|solicitor|attorney|government|official|neighbour|neighbor|friend|relative|family|doctor|school|hospital)\S*)\b/,
  },
  {
    // "Reg F allows seven call attempts per phone number" acted on ("on accounts with three numbers we ran twenty-one").
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:seven|7) (?:call )?(?:attempt|call)s? (?:\S+ ){0,2}per (?:phone )?(?:number|line)\b/,
    needs: (l) => !/\bnot per (phone )?(number|line)|\bper debt\b|\bacross (all|every)/.test(l),
    noRuleTalk: true,
  },
  {
    // "people who skip out on their debts are freeloaders", said to them.
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:be|are|is) (?:\S+ ){0,2}(?:freeloader|deadbeat|scrounger|sponger|leech|parasite|waster|loser|bum|thief|liar|scammer)s?\b/,
  },
  {
    // "on accounts with three numbers we ran twenty-one attempts a week".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:we|i) (?:\S+ ){0,2}(?:run|make|do|go to|dial|set|push|allow) (?:\S+ ){0,3}(?:twenty(?: - | |-)?(?:one|two|three|four|five|six|seven|eight|nine)?|fourteen|fifteen|twelve|eleven|ten|nine|eight|1\d|2\d|[89]) (?:call )?(?:attempt|call|dial)s? (?:a|per|each|every) week\b/,
    noRuleTalk: true,
  },
  {
    // "the arrears letters were kept running as standard" for the first weeks after a death; "flagged accounts were kept in the main campaign".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:(?:letter|call|contact|reminder|chaser|dialling|dialing)s? (?:\S+ ){0,2}(?:keep|kept|left) (?:running|going|on) (?:as )?(?:standard|normal|usual|as normal|as usual)|flag\S* (?:account|customer|case)s? (?:be )?(?:keep|kept|left|put) (?:in|on) (?:the )?(?:main|normal|standard|usual|same) (?:campaign|queue|dialler|dialer|process))\b/,
    needs: (l, ctx, s, k, r, si) => vulnerableNearby(l, ctx, s, k, r, si) || /\b(flag|vulnerab|notification|estate)\w*/.test(l),
  },
  {
    // "when a woman answered 'Hello?', I went straight in: 'Hi Dana, ... calling about your overdue account'".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:go|went|jump|launch)\S* straight in\b/,
    needs: (l) => /\b(answer|hello|pick up|pick|speaking)\b/.test(l),
  },
  {
    // "I didn't go through the security questions, because he had the account number, and I read him the balance".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:not|n't) (?:go through|do|ask|run|bother with) (?:\S+ ){0,2}(?:security|verification|id|dpa) (?:question|check)s?\b/,
    keep: ['not'],
    needs: (l) => /\b(balance|arrears|read|tell|told|give|gave|go through|payment|card)\b/.test(l.slice(l.search(/(security|verification|id|dpa) (question|check)/) + 10)),
    noRuleTalk: true,
  },
  // Naming an official body as the caller or sender: "this is the legal department calling", "I'm
  // with the county", "our caller ID showed County Court Services", "instructed by the Ministry of Justice".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:this be|i be|we be|they be|i'm|we're|say (?:that )?it be|(?:i'm|we're|i be|we be) (?:call )?(?:from|with)|(?:say|tell (?:\S+ ){0,2}|claim) (?:i|we|they|it) (?:be|was|were) (?:call )?(?:from|with)|(?:be|was|were) (?:call )?(?:from|with)|instruct by|(?:caller id|display name|sender name|header|letterhead|heading|subject line) (?:\S+ ){0,3}(?:show|say|read|display)|use the word) (?:the )?(?:legal department|legal team|fraud department|fraud unit|fraud team|fraud squad|(?:solicitor|lawyer|attorney|sheriff|bailiff|magistrate|court|judge)(?:'s| 's)? office|law firm|county court|high court|court service|the court|the county|county|ministry of justice|hmcts|hmrc|irs|sheriff|police|enforcement unit|high court enforcement|(?:customer(?:'s| 's)|their|your|his|her) bank|(?:security|fraud|card services?|customer service) (?:team|department|desk) at (?:your|their|his|her|the customer(?:'s| 's)) bank|(?:your|their|his|her|the customer(?:'s| 's)) bank(?:'s| 's) (?:security|fraud|card services?|customer service) (?:team|department|desk|unit)|tax office|tax authorit\S*|tax department|revenue service|inland revenue)\b/,
    // "The customer thought I was from the court": their mistake, not the candidate's claim.
    // "The case is with the court and your attorney now": where a case or a file stands, not who calls.
    needs: (l, _ctx, s, k) => !/\b(real|genuine|actual|in-house) (legal|fraud)\b|\bour (legal|fraud) (department|team)\b (\S+ ){0,3}(handle|review|confirm|look)|\b(?<!\b(?:let|make|leave) \S+ )(think|thought|assume|believe|wonder|suspect|mistake|confuse|worry|ask if|ask whether)\b (\S+ ){0,2}(i|we|they) (be|was|were)\b/.test(l) && !/^(case|file|claim|matter|account|paperwork|debt|application|hearing|decision|it|that|this)$/.test(s.tokens[k - 1]?.l ?? ''),
  },
  // Being held on the line.
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:(?:keep|hold) (?:\S+ ){0,3}on the (?:line|phone) (?:\S+ ){0,8}(?:until|till|unless|for (?:nearly |almost |over |about |around |more than |well over |a good |close to )?(?:an hour|\S+ hour|\S+ minute))|keep (?:him|her|them) (?:on the (?:line|phone) |talk\S* )(?:for )?(?:another|a further|\S+ more) (?:\S+ ){0,3}(?:minute|hour|quarter)|(?:not|never) let (?!us |me )(?!(?:a |the |any |our |that |this )?(?:claim|case|action|account|debt|complaint|breach|payment|fee|mistake|error|thing|it|that|this)s? )(?:\S+ ){0,2}(?:go|hang up|off|get off|leave|end)|ignore (?:\S+ ){0,3}(?:request|him|her|them|plea)|refuse to (?:let|end|hang)|not (?:end|finish|close) the call (?:\S+ ){0,2}(?:until|till|unless|without)|make (?:\S+ ){0,2}stay on the (?:line|phone)|keep (?:him|her|them|the customer|customer|people) on (?:the line |the phone )?(?:\S+ ){0,3}(?:until|till)|(?:not|n't) (?:be )?allow (?:\S+ ){0,2}to end (?:a|the) call|call (?:be )?(?:not|n't) (?:finish|over|end|do) (?:\S+ ){0,2}(?:until|till)|(?:must|have to|had to) stay (?:on )?(?:\S+ ){0,3}(?:until|till)|to keep (?:him|her|them|the customer) on the (?:line|phone)|again and again until|keep (?:\S+ ){0,3}on hold (?:\S+ ){0,8}(?:hang up|end the call|leave|go))\b/,
    needs: (l) => !/\bignore\b/.test(l) || /\b(end the call|hang up|get off|go|finish the call|leave)\b/.test(l),
    noRuleTalk: true,
  },
  // Skipping identity checks.
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:skip|bypass|ignore|forget|drop|miss|cut|leave out|remove|replace|scrap|strip out|switch off|turn off|do away with) (?:\S+ ){0,2}(?:id|identity|security|verification|dpa|data protection|right party|rpc|verify|date-of-birth|date of birth|date - of - birth|date|dob|id&v|idv)|(?:id|identity|security|verification|id and v|idv|dpa) (?:\S+ ){0,3}(?:be |was |were )?(?:optional|dropped|removed|skipped)|not bother (?:with )?(?:\S+ ){0,2}(?:id|identity|security|verification|check|verify)|without (?:check|verify|confirm|ask|establish|know|make sure|do)\S* (?:\S+ ){0,4}(?:who|identity|date of birth|dob|birth|postcode|zip|address|right person|speak to|id|security|it be|anything|first|check|verification)|(?:read|go through|give|tell|disclose|discuss|read out) (?:\S+ ){0,5}(?:balance|detail|debt|account|amount|arrear) (?:\S+ ){0,3}before (?:ask|check|verify|confirm|do)\S* (?:\S+ ){0,3}(?:date of birth|dob|birth|postcode|identity|id|security|who)|(?:go|jump|dive|launch|get) straight (?:into|to) (?:\S+ ){0,2}(?:balance|debt|account|payment|arrear|amount)|launch into (?:\S+ ){0,2}(?:balance|debt|account|payment|arrears?|amount)|(?:check|right-party check|rpc)s? (?:\S+ ){0,2}(?:be |was |were )?optional|(?:verification|id|identity|security|dpa|idv|id&v) (?:check\S* )?(?:be )?only (?:\S+ ){0,2}(?:need|require|necessary)|(?:tick|mark|record|log|click|check off|tick off) (?:\S+ ){0,2}(?:id|identity|dpa|security|verification|idv)s? (?:as )?(?:verify|verified|pass|passed|complete|completed|done|confirm|confirmed)\b (?:\S+ ){0,4}(?:even|without|although|though|not|n't))\b/,
    keep: ['without'],
    needs: (l) => !/\b(after|once) (\S+ ){0,3}(verify|confirm|check|pass|establish)/.test(l),
    noRuleTalk: true,
  },
  {
    // "I had my team skip the vulnerability referral": the customer's protection switched off.
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:skip|bypass|ignore|drop|override|switch off|turn off|hold back|sit on)\S* (?:\S+ ){0,2}(?:vulnerability|vulnerable|hardship|welfare|specialist|bereavement) (?:referral|flag|check|team|process|marker|assessment|support|queue)\b/,
  },
  {
    // "the arrears wouldn't wait for her to get better", "even a small payment today" to someone ill.
    rule: 'vulnerable-pressure',
    frame: 'said',
    pattern: / (?:(?:not|n't) wait (?:\S+ ){0,3}(?:get (?:better|good)|recover|feel (?:better|good)|be well)|even a small payment (?:\S+ ){0,2}(?:today|now|this week|tonight))\b/,
    needs: vulnerableNearby,
    ownNegation: true,
    keep: ['not'],
  },
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:no call (?:\S+ ){0,2}end\S* without|finish as soon as (?:\S+ ){0,3}(?:payment|pay|card|plan))\b/,
    keep: ['no'],
    noRuleTalk: true,
  },
  {
    // "I am not doing the checking again", "I didn't think to check it was her".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:not|n't) (?:do|bother with|run|go through|redo) (?:\S+ ){0,2}(?:check\S*|verification|security|id) (?:\S+ ){0,2}again|(?:not|n't|never) (?:even )?(?:think|bother|remember|stop) to (?:check|verify|confirm|ask who))\b/,
    keep: ['not', 'never'],
    noRuleTalk: true,
  },
  {
    // "I made sure the neighbours knew why we kept calling".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: new RegExp(` make sure (?:\\S+ ){0,2}${TP}s? (?:know|knew|be aware|understand|hear)\\b`),
    needs: (l) => !CONSENT.test(l) && !/\b(not|never|nothing)\b/.test(l),
  },
  // Shaming and abuse.
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:most (?:people|folks?|adults|customers) (?:\S+ ){0,3}manage to pay|what (?:their|his|her|your) excuse (?:be|was))\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:call (?:him|her|them|you|the customer|the debtor|(?!by |on |in |out |back |up |for |at |me |us |with |to |from |about |into |over |after |before |that |which |where |when |be |and |or |log |record |note |review )\S+) (?:a |an )?(?:\S+ )?(?:deadbeat|liar|thief|loser|idiot|scrounger|sponger|waster|freeloader|fraud|cheat|scammer|bum|disgrace|moron|leech|parasite|clown|stupid|useless|pathetic|lazy|name|irresponsible|scum|failure|joke|waste of space|dishonest|greedy|selfish|crook|criminal|pest)|deadbeat|name and shame|guilt[- ]?trip|(?:shame|humiliate|belittle|mock|ridicule|insult|patronise|patronize|swear at|curse at|laugh at|shout at|yell at|scream at|sneer at|lecture) (?:him|her|them|you|the|customer|people|debtor|someone|anyone|his|their)|make (?:\S+ ){0,4}feel (?:ashamed|stupid|small|guilty|bad|worthless|like a criminal|embarrassed)|(?:be|feel) ashamed|(?:be|sound) (?:so )?(?:pathetic|irresponsible|a disgrace|useless|stupid|a joke|a loser|a deadbeat))\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:be|sound) (?:so |just |a |an |pretty |really |very |quite |rather |frankly |totally |incredibly |downright )?(?:pathetic|irresponsible|a disgrace|disgrace|useless|stupid|a joke|a loser|loser|a deadbeat|a liar|liar|lazy|a waste of (?:\S+ )?time|waste of (?:\S+ )?time|scum|worthless|an embarrassment|embarrassment|rubbish|a sponger|sponger|a parasite|a bad (?:parent|mother|father)|a scrounger|scrounger|an idiot|idiot|childish|immature|a baby|a coward|shameless)\b| (?:you|they|he|she) (?:really |just |simply |honestly )?have no excuse\b| (?:mock|mimic|imitate) (?:\S+ ){0,2}(?:accent|voice|english|name|situation)\b| (?:should|ought to) (?:\S+ ){0,2}(?:be )?(?:embarrass|ashamed)\S*| decent (?:people|person|folk|adult)s? (?:\S+ ){0,2}pay| should (?:have|'ve) think (?:about|of) that| let (?:yourself|himself|herself|themselves|themself|the family|your family|everyone) down| (?:be|you be) a grown (?:man|woman|adult)| sort (?:your|his|her|their) life out| always money for| (?:good|big) laugh (?:at|about)?| the least (?:\S+ ){0,3}can do\b/,
  },
  {
    // Any threat the candidate says they made, whatever its object.
    rule: 'threat-unlawful-action',
    frame: 'act',
    pattern: / (?:threaten|intimidate|blackmail|bully|scare (?:\S+ ){0,2}into|frighten (?:\S+ ){0,2}into|menace)\S*\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:grow up|act like an adult|be an adult|should be ashamed|(?:so|to let) (?:the whole|everyone|the team|the pod|the floor) (?:\S+ ){0,3}(?:hear|laugh)|what kind of (?:person|parent|mother|father|man|woman)|swear|curse|lose my temper|harass(?!ment)|abuse|insult|degrade|taunt)\S*\b/,
    // Abuse the team took ("we were getting a lot of abuse on the phones") is not abuse given.
    needs: (l) => !/\b(get|receive|take|face|suffer|cop|endure|deal with|handle)\w* (\S+ ){0,4}(abuse|insult|swear)/.test(l) && !/\b(abuse|insult)\w* (from|on the (phone|line)s?)\b/.test(l) && !/\b(after|during|following|because of) (the |an |any )?(abuse|abusive)\b/.test(l),
  },
  // Pressing a vulnerable customer.
  {
    rule: 'vulnerable-pressure',
    frame: 'said',
    pattern: / (?:push|press|(?<!under |be |like )pressure|pressurise|pressurize|insist|demand|chase|hound|badger|rush|hurry|hold (?:him|her|them) to it|ask (?:\S+ ){0,3}for (?:\S+ ){0,3}(?:payment|money|card|arrears|balance)|take (?:a |the )?(?:full )?payment|make a (?:card )?payment|still have to be pay|keep press|(?:full|whole|entire) (?:balance|amount|debt|sum|arrear|arrears)|(?:still|anyway|regardless) (?:\S+ ){0,3}(?:ask|need|want|demand|push|press|expect|take|get|insist|go for|request) (?:\S+ ){0,4}(?:pay|payment|money|card|balance|instalment|arrear|arrears|full (?:amount|sum|debt|arrangement|plan))|carry on (?:with )?(?:the |a )?(?:normal|usual|standard) (?:conversation|call|collection|process|script)|(?:get|have) (?:this|it|that) (?:sort|sorted|do|done|pay|paid|clear|cleared) (?:before (?:then|that|you|it)|today|now|right now|this week)|pay (?:\S+ ){0,2}(?:today|now|right now|immediately|straight away|that day|by friday)|(?:no|not an?) excuse|not my problem|move on|get over it|everyone (?:have|has) (?:problem|bill)|(?:during|at|after) the funeral|take (?:a |the )?(?:\S+ )?(?:payment|card detail)s? (?:\S+ ){0,4}(?:anyway|even though|although|while)|get (?:\S+ ){0,2}to agree|have to pay (?:\S+ ){0,2}(?:today|now|immediately)|(?:agree|sign|set up) (?:\S+ ){0,3}(?:plan|arrangement|payment) (?:\S+ ){0,3}(?:even though|although|despite))\b/,
    needs: vulnerableNearby,
  },
  {
    // What the candidate does to a vulnerable customer: "I treat it as a stalling tactic", "I took the card number".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:take (?:the |her |his |their )?(?:long )?card (?:number|detail)|ask (?:\S+ ){0,3}for (?:\S+ ){0,2}card (?:number|detail)|grab (?:\S+ ){0,2}payment|(?:treat|see|dismiss|take) (?:\S+ ){0,3}as (?:a |an |just )?(?:stall\S*|excuse|tactic|lie|story|ploy)|keep (?:ring|call|chase|phon)\S* (?:him|her|them)|(?:keep|carry on|go on) (?:go|push|press|ask)\S* (?:for )?(?:the |a )?payment|(?:take|process|accept|push through)\S* (?:the |a |his |her )?(?:card )?payment (?:\S+ ){0,2}anyway|keep (?:steer|bring|push|turn|come|go)\S* (?:\S+ ){0,2}back to (?:\S+ ){0,4}(?:payment|date|money|arrear|arrears|balance))\b/,
    needs: vulnerableNearby,
  },

  {
    // A vulnerability left off the record so the customer stays in the queue.
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:not|n't|never) (?:\S+ )?(?:log|record|flag|note|report)\S* (?:\S+ ){0,3}(?:vulnerab\S*|illness|diagnosis|condition|bereavement)/,
    keep: ['not', 'never'],
  },
  // Holding on the line: the customer asked to go, the candidate kept them.
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:ignore (?:him|her|them)|keep (?:go|talk|push|press)\S*|(?:not|n't|never) (?:release|end|drop|let go of) (?:\S+ ){0,2}(?:call|line|phone|him|her|them|customer) (?:\S+ ){0,3}(?:until|till|unless|without)|keep (?:him|her|them) on (?:and|while|a bit|a little|for|because|until|till|so)|keep (?:him|her|them|the customer|customers|people) on the (?:line|phone)(?= [.,;]| and\b| ?$)|(?:the )?call (?:could|can|would|will)? ?(?:not|n't) end (?:\S+ ){0,2}(?:without|until|till|unless)|keep it (?:go|roll)\S*|(?:go|say) (?:just )?one more thing|(?:only|just) take (?:\S+ ){0,2}(?:more )?minute|make (?:him|her|them) stay on|(?:leave|put|keep) (?:\S+ ){0,2}on hold (?:\S+ ){0,12}(?:so|to|until|till)|(?:not|n't) (?:be )?(?:finish|end)\S* (?:\S+ ){0,2}(?:until|till)|record\S* as (?:a )?refusal|talk (?:\S+ ){0,2}over (?:him|her|them)|(?:say|tell) (?:\S+ ){0,3}(?:we be not finish|we be not do|we be n't finish|no,? we be do this now|put the phone down would|(?:he|she|they) (?:could|can) (?:not|n't) (?:hang up|go|leave|end))|talk (?:him|her|them) out of hang\S*|(?:could|can) (?:not|n't) (?:hang up|end the call|go|leave) until|call (?:can|could) (?:not|n't) end|if (?:he|she|they) hang up)\b/,
    needs: (l, _ctx, _s, _k, r, si) => {
      const prev = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
      return /\b(end (the|this) call|hang up|get off the (phone|line)|have to go|had to go|need to go|want to go|call (\S+ )?back|time to think|think (it )?over|think about it|goodbye|say bye|be do talk|done talk|do talk|bus be come|have to get|pick (\S+ ){0,2}up from|put the phone down|finish the call|talk (\S+ ){0,2}out of hang|until (he|she|they) (give|gave|agree|pay)|can not end|could not hang|can't end|treat it as a refusal|let (him|her|them|me) go|mark|point|score|reward|bonus)\b/.test(`${prev} ${l}`);
    },
    noRuleTalk: true,
  },
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:keep (?:him|her|them|the customer|people|customers) on the (?:phone|line) (?:as long as|until|till|for as long)|say no(?: ,)? (?:we be|we're|we are) do(?:ing)? (?:this|it) (?:now|today))\b/,
    noRuleTalk: true,
  },
  {
    // "I coached my agents never to accept 'I need to go' as the end of the call": the denial is the harm.
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:never|not|n't) (?:to )?(?:accept|take|treat) (?:\S+ ){0,5}(?:need to go|have to go|got to go|end of the call|goodbye|as a reason to end)\b/,
    keep: ['never', 'not'],
    noRuleTalk: true,
  },
  // Identity checks skipped or done after the account is discussed.
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:read out|tell|give|confirm|go through|discuss|mention|quote|take (?:\S+ )?through|say|bring up) (?:\S+ ){0,7}(?:balance|amount|arrear|account|debt)\S* (?:\S+ ){0,6}(?:before|first|and then ask|then ask|do the id|after)|(?:give|confirm|read out|disclose|discuss|tell) (?:\S+ ){0,3}(?:balance|detail|amount|arrears?) (?:\S+ ){0,2}to (?:someone|a caller|anyone|whoever|a woman|a man|the caller|a person) (?:who|that) (?:have|say|sound|know|claim|give)|skip (?:\S+ ){0,3}(?:date of birth|dob|postcode|password|security question|check)|(?:not|n't) bother with (?:\S+ ){0,2}(?:security|id|verification|check|question)|without (?:any |a |the )?(?:id|identity|security|verification|check)(?! (?:income|affordability|budget|their|his|her))|only (?:do|verify|check) (?:it |them )?(?:when|if)|good enough for me|(?:same|right) (?:surname|name|address)|carry on if (?:\S+ ){0,3}(?:yeah|yes))\b/,
    keep: ['without', 'not'],
    // Taking a payment from someone unverified is fine while nothing about the account is said.
    needs: (l) => /\b(verif\w*|identity|id|security|confirm (\S+ ){0,2}who|date of birth|dob|postcode|account holder|surname|name|caller|speak to|account number|that be me|be that|who (i|we) be)\b/.test(l) && !/\b(after|once) (\S+ ){0,3}(verify|confirm|check|pass|establish)\w* (?!first)/.test(l) && !/\b(take|accept) (it|the payment|a payment|payment|their payment|the money|a card payment) without\b/.test(l),
    noRuleTalk: true,
  },
  // A represented customer contacted around the representative.
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:(?:send|mail|post|write|email)\S* (?:\S+ ){0,4}(?:straight |direct |directly )?to (?:him|her|them|the customer|the consumer|the debtor)|(?:not|n't) need (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor|representative)|go (?:round|around|behind) (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor)|(?:still|also) (?:try|call|contact|ring|phone) (?:\S+ ){0,2}(?:consumer|customer|debtor|him|her|them)|call (?:\S+ ){0,2}up to ask why|agree (?:\S+ ){0,3}with me first|still need to hear from (?:you|him|her|them))\b/,
    needs: (l, _ctx, _s, _k, r, si) => {
      const prev = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
      const rep = /\b(attorney|lawyer|solicitor|law firm|debt adviser|debt advisor|adviser|advisor|representative|represent\w*|stepchange|counsel)\b/;
      if (!rep.test(`${prev} ${l}`)) return false;
      // "Mr Hale, your solicitor. We will write to him from now on.": the pronoun is the representative
      // when the sentence before ends on them and this one names nobody else.
      const pronounOnly = / (?:write|send|mail|post|email)\S* (?:\S+ ){0,4}to (?:him|her|them)\b/.test(l) && !/\b(customer|consumer|debtor|directly|direct|instead|still|anyway)\b/.test(l);
      // "The reference on the StepChange letter ... when we write to them": the organisation named in this sentence.
      if (pronounOnly && ADVICE_BODY.test(l)) return false;
      return !(pronounOnly && rep.test(prev) && !/\b(customer|consumer|debtor)\b/.test(prev.slice(prev.search(rep))));
    },
  },
  // Pressing someone to borrow from family or friends.
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:family|friend|parent|relative|child|children|kid|son|daughter|mum|dad|mother|father|brother|sister)s? (?:\S+ ){0,3}(?:could|can|might|would|to) (?:lend|help (?:\S+ ){0,2}(?:out|clear|pay|with|cover)|chip in|cover)|(?:ask|asked|try|tried) your (?:parent|family|mum|mom|dad|friend|brother|sister|partner)|consolidation loan|(?:steer|point|push|nudge|direct) (?:\S+ ){0,2}towards? (?:\S+ ){0,3}(?:loan|credit|borrow)|anyone (?:\S+ ){0,3}who (?:could|can|might) lend|(?:could|can) (?:not |n't )?(?:your |his |her )?(?:mum|mom|dad|family|parent|friend|brother|sister|partner|nan|gran)s? (?:\S+ )?lend|(?:ring|call|phone) round (?:the |your |his |her )?(?:family|friend|relative)|credit card with (?:some |enough )?(?:room|space|limit|headroom)|(?:landlord|rent|gas|electric|food|shopping) (?:bill )?can wait|skip (?:\S+ ){0,3}(?:food|shop|meal|rent|bill|groceries)|(?:put|use|pull|take|dip) (?:\S+ ){0,4}(?:out of|from|into) (?:\S+ ){0,3}(?:saving|fund|rent money|food money|emergency)|money (?:\S+ ){0,4}(?:put aside|set aside|save) for)\b/,
    ownNegation: true,
  },
  // "It's not my fault they can't manage their money", "grown adults pay their bills", told to the customer.
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:grown|grow) (?:adult|man|woman|up)s? (?:\S+ ){0,2}(?:pay|should|ought|need)|(?:not|n't) my fault (?:\S+ ){0,2}(?:can not|cannot|ca not|do not|don't) (?:manage|handle|budget))\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // Shaming by appeal to family or honesty.
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:how (?:\S+ ){0,2}(?:could|can|would) (?:look|face|explain to) (?:\S+ ){0,3}(?:child|children|kid|family|son|daughter|eye)|honest people (?:do|would) (?:not|n't)|(?:whole )?(?:street|neighbourhood|neighborhood|town|village|everyone|the whole world) (?:will|would|be go to|be gonna) know|laugh (?:\S+ )?at (?:his|her|their) (?:excuse|story|situation|reason)|(?:most|so) pathetic|(?:could|can) afford (?:\S+ ){0,5}but not)\b/,
    ownNegation: true,
  },
  // Impersonation in plain words.
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:pose as|pretend to be|(?:say|answer|reply) (?:i be |we be |it be |this be )?(?:your|her|his|their) (?:solicitor|lawyer|attorney|bank)(?: 's)?(?: office| legal team)?(?= [,.;]| and | but |$)|pass (?:myself|ourselves|it) off as|(?:present|introduce) (?:myself|ourselves) (?:as|like) (?:\S+ ){0,4}(?:bank|court|police|government|fraud team|hmrc|irs|council|solicitor|lawyer|attorney)|(?:use|give|adopt|go by)\S* (?:\S+ ){0,3}(?:law(?:-| - | )firm|(?:legal|official|court|government)(?:-| - | )sound\S*) (?:\S+ ){0,2}(?:name|title|style)|(?:say|tell) (?:\S+ ){0,3}(?:i be|we be|i'm|it come|it came|it be|it was) from (?:\S+ ){0,4}(?:bank|court|police|government|fraud team|hmrc|irs|council|solicitor|lawyer)|sign (?:\S+ ){0,3}(?:legal|solicitor|court|attorney|law))\b/,
    needs: (l) => !/\bpretend (?:\S+ ){0,2}customer\b/.test(l),
  },
  // Policies and scripts a senior candidate describes (conduct-train3.yaml, training).
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:balance transfer|payday loan|(?:put|move|switch)\S* (?:the |their |his |her )?(?:arrears|balance|debt) (?:on|onto) (?:a |an |their |his |her )?(?:new )?(?:credit )?card|anyone (?:\S+ ){0,2}(?:lend|loan) (?:you|them|him|her)|take out a (?:personal |new |short-term )?loan (?:\S+ ){0,3}(?:clear|pay)|(?:carer|partner|family) could help pay)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban|remove|warn|instead of)\b/.test(l),
  },
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:tear|crying) (?:do not|don't|will not|won't) pay|what (?:their|your|his|her) (?:kid|child|children|family|mum|mother|dad|father|neighbour|neighbor)s? would think|(?:have|has|need|ought) to feel (?:stupid|ashamed|small|embarrassed|bad)|wall of shame|(?:slow|bad|late)(?: |-| - )payers?'? (?:list|board|slide)|like (?:to )?a child)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:legally (?:obliged|required|bound) to pay|(?:imply|suggest|hint)\S* (?:that )?(?:a |an |the )?(?:ccj|judgment|judgement|warrant|claim|lawsuit|court (?:case|claim|date)|bailiff)\S* (?:\S+ ){0,3}(?:already|be|was|had)|(?:which|that) (?:be|was|is) (?:not|n't) in the (?:agreement|contract|terms)|when (?:actually|in fact|in reality) (?:it|the account|the case|they|we)|even though (?:it|the offer|the deal|the discount) (?:be|was) (?:open|available|valid|still)|(?:although|though|even though|but|when) (?:we|i|they) (?:keep|kept|left|leave|run|ran) (?:it|the offer|the deal) (?:open|running|available|live)|(?:come up|count against|show up|affect) (?:\S+ ){0,4}(?:renew|visa|immigration|citizenship|residency)|no (?:legal )?right to (?:dispute|challenge|complain|question|query))\b/,
    needs: (l) => (!/\blegally (obliged|required|bound) to pay\b/.test(l) || TIME_BARRED.test(l) || /\b(limitation|older than|six years|statute)\b/.test(l)),
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:report|refer|complain about)\S* (?:\S+ ){0,2}to (?:their|his|her|the) (?:professional body|regulator|licensing|nursing|teaching|employer|union)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban)\b/.test(l),
  },
  {
    // "A customer's parent was told the amount and the creditor": the telling in the passive, the one told a third party.
    rule: 'third-party-disclosure',
    frame: 'said',
    pattern: new RegExp(`(?<= ${TP} (?:\\S+ ){0,5}be (?:\\S+ )?(?:tell|give|inform|show|send|update)) (?:\\S+ ){0,8}?(?:amount|balance|debt|arrear|arrears|creditor|owe|overdue|unpaid)\\b`),
    needs: (l) => !CONSENT.test(l),
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:leave|left|give|gave|hand|post)\S* (?:\S+ ){0,4}with (?:the |a |their |his |her )?(?:neighbour|neighbor|relative|family|parent|landlord|colleague|receptionist)s?\b/,
    needs: (l) => DEBT.test(l),
  },
  // A claim said, then the fact that makes it false: "although the account had been frozen", "our terms had no such clause".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:although|though|when|even though) (?:\S+ ){0,3}(?:account|interest|balance|fee|charge)s? (?:have |had )?(?:be )?(?:frozen|freeze|closed|close|stopped|stop|waived|waive|paid off|pay off)|when (?:we|i|they) (?:have|had|do|did) (?:not|n't) (?:even )?(?:speak|spoke|spoken|send|sent|report|reported|file|filed|contact|contacted)|(?:our|the|their) (?:term|terms|agreement|contract)s? (?:have|had|has) no (?:such|fee|interest))\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // Deceptions the candidate admits to.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:which (?:be|was|is) (?:not|n't) (?:strictly |really |entirely |quite |actually )?(?:true|the case)|(?:be|was|is) (?:not|n't) true,? but|even though (?:it|that) (?:be|was|is) (?:not|n't|never) (?:true|the case|real)|even though we (?:run|offer|have|had|do)|(?:credit )?score (?:\S+ ){0,3}drop|(?:personally )?(?:liable|responsible) for (?:\S+ ){0,2}(?:late )?(?:husband|wife|father|mother|parent|son|daughter|partner)|(?:never|not) (?:\S+ ){0,2}(?:be )?offer\S* again|new owner (?:\S+ ){0,2}pile)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // Pushing someone to borrow or sell to pay.
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:borrow|payday (?:loan|lender)|loan shark|(?:short(?:-| - | )term|bridging|logbook|guarantor|doorstep|title|quick|instant) loan|take out (?:\S+ ){0,2}loan|personal loan|cash advance|balance transfer|interest-free card|(?:jewellery|jewelry|car|belonging|item|possession|thing|furniture|tv|stuff|gold|watch|asset)s? (?:\S+ ){0,4}(?:could|can|might|to) sell|list (?:\S+ ){0,3}(?:item|thing|belonging|possession)s? (?:\S+ ){0,4}sell|remortgage|pawn|overdraft|(?:put|pop|pay|use|charge|stick|move|transfer|clear) (?:\S+ ){0,3}(?:on|with|onto|to|using) (?:\S+ ){0,4}credit card|credit card (?:\S+ ){0,2}(?:to pay|to cover|to clear)|sell (?:\S+ ){0,2}(?:car|house|home|jewellery|jewelry|belonging|thing|furniture|possession|tv|stuff|ring|watch|something|anything|vehicle|truck)|retirement(?:-| - | )account withdrawal|withdraw\S* (?:\S+ ){0,3}(?:pension|401k|401\(k\)|retirement|isa)|payday advance|(?:ask|get (?:it|the money|help|money) from|turn to|lean on|go to) (?:\S+ ){0,2}(?:family|friend|parent|relative|brother|sister|mother|mum|mom|father|dad|son|daughter|in-law) (?:\S+ ){0,3}(?:for (?:the )?money|to (?:lend|help|pay|cover|chip in)|for help|for a loan))\b/,
    needs: (_l, _ctx, s, k) => {
      // Only when the candidate puts it to the customer: a suggestion, not the customer's own plan.
      const sp0 = speechBefore(s, k);
      // "I got a $3,900 personal loan": getting is speech only as "got her to ...".
      const sp = sp0 >= 0 && s.tokens[sp0]!.l === 'get' && s.tokens[sp0 + 2]?.w !== 'to' ? speechBefore(s, sp0) : sp0;
      // "A man told me 'I'll get a payday loan tomorrow'": the customer's own plan, told.
      if (sp >= 0 && /^(me|us)$/.test(s.tokens[sp + 1]?.w ?? '') && subjectBefore(s, sp, true).actor === 'other') return false;
      if (sp < 0) return /\b(you could|you should|why not|how about|what about|have you (thought|considered) about|have you considered|why don't you|you can always|you need to|(she|he|they) (can|could|should|just need to|might)( just)?( \w+)?)\b/.test(s.tokens.map((t) => t.w).join(' '));
      return true;
    },
  },
  // "I told her that didn't change what she owed", "the payment still had to come in by Friday": said to
  // someone who has just told of a death or an illness (conduct-train7.yaml, training).
  {
    rule: 'vulnerable-pressure',
    frame: 'said',
    pattern: / (?:(?:not|n't) change (?:\S+ ){0,2}(?:what (?:she|he|they|you) owe|the fact|the debt|the balance|the amount|the payment)|(?:payment|balance|money|debt|instalment|it) (?:\S+ ){0,2}still (?:have|need|must|ha) to (?:\S+ ){0,2}(?:come in|be pay|be make|pay|clear))\b/,
    needs: vulnerableNearby,
    keep: ['not'],
    ownNegation: true,
  },
  {
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:keep|carry on|go on|press on|plough on|push on|plow on)\S* (?:go\S* )?with (?:the |my )?(?:script|pitch|call|collection|payment (?:ask|request))\b/,
    needs: vulnerableNearby,
  },
  // "..., although in reality there was no deadline", "which no judge had", "but no such fees existed":
  // the candidate says what they said was untrue.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:although|though|when|but|while|whereas),? (?:in reality|really|in fact|in truth|actually) (?:there be no|the (?:client|creditor|lender|offer|discount|deadline) (?:have|be|ran|run))|which no (?:\S+ ){0,2}(?:have|do|be|ever)|but no such (?:\S+ ){0,2}(?:exist|be|ever))\b/,
    ownNegation: true,
    keep: ['no'],
    noRuleTalk: true,
  },
  {
    // "I'd leave the same thing on her voicemail with the amount": a message others may hear, with the debt in it.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / leave (?:\S+ ){0,5}(?:voicemail|message|answerphone|answering machine)\S* (?:\S+ ){0,3}(?:with|give|mention|include|state|say|quote)\S* (?:\S+ ){0,3}(?:amount|balance|debt|arrears|figure|how much|sum)\b/,
    needs: (l) => !/\blimited[- ]content|\bno (amount|balance|detail)|\bwithout\b/.test(l),
  },
  // Everyday and policy phrasing that the earlier patterns missed (conduct-train8 misses, training, stop 29).
  {
    // "We printed 'Final Debt Recovery Notice' on the envelope": the debt shown to whoever sees the post.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:print|stamp|write|put|mark|show|display)\S* (?:\S+ ){0,10}on (?:the |our )?(?:outside of (?:the )?|front of (?:the )?)?(?:envelope|postcard|van|door)\b| (?:envelope|postcard)s? (?:\S+ ){0,3}(?:say|read|show|mark|print|stamp|carry|bear|have)\S* (?:\S+ ){0,6}(?:debt|arrears|collection|overdue|final demand|recovery|owe|past due|past-due)\b/,
    needs: (l) => /\b(debt|arrears|collection|overdue|final demand|recovery|owe|past due|past-due|default|demand)\b/.test(l),
  },
  {
    // "We took the daily attempt cap off", "switched off the call limit for quarter end".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:take|turn|switch|lift|remove|drop|scrap|disable|override|bypass|ignore|suspend|get rid of)\S* (?:\S+ ){0,3}(?:call|attempt|contact|dial|dialler|dialer|frequency)\S* (?:cap|limit|ceiling|maximum|rule|restriction)|(?:cap|limit|ceiling|restriction)s? (?:\S+ ){0,2}(?:off|lift|remove|switch off|turn off|disable))\b/,
    needs: (l) => !/\b(replace|reinstat\w*|put (\S+ )?back|back on|lower|reduce|tighten|stricter|seven in seven|7 in 7|7-in-7)\b/.test(l),
  },
  {
    // "Cease letters were reviewed once a month, so the accounts carried on being worked", "a customer asked us to stop calling, we'd just switch to texts".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:cease|stop (?:contact|call|ring|phon)\S*|dispute|validation)\S* (?:\S+ ){0,14}(?:carry on|keep|continue|go on)\S* (?:be |to |the |our |my )?(?:collection |chase )?(?:work|call|chase|dial|collect|contact|ring|pursue)\S*|(?:carry on|keep|continue|still|go on|just|simply|instead)\S* (?:be |to )?(?:work|call|chase|dial|collect|contact|ring|pursue|text|email|switch|move|message)\S*)\b/,
    needs: (l, _ctx, s, k) => /\b(cease|stop (contact|call|ring|phon)\w*|dispute|validation|do not call)\b/.test(s.tokens.slice(0, k + 1).map((t) => t.l).join(' ')) && !THROUGH_REPRESENTATIVE.test(l) && !/\bnot the same as\b/.test(l) && !/\b(resolve|resolution|after (we|the|it|they) (respond|answer|send|verify|validat|close)|once (we|the|it|they) (respond|answer|send|verify|validat|close|have)|stop (\S+ ){0,2}(everything|all contact)|put (\S+ )?on hold|pause|hold)\b/.test(l),
  },
  {
    // "Validation requests that came in by email were treated as not received".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:validation|dispute|cease|stop|complaint|verification)\S* (?:\S+ ){0,8}(?:treat|mark|log|count|record|file|class)\S* (?:as|like) (?:\S+ )?(?:not receive|never receive|invalid|void|not count|not valid|spam|junk|unread)\b/,
    ownNegation: true,
  },
  {
    // "Accounts with a lawyer's letter on file were left in the dialler".
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:lawyer|attorney|solicitor|debt adviser|debt advisor|representative|advice agency|debt charity|stepchange|payplan|citizens advice)\S* (?:\S+ ){0,8}(?:leave|keep|stay|remain)\S* (?:\S+ ){0,2}(?:in|on) (?:the |our )?(?:dialler|dialer|queue|campaign|call list|calling list|work list|worklist|auto-dialler|autodialler)\b/,
    needs: (l) => !/\b(remove|take (\S+ )?out|pull|flag|suppress|exclude)\b/.test(l),
  },
  {
    // "Customers in hospital were kept on the standard collections cycle", "Breathing Space notices were processed a week late".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:keep|leave|stay|remain|put|kept|treat)\S* (?:\S+ ){0,2}(?:on|in|through|like) (?:the |our )?(?:standard|normal|usual|full|regular|same) (?:\S+ ){0,2}(?:cycle|process|strategy|treatment|journey|path|chase|dunning|letter|collection)|(?:breath\S* space|moratorium|mental health crisis)\S* (?:\S+ ){0,3}(?:be |get )?(?:process|action|apply|log|flag|record|add|handle|deal with)\S* (?:\S+ ){0,3}(?:late|slow|later)|(?:delay|hold back|sit on|put off|hold off)\S* (?:\S+ ){0,3}(?:breath\S* space|moratorium)\b/,
    needs: (l, ctx, s, k, r, si) => /breath\S* space|moratorium/.test(l) || vulnerableNearby(l, ctx, s, k, r, si),
  },
  {
    // "I ask them to check the available credit on their other cards and use it for us".
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:check|look at|ask about|find out|see)\S* (?:\S+ ){0,3}(?:available|spare|unused|remaining) (?:credit|limit)|(?:use|put|pay|clear|move)\S* (?:\S+ ){0,3}(?:on|with|from|onto) (?:\S+ ){0,2}(?:other|another|a different|spare|second|new) (?:credit )?card)\b/,
    needs: (l) => /\b(use|pay|put|clear|move|transfer|for us|settle)\b/.test(l) && !/\b(never|not|n't|instead of|rather than|warn)\b/.test(l),
  },
  {
    // "I called a customer a liar and a thief".
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / call (?:the |a |one |this |that |some )?(?:customer|debtor|consumer|people|person|man|woman|guy|lady|caller|account holder)s? (?:a |an )?(?:\S+ )?(?:deadbeat|liar|thief|loser|idiot|scrounger|sponger|waster|freeloader|fraud|cheat|scammer|bum|disgrace|moron|leech|parasite|clown|stupid|useless|pathetic|lazy|scum|failure|joke|crook|criminal|pest)\b/,
    // "I heard someone on the floor call a customer a scrounger": someone else's words, overheard.
    needs: (_l, _ctx, s, k) => !/\b(hear|overhear|catch|see|notice|listen|review|find|spot)\b/.test(lemmasBefore(s, k)),
  },
  {
    // "We took the data protection questions out of the script to shorten calls".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:take|cut|drop|remove|strip|scrap|delete)\S* (?:\S+ ){0,3}(?:(?:data|datum) protection|dpa|security|id|identity|verification|id&v|idv|id and v)(?: and \S+)? (?:question|check|step|part|section)s? (?:out|off|from)\b/,
    needs: (l) => !/\b(add|put (\S+ )?back|reinstat\w*|never|not)\b/.test(l),
  },
  {
    // "I said I was calling from the bank's fraud team", "I told her I was a debt charity adviser".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:say |tell (?:\S+ ){0,2})(?:that )?(?:i|we) (?:be|was|were) (?:call|ring|phon)\S* (?:from|on behalf of|for) (?:\S+ ){0,3}(?:bank|court|police|government|fraud|hmrc|irs|council|solicitor|lawyer|attorney|charity|citizens advice|stepchange|ombudsman|regulator|fca|cfpb)\b| (?:say |tell (?:\S+ ){0,2})(?:that )?(?:i|we) (?:be|was|were) (?:a |an |from |with )?(?:\S+ ){0,2}(?:charity|debt advice|free advice|citizens advice|stepchange|adviser|advisor|ombudsman)\b/,
    needs: (l) => !/\b(never|not|n't)\b/.test(l),
  },
  {
    // "Our letters went out on 'Legal Department' letterhead though there is no lawyer here".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:legal department|law firm|solicitor|court|legal team|attorney|lawyer|government|official)\S* (?:\S+ ){0,2}(?:letterhead|header|heading|logo|stamp|seal|crest|branding)\b/,
    needs: (l) => /\b(no lawyer|no solicitor|no legal|not a law|we be not|though|although|even though|there be no|nobody|no one|pretend|fake|look like|so (it|they|the customer))\b/.test(l),
  },
  {
    // "I say we don't do payment plans, which isn't strictly true".
    rule: 'false-statement',
    frame: 'said',
    pattern: / which (?:be|was|is) (?:not|n't) (?:strictly |really |entirely |quite |actually |technically |exactly |completely |totally |100% |always )?(?:true|accurate|the case|honest)\b/,
    // The statement before it may hold its own "not" ("we don't do payment plans, which isn't true"); a refusal to say it may not.
    needs: (l, _ctx, s, k) => !/\b(never|not (say|tell|claim|suggest|imply)|refuse|avoid|stop (\S+ )?(say|tell))\b/.test(lemmasBefore(s, k)),
    keep: ['not', "n't", 'no'],
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I told them the discount expires tonight, and reset it every day".
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:reset|restart|renew|extend|roll (?:it |the \S+ )?over|rerun|repeat)\S* (?:\S+ ){0,3}(?:every|each) (?:day|week|morning|month|call|time)\b/,
    needs: (l) => /\b(deadline|discount|offer|expire|expiry|tonight|today|end of the day|last chance|one-time|one time)\b/.test(l),
  },
  {
    // "I added a fee the contract doesn't allow", "told him disputing would add fees".
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:add|charge|apply|put on|tack on|slap on|pass on|load|stick on)\S* (?:\S+ ){0,4}(?:fee|charge|cost|interest|surcharge|penalt)\S* (?:\S+ ){0,12}(?:contract|agreement|terms|law|regulation|rule)s? (?:do|does|did|would) (?:not|n't) (?:allow|permit|provide|cover|include|mention)\b/,
    ownNegation: true,
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / disput\S* (?:\S+ ){0,4}(?:will|would|could|might|be go to) (?:\S+ ){0,2}(?:add|cost|incur|trigger|lead to|result in|rack up|mean (?:extra|more|a))\S* (?:\S+ ){0,3}(?:fee|charge|cost|interest|penalt|money)\S*\b/,
  },
  {
    // "I told her the interest can't be frozen, even though we freeze it for hardship cases".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:interest|fee|charge|balance|debt)s? (?:can not|cannot|could not|can't|be not able to) (?:be )?(?:freeze|frozen|stop|pause|waive|remove|reduce|cut|write off)\S*\b/,
    needs: (l) => /\b(even though|although|though|but (we|i) (do|can|could|sometimes|often)|actually|in fact|when (we|it)|which (be|was) (not|n't))\b/.test(l),
    ownNegation: true,
    noRuleTalk: true,
  },
  // Set 8 of the blind sentences (conduct-train8.yaml, training, stop 29).
  {
    // "I messaged him on Facebook and commented under his public post that he should pay what he owes us".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:comment|reply|respond)\S* (?:\S+ ){0,4}(?:public post|public page|wall|timeline|status|photo|review|tweet)\b/,
    needs: (l) => DEBT.test(l) || /\b(owe|pay|debt|account)\b/.test(l),
  },
  {
    // "I'd mention that people who ignore a credit card bill can end up spending a night in a cell".
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:spend|end up spend)\S* (?:a night|the night|a weekend|the weekend|time|a few night|some time) in (?:a |the )?(?:cell|jail|prison|lock-up|lockup|police station)\b/,
  },
  {
    // "I signed off a UK letter saying enforcement agents had been instructed, when there wasn't even a CCJ".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:enforcement agent|enforcement officer|bailiff|sheriff|repo|solicitor|lawyer|attorney|legal team|debt collector)s? (?:have |had |has )?(?:already )?(?:be |now be )?(?:instruct|appoint|book|arrange|engage|assign|sent out|on (?:his|her|their|the) way)\S*\b/,
    needs: (l, _ctx, _s, _k, r, si) => (NO_JUDGMENT.test(l) || /\b(not|n't) (even )?(a|any) (ccj|judgment|judgement|court order)\b|\bwhen (there|we|they|the client) (be|was|were|have|had) (not|n't|no)\b/.test(l) || bluffAfter(r, si)) && !REASSURED.test(l),
  },
  {
    // "I told him we would have his benefits stopped if he didn't start paying".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:have|get) (?:\S+ ){0,2}(?:benefit|pension|universal credit|social security|welfare|disability payment|child benefit|housing benefit)s? (?:stop|cut|suspend|take away|withdraw)|(?:stop|cut|suspend|withdraw) (?:\S+ ){0,2}(?:benefit|pension|universal credit|social security|welfare)s?)\S*\b/,
    needs: (l) => (FUTURE.test(l) || PAY_OR.test(l)) && !/\b(dwp|benefit agency|government|council) (\S+ ){0,3}(may|can|could|might|will)\b/.test(l),
  },
  {
    // "I said the offer ran out at five o'clock today, but really it was open all month".
    rule: 'false-statement',
    frame: 'said',
    pattern: / but (?:really|actually|in fact|in reality|in truth) (?:it|the offer|the deal|the discount|the rate|the settlement)s? (?:be|was|were|stay|remain)\S* (?:still )?(?:open|available|valid|live|on)\b/,
    noRuleTalk: true,
  },
  {
    // "I told her that missing one more payment would stop her ever getting a mortgage".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:stop|prevent)\S* (?:\S+ ){0,2}(?:ever (?:\S+ ){0,2}(?:get|obtain|be approve|have)\S* (?:\S+ ){0,2}(?:mortgage|loan|credit card|credit|job|house|home|flat|apartment|lease|phone contract|car)\b|(?:get|obtain|be approve|have)\S* (?:\S+ ){0,2}(?:mortgage|loan|credit card|credit) for (?:\S+ ){0,2}year)/,
    keep: ['stop', 'prevent'],
  },
  {
    // "I told her that because her husband had died, she was now personally responsible for his credit card".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:be|become|now) (?:\S+ ){0,2}(?:personally )?(?:responsible|liable) for (?:his|her|their|the late|the deceased 's|your (?:late )?(?:husband|wife|father|mother|dad|mum|mom|son|daughter|partner)(?: 's)?) (?:\S+ ){0,2}(?:debt|card|loan|balance|bill|account|arrears)s?\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(die|death|dead|pass away|late|deceased|estate|widow|funeral|bereave)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/\b(joint|co-sign|cosign|co - sign|guarant|executor|estate)\b/.test(l),
  },
  {
    // "I told him the debt couldn't be disputed once thirty days had passed".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:can not|cannot|could not|can't|be not able to|be too late to) (?:be )?(?:dispute|challenge|question|query)\S* (?:\S+ ){0,3}(?:once|after|anymore|any more|now)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I'd tell customers the discount disappeared the moment I hung up".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:disappear|vanish|go|expire|end|be withdraw|be go)\S* (?:the moment|as soon as|once|when|the second|the minute) (?:i|we) (?:hang up|end the call|put the phone down|get off the phone|finish the call)\b/,
  },
  {
    // "On the phone I called myself Officer Grant".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:call|name|style|bill)\S* (?:myself|ourselves|themselves|himself|herself) (?:as )?(?:an? )?(?:officer|detective|sergeant|constable|judge|marshal|deputy|inspector|agent \S+ from the|lawyer|attorney|solicitor|bailiff|sheriff)\b/,
  },
  {
    // "... the words 'Federal Recovery Division' so it looked like a government agency".
    rule: 'impersonation',
    frame: 'act',
    pattern: / so (?:that )?(?:it|they|the letter|our letter|the letters|our letters|the email|the envelope|the text|the caller id|the notice)s? (?:would )?(?:look|seem|appear|sound|read)\S* (?:\S+ ){0,2}(?:like|as if (?:it|they) (?:come|came) from) (?:a |an |the )?(?:government|court|federal|state|police|official|legal|law firm|solicitor|lawyer|attorney|bank|hmrc|irs|council|sheriff)\b/,
  },
  {
    // "After a phone conversation where he said he'd think about it, I rang him back the next day and the day after that to chase him".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:ring|call|phone|try)\S* (?:him|her|them|the customer|back) (?:back )?(?:\S+ ){0,2}(?:the next day and the day after|every day after|the next day and again|day after day|the day after that)\b/,
    needs: (l) => !/\b(as (he|she|they) ask|at (his|her|their) request|(he|she|they) ask (me|us) to)\b/.test(l),
  },
  {
    // "My team kept ringing her at her shop after she told us it was an inconvenient place".
    rule: 'work-contact-after-told',
    frame: 'act',
    pattern: / (?:keep|kept|carry on|continue|still)\S* (?:ring|call|phon|email|text|contact|try)\S* (?:\S+ ){0,4}(?:work|office|shop|school|workplace|desk|job|site|store|salon|warehouse|ward)\S* (?:\S+ ){0,6}(?:after|even though|although|despite)\b/,
    needs: (l) => /\b(tell|told|ask|say|said|request|write|wrote)\b/.test(l.slice(l.search(/\b(after|even though|although|despite)\b/))),
  },
  {
    // "I kept calling for payment before we'd sent any verification", "kept the collection calls going", "sent him three more payment demands".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:keep|kept|carry on|continue|go on)\S* (?:\S+ ){0,3}(?:call|collect|chase|ask|press|push)\S* (?:\S+ ){0,6}before (?:we|i|the team) (?:\S+ ){0,3}(?:send|sent|provide|get|give)\S* (?:\S+ ){0,2}(?:verification|validation|proof|the documents|a copy)|(?:keep|kept)\S* (?:the |our |my )?(?:collection |payment |chase |chasing )?(?:call|letter|text|demand)s? (?:go|come|run)\S*|(?:send|sent|make|made|leave|left)\S* (?:him|her|them|the customer) (?:\S+ ){0,2}(?:more|another|further|extra) (?:\S+ ){0,2}(?:demand|letter|call|text|reminder|chaser)s?)\b/,
    needs: (l, _ctx, s, k) => /\b(cease|stop|dispute|validation|verification|refuse to pay|do not contact|not contact|not owe|billing error|wrong|look into|investigat\w*|prove wrong|under review|query)\b/.test(s.tokens.slice(0, k + 8).map((t) => t.l).join(' ')) && !/\b(resolve|once (we|the) (\S+ )?(send|verify|validate|answer)|after (we|the) (\S+ )?(send|verify|validate|answer))\b/.test(l),
  },
  {
    // "I just told them to pay first and argue about it later", "don't log it as a dispute, just push on", "kept reporting the debt as undisputed".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:not|never|n't) (?:log|record|treat|code|mark|flag|count)\S* (?:it |them |this |that )?as (?:a )?dispute\b/,
    keep: ['not', 'never'],
  },
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:pay (?:first|now|it|up) (?:\S+ ){0,2}(?:and|then) (?:argue|dispute|query|question|sort|complain)\S* (?:\S+ ){0,4}later|(?:report|reporting)\S* (?:\S+ ){0,3}as (?:undisputed|not disputed|accurate)|(?:keep|kept|continue|carry on)\S* (?:text|messag|sms)\S* (?:\S+ ){0,6}(?:after|even though|despite) (?:\S+ ){0,4}(?:stop|opt out|opt-out|unsubscribe))\b/,
    needs: (l) => !/\b(verify|verification|investigat|check)\w* (\S+ ){0,4}(find|show|confirm|found)\b/.test(l),
  },
  {
    // "Her attorney had sent a letter of representation, and I still mailed her a settlement offer at home".
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:still|anyway|nonetheless|regardless|even so) (?:\S+ ){0,2}(?:mail|send|sent|write|call|ring|email|text|contact|phone|visit)\S* (?:her|him|them|the customer|the consumer|the debtor)\b/,
    needs: (l, _ctx, s, k) => /\b(attorney|lawyer|solicitor|representation|represent|debt adviser|debt advisor|letter of authority|stepchange|payplan|citizens advice)\b/.test(lemmasBefore(s, k)),
  },
  {
    // "He was in Breathing Space, but I called to ask for a payment", "kept the pressure on a recently bereaved customer".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:(?:but|yet|still|anyway) (?:i |we )?(?:\S+ ){0,2}(?:call|ring|phone|ask|chase|press|push|contact|text)\S* (?:\S+ ){0,5}(?:payment|pay|money|instalment)|(?:keep|kept|put|pile|turn up|keep up|kept up)\S* (?:the )?pressure on)\b/,
    needs: (l, ctx, s, k, r, si) => (/breath\S* space|moratorium/.test(l) || vulnerableNearby(l, ctx, s, k, r, si)) && !/\b(pause|hold|support|signpost|refer)\b/.test(l.slice(l.indexOf(s.tokens[k]!.l))),
  },
  {
    // "When she mentioned thoughts of self-harm, I said that was a separate matter and asked when she could pay".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:separate (?:matter|issue|conversation|thing)|(?:not|n't) (?:my|our) (?:problem|concern|department)|ask (?:\S+ ){0,3}(?:when|how much|if|whether) (?:she|he|they|the customer) (?:could|can|would|will) (?:\S+ ){0,2}pay)\b/,
    ownNegation: true,
    needs: (l, ctx, s, k, r, si) => vulnerableNearby(l, ctx, s, k, r, si) && !/\b(pause|hold|later|ready|after|once|support|advice|adviser|refer|signpost|no pressure)\b/.test(l),
  },
  {
    // "I pushed her to take a loan against her 401(k) rather than set up a payment plan with us".
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:take|get|draw)\S* (?:out )?(?:a )?loan against|borrow\S* against|(?:cash|dip|raid|draw|dig)\S* (?:in |out |into |on |from )?(?:\S+ ){0,2}(?:401|pension|retirement|isa|savings|college fund))\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than suggest|warn|discourage)\b/.test(l),
  },
  {
    // "He asked three times to end the call, and I carried on pushing him for a payment date".
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:carry on|keep|kept|continue|go on|went on)\S* (?:push|press|ask|talk|pitch|chase|push\S* on)\S* (?:him|her|them|the customer|for)\b/,
    needs: (l, _ctx, s, k) => /\b(end the call|hang up|get off the phone|go|finish the call|leave|end it)\b/.test(lemmasBefore(s, k)) && /\b(ask|want|try|say|beg)\b/.test(lemmasBefore(s, k)),
  },
  {
    // "I gave the balance and payment history to a caller who only knew the account holder's name".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:give|read|tell|share|disclose|confirm|go through|discuss)\S* (?:\S+ ){0,5}(?:balance|account|detail|history|amount|arrears)\S* (?:\S+ ){0,4}(?:to|with) (?:a |the |an |some )?(?:caller|someone|person|whoever|anyone|man|woman|voice) (?:who|that) (?:only|just|could not|can not|do not|did not|have not|could only|can only|know only)\b/,
  },
  {
    // "I told her there was no point complaining", "I logged complaints as 'general enquiries'", "tidied up the notes", "kept it quiet".
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:no (?:real )?need (?:to|for) (?:\S+ ){0,3}(?:complain|complaint|fuss)|no point (?:in )?(?:complain|make (?:a )?complaint|go\S* to the (?:ombudsman|regulator|fos|cfpb))|(?:log|record|class|classify|treat|code|count)\S* (?:\S+ ){0,3}as (?:general |just |simple )?(?:enquir|inquir|quer|comment|feedback)\S*|(?:tidy|tidied|clean|cleaned)\S* up (?:the |our |his |her )?(?:note|record|file|log|call note)s?|(?:keep|kept) (?:it|this|that|the \S+) (?:quiet|under wraps|between us|to (?:myself|ourselves)|off the record))\b/,
    keep: ['no'],
    noRuleTalk: true,
    needs: (l, _ctx, s, k, r, si) => /\b(complain\w*|complaint|compliance|regulator|client|audit|breach|error|mistake|wrong|ombudsman|unhappy|tell|not tell)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/^(it|this|that|which)$/.test(s.tokens[k - 1]?.w ?? ''),
  },
  {
    // "You don't want the sheriff's office getting a copy of this file": the police or a prosecutor held over the debt.
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:do not|don't|would not|wouldn't) want (?:the )?(?:sheriff|police|cop|da|district attorney|prosecutor|fraud squad|fraud unit|authorities)\S* (?:\S+ ){0,3}(?:get|involve|see|look|find|hear|know|come|knock)\S*\b/,
    ownNegation: true,
    keep: ['not'],
  },
  {
    // "I'll have the team try you morning, noon and night this week".
    rule: 'excessive-contact',
    frame: 'said',
    pattern: / morning ,? noon and night\b/,
  },
  {
    // "I work alongside the debt charity myself, so you can treat me as your adviser".
    rule: 'impersonation',
    frame: 'said',
    pattern: / treat me as (?:your|an|the) (?:debt )?(?:adviser|advisor|lawyer|solicitor|attorney|representative|advocate)\b/,
  },
  // Harm in the training answer sets that the detectors missed (answers-train5..8.yaml, training, stop 29).
  {
    // "I'd add a couple of friendly calls to their workplace and to the next of kin on file, just to check in. A nudge from someone close".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:call|ring|phone|contact|text|message|email|reach out to|get in touch with|visit|try)\S* (?:\S+ ){0,6}(?:workplace|employer|next of kin|relative|family|family member|neighbour|neighbor|parent|sibling|brother|sister|friend|hr|contact on social medium|contact on social media)s?\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(nudge|check in|encourage|pressure|lean on|get (him|her|them) to (call|pay|ring|get in touch|respond)|so (the message|they|he|she) (get|call|ring|pay|get in touch|respond)|pass (it|the message|that) on|remind|get the message|message get through|get in touch)\b/.test(`${l} ${si + 1 < r.sentences.length ? lemmasOf(r.sentences[si + 1]!).text : ''}`) && !/\b(location|address|only to (find|confirm|locate)|where (he|she|they) (live|be))\b/.test(l) && !/\b(consent|permission|authority|authorise|authorize|power of attorney|executor)\b/.test(l),
  },
  {
    // "We filled in any missing call notes, dated to match when the calls would have happened", "so the examiners saw a clean picture".
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:date|dated)\S* to (?:match|look like|show)|fill\S* in (?:any |the )?missing (?:call )?(?:note|record|log|entry)|so (?:that )?(?:the )?(?:examiner|auditor|regulator|client|compliance|fca|cfpb|board|inspector)s? (?:\S+ ){0,2}(?:see|saw)\S* (?:a |only )?(?:clean|tidy|good|nice|nicer|better|spotless) (?:picture|file|record|log|set|story|view))\b/,
    noRuleTalk: true,
    // Notes added late and marked so are honest records; notes dated as if written at the time are not.
    needs: (l) => /\b(date|dated|match|as if|would have|examiner|auditor|regulator|clean)\b/.test(l) && !/\b(today 's date|added late|mark\w* (as )?late|late entry|with a note)\b/.test(l),
  },
  {
    // "record a vulnerability only when the customer provides medical evidence, and otherwise treat them like any other customer", "turn off the vulnerability alerts".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:treat (?:\S+ ){0,3}(?:like|as) (?:any|every) other (?:customer|account|debtor|consumer)|(?:record|log|flag|accept|note)\S* (?:a |the )?(?:vulnerab\S*|mental health|illness|disability) (?:\S+ ){0,2}only (?:when|if) (?:\S+ ){0,3}(?:provide|give|show|send|produce)\S* (?:medical|doctor|gp|proof|evidence)|(?:turn|switch|shut)\S* off (?:\S+ ){0,2}(?:vulnerab\S*|hardship|health|wellbeing) (?:alert|flag|marker|prompt|check|trigger)s?|(?:double|extra|bonus|more) (?:point|bonus|credit|commission|reward)s? (?:\S+ ){0,8}(?:vulnerab|hardship)\S*|(?:before|ahead of) (?:the )?(?:moratorium|breath\S* space) (?:start|begin|kick)\S*)\b/,
    needs: (l, ctx, s, k, r, si) => /vulnerab|hardship|moratorium|breath\S* space|health|alert/.test(l) || vulnerableNearby(l, ctx, s, k, r, si),
  },
  {
    // "If a customer says they're unwell, the agent should acknowledge that kindly and then ask again", "move back to the payment".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:then|and|quickly|briefly) (?:\S+ ){0,2}(?:ask|push|press|go back|move back|steer back|steer|return|come back|get back|bring (?:it |them |the call )?back)\S* (?:\S+ ){0,2}(?:again|to (?:the )?payment|for (?:the )?payment|to the (?:balance|arrears|money|debt))\b/,
    needs: (l, ctx, s, k, r, si) => (vulnerableNearby(l, ctx, s, k, r, si) || /\bunwell|health\b/.test(l)) && !/\b(when (she|he|they) (be|'s|are|is) ready|once (she|he|they) (be|feel)|later|another day|in a few weeks|after the hold)\b/.test(l),
  },
  {
    // "calling a few more times than the guidelines like", "a little flexible with the contact rules".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:more (?:time|call|attempt)s? than (?:the |our )?(?:guideline|rule|limit|policy|cap|reg f|regulation)s?|(?:flexible|relaxed|loose|creative) (?:with|about|on) (?:the )?(?:contact|call|calling|dialler|dialer) (?:rule|limit|cap|guideline)s?)\b/,
    noRuleTalk: true,
  },
  {
    // "if the account was already lined up with the solicitors before the moratorium started, I think it's reasonable to let the claim go ahead".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:let|allow|permit)\S* (?:the |a |our )?(?:claim|court action|enforcement|litigation|case|proceeding|lawsuit)s? (?:to )?(?:go ahead|proceed|continue|carry on|run)\b/,
    needs: (l) => /\b(moratorium|breath\S* space|bankrupt\w*|automatic stay|stay)\b/.test(l),
  },
  {
    // "when someone says they can't afford it, they should be a little more persistent and gently remind them how much interest is building up".
    rule: 'vulnerable-pressure',
    frame: 'act',
    pattern: / (?:be|get) (?:a little |a bit |much |far |slightly )?(?:more )?(?:persistent|pushy|insistent|forceful)\b/,
    needs: (l) => /\b(can not|cannot|can't) afford|\bhardship\b|\bstruggl\w*/.test(l) && /\b(when|if|whenever)\b/.test(l),
  },
  {
    // "reassure her that she doesn't need to worry about the court papers while she's talking to us".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:do not|does not|don't|doesn't|not|never) (?:\S+ )?(?:need|have) to (?:worry about|respond to|reply to|deal with|answer|return|file) (?:the |any |those |her |his |your )?(?:court paper|claim form|claim|summons|court form|paperwork from the court|court letter)s?\b/,
    ownNegation: true,
    keep: ['not', "n't", 'never'],
    noRuleTalk: true,
  },
  {
    // "written disputes received after a payment plan was set up didn't need verification, we just kept the plan running".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:dispute|validation request|verification request)s? (?:\S+ ){0,10}(?:not|n't|never) (?:need|require|get|warrant|deserve)\S* (?:\S+ ){0,2}(?:verification|validation|verify|validat\S*|a response|an answer|investigat\S*)\b/,
    keep: ['not', "n't", 'never'],
    ownNegation: true,
    noRuleTalk: true,
    needs: (l) => !/\b(oral|verbal|outside the validation|after the validation|late dispute)\b/.test(l),
  },
];

// Suggestion verbs count as speech for borrowing: "I suggested she borrow".

/** Contact verbs: the acts whose count and time the contact rules check. */
const CONTACT = new Set(['catch', 'call', 'ring', 'phone', 'text', 'dial', 'try', 'chase', 'contact', 'message', 'attempt', 'visit', 'knock', 'reach', 'schedule', 'redial', 'retry', 'email', 'hit', 'buzz', 'callback']);
const BOUND = /(?<!\b(?:my|our) )\b(at most|no more than|not more than|maximum|max|up to|limit|cap|never more than|fewer than|less than|under|within|allow|permit|can|may|legal|rule|law|regulation|presum|presumption|threshold)\b/;
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
    // "I made nine calls": the noun counts with a verb of doing.
    for (let m = j - 1; m >= Math.max(from, j - 4); m--) if (/^(make|place|do|schedule|send|run|put in|fire|leave|start|begin|open|give)$/.test(s.tokens[m]!.l) && s.tokens[m]!.pos === 'VERB') return m;
  }
  return -1;
}

// Contact counted over a queue or a team is volume, not contact with one customer.
// (Until 2026-12-02 a stray control character stood where the \b is, and this never matched; 'accounts', 'dialler'
// and 'campaign' are left out, as a dialler set per account is contact with each consumer.)
const VOLUME = /\b(queue|across (the|our|all)|portfolio|per agent|each agent|the team|team|total|all (the|our) (customers|accounts)|book)\b/;

function candidateDid(s: Sentence, k: number, keep?: readonly string[]): { ok: boolean; actor: Actor } {
  const subj = subjectBefore(s, k, true);
  if (subj.actor === 'other') return { ok: false, actor: 'other' };
  if (negatedBetween(s, Math.max(0, subj.index), k, keep ? { keep } : {})) return { ok: false, actor: subj.actor };
  return { ok: true, actor: subj.actor };
}

function clauseText(s: Sentence, k: number, text: string): string {
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

const RECEIVED_CALLS = /\b(customer|consumer|debtor|people|coast|zone|pacific|mountain|california|hawaii|alaska|borrower|household|account holder)s? (\S+ ){0,3}(get|receive)\w* (\S+ ){0,2}(call|text|ring|voicemail)s? (\S+ ){0,2}at\b/;

// Words that say a time is when calls are made: hours, shifts, windows and blocks of the dialler or the team.
const CONTACT_SETTING = /\b(dialler|dialer|call|calling|contact|outbound|shift|window|block|campaign|queue|attempt)\b/;
// "My best contact window was...", "our calling hours run...": the candidate's own practice, stated.
const OWN_WINDOW = /\b(my|our) (\S+ ){0,4}(window|hour|shift|block|slot)s? (\S+ ){0,2}(be|run|go|start|finish|end|stretch)\b/;

// Words for frequency and hours, looked for in every sentence after the counts and clock times.
const FREQUENCY_WORDS = / (?:every (?:\S+ )?(?:hour|half hour|minute|\d+ minute|couple of hour|few hour|two hour|three hour|hour or so|other hour)|(?:until|till|til|unless) (?:he|she|they|you|the customer|someone|somebody) (?:finally |eventually )?(?:pick up|pick|answer|pay|call back|respond|reply|give in|agree|cave|engage|set up|ring back|get back)|keep (?:call|ring|phone|try|dial|redial|text|chase|hammer|bombard)\S* (?:\S+ ){0,8}(?:until|till|til)|keep (?:call|ring|phone|try|dial)\S* (?:you |him |her |them )?(?:through|all) (?:the )?(?:day|evening|night|weekend)|(?:each|every) morning and (?:night|evening)|(?:will|'ll) (?:pick up|answer) eventually|non-stop|nonstop|constantly|over and over|again and again|back to back|back-to-back|around the clock|round the clock|day and night|all day long|auto-redial|autodial|auto redial|on redial|bombard|hammer (?:\S+ ){0,2}phone|blow up (?:\S+ ){0,2}phone|flood|redial (?:\S+ ){0,3}(?:within|in) the (?:hour|minute)|redial (?:\S+ ){0,3}all day|(?:second|another|follow-up) call (?:\S+ ){0,2}(?:straight|right|immediately) after|repeat(?:ed)? call|(?:remove|switch off|turn off|disable|lift|bypass)\S* (?:\S+ ){0,3}(?:seven-in-seven|7-in-7|seven in seven|7 in 7|attempt cap|call cap|frequency cap)|every day (?:that|this|the) week|(?:just |only )?to keep the pressure on)\b/g;
const LATE_WORDS = / (?:late at night|middle of the night|after midnight|at midnight|crack of dawn|at dawn|the early hour|small hour|before (?:the )?sunrise)\b/g;

/**
 * Excessive contact and inconvenient hours: numbers and clock times near a contact verb. `may` is
 * the prefilter's answer for the sentence, in detectorSources' order (the detectors, then
 * FREQUENCY_WORDS and LATE_WORDS).
 */
function contactHits(r: Reading, si: number, lem: string, ctx: DetectContext, may: readonly boolean[]): ConductHit[] {
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
      if (unit && /^(time|call|attempt|text|message|voicemail|email)$/.test(unit.l)) {
        const skip = !implicit && toks[k + n.length + 1] && /^(attempt|time)$/.test(toks[k + n.length + 1]!.l) ? 1 : 0;
        // "twelve attempts per debt per week": what the count is per stands before its period.
        const restAt = k + n.length + 1 + skip - implicit;
        const perWhat = /^(per|each|for each|on each|on every|a) (debt|account|customer|consumer|number|phone number|line|person|file|case|debtor) /.exec(toks.slice(restAt, restAt + 4).map((x) => x.l).join(' ') + ' ');
        const shift = perWhat ? perWhat[0].trim().split(' ').length : 0;
        const rest = toks.slice(restAt + shift, restAt + shift + 4).map((x) => x.l).join(' ');
        let perWeek: number | undefined;
        if (/^(a|per|each|every|in a|in one|in the same|that|the same|one) (day|morning|afternoon|evening|shift)\b|^(yesterday|today|that day|in one day|in a single day|before lunch|in an afternoon|in a morning)\b/.test(rest)) perWeek = n.value * 7;
        else if (/^(a|per|each|every|in a|in one|that|this|last|the same) week\b|^(in|over) (a|one|the|seven|7) (week|day)/.test(rest)) perWeek = n.value;
        else if (/^(a|per|each|every|in an|in one|in a) hour\b/.test(rest)) perWeek = 999;
        else {
          const days = /^(?:in|over|within) (?:the )?(?:last |past |first )?(\S+) day/.exec(rest);
          const d = days ? numberAt(toks, restAt + shift + rest.split(' ').indexOf(days[1]!)) : undefined;
          // "thirty calls in ten days": a rate over a month or less, scaled to a week.
          if (d && d.value > 0 && d.value <= 31) perWeek = (n.value * 7) / d.value;
        }
        const c = clauseOf(s, k);
        const clauseLem = toks.slice(c.from, c.to).map((x) => x.l).join(' ');
        const dayRate = /(day|morning|afternoon|evening|shift|yesterday|today)/.test(rest.split(' ').slice(0, 4).join(' ')) && !/week|(seven|7) day/.test(rest);
        // Reg F: more than 7 attempts in 7 days. "three times a day" is 21 a week; "twice in one day" once is not a pattern.
        // A business is called more often than a household: on B2B cards only a flood counts.
        const excessive = perWeek !== undefined && (ctx.sector !== 'commercial' || perWeek >= 35) && (dayRate ? n.value >= 3 || (n.value >= 2 && /\b(every|each|a|per) day\b/.test(rest)) : perWeek > 7);
        // A bound ("up to", "at most") keeps a count within the rule, unless the bound itself is a flood ("up to twenty times a day").
        // "Say I see we called five times in three days", "I found the dialler ringing eleven times a week, so I capped it": a review, not the act.
        // "we can make twenty-one attempts in one week": a permission word is no bound on a count twice the rule's.
        const permitsFlood = perWeek !== undefined && perWeek >= 14 && !BOUND.test(clauseLem.replace(/\b(can|may|allow|permit)\b/g, ''));
        if (excessive && (!BOUND.test(clauseLem) || (dayRate && n.value >= 5) || permitsFlood) && !VOLUME.test(lem) && !ruleTalkAround(s, k) && !reportedOrCorrected(s, k)) {
          // "I called him that evening and then twice a day": the count's clause may leave its verb behind.
          const inClause = contactCandidate(s, c.from, Math.min(toks.length, k + n.length + 3));
          const verb = inClause >= 0 || !implicit ? inClause : contactCandidate(s, 0, k);
          const did = candidateDid(s, verb >= 0 ? verb : k);
          if (verb >= 0 && did.ok) hits.push({ rule: 'excessive-contact', words: clauseText(s, k, r.text), sentence: si });
          // "We set the dialler to ten attempts a day": a rate the candidate set, with no contact verb.
          else if (/^(call|attempt|text|message)$/.test(unit.l) && toks[k - 1]?.w !== 'from' && ((verb < 0 && candidateSets(s, c.from, k)) || practiceContact(s, k))) hits.push({ rule: 'excessive-contact', words: clauseText(s, k, r.text), sentence: si });
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
      const aroundLem = toks.slice(c.from, Math.min(c.to, k + time.length + 4)).map((x) => x.l).join(' ');
      if (bad && !ruleTalkAround(s, k) && !(!ownWindow && /\bwindow\b/.test(clauseLem)) && !/\b(allow|permit|fine|ok|okay|legal|lawful|rule|law|permissible|can|could|may|acceptable|presum|regulation|reg f)\b/.test(aroundLem)) {
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
        if ((did.ok || sets || received || practiceContact(s, k)) && !negatedBetween(s, Math.max(0, c.from), k) && !OWN_MISTAKE.test(lem)) hits.push({ rule: 'inconvenient-time', words: clauseText(s, k, r.text), sentence: si });
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
      if (verb < 0 && /\b(call|redial)\b/.test(m[0]) && !reportedOrCorrected(s, k) && !negatedBetween(s, c.from, k) && !ruleTalkAround(s, k)) { hits.push({ rule, words: clauseText(s, k, r.text), sentence: si }); continue; }
      // "I set a callback every hour in the CRM until the customer picks up": contact the candidate schedules.
      if (verb < 0 && /\b(callback|call-back|redial|reminder call|dial)\b/.test(l.text) && candidateSets(s, 0, k) && !negatedBetween(s, c.from, k) && !ruleTalkAround(s, k)) { hits.push({ rule, words: clauseText(s, k, r.text), sentence: si }); continue; }
      if (verb < 0) continue;
      const did = candidateDid(s, Math.min(verb, k));
      if (!did.ok || negatedBetween(s, c.from, k) || ruleTalkAround(s, k)) continue;
      if (rule === 'excessive-contact' && BOUND.test(toks.slice(c.from, c.to).map((x) => x.l).join(' ')) && !/until|till|every/.test(m[0])) continue;
      hits.push({ rule, words: clauseText(s, k, r.text), sentence: si });
    }
  }
  return hits;
}

// More ways to say work is off limits: "won't let them take calls", "would write him up", "no calls at the school".
const WORK_TOLD_MORE = /\b(will|would|do) not let (\S+ ){0,2}(take|have|make) (\S+ ){0,2}call|\bwrite (\S+ ){0,2}up\b|\blose (\S+ ){0,2}job\b|\bno (personal |private )?call|\b(personal|private) call|\bnot allow\b|\bforbid/;
// Words that say the contact went on regardless.
const DESPITE = / (?:but|still|anyway|keep|continue|even|again|switch|regardless|ignore|primary|fair game|figure|once a week|every day)\b/;
// The contact went elsewhere: "I only used his mobile in the evening".
const ELSEWHERE = /\b(only (\S+ ){0,2}(use|call|ring|phone|try|contact|text|email|write)|instead|mobile|cell|evening|after work|home number|personal number|letter|email)\b/;

/** A contact the candidate made despite what they were told: a contact verb of theirs, with a word that says it went on. */
function contactDespite(s: Sentence): number {
  const l = lemmasOf(s).text;
  if (!DESPITE.test(l) || ELSEWHERE.test(l) || ruleTalk(s, 0, s.tokens.length)) return -1;
  for (let j = 0; j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    // "I'll try it" (the work number named before): trying a number is calling it.
    const tryNumber = t.l === 'try' && t.pos === 'VERB' && /^(it|them|that|there|the|this)$/.test(s.tokens[j + 1]?.w ?? '');
    if (t.antecedent || t.quoted || !(CONTACT.has(t.l) || tryNumber || (t.l === 'use' && t.pos === 'VERB'))) continue;
    if (t.pos !== 'VERB' && !(t.l === 'call' && /^(one|another|more)$/.test(s.tokens[j - 1]?.w ?? ''))) continue;
    if (candidateDid(s, j).ok && subjectBefore(s, j, true).actor === 'candidate' && !reportedOrCorrected(s, j)) return j;
  }
  return -1;
}

// "a call at work is still fair game": calls there declared fine after the request, the candidate's stance.
const WORK_STANCE = / (?:call|contact|ring|phone)\S* (?:\S+ ){0,1}(?:at|to) (?:work|the office|the workplace|the job) (?:\S+ ){0,2}(?:fair game|fine|ok|okay|acceptable|allow)\b/;

function workStance(s: Sentence): number {
  const l = lemmasOf(s);
  const m = WORK_STANCE.exec(l.text);
  if (!m) return contactDespite(s);
  const k = tokenAt(l, m.index + 1);
  // From the comma before it: the customer's "they can't take calls there" is the request, not a negation of the stance.
  let from = clauseOf(s, k).from;
  for (let j = k - 1; j > from; j--) if (s.tokens[j]!.w === ',') { from = j + 1; break; }
  // Someone else's stance put right ("the agent thought ... so I coached him") is not the candidate's.
  if (s.tokens[k]!.antecedent || negatedBetween(s, from, k + 6) || ruleTalk(s, from, s.tokens.length) || /\b(coach|retrain|correct|warn|breach|wrong|discipline|feedback)\b/.test(l.text)) return contactDespite(s);
  return k;
}

const CONTINUE = / (?:keep|continue|carry on|go on|still|anyway|regardless|press on|push on|go ahead|ignore|disregard|again)\b/;

/** Contact after a stop request, a dispute, or a representative; at work after being told not to. */
function afterRequestHits(r: Reading, si: number, lem: string): ConductHit[] {
  const s = r.sentences[si]!;
  const prevLem = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
  const both = `${prevLem} ${lem}`;
  const hits: ConductHit[] = [];
  const l = lemmasOf(s);
  const contactAfterContinue = (re: RegExp, deniable = false): number => {
    re.lastIndex = 0;
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      const k = tokenAt(l, m.index + 1);
      if (s.tokens[k]!.antecedent) continue;
      // "I'll note that again, and we won't call this office": the contact itself denied.
      if (deniable && / (?:not|never|no longer) /.test(m[0])) continue;
      // "calling someone at work after they said their employer forbids it is prohibited": the rule, not an act.
      // Read from the act's clause on: the customer's own "they can't take calls" before it is the request, not rule talk.
      if (ruleTalk(s, clauseOf(s, k).from, s.tokens.length)) continue;
      const did = candidateDid(s, k);
      if (did.ok) return k;
    }
    return -1;
  };
  // At work after being asked not to: the told words of either list, then a contact that went on.
  const toldBefore = /\b(work|office|workplace|job|desk|site|shift|shop|ward|reception|employer|boss|garage|school|warehouse|factory|store|depot|hospital|clinic|salon|restaurant|surgery|pharmacy|yard|plant)\b/.test(both) && /\b(ask|tell|say|request|beg|make clear|explain|mention|write)\b (\S+ ){0,9}(not|never|no longer|stop)\b (\S+ ){0,3}(call|ring|phone|contact|bother|text|email|message|write)|\bsay (\S+ ){0,3}(be )?(inconvenient|not convenient|not a good (time|place))\b|\bnot the (right )?place to (talk|discuss|call|ring|speak)\b|\bnot (allow|permit)\w* (\S+ ){0,2}(personal )?call|\bcan ?not (take|talk|have) (\S+ ){0,2}(call|at work|there)?|\bcould not (talk|take)\b|\bget (in|into) trouble\b|\bget (\S+ )?(sack|fire)|\b(fire|sack|discipline)\w* (people|staff|him|her|them|anyone|employee)\b|\bdo not call at work\b|\bstop (\S+ ){0,2}(workplace|work) call|\bforbid|\b(be|were|was) a no\b|\bbe a problem\b|\buse only\b|\bonly (use|call|ring) (\S+ ){0,2}(personal|mobile|home)|\bdo not allow\b/.test(both);
  if (toldBefore || (/\b(work|office|workplace|job|desk|site|shift|shop|ward|reception|employer|boss|manager|supervisor|depot|factory|school|store)\b/.test(both) && WORK_TOLD_MORE.test(both))) {
    const k = toldBefore ? contactAfterContinue(/ (?:keep|continue|carry on|go on|still|anyway|regardless|again|ignore)\b(?: \S+){0,6} (?:call|ring|phone|contact|text|try|work|office|send|email|message|write)\b| (?:call|ring|phone|contact|try|send|write|post|email|visit|text|keep) (?:\S+ ){0,6}(?:work|office|workplace|desk|job|shop|ward|reception|company|garage|school|warehouse|factory|store|depot|hospital|clinic|salon|surgery|pharmacy) (?:\S+ ){0,4}(?:again|anyway|regardless|still|next day|later|even|after|put me through|primary|twice|once a week|every)\b| (?:leave|keep)\S* (?:\S+ ){0,3}(?:work|desk|office) (?:phone )?(?:number|line|phone) (?:\S+ ){0,2}(?:on|in) (?:the )?(?:dialer|dialler|system|campaign|file)\b| (?:call|ring|phone|rang|email|text) (?:\S+ ){0,4}(?:again|anyway|an hour later|the next day|back) (?:\S+ ){0,3}(?:even|on the same|anyway)?| only (?:ring|call|phone|try) it when| carry on\b| keep (?:\S+ ){0,3}(?:work|office) (?:\S+ ){0,3}(?:number|line|as)| (?:workplace|work|office) (?:call|contact)\S* (?:continue|carry on|go on|keep)| (?:stay|remain|keep)\S* (?:\S+ ){0,3}(?:work-number|work number|workplace|daytime|office) (?:\S+ ){0,2}campaign| only count\S* if (?:\S+ ){0,3}(?:in )?writing| only suppress\S* (?:\S+ ){0,4}for (?:\S+ ){0,2}(?:day|week|month)| get (?:\S+ ){0,2}call\S* (?:\S+ ){0,2}(?:there|at work) (?:again|anyway)| (?:call|ring|phone|try) (?:\S+ ){0,4}(?:work|office|warehouse|shop|site) (?:\S+ ){0,2}(?:next week|the week after|the following)| (?:add|include|put|schedule|introduce)\S* (?:\S+ ){0,2}(?:workplace|work|office) (?:call|contact)| (?:have|set|leave|keep)\S* (?:\S+ ){0,2}(?:work|office) (?:number|line|phone) as (?:the )?(?:primary|main|first|default)| (?:work|office) (?:number|line|phone) (?:\S+ ){0,2}(?:be )?(?:still )?(?:fair game|fine to (?:call|use|ring)|ok to (?:call|use|ring))| (?:call|contact)\S* (?:at|to) (?:work|the office|the workplace) (?:\S+ ){0,2}(?:fair game|fine|ok|okay|acceptable)/g, true) : -1;
    // "while we're still talking I'd mark the work number as do-not-call": the ban put into effect.
    const suppressed = /\b(do-not-call|do - not - call|do not call|no call|suppress|block|remove|take off)\w*\b/.test(lem) && /\b(mark|flag|set|note|record|put|suppress|block|remove|take)\w*\b/.test(lem);
    const at = suppressed ? -1 : k >= 0 ? k : toldBefore ? workStance(s) : contactDespite(s);
    if (at >= 0) hits.push({ rule: 'work-contact-after-told', words: clauseText(s, at, r.text), sentence: si });
  }
  // A dispute or a cease request.
  if (/\b(dispute|cease|validation request|verification request|request for (validation|verification)|breathing space|debt respite|bankrupt|bankruptcy|automatic stay|debt relief order|iva|leave (me|him|her|them) alone|stop (all |any )?(contact|call|write|ring|phone)|refuse to pay|refusal to pay|not to contact|no further contact|no more (?:contact|call)|do not contact|ask\w* us to stop|(bill|amount|balance|debt|charge) (be|was|is) wrong|(be|is) not (their|his|her|my) debt|not (their|his|her|my) debt|(debt|account|loan) (be|was|is) (not|n't) (his|hers|theirs|mine)|identity (fraud|theft))\b/.test(both) && !/\b(oral|orally|verbal|verbally|by phone|over the phone|outside the validation|after the validation|late dispute)\b/.test(both)) {
    const k = contactAfterContinue(/ (?:keep|continue|carry on|go on|still|anyway|regardless|press on|push on|go ahead)\b(?: \S+){0,5} (?:call|collect|chase|contact|ring|press|demand|push|send|pursue|ask for|phone|text|email|write|dial|ask)\b| (?:keep|kept) (?:chas|ring|call|phon|text|press|push)\S*| push for (?:\S+ ){0,2}payment (?:\S+ ){0,2}anyway| start (?:text|email|writ|messag)\S*| (?:ring|call|phone|text) (?:\S+ ){0,2}the following (?:week|day)| (?:ring|call|phone|text|email|try)\S* (?:\S+ ){0,3}(?:the next|the following|next) (?:morning|afternoon|day|evening)| (?:ring|call|phone|text|email|try)\S* (?:\S+ ){0,2}(?:once more|one more time|one last time)| pay first| might as well (?:just )?pay| should just pay| (?:pay|clear|settle) (?:it |this |the balance |that )?(?:off )?anyway| carry on with (?:the |our |a )?(?:payment|plan|arrangement|collection)| (?:not|n't) log (?:it |this )?as (?:a )?dispute| without look\S* into| ignore (?:\S+ ){0,3}(?:dispute|letter|request|cease|complaint|email)\b| report (?:\S+ ){0,6}without (?:\S+ ){0,2}(?:flag|mark|note|say)\S*| (?:call|chase|contact|ring|phone|ask for|ask\S* (?:\S+ ){0,2}for|request|demand|push for|take) (?:\S+ ){0,3}(?:anyway|regardless|again)\b| send (?:\S+ ){0,2}(?:another|a further|more|a new|the next|a fresh) (?:demand|letter|reminder|notice|chaser)| (?:still|anyway) (?:put|push|move|pass|escalate)\S* (?:\S+ ){0,4}(?:through|on|to|next)| (?:put|add|move|place)\S* (?:\S+ ){0,2}back (?:in|into|on) (?:the |our )?(?:dialler|dialer|queue|campaign|call list)| (?:report|send|pass|submit)\S* (?:\S+ ){0,4}(?:bureau|bureaus|agency|agencies|cra|credit reference) as (?:a |an )?(?:plain|normal|regular|ordinary|undisputed|straight)| (?:stay|remain|keep(?: \S+){0,3}|leave(?: \S+){1,3}) (?:in|on) (?:the |our )?(?:(?:calling|call|collection|collections|active|normal|live|outbound) )?(?:dialler|dialer|campaign|queue|call list|collection cycle)| treat (?:\S+ ){0,4}as (?:no dispute|a stall|not a dispute)| keep pay\S*| (?:keep|continue|carry on|still) work\S* (?:the |this |that |her |his |their )?(?:account|file|case|debt)| still (?:go|went) out\b| (?:one|a) (?:last|final) (?:courtesy )?call\b| keep (?:\S+ ){0,2}(?:account|file|case) (?:going|open|active|live|running)| send (?:\S+ ){0,3}payment link| pay (?:\S+ ){0,4}first\b/g);
    // "we can still write to confirm": what the rule permits after a cease request, not a breach.
    // "one last letter confirming we were ending collection": the notice the rule allows after a cease request.
    // "with representation we still work the account, we just do it through the lawyer": the account worked through the representative.
    if (k >= 0 && !THROUGH_REPRESENTATIVE.test(lem) && !/\b(can|may|could|be allow to|be permit to) still (write|send|tell|confirm|notify)\b|\bstill (allow|permit)\w* to (write|send|tell|confirm|notify)\b|\b(confirm|tell|say|notify)\w* (\S+ ){0,2}(that )?(we|i) (be |would |will |have )?(end|stop|cease)\w* (collection|contact|call)/.test(lem) && !/\buntil (we|i) (\S+ ){0,2}(send|sent|get|had|have|receive|mail)\b (\S+ ){0,2}(verification|response|proof|copy)|\b(mark|flag|log|report|note) (\S+ ){0,3}(as )?disputed|\b(?<!(?:without|not|never|before) )(send|mail|post)\w* (\S+ ){0,2}verification\b/.test(lem)) {
      hits.push({ rule: 'ignoring-dispute-or-cease', words: clauseText(s, k, r.text), sentence: si });
    }
  }
  // A dispute, oral or written, that is not recorded or not reported as disputed.
  if (/\bdisput/.test(both)) {
    const k = contactAfterContinue(/ (?:not|n't) (?:be )?(?:record|log|note|flag)\S* (?:\S+ ){0,4}(?:as )?(?:a )?disput\S*| (?:not|n't) (?:be )?(?:record|log|note)\S*(?: it| them| this)?\b| (?:not|n't) (?:be )?report\S* as disput\S*| report (?:\S+ ){0,6}as undisputed| treat (?:\S+ ){0,4}as (?:no dispute|not a dispute)/g);
    // "Disputes weren't being logged, so accounts looked overdue" after "I found...": a finding, not the practice.
    if (k >= 0 && !/\b(always|must|make sure|check|so that)\b (\S+ ){0,4}(record|log|note|report)/.test(lem) && !/\b(find|found|notice|discover|turn out|root cause|problem|come out|gap|the issue|spot|realise|realize|audit|review)\b/.test(both)) hits.push({ rule: 'ignoring-dispute-or-cease', words: clauseText(s, k, r.text), sentence: si });
  }
  // A represented consumer.
  if (/\b(attorney|lawyer|solicitor|debt adviser|debt advisor|stepchange|citizens advice|representative|legal representation|counsel|advocate|payplan|debt charity|the charity|debt management|dmp|management company|adviser|advisor|act for|acting for|represent|legal aid)\b/.test(both)) {
    const k = contactAfterContinue(/ (?:call|contact|ring|phone|text|email|reach|speak|talk|write|visit|message|approach|go|send|try|leave|agree|arrange|set up)\b (?:\S+ ){0,4}(?:him|her|them|(?:the )?customer|(?:the )?consumer|(?:the )?debtor|the client|directly|direct|round|around|behind)\b| (?:not|no) need (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor|representative)\b/g);
    if (k >= 0) {
      const after = s.tokens.slice(k + 1, k + 4).map((t) => t.l).join(' ');
      // "we'll contact them directly rather than you": the representative is the one contacted.
      // "Citizens Advice are helping you, so I'll send the figures to them": "them" is the adviser named in the sentence.
      const repNamed = ADVICE_BODY.test(both) && /^(them|they)$/.test(s.tokens.slice(k + 1, k + 5).find((t) => t.pos === 'PRON')?.w ?? '');
      const toRep = repNamed || /\b(attorney|lawyer|solicitor|adviser|advisor|representative|counsel|firm|office)\b/.test(after) || /\b(rather than|instead of) (you|him|her|the customer|the consumer)\b/.test(lem);
      // "you can always speak to them, or to us": the consumer's own choice to call, offered.
      const theirChoice = /\byou (can|could|may) (always |still |also )?(speak|talk|call|ring|contact|write)\b/.test(lem);
      // "I'd only speak to the consumer again if the attorney agreed to it": with the representative's consent.
      const consented = /\b(if|once|unless|with|after) (the |their |his |her )?(attorney|lawyer|solicitor|adviser|advisor|representative|counsel)('s| 's)? (\S+ ){0,1}(agree|consent|allow|permit|say|ask|give|approve|permission|okay|ok)/.test(lem);
      // "We can go back to the consumer only if the attorney doesn't respond within a reasonable time": the rule's own exception;
      // "we just do it through the lawyer, so statements go to her": the representative, named as the way.
      const lawfulWay = /\b(only )?if (the |their |his |her )?(attorney|lawyer|solicitor|adviser|advisor|representative|counsel) (do not|does not|doesn't|fail|never) (respond|reply|answer|get back)|\breasonable (time|period)\b/.test(lem) || THROUGH_REPRESENTATIVE.test(lem);
      if (!toRep && !theirChoice && !consented && !lawfulWay && (/\b(directly|direct|anyway|still|myself|herself|himself|themselves|instead|behind|around|round|regardless|again|even though|even after|keep|straight|but|although|despite|bypass|go ahead|before (reply|respond|answer|write))\b/.test(lem) || /\bto (confirm|check|verify|see) (\S+ ){0,6}(lawyer|attorney|solicitor|adviser|advisor|represent)/.test(lem))) {
        hits.push({ rule: 'represented-consumer', words: clauseText(s, k, r.text), sentence: si });
      }
    }
  }
  return hits;
}

const globalPatterns = new WeakMap<Detector, RegExp>();

/** A detector's pattern with the g flag, compiled once (to machine code at once: text/compiled.ts). */
function globalPattern(d: Detector): RegExp {
  let re = globalPatterns.get(d);
  if (!re) globalPatterns.set(d, (re = compiledNow(new RegExp(d.pattern.source, 'g'))));
  return re;
}

let prefilter: Prefilter | undefined;

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

const REMOVED_WORDING = /\b(take out|remove|strip out|cut out|delete|ban|drop|scrap|rewrite|reword|replace|get rid of)\b(?: \S+){0,4} (wording|language|line|reference|phrase|mention|word|threat|paragraph|sentence)s? (that|which|about|like|hint|suggest|mention|imply)\b/;

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
    speechCarriesOver = si > 0 && (colonSpeech(r.sentences[si - 1]!) || plannedSpeech(r.sentences[si - 1]!));
    // "The easy answer would have been to threaten ..., and that's not what I did": an option named to be turned down.
    if (!ctx.spoken && REJECTED_OPTION.test(l.text) && TURNED_DOWN.test(l.text)) return;
    // "When the sales director wanted us to sue ..., I said no", "I was once asked to sign letters as 'Enforcement Officer', and I wouldn't".
    if (!ctx.spoken && ASKED_TO.test(l.text) && REFUSED.test(l.text)) return;
    // "Holding someone on the line until they promise just gets you a promise that breaks",
    // "Rushing to take money now would go around her adviser": the act named as a subject and judged, not done.
    if (!ctx.spoken && gerundJudged(s, l.text)) return;
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
        if (ctx.spoken ? !spokenFrameAllows(s, k, d, m[0]) : ownQuote ? negatedBetween(s, clauseOf(s, k).from, k, d.keep ? { keep: d.keep } : {}) : !frameAllows(s, k, d, m[0])) {
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

const LET_PASS = /\b(?:i|we) (?:(?!not |never )\S+ ){0,2}(?:let (?:it|that|this) (?:\S+ )?(?:slide|go|pass)\b|let (?:him|her|them) off\b|turn\S* a blind eye)|\b(?:i|we) (?:do not|did not|would not|will not|never) (?:\S+ ){0,2}(?:log|record|report|escalate|write (?:it |this |that )?up|put (?:it|this|that) (?:through|down)|raise|flag)\b(?: \S+){0,5} (?:breach|complaint|qa|incident|compliance|formal|formally|record)\b/;

const TOLERATE = /\b(i|we) (do not|would not|will not|never) (mark|penalise|penalize|flag|fail|score|pull (\S+ )?up|write (\S+ )?up|discipline|pick (\S+ )?up|ding) (\S+ ){0,2}(down|for it|on it)?\b|\b(i|we) (let|leave) (it|that|them|this) (slide|go|pass)\b|\bturn a blind eye\b|\b(that|it) be (fine|ok|okay|acceptable) (by|with) me\b/;

const JUDGED = /\b(break|backfire|wrong|bad|worst|damage|harm|hurt|lose|risk|fail|short|go around|breach|unfair|counterproductive|never work|not work|do not work|illegal|unlawful|complaint|mistake|pressure|exploit|not allow|not okay|not ok)\b/;

/** The clause around k opens on the act as a gerund and judges it ("because keeping someone on the phone until they agree isn't a good outcome"). */
function clauseGerundJudged(s: Sentence, k: number): boolean {
  const c = clauseOf(s, k);
  let j = c.from;
  while (j < k && /^(because|as|since|and|but|so|that|,)$/.test(s.tokens[j]!.w)) j++;
  const first = s.tokens[j];
  if (!first || j > k || first.pos !== 'VERB' || !first.w.endsWith('ing') || first.w === 'being') return false;
  if (s.tokens.slice(j, c.to).some((t) => t.w === 'i' || t.w === 'we')) return false;
  const rest = s.tokens.slice(k, c.to).map((t) => t.l).join(' ');
  return JUDGED.test(rest) || /\b(not|n't) (a )?(good|fair|right|acceptable|ok|okay)\b/.test(rest);
}

/** A sentence whose subject is the act, as a gerund, with a verdict against it. */
const GERUND_REFUSED = /\bbe (?:something|a thing|one thing|the (?:one |last )?thing|not something) (?:that )?(?:i|we) (?:would |will |'d )?(?:refuse|never|not|wo not)\b/;

function gerundJudged(s: Sentence, lemmas: string): boolean {
  const first = s.tokens[/^(but|and|so|yes|no|honestly|frankly)$/.test(s.tokens[0]?.w ?? '') ? 1 : 0];
  if (!first || first.pos !== 'VERB' || !first.w.endsWith('ing') || first.w === 'being') return false;
  // The candidate doing it in the same sentence ("Calling her mother, I got him to pay") is the act itself,
  // unless the candidate's words refuse it ("... is something I'd refuse to do").
  if (s.tokens.some((t) => t.w === 'i' || t.w === 'we')) return GERUND_REFUSED.test(lemmas);
  return JUDGED.test(lemmas);
}

/** The main clause, outside the condition, lets the condition's act pass. */
function tolerated(s: Sentence): boolean {
  return TOLERATE.test(s.tokens.filter((t) => !t.antecedent).map((t) => t.l).join(' '));
}

/**
 * "I'd explain he's family, and gently suggest a complaint isn't in anyone's interest. These things can
 * get a lot more complicated...": after the candidate's planned speech, a bare statement goes on with it.
 */
function plannedSpeech(s: Sentence): boolean {
  const toks = s.tokens;
  for (let j = 1; j < toks.length; j++) {
    if (toks[j]!.pos !== 'VERB' || !PLANNED_SPEECH.has(toks[j]!.l)) continue;
    // "I'd explain", "I would gently suggest", "and then remind him".
    let m = j - 1;
    while (m > 0 && (toks[m]!.pos === 'ADV' || toks[m]!.w === 'then' || toks[m]!.w === 'and')) m--;
    if (toks[m]!.l === 'would' || toks[m]!.w === "'d") return subjectBefore(s, j, true).actor === 'candidate' && !negatedBetween(s, 0, j);
  }
  return false;
}
const PLANNED_SPEECH = new Set(['explain', 'suggest', 'tell', 'say', 'remind', 'mention', 'point', 'warn', 'stress', 'add', 'let']);

/** "I told him straight: ..." — the candidate's words run on into the next sentence. */
function colonSpeech(s: Sentence): boolean {
  const colon = s.tokens.findIndex((t) => t.w === ':');
  if (colon < 1) return false;
  return candidateSpeaksAt(s, colon);
}

// "I'd be very clear:", "I told him straight:": the candidate's own words follow the colon.
const PLAIN_SPOKEN = /\b(be|get) (very |really |quite |absolutely |crystal )?(clear|firm|honest|direct|blunt|straight|upfront|frank)( with (\S+ ){1,2})? *$|\b(tell|say to|put it to) (him|her|them) (straight|plainly|bluntly|directly) *$/;

/** The words before a colon at `colon` are the candidate saying what follows. */
function candidateSpeaksAt(s: Sentence, colon: number): boolean {
  const sp = speechBefore(s, colon);
  if (sp >= 0 && !passiveAt(s, sp) && subjectBefore(s, sp, true).actor === 'candidate' && !negatedBetween(s, 0, sp)) return true;
  const before = s.tokens.slice(0, colon).map((t) => t.l).join(' ');
  if (!PLAIN_SPOKEN.test(before)) return false;
  const subj = subjectBefore(s, colon, true);
  // "I'd tell him ..., and then be very clear:": the clause may leave its subject behind.
  return (subj.actor === 'candidate' || firstSubject(s, 0, colon) === 'candidate') && !negatedBetween(s, Math.max(0, subj.index), colon);
}

/** A colon before `k` in the sentence after which the candidate speaks. */
function candidateColonBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j > 0; j--) if (s.tokens[j]!.w === ':') return candidateSpeaksAt(s, j);
  return false;
}

/** Words in quotation marks count as the candidate's only when the candidate is the one who says them. */
const REJECTED_OPTION = /\b(easy|easiest|obvious|tempting|lazy|old-school|quick|knee-jerk|usual) (answer|option|thing|route|way|fix|move|response|reaction)s? (would|might|could|will)? ?(have )?be (to|just)\b|\b(it|that) (would|might|could) (have )?be (so |very |really )?(easy|tempting|simple) to\b/;
const ASKED_TO = /\b(want|ask|tell|push|pressure|expect|instruct)\w* (us|me) to (?!let (him|her|them|me) go|go\b|hang up|end|stop)|\b(i|we) (be|was|were) (once |ever |even )?(ask|told|tell|pressure|push|instruct)\w* to\b/;
const REFUSED = /(?:,|\band|\bso|\bbut) (i|we) (say no|said no|refuse|decline|would not|will not|wouldn't|won't|push back|turn (it|them|that|him|her) down)\b/;
const TURNED_DOWN = /\b(not what (i|we) (do|did)|(i|we) (do not|did not|would not|will not|never) (do|did)|(i|we) (do not|did not|would not|will not)(?= [.,;]| ?$)|(i|we) (choose|chose|decide|decided) (not|against)|instead)\b/;

// "The final notice would read: ...", "I'd coach him to put it kindly, something like, ...": words the candidate wrote or had said.
const OWN_DOCUMENT = /\b(notice|letter|text|email|script|message|voicemail|template|sms|reminder)s? (would|will|should|could) (read|say|go|open|be)\b/;
const SOMETHING_LIKE = /\b(something|word|thing)s? like\b|\balong the line of\b/;

function quoteIsCandidate(s: Sentence): boolean {
  const quoted = s.tokens.findIndex((t) => t.quoted);
  const lead = s.tokens.slice(0, quoted).map((t) => t.l).join(' ');
  if (OWN_DOCUMENT.test(lead) || (SOMETHING_LIKE.test(lead) && firstSubject(s, 0, quoted) === 'candidate')) return true;
  let sp = speechBefore(s, quoted);
  if (sp < 0) {
    for (let j = s.tokens.length - 1; j > quoted; j--) if (!s.tokens[j]!.quoted && s.tokens[j]!.pos === 'VERB') { sp = j; break; }
  }
  if (sp < 0) return false;
  // "I had a man tell me, word for word, ...", "I heard him say ...": the speaker is the one just before the verb.
  const before = s.tokens[sp - 1];
  if (before && !before.quoted && (before.pos === 'NOUN' || before.pos === 'PROPN' || /^(him|her|them|someone|somebody)$/.test(before.w)) && /^(have|hear|get|let)$/.test(s.tokens.slice(Math.max(0, sp - 4), sp - 1).find((t) => t.pos === 'VERB' || t.pos === 'AUX')?.l ?? '')) return false;
  const c = clauseOf(s, sp);
  return subjectBefore(s, sp, false).actor === 'candidate' && firstSubject(s, c.from, sp) === 'candidate' && !s.tokens[sp]!.quoted;
}

const COMPLAINT = /^(complain|claim|allege|report|say|tell|review|find|audit|hear|overhear|notice|flag|listen|discover|learn|catch|spot|show|reveal|write|email|phone|ring|call)$/;
const CORRECTION = / (?:so|and|then|but|until) (?:i|we) (?:(?!not |never |n't )\S+ ){0,2}(?:coach|retrain|train|report|stop|remove|change|apologise|apologize|refund|fix|escalate|discipline|rewrite|withdraw|correct|end|ban|investigate|review|contact|write|put a stop|shut)\b/;

/**
 * "Customers were told a warrant could be issued": with no one named, the telling is the practice of
 * the team the candidate describes, unless the sentence reports a complaint or finding about it
 * ("a customer complained she was told...") or says how it was put right.
 */
function passiveIsPractice(s: Sentence, sp: number): boolean {
  // The passive subject: the nearest noun to the left, across a relative clause ("Customers who went quiet were told").
  let j = sp - 1;
  while (j >= 0 && j >= sp - 8 && s.tokens[j]!.pos !== 'NOUN' && s.tokens[j]!.pos !== 'PRON' && s.tokens[j]!.pos !== 'PROPN') j--;
  if (s.tokens[j]?.pos === 'PRON' && /^(who|that|which)$/.test(s.tokens[j]!.w)) while (j >= 0 && s.tokens[j]!.pos !== 'NOUN') j--;
  const subj = s.tokens[j];
  if (!subj || subj.pos !== 'NOUN' || !PRACTICE_SUBJECTS.has(subj.l)) return false;
  if (s.tokens.slice(0, j).some((t) => t.pos === 'VERB' && COMPLAINT.test(t.l))) return false;
  return !CORRECTION.test(` ${s.tokens.map((t) => t.l).join(' ')} `);
}

/** A practice subject followed by a passive verb ("customers were kept"), not reported as found or put right. */
function passivePractice(s: Sentence, j: number): boolean {
  const t = s.tokens[j];
  if (!t || t.pos !== 'NOUN' || !(PRACTICE_SUBJECTS.has(t.l) || PASSIVE_THINGS.has(t.l))) return false;
  const be = s.tokens[j + 1];
  const verb = s.tokens[j + 2]?.pos === 'ADV' ? s.tokens[j + 3] : s.tokens[j + 2];
  if (!be || be.l !== 'be' || (be.w !== 'were' && be.w !== 'was') || !verb || verb.pos !== 'VERB') return false;
  if (s.tokens.slice(0, j).some((x) => x.pos === 'VERB' && COMPLAINT.test(x.l))) return false;
  return !reportedOrCorrected(s, j);
}

// Things done to in a described practice: "security questions were skipped", "letters were sent".
const PASSIVE_THINGS = new Set(['question', 'check', 'letter', 'call', 'text', 'email', 'message', 'payment', 'balance', 'request', 'dispute', 'note', 'number']);

const PRACTICE_SUBJECTS = new Set(['customer', 'consumer', 'debtor', 'borrower', 'holder', 'widow', 'widower', 'parent', 'people', 'caller', 'client', 'family', 'relative', 'tenant', 'member', 'account', 'household', 'neighbour', 'neighbor', 'employer']);

/**
 * On a call every word is the candidate's, unless it reports what someone else said ("you told me
 * your husband had died", "she said she'd pay"): then the words after it are theirs.
 */
function spokenFrameAllows(s: Sentence, k: number, d: Detector, matched: string): boolean {
  const keep = d.keep ? { keep: d.keep } : {};
  const sp = speechBefore(s, k);
  if (sp >= 0) {
    const subj = subjectBefore(s, sp, true);
    const w = subj.index >= 0 ? s.tokens[subj.index]!.w : '';
    if (subj.actor === 'other' || w === 'you') return false;
  }
  if (d.frame === 'said' && / (not|never|no) /.test(` ${matched.trim().split(' ').slice(1).join(' ')} `) && !d.noRuleTalk && !d.ownNegation) return false;
  const c = clauseOf(s, k);
  return !negatedBetween(s, c.from, k, keep);
}

/** "I suggested that he could ask his children to help": the other speaker sits inside the candidate's own words. */
function candidateFramesSpeaker(s: Sentence, otherAt: number, keep: FrameOptions): boolean {
  if (otherAt <= 0) return false;
  const outer = speechBefore(s, otherAt);
  if (outer < 0 || passiveAt(s, outer)) return false;
  const speaker = subjectBefore(s, outer, true);
  if (speaker.actor !== 'candidate' || negatedBetween(s, Math.max(0, speaker.index), outer, keep)) return false;
  // Only a suggestion or an instruction carries over, not "I said he told her".
  return /^(suggest|tell|advise|recommend|propose|say|explain|warn|remind|insist)$/.test(s.tokens[outer]!.l) && s.tokens.slice(outer + 1, otherAt).every((t) => t.w === 'that' || t.w === ',' || t.pos === 'ADV' || t.pos === 'PUNCT' || t.pos === 'PRON');
}

const DOCUMENTS = new Set(['letter', 'text', 'email', 'message', 'notice', 'voicemail', 'script', 'reminder', 'sms', 'note']);
const SENDS = new Set(['send', 'write', 'leave', 'draft', 'issue', 'post', 'email', 'fire', 'put', 'use', 'have', 'sign', 'approve']);

/** The speaker is a letter or text the candidate sends in the same clause ("I'd send a letter saying ..."). */
function candidateSendsDocument(s: Sentence, docAt: number, keep: FrameOptions): boolean {
  if (docAt < 1 || !DOCUMENTS.has(s.tokens[docAt]!.l)) return false;
  let verb = -1;
  for (let j = docAt - 1; j >= Math.max(0, docAt - 4); j--) if (s.tokens[j]!.pos === 'VERB' && SENDS.has(s.tokens[j]!.l)) { verb = j; break; }
  if (verb < 0) return false;
  const sender = subjectBefore(s, verb, true);
  return sender.actor === 'candidate' && !negatedBetween(s, Math.max(0, sender.index), verb, keep);
}

/** The last colon or semicolon between two tokens, or -1. */
function lastBreak(s: Sentence, from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (s.tokens[j]!.w === ':' || s.tokens[j]!.w === ';') return j;
  return -1;
}

const OWN_WORDS = /^ (?:\S+ ){0,3}?(?:(?:should|would|will|must|need to|'d) be (?:very |really )?(?:clear|firm|honest|direct|upfront|blunt|straight) (?:with (?:\S+ ){1,2})?: |(?:my|our) (?:\S+ )?(?:line|angle|script|pitch|approach|tactic|go-to|opener|opening line|message|patter|spiel|wording|trick|move|technique|usual line|standard line|favourite line) (?:be|say|go|read)\b|(?:i|we) (?:would |will |used to |use to |always )?(?:say|tell (?:\S+ ){0,2}) (?:thing|stuff|something)s? like\b)/;

// Set per sentence by detectConduct: the sentence before ended on the candidate's "I told him straight:".
let speechCarriesOver = false;

function frameAllows(s: Sentence, k: number, d: Detector, matched: string): boolean {
  const keep = d.keep ? { keep: d.keep } : {};
  // Reported speech ("the complaint said your collector told my mother I was a deadbeat").
  const reported = speechBefore(s, k);
  // "When she said she had to go I said no...": her words end with their verb, and the candidate's own clause begins.
  const own = subjectBefore(s, k, true);
  if (d.frame === 'act' && reported >= 0 && subjectBefore(s, reported, true).actor === 'other' && !(own.actor === 'candidate' && (s.tokens.slice(reported + 1, own.index).some((t) => t.pos === 'VERB' || t.pos === 'AUX') || coordinatedAct(s.tokens, reported, k)))) return false;
  if (d.frame === 'said') {
    // "the family weren't personally liable": the statement denies itself.
    if (/ (not|never|no) /.test(` ${matched.trim().split(' ').slice(1).join(' ')} `) && !d.noRuleTalk && !d.ownNegation) return false;
    // "My line was that a warrant could be issued", "I'd say things like, ...": the candidate's own words follow.
    if (OWN_WORDS.test(` ${lemmasBefore(s, k)}`)) return !negatedBetween(s, 0, k, keep);
    let sp = speechBefore(s, k);
    // "I told him that next time, if the customer mentions ..., he should ...": the telling stands before the condition.
    if (sp >= 0 && s.tokens[sp]!.antecedent && !s.tokens[k]!.antecedent) {
      let a = sp;
      while (a > 0 && s.tokens[a - 1]!.antecedent) a--;
      const outer = speechBefore(s, a);
      if (outer >= 0 && !s.tokens[outer]!.antecedent) sp = outer;
    }
    if (sp >= 0 && !(s.tokens[sp]!.antecedent && !s.tokens[k]!.antecedent)) {
      if (passiveAt(s, sp)) return passiveIsPractice(s, sp) && !negatedBetween(s, sp, k, keep);
      const subj = subjectBefore(s, sp, true);
      // "I'd send a letter saying that unless she pays it goes to our lawyers": the candidate's letter speaks for them.
      if (subj.actor === 'other' && candidateSendsDocument(s, subj.index, keep)) return !negatedBetween(s, subj.index, k, keep);
      if (subj.actor === 'other') return candidateFramesSpeaker(s, subj.index, keep) && !negatedBetween(s, subj.index, k, keep);
      // "I'd tell them the dispute does not stop anything: if you don't pay you will be arrested": a
      // "not" before a colon or semicolon denies what came before it, not the words after it.
      const stop = lastBreak(s, sp, k);
      if (stop >= 0) return !negatedBetween(s, Math.max(0, subj.index), sp, keep) && !negatedBetween(s, stop, k, keep);
      return !negatedBetween(s, negationFrom(s, Math.max(0, subj.index)), k, keep);
    }
    // "Bailiffs will be round if he did not pay by Friday, I told him": the telling comes after the words.
    const after = speechAfter(s, k);
    const sayer = /^(would|will|'d|'ll)$/.test(s.tokens[after - 1]?.l ?? '') ? after - 1 : after;
    if (sayer > 1 && s.tokens[sayer - 2]?.w === ',' && /^(i|we)$/.test(s.tokens[sayer - 1]!.w) && !s.tokens.slice(0, k).some((t) => /^(ask|whether|wonder|if|unless)$/.test(t.l))) return !negatedBetween(s, 0, k, keep) && !negatedBetween(s, after - 1, after, keep);
    // No speech verb: direct speech to "you", the candidate's own "we will ...", or an
    // instruction with no subject at all ("Push for the full balance").
    const subj = subjectBefore(s, k, true);
    // "She can put it on a credit card": what the customer could do, put to her, is the suggestion.
    if (subj.actor === 'other' && d.rule === 'borrowing-pressure' && /^(he|she|they)$/.test(s.tokens[subj.index]!.w) && /^(can|could|should|might|just|will)$/.test(s.tokens[subj.index + 1]?.l ?? '')) return !negatedBetween(s, subj.index, k, keep);
    if (subj.actor === 'other' && candidateFramesSpeaker(s, subj.index, keep)) return !negatedBetween(s, subj.index, k, keep);
    // After "I told him straight:", "he'd have a CCJ" is still what the candidate told him.
    if (subj.actor === 'other' && speechCarriesOver && /^(he|she|they)$/.test(s.tokens[subj.index]!.w)) return !negatedBetween(s, subj.index, k, keep);
    // "..., and then be very clear: if the lease isn't brought current, we'll report it and he could be arrested": the same after a colon in the sentence.
    if (subj.actor === 'other' && /^(he|she|they)$/.test(s.tokens[subj.index]!.w) && candidateColonBefore(s, subj.index)) return !negatedBetween(s, subj.index, k, keep);
    if (subj.actor === 'other' || (subj.actor === 'unknown' && d.rule !== 'borrowing-pressure' && s.tokens[0]!.pos !== 'VERB' && !speechCarriesOver)) return false;
    return !negatedBetween(s, negationFrom(s, Math.max(0, subj.index)), k, keep);
  }
  const subj = subjectBefore(s, k, true);
  // "Customers were kept on hold for twenty minutes", "security questions were skipped": the
  // customers or accounts in the passive, with no one named, are the practice the candidate describes.
  if (subj.actor === 'other' && passivePractice(s, subj.index)) return !negatedBetween(s, subj.index, k, keep);
  if (subj.actor === 'other') {
    // "I told him he should be ashamed": the candidate said it, whoever the clause is about.
    const between = s.tokens.slice(reported + 1, subj.index);
    if (reported >= 0 && reported < subj.index && !passiveAt(s, reported) && between.every((t) => t.pos === 'PRON' || t.w === 'that' || t.w === ',')) {
      const speaker = subjectBefore(s, reported, true);
      if (speaker.actor === 'candidate' && !negatedBetween(s, Math.max(0, speaker.index), reported, keep)) return !negatedBetween(s, reported, subj.index, keep);
    }
    return false;
  }
  // "Our previous vendor had been sending letters that looked like court papers, and when I found out I
  // ended the contract": no one named as doing it, and the sentence reports it found or put right.
  const literal = subj.index >= 0 && /^(i|we|you|i'm|myself|ourselves)$/.test(s.tokens[subj.index]!.w);
  if (!literal && reportedOrCorrected(s, k)) return false;
  return !negatedBetween(s, negationFrom(s, Math.max(0, subj.index)), k, keep);
}
