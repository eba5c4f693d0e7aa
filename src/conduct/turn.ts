// Conduct on a call, turn by turn. An answer in an interview tells what the candidate did ("I told
// his mother he owed us"); a turn in a call is the act itself ("He owes us eight hundred dollars"),
// and whether it breaks a rule depends on where the call stands: who is on the line, whether
// their identity has been confirmed, and what they have said (a written dispute or stop request,
// a representative, a ban on calls at work, an illness or a bereavement).
import type { Reading, Sentence } from '../language/read.js';
import { clauseOf } from '../language/read.js';
import { numberAt, spelledValue, timeAt } from '../language/numbers.js';
import { apologisesFor, restatesListener } from './restated.js';
import { LAWFUL_STAGE, REASSURED } from './detect/words.js';
import { lemmasOf } from './detect/lemmas.js';
import { detectConduct, type ConductHit, type DetectContext } from './detect.js';
import { negatedBetween, speechBefore, subjectBefore } from './frame.js';
import { modelTurnHit } from './turn-model.js';
import { othersMayHear, thirdPartyListening, type CallState } from './call-state.js';

export type { CallState } from './call-state.js';

const lemmas = (s: Sentence, from = 0, to = s.tokens.length) => ` ${s.tokens.slice(from, to).map((t) => t.l).join(' ')} `;

// Words that say what the call is about: a debt, money owed, a collector.
const DEBT_STRONG = / (?:collection(?:s)? (?:team|department|agency|company|firm|call)|debt|owe|owing|overdue|past[- ]due|past due|arrear|arrears|unpaid|outstanding|in collection|collection account|collection agency|debt collector|collector|default|behind (?:on|with)|be (?:\S+ ){1,6}behind(?! (?:the|a|closed|schedule|us|me)\b)|(?:\S+ ){0,3}behind on|(?:month|week|payment)s? behind|be behind|miss (?:\S+ ){0,2}payment|late (?:on|with) (?:\S+ ){0,2}payment|balance|what (?:he|she|they) owe|credit file|credit report|written off|charge[- ]off|garnish\S*|repossess\S*|bailiff|(?:will|'ll) know what (?:it|this) (?:be|'s) about|miss\S* payment|loan (?:he|she|they) take out|knock (?:\S+ ){0,3}(?:off|down)|settle for|settlement|nothing (?:'s |be |have )?(?:come|go) in|(?:have|get|receive|had|see)\S* nothing (?:in|come in|paid)|(?:be|'re|'s) (?:\S+ ){0,3}over on (?:the|your) (?:\S+ )?account|overdrawn)\b/;
const DEBT_WEAK = / (?:account|bill|loan|card|payment|contract|agreement|finance|visa|mastercard|mortgage|credit)\b/;
/** A firm's name that says it collects debts ("Northway Credit Recovery", "Midwest Medical Collections"). */
const COLLECTOR_NAME = /\b[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)* (?:Collections?|Recoveries|Recovery|Debt [A-Z]\w*|Credit Control)\b/;

function moneyIn(s: Sentence): boolean {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (/^[$£€]/.test(t.w) || t.w === '$' || t.w === '£') return true;
    const n = numberAt(s.tokens, k);
    if (n && (n.value >= 10 || /^(grand|k)$/.test(s.tokens[k + n.length]?.w ?? ''))) {
      const unit = s.tokens[k + n.length]?.w ?? '';
      if (/^(dollars?|pounds?|quid|bucks?|euros?|grand|k)$/.test(unit) || s.tokens.slice(k + n.length, k + n.length + 3).some((x) => /^(dollars?|pounds?|quid|bucks?)$/.test(x.w))) return true;
    }
  }
  return false;
}

/**
 * The sentence tells what the call is about, and does not deny it ("I can't say what it's regarding").
 * With `byName`, a collector's name ("Northfield Recovery") counts too: it tells a third party, not
 * the consumer, what the call is about.
 */
// "I'm with Apex Receivables, a collection agency", "I'm calling from the collections team at Kestrel Bank": the
// collector saying who they are to the consumer, with no account fact, discusses nothing before the checks (three QA
// leads labelled it compliant, call-turns/train20.yaml).
// "I'm Chloe from the collections team at ...", "it's Jordan from ...": a name before the firm (call-turns/train21.yaml).
const SELF_INTRO = /^ ?(?:\S+ ){0,4}(?:i be|i 'm|i'm|we be|we 're|this be|it be|it 's) (?:\S+ ){0,2}?(?:call\w* |ring\w* )?(?:from|with|on behalf of)\b/;
const ACCOUNT_FACT = /\b(?:owe|balance|arrear\w*|overdue|behind|miss\w*|outstanding|amount|payment|late|default\w*|debt of|£|\$|\d)/;
function selfIntroduction(l: string): boolean {
  return SELF_INTRO.test(l) && !ACCOUNT_FACT.test(l);
}

function talksDebt(s: Sentence, byName = true): number {
  const l = lemmas(s);
  const strong = DEBT_STRONG.exec(l);
  const weak = DEBT_WEAK.exec(l);
  const money = moneyIn(s);
  const at = strong ? strong.index : money ? 1 : weak && ( /\b(about|regard|regarding|concern)\b (\S+ ){0,3}(his|her|your|their|the) (\S+ ){0,3}(account|loan|card|bill|contract|agreement|finance)\b|\b(about|regard|regarding|concern)\b (\S+ ){1,3}'s (\S+ ){0,2}(account|loan|card|bill|contract|agreement|finance)\b/.test(l)) ? weak.index : -1;
  const named = byName && COLLECTOR_NAME.test(s.text);
  if (at < 0 && !named) return -1;
  const k = at >= 0 ? tokenAtChar(s, l, at) : 0;
  if (at >= 0 && deniedAround(s, k)) return named && !deniedAround(s, 0) ? 0 : -1;
  return k;
}

/**
 * Where a negation before token k may start: its clause, but after an "if" the condition's own "not"
 * ("if you can't manage this you need a long hard look") is not the main clause's, so only the words just before k count.
 */
function negationFrom(s: Sentence, k: number): number {
  let from = clauseOf(s, k).from;
  // "disputing doesn't make it go away, and our attorneys have flagged it": the "not" is the first clause's.
  for (let j = k - 1; j > from; j--) if (s.tokens[j]!.w === 'and' && s.tokens[j - 1]?.w === ',') { from = j + 1; break; }
  // "Can't your mum and dad just cover it?": a suggestion put as a question, not a denial.
  if (from === 0 && /^(can|could|would|will)$/.test(s.tokens[0]?.l ?? '') && s.tokens[1]?.l === 'not' && s.tokens[s.tokens.length - 1]?.w === '?') from = 2;
  const cond = s.tokens.slice(from, k).findIndex((t) => t.w === 'if' || t.w === 'unless');
  return cond >= 0 ? Math.max(from + cond + 1, k - 6) : from;
}

function tokenAtChar(s: Sentence, l: string, at: number): number {
  return Math.min(s.tokens.length - 1, l.slice(0, at + 1).trim().split(' ').filter(Boolean).length);
}

/** Denied in its clause ("I can't discuss the account"), or asked about rather than told ("is this about a debt?" from the customer is not ours). */
function deniedAround(s: Sentence, k: number): boolean {
  const c = clauseOf(s, k);
  if (negatedBetween(s, c.from, k)) return true;
  // "I can only discuss it with Daniel himself": only the consumer hears it.
  // "Before I say anything about the account, can you confirm...": the check comes first.
  return /\b(only (discuss|talk|speak|go over)|(can not|cannot|not able to|unable to) (say|discuss|tell|share|go into)|personal (business )?matter|before (i|we) (say|discuss|go into|talk about|tell you|go any further|go on)|before i can (say|discuss|tell))\b/.test(lemmas(s));
}

/** What the candidate asks for: money, a payment, an arrangement, card details. */
// "the missed payments show as arrears", "it shows as an arrangement": payments described, not asked for.
// ("your credit card, which is now three payments behind": the account and its arrears named, nothing asked.)
const PAY_ASK = /(?<! (?:miss|missed|late|previous|last|past|as an|as a)) (?:pay|payment(?! behind)|settle|settlement|take care of (?:it|this|the)|(?:clear|clearing|cleared) (?:it|this|the|that|off)|need (?:\S+ ){0,2}(?:clearing|paying|settling|paid|cleared|settled|sorting)|(?:i|we) (?:need|want) (?:the |that |your |a )?(?:full |whole )?(?:(?:£|\$) ?\d|balance|amount|money|lot)|card (?:number|detail)|debit card|(?<!(?:about|regard|regarding|concern|concerning) (?:your|the|his|her) )credit card|put (?:something|some money|a bit|it) (?:down|towards)|put (?:\S+ ){0,3}(?:toward|towards) (?:this|it|the)|arrangement|instalment|installment|how much (?:can|could) you|good faith|amount due|still (?:owe|due|showing)|sort (?:it|this|that) out|sort out (?:a |the )?(?:\S+ )?payment|close it off|(?<!(?:we|i) (?:will|would) )close (?:it|this) out|(?:percent|%) off|knock (?:\S+ ){0,3}off|discount|take over (?:the )?payment|minimum|put down|(?:sort|agree|set up|arrange|make) (?:\S+ ){0,2}(?:plan|arrangement|direct debit|standing order|deal)|agree (?:\S+ ){0,5}with me|just between us|lump sum|what (?:kind of |sort of )?(?:\S+ )?(?:figure|amount) (?:would|could) work|pencil (?:something|it|that) in|knock out|(?:do|pay|put|manage) something (?:today|now|this week|tonight)|even (?:a |just )?(?:fifty|twenty|ten|tenner|fiver|\d+)|(?:hundred|fifty|twenty|tenner|fiver|quid|dollar|buck)s? (?:today|now|tonight|this week))\b/;
/** Words that hold off: no payment wanted now, the account is paused, the call ends. */
const HOLD_OFF = / (?:no (?:payment|pressure|need to pay|rush)|(?:not|n't|never) (?:\S+ ){0,3}(?:ask|need|expect|want|take|chase|press|push) (?:\S+ ){0,3}(?:pay|payment|money|anything)|put (?:\S+ ){0,3}on hold|(?<!(?:not|n't) (?:really )?)pause|hold (?:off|the account)|breathing space|take (?:all )?(?:the )?time you need|no hurry|stop (?:\S+ ){0,3}(?:call|contact|collect)|will (?:not|n't) (?:call|contact|ring)|won't (?:call|contact|ring)|(?:not|n't) worry about (?:\S+ ){0,2}(?:payment|pay|money)|(?:do|does) (?:not|n't) have to(?: pay)?|you (?:can|could) (?:still )?choose|(?:totally|entirely|completely) up to you|your (?:choice|call)|no obligation|(?:will|would) (?:not|n't) be (?:call|contact|ring|phon)\S*)\b/;

/** The candidate proposes more contact ("I'll try you again tomorrow", "we'll keep using this number"). */
const MORE_CONTACT = / (?:(?:call|ring|phone|try|text|email|contact|reach|chase|catch) (?:\S+ ){0,3}(?:again|back|later|tomorrow|next week|every)|give (?:you|him|her|them) a (?:bell|ring|call|buzz) (?:\S+ ){0,2}(?:tomorrow|later|again|next week|tonight|in the morning|this afternoon)|keep (?:use|call|ring|try|text|contact)\S*|(?:still|also) (?:be )?(?:reach|call|ring|contact|try)\S*|put me through|be (?!there\b)\S+ (?:in|there|around|available|at (?:his|her) desk)\b|(?:i|we) (?:will|would|be go to|shall|could|can) (?:\S+ ){0,4}(?:call|ring|phone|text|email|contact|try|chase|reach) (?:you|him|her)|(?:speak|talk) to (?:\S+ ){0,2}(?:him|her|tom|mr|mrs|ms)|reach out to you|you (?:will|'ll) (?:\S+ ){0,2}(?:get|have|receive) (?:a |another )?(?:call|text|ring|email)|you (?:will|'ll) hear from)\b/g;

function hit(rule: string, s: Sentence, si: number, _r: Reading): ConductHit {
  return { rule, words: s.text.trim().replace(/\s+/g, ' '), sentence: si };
}

/** Sentences of the turn that are the candidate's own words (not "you said you'd pay"). */
function own(s: Sentence, k: number): boolean {
  // "You asked whether you could be arrested": the customer's question, repeated.
  const asked = s.tokens.findIndex((t, j) => j < k && /^(ask|wonder)$/.test(t.l) && /^(whether|if)$/.test(s.tokens[j + 1]?.w ?? '') && /^(you|he|she|they)$/.test(s.tokens[j - 1]?.w ?? ''));
  if (asked >= 0) return false;
  const sp = speechBefore(s, k);
  if (sp < 0 || !REPORTING.has(s.tokens[sp]!.l)) return true;
  const subj = subjectBefore(s, sp, true);
  const w = subj.index >= 0 ? s.tokens[subj.index]!.w : '';
  return !(w === 'you' || w === 'he' || w === 'she' || w === 'they' || (subj.actor === 'other' && s.tokens[subj.index]!.pos === 'NOUN'));
}

/** Verbs that report what someone else said: "you told me", "she said". */
const REPORTING = new Set(['say', 'tell', 'mention', 'explain', 'write', 'email', 'claim', 'promise', 'insist', 'add', 'state', 'text', 'message']);

/** The candidate, not the listener, does the contacting ("you can call us back" is not ours). */
function candidateContacts(s: Sentence, k: number): boolean {
  const subj = subjectBefore(s, k, true);
  return !(subj.index >= 0 && /^(you|he|she|they)$/.test(s.tokens[subj.index]!.w));
}

/** Pressure on someone vulnerable is a payment asked for with urgency, not an offer they can refuse. */
const CALL_OPENING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|morning|evening)\b/i;
const URGENT = / (?:today|(?<!be )now|right now|tonight|this week|this month|straight away|right away|immediately|by (?:friday|monday|the end)|need (?:you )?to|have to|got to|must|the sooner|full (?:balance|amount)|whole (?:balance|amount|thing)|in one go|clear (?:it|this|the)|before (?:you (?!decide|choose|agree|commit|think|sign)|it)|still (?:need|have to|owe|due))\b/;
const OFFER = / (?:token(?! (?:payment )?(?:today|now|tonight))|manageable|afford|affordable|realistic|what you can|suit|when you be ready|no obligation|only if|would it help|review)\b/;

/** Spoken patterns that only a turn has: the words are the act. */
const SPOKEN: { rule: string; pattern: RegExp; needs?: (st: CallState) => boolean }[] = [
  // call-turns/train19.yaml (training, stop 33): the workplace's number asked for after a ban; a card got out "in two minutes" from a
  // customer who has just said he is unwell.
  { rule: 'work-contact-after-told', pattern: / (?:what be|what 's|can i (?:get|have|take)) (?:the |your )?(?:cafe|café|shop|store|office|restaurant|salon|work|practice|surgery|site|depot|warehouse|factory|desk|reception)(?: 's)? (?:number|line|phone)|ring you there\b/, needs: (st) => !!st.workForbidden },
  { rule: 'vulnerable-pressure', pattern: / (?:(?:get|have|got) (?:your )?(?:\S+ )?card handy|have it (?:do|done|sort|sorted) in (?:two|a few|five|a couple of) minute)/, needs: (st) => !!st.vulnerable },
  // call-turns/train15.yaml (training, stop 31): a complaint talked down, a representative brushed aside, "we're the
  // enforcement side of it", "nobody's going anywhere till I've got a card number", a work ban acknowledged and broken.
  { rule: 'hiding-complaints-or-breaches', pattern: / (?:no need to (?:report|complain|escalate|log|make a (?:big )?(?:deal|fuss))|(?:do not|don't) need to (?:report|complain|escalate|log)\w* (?:anything|it|this|that|us)\b|keep (?:it|this|that) between (?:us|ourselves|you and me|the two of us)\b|complaint\S* (?:\S+ ){0,2}(?:tend to |usually |often |can |will |would |might )?(?:count|go|be hold|be held|be use) against you|(?:rather|prefer) you (?:do not|did not)(?= ,? (?:\S+ ){0,4}(?:record|complain|complaint|report|trouble|file|escalate))|call it a misunderstanding|complaint (?:will not|would not|do not|can not) (?:change|help|make (?:any )?difference|get you anywhere)|not worth (?:it|complain\S*)(?= ,? (?:love|mate|honestly|really|trust me)| \.| !))\b/ },
  { rule: 'represented-consumer', pattern: / (?:(?:talk|speak|deal)\S* (?:to|with) you ,? not (?:to |with )?your (?:attorney|lawyer|solicitor|adviser|advisor|representative)|(?:they|the adviser|your adviser|the lawyer|your lawyer|the attorney|your attorney|the solicitor|your solicitor) (?:be )?(?:not|n't) the one\S* (?:who|that) owe)\b/ },
  { rule: 'impersonation', pattern: / (?:we be the enforcement (?:side|arm|part|bit|team)|(?:work|be) (?:alongside|part of|on behalf of) the (?:court|police|bailiff)|so (?:yeah|yes) ,? it be the (?:bank|court|lender|council))\b/ },
  { rule: 'holding-on-line', pattern: / (?:nobody (?:be |'s )?go\S* anywhere (?:till|until)|(?:offer|settlement|deal|discount)(?: 's| be)? only (?:good|valid|open|available) while we (?:be|'re) on (?:this|the) (?:call|phone|line))\b/ },
  // call-turns/train16.yaml (training, stop 31): abuse of someone who cannot follow ("how long you been here and you can't understand",
  // "pretending you can't hear me"), "you lads are all the same", "in this country we pay what we owe"; a complaint said to cost
  // them; enforcement sent round; a message left at the workplace after a ban; a dispute said to be denied.
  { rule: 'shaming-abuse', pattern: / (?:how long (?:have )?you (?:be|been) here|pretend\S* (?:that )?you (?:can not|cannot|can't) (?:hear|understand)|you (?:lot|lads?|people|guys?|types?|folks?) (?:be|are) all the same|in this country we (?:pay|settle|sort))\b/ },
  { rule: 'hiding-complaints-or-breaches', pattern: / (?:(?:do not|don't) want a complaint on (?:your|the) (?:file|record)|complaint\S* only make (?:\S+ ){0,2}(?:less flexible|harder|worse|difficult)|nobody (?:will|'ll) offer you (?:\S+ ){0,2}after (?:that|a complaint))\b/ },
  { rule: 'threat-unlawful-action', pattern: / (?:have|send|get) (?:\S+ ){0,2}(?:enforcement|bailiff\S*|an enforcement agent|a field agent) (?:round|over|out) (?:to )?(?:you|your)\b/ },
  // "I'll email it over to your work address" after a ban on work contact (call-turns/train17.yaml).
  { rule: 'work-contact-after-told', pattern: / (?:email|send|post|forward)\w* (?:\S+ ){0,3}(?:to |over to )?your (?:work|office|company) (?:address|email|inbox|account)\b/, needs: (st) => !!st.workForbidden },
  { rule: 'work-contact-after-told', pattern: / leave a message with (?:the |your |his |her )?(?:ward|reception|receptionist|manager|sister|boss|colleague|office|supervisor|switchboard)\b/, needs: (st) => !!st.workForbidden },
  { rule: 'ignoring-dispute-or-cease', pattern: / (?:dispute\S* (?:have |has |be )?(?:be )?(?:review|look at|check)\S* and (?:deny|reject|close|decline)\S*|the balance stand)\b/, needs: (st) => !!st.disputed },
  { rule: 'work-contact-after-told', pattern: / (?:know|realise|realize|appreciate|understand) you (?:ask|tell|say)\S* (?:us |me )?(?:not to|to not) (?:call|ring|phone|contact) (?:you )?(?:at|on) (?:work|your work|the office|your office)\S* ,? but\b/ },
  { rule: 'skipping-id-checks', pattern: / (?:no need for (?:\S+ ){0,3}(?:security|id|verification|check|question)|skip (?:\S+ ){0,2}(?:security|id|verification|check|question))\b/, needs: (st) => !st.verified },
  { rule: 'holding-on-line', pattern: / (?:(?:do not|don't) (?:you )?(?:dare )?(?:\S+ ){0,2}(?:hang up|put the phone down|go anywhere)|(?:not|n't) (?:\S+ ){0,3}(?:hang up|put (?:\S+ )?(?:phone|receiver) down) (?:\S+ ){0,3}(?:until|till|before)|(?:not|n't) (?:be )?(?:do|finish) (?:here |yet )?(?:until|till)|we be (?:not|n't) (?:finish|do)\b|i need your yes|(?:can|could) (?:not|n't) (?:go|leave|hang up|end (?:the|this) call) (?:until|till|before)|stay on (?:the (?:line|phone) )?(?:\S+ ){0,4}(?:until|till|i (?:have|be) (?:not|n't))|(?:need|want|have to get|must get) (?:\S+ ){0,5}(?:before|until|till) (?:we|you) (?:finish|hang up|end|get off|go)|before you go,? (?:\S+ ){0,3}(?:need|want)|(?:and )?then you (?:be|'re|are) free|stay (?:with me|on) (?:\S+ ){0,2}(?:more|another) (?:minute|sec|second|moment)|(?:not|n't) (?:even )?think about (?:hang|put)\S* (?:up|the phone)|i (?:have|be) (?:not|n't) finish|(?:and|then) you can go(?: now)?(?= [.,;!?]| ?$)|hang on,? hang on|if you hang up|(?:can|could) wait (?:\S+ ){0,2}(?:minute|second|sec)\b|before you (?:go|hang up|leave)(?: ,)? (?:\S+ ){0,8}(?:need|want|agree|payment|date|set up|stay)|stay (?:with me|on) (?:\S+ ){0,1}(?:one|a) (?:sec|second|minute|moment)|stay on and|(?:get|sort|do|finish) (?:\S+ ){0,4}(?:done |sorted |agreed )?before you (?:hang up|go|leave))\b/ },
  { rule: 'excessive-contact', pattern: / (?:(?:expect|hear from|call|ring|try|phone|text|chase|bell)\S* (?:\S+ ){0,3}(?:every (?:day|morning|evening|night|hour|couple of hour)|(?:twice|three times|several times) a day)|(?:till|until) (?:i|we) (?:get hold of|reach|get through to|speak to) you|(?:call|ring|text|message)s? (?:\S+ ){0,3}(?:keep|go to keep) com\S*|every day (?:\S+ ){0,6}(?:until|till)|(?:tomorrow|monday|tuesday|wednesday|thursday|friday) (?:and |then )?again (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|the day after|the next day)|(?:tomorrow|again)(?: ,)? (?:and )?the day after(?: ,)? (?:until|till)|(?:call|ring|try|phone|text|chase|speak|catch|reach|bell)\S* (?:\S+ ){0,4}(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)(?: ,)? (?:then |and )?(?:\S+ ){0,1}(?:monday|tuesday|wednesday|thursday|friday|saturday)(?: ,)? (?:and |then )?(?:\S+ ){0,1}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/ },
  { rule: 'impersonation', pattern: / (?:this be|i be|it be|my name be|i'm) (?:\S+ ){0,1}(?:attorney|officer|detective|sergeant|judge|bailiff|marshal|deputy|constable|solicitor|lawyer|counsel)\b| (?:i be|i'm|we be|we're|this be|it be|it's|call|calling|ring) (?!(?:\S+ )?(?:not|never|n't) )(?:\S+ ){0,3}(?:from|with|of|on behalf of) (?:the |your |our )?(?:(?!about |regarding |concerning |re |over )\S+ ){0,5}(?:court(?! (?:recovery|recoveries|collection|collections|financial|finance|credit|service|services|solution|solutions|capital|partner|partners|group|associate|associates|management|lending|bank|ltd|llc|inc)\b)|sheriff|police|warrant\S*|government|irs|hmrc|dwp|magistrate|fraud (?:department|team)|legal office|legal department)\b| (?:tell|say) (?:\S+ ){0,3}(?:it be|it's|this be) the (?:\S+ )?(?:court|police|bank|government|council|bailiff)\b| (?:from|with) the (?:county|district|state|city|federal|municipal) (?:\S+ ){0,3}(?:office|department|court|bureau|division|service|unit)\b| (?:from|with) the (?:\S+ )?(?:processing|case review|case|review|compliance) (?:office|department|unit|division|team)\b| before it (?:be|is|get) file\S*| (?:move|moving) forward without you\b/ },
  { rule: 'shaming-abuse', pattern: / (?:(?:be )?your (?:own )?fault|(?:should not|shouldn't) have (?:be )?(?:run|spend|borrow|take)\S*|should (?:of|have) be (?:watch|keep an eye|look after)\S*|(?:people|folks|types) like you|such a (?:baby|child|joke|liar|loser)|grow up|(?:grown|grow) (?:adult|man|woman|person|up)s? (?:\S+ ){0,1}(?:should|ought|pay|do not|don't)|(?:a|any) (?:good|decent|responsible|proper) (?:wife|husband|mom|mum|mother|father|dad|parent|son|daughter)|most people your age|i(?:'d| would) think a (?:mom|mum|mother|dad|father|parent)|(?:ought|should) to know (?:better|good)|know (?:better|good) than to|should (?:have|'ve) budget|be (?:so )?(?:pathetic|embarrassing|ridiculous|shameful)|bit embarrassing|embarrassing for (?:everyone|you)|snap out of|stop (?:be )?(?:so )?(?:pathetic|dramatic|childish)|(?:quit|stop) be (?:such )?a|excuse|(?:shut up|bloody|damn|hell)\b|always money for|long hard look|sort your life out|if you (?:would |'d |have |had )?(?:have )?pay (?:\S+ ){0,2}on time|never (?:gonna|go to) get ahead|can wait (?:\S+ ){0,2}minute|decent (?:people|person)|not good for the money|(?:not|n't) a good look|grown(?: - |-| )ups? (?:\S+ ){0,2}(?:deal|pay|sort|handle)|if you can find (?:the )?money for (?:\S+ ){0,2}(?:bookie|betting|bet|drink|cigarette|holiday|night out|takeaway)s?|(?:lots? of|plenty of|loads? of|most) (?:people|folks?) (?:\S+ ){0,4}(?:still )?manage to pay|if you (?:would|'d|had) (?:have )?(?:keep|kept) up|in the first place (?:we|you|i) (?:would|wouldn't|'d)|why (?:did|do) (?:not|n't) you (?:just )?pay|you have the money then|let (?:\S+ ){0,2}down (?:\S+ ){0,3}(?:let|get|this far)|(?:should not|shouldn't) need (?:a )?(?:charity|handout|adviser|advisor)|(?:a|any) (?:woman|man|adult|person|grown-up) with a (?:decent|good|steady|proper) (?:job|salary|wage|income|paycheck)|most (?:folks?|people|adults|customers|grown-ups) (?:\S+ ){0,5}(?:manage to pay|do not let|don't let|pay their (?:bill|debt)))/, needs: () => true },
  { rule: 'threat-arrest', pattern: / (?:(?:police|criminal) matter|police (?:get|getting|be) involve|involve the police|visit from the police|have you arrest|get you arrest|(?:police|officer) (?:\S+ ){0,2}(?:visit|come|knock)|warrant(?! of (?:control|execution|possession))|arrest|theft of service|trouble with the (?:police|law)|(?:treat|charge|prosecute)\S* (?:\S+ ){0,2}(?:as )?(?:theft|fraud|a crime|criminal)|sheriff(?:'s| 's)? office)\S*/ },
  { rule: 'threat-unlawful-action', pattern: / (?:(?:start|begin|issue|go to) court|(?:pass|send|refer|hand) (?:\S+ ){0,3}(?:for|to) (?:\S+ ){0,2}(?:bailiff|enforcement|legal action|court)|bailiff action|final (?:warning|notice) before (?:we |legal|court)|(?:pass|send|refer|hand) (?:\S+ ){0,3}to (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|legal)\S* (?:\S+ ){0,2}(?:today|tonight|right now|straight away|immediately)|(?:go|send|pass)\S* straight to (?:legal|court|our solicitor|the solicitor)|(?:attorney|lawyer|solicitor)s? to (?:file|sue)|(?:flag|mark|earmark|approve)\S* (?:\S+ ){0,3}for (?:filing|court|litigation|legal action|suit)|thing\S* (?:can|could|will|might) move (?:\S+ ){0,2}quickly|court cost\S* on top|(?:end up|go|goes|sent|refer\S*|pass\S*|hand\S*) (?:\S+ ){0,2}(?:with|to) the (?:county )?(?:sheriff|courthouse)|final notice before|(?:go|goes|send|pass|hand|refer|forward)\S* (?:it |this |the account |the file )?(?:over |straight )?to (?:our|the) (?:attorney|lawyer|solicitor|legal)\S*|they (?:will|'ll) file (?:on|against|suit)|(?:go|goes|send|pass|refer|forward)\S* (?:\S+ ){0,2}to (?:your|his|her|the) (?:employer|boss|payroll|hr\b|manager)|(?:employer|boss|manager|work|hr)s? (?:will|would|'ll|be go to|could|might) (?:\S+ ){0,2}(?:hear|know|find out|get told|be told|be inform)|(?:manager|boss|employer)s? (?:\S+ ){0,3}(?:love|like|want|be happy|be pleased) (?:\S+ ){0,1}(?:hear\S*|know|find\S* out)|(?:people|someone|somebody|agent|officer|team|field agent|bailiff|enforcement agent)s? (?:\S+ ){0,2}(?:come|coming|turn up|knock|visit) (?:round |over |out )?(?:to )?(?:the|your|his|her) (?:house|home|door|address|property|place)|bailiff\S* (?:\S+ ){0,2}(?:come|turn up|knock|visit|round|at your door)|(?:end up|wind up|land) (?:\S+ ){0,2}in court|(?:take|come|pull) (?:it |the money )?(?:straight|right|directly) out of your (?:paycheck|pay|wage|salary|bank|account)|freeze your (?:bank|account)|pop (?:round|over|by)\b|send (?:somebody|someone|people|an agent|a team|an officer|a field agent) (?:out |round |over )?(?:to )?(?:the|your|his|her) (?:house|home|door|address|place)|(?:tell|inform|contact|involve|report \S+ to|notify) (?:\S+ ){0,2}social services|social services (?:\S+ ){0,3}(?:need to know|will|would|be told|be inform)|(?:come|drop) (?:round|by) (?:your|the) (?:house|home|place)|visit you at home)\b/ },
  { rule: 'borrowing-pressure', pattern: / (?:(?:put|pay|stick|charge|move|transfer|throw|pop|whack|shift) (?:\S+ ){0,4}(?:on|onto|with|to) (?:\S+ ){0,3}(?:credit|another|other|new|his|her|your own) card|(?:put|move|throw|pop|stick|whack|shift|transfer) (?:it|this|that|the balance|the arrears|the debt|the lot) (?:on|onto) (?:a|an|your|another) (?:\S+ ){0,4}card|balance transfer|payday loan|(?:a|another|new) (?:short-term|short term|online|quick|personal) loan|loan to tide|(?:take out|get) (?:a |another )?loan|borrow(?!er)\S*|(?<!(?:at|from|with|for) \S+ )lend(?:s|ing)?(?! (?:loan|account|card|ltd|inc|llc|limited|group|service|team|\.))|(?:could|can) (?:you )?sell|anything (?:you could|to) sell|sell (?:\S+ ){0,2}(?:car|console|it|them|jewellery|jewelry|tv|house|something|anything)|sell\S* (?:it|the car|that) would|(?:family|parent|mum|mom|dad|husband|wife|partner|friend|relative|member|son|daughter|brother|sister|folk|child|kid|sibling|cousin|aunt|uncle|in-law|grandchild|mate)s? (?:\S+ ){0,3}(?:help (?:you )?(?:out|with)|chip in|cover it|lump sum|lend|spot you|bail you out|cover (?:\S+ ){0,2}for now)|loan against (?:the|your) (?:house|home|car|property)|remortgage|equity release|anyone (?:who|that) (?:could|can|might) help (?:you )?out|advance on (?:your|his|her|their) (?:wage|pay|salary)|(?:cover|pay) (?:\S+ ){0,3}out of your own (?:money|pocket|saving)s?|if you sell (?:that|it)\b|remortgag\S*|release (?:\S+ ){0,3}equity|spot (?:her|him|them) (?:\S+ ){0,3}(?:part|share|bit|some)|cover (?:her|his|their) (?:part|share|bit)|must have (?:some )?(?:saving|money put away|something put by)|card with (?:some )?room|(?:wage|pay|salary) advance|(?:wife|husband|partner|mum|mom|dad|child|son|daughter)(?:'s| 's)? (?:\S+ ){0,2}(?:money|wage|pension|benefit|allowance|saving)s? (?:\S+ ){0,2}(?:cover|pay|help))\b/ },
  { rule: 'false-statement', pattern: / (?:(?:as|be) (?:his|her|their) (?:wife|husband|partner|mother|mum|mom|father|dad|son|daughter|family|next of kin|attorney|executor|guardian|carer|power of attorney)(?:,)? (?:(?!not |never |n't )\S+ ){0,3}(?:need to|have to|must|will|'ll|could|can|be) (?:(?!not |never |n't )\S+ ){0,3}(?:take over|pay|liable|responsible|cover)|(?:hold|be) (?!each )(?:(?!not |never |n't )\S+ ){0,2}(?:responsible|liable) (?:too|as well|for (?:it|his|her|the))|(?:mark|flag|record)\S* (?:\S+ ){0,6}(?:as )?fraud|report\S* (?:\S+ ){0,4}as (?:a )?fraud|home office|visa(?! (?:account|card|debit|credit|bill|balance|statement|ending|end|number|payment|\d))|immigration|deport|(?:i|we) (?:can|could|will|'ll) (?!not )(?:\S+ ){0,2}(?:put|place|get) you (?:on|into|in) (?:to )?breath\S* space|famil\S* (?:\S+ ){0,2}(?:expect|suppose)\S* to (?:step up|pay|cover|chip in|help)|(?:legal team|legal department|legal|solicitor|attorney|lawyer)s?(?: 's| have| has| be)? (?:already )?(?:look|review|flag|approve|mark|earmark)\S* (?:at )?(?:your|this|the)? ?(?:file|account|case|one)|(?:will|would|could|might|gonna|go to|can|may|'ll) (?:\S+ ){0,2}lose (?:your|their|his|her) (?:social security|benefit|pension|job|kid|child|visa|licence|license)|(?:come|fall|drop|disappear|vanish)\S* (?:right |straight |clean |completely )?off (?:\S+ ){0,1}credit (?:report|file|record|history)|like it never happen|legally accept\S* (?:the )?debt|accept\S* the debt as valid|(?:after|at|by) midnight (?:\S+ ){0,3}(?:go|gone|expire|end|over)\b|(?:wife|husband|partner|son|daughter)(?: 's|'s| be| is) on the hook|judge (?:already )?know|judge (?:always|will always|usually) side|(?:hearing|court)(?: 's| be| is)? (?:just )?a formality|(?:by|before) (?:five|four|six|5|4|6|\S+ o'clock) (?:today|tonight|pm) or (?:the )?(?:discount|offer|deal)|(?:discount|offer|deal)(?: 's| be| is)? (?:gone|off the table|over) (?:for good|forever|after today|after tonight)|dispute\S* (?:\S+ ){0,2}(?:get|be|will be) (?:close|drop|cancel|void)\S* (?:automatically|if)|(?:clear|wipe|clean)\S* (?:\S+ ){0,1}(?:your |the |his |her )?credit (?:file|report|record|history|score)|(?:affect|stop|lose|cut|suspend)\S* (?:\S+ ){0,2}(?:carer 's allowance|carer's allowance|benefit|universal credit|allowance|social security)|if you (?:do not|don't) pay (?:\S+ ){0,2}(?:by|before|today|tonight|this week) (?:\S+ ){0,4}(?:balance|amount|debt|it) (?:\S+ ){0,2}(?:go up|shoot up|double|jump|increase|rise))\b/ },
  // call-turns/train21.yaml (training, stop 35): "she could float you the $2,140", "this is about my ninth go since Monday", "most
  // people her age take pride in settling their bills", "Most people would spot a loan landing in their own bank account", "a
  // federal offense, and people have been arrested for less", "the CFPB ... don't handle auto loans, so it won't go anywhere",
  // "the Ombudsman won't touch it", "doesn't need a lawsuit to take it out of your tax refund", "I won't put the part about
  // the twenty-five dollars in my notes", "it's a little embarrassing to be dodging a card bill", "picked up a bit more English
  // by now", "it at least shows willing", "We work hand in hand with the DWP", "she might get the odd call", "our court
  // enforcement team. That's just what our recoveries desk is called", "the law treats the account as yours".
  { rule: 'borrowing-pressure', pattern: / (?:could|can|would|might) (?:\S+ )?(?:float|front|spot|sub|bung|lend) you (?:the |that |a |some |it)/ },
  { rule: 'excessive-contact', pattern: / (?:eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|\d+th) (?:go|call|attempt|try|time|ring)s? (?:\S+ ){0,2}(?:since|this week|today|in a week|in the last)/ },
  { rule: 'shaming-abuse', pattern: / (?:most people (?:\S+ ){0,3}(?:take pride in (?:settle|pay|clear)|would (?:spot|notice|have notice|know better|have spot))|(?:be|it be|that be|it 's) (?:a lot|quite a lot|a bit much) not to notice|(?:be|it be|that be|it 's) (?:a little |a bit |quite |pretty |rather |a touch )?embarrass\w* to (?:be )?(?:dodg|avoid|duck|hid|ow|skip|ignor)\w*|(?:pick|learn)\S* (?:up )?(?:a bit |a little |some )?(?:more |better |any )english)\b/ },
  { rule: 'threat-arrest', pattern: / (?:(?:federal|criminal) (?:offense|offence|crime)|(?:people|folk|customer)s? (?:have )?(?:be|get) arrest\w* for)\b/ },
  { rule: 'false-statement', pattern: / (?:(?:cfpb|ombudsman|fos|regulator|fca|consumer bureau|trading standards)\S* (?:\S+ ){0,3}(?:do not|don't|will not|won't|can not|cannot|can't|never) (?:\S+ ){0,1}(?:handle|touch|look at|deal with|take|care about|bother with)|(?:do not|doesn't|does not|don't) need (?:a |any )?(?:lawsuit|court|judgment|judgement|court order|ccj) to (?:take|garnish|seize|collect|deduct|intercept)|the law (?:\S+ ){0,2}(?:treat|make|hold|count|consider)\S* (?:\S+ ){0,3}(?:as yours|you liable|you responsible)|legally (?:your|his|her|their) (?:debt|responsibility)\S*(?: ,)? (?:whoever|no matter who|regardless))/ },
  { rule: 'hiding-complaints-or-breaches', pattern: / (?:(?:will not|won't|not going to|not gonna|be not go to) (?:put|write|note|log|record|mention) (?:\S+ ){0,6}(?:in|on|into) (?:my|the|our) (?:note|file|record|system|log)s?|no need for anyone to (?:know|make a (?:big )?(?:thing|fuss)))\b/ },
  { rule: 'vulnerable-pressure', pattern: / (?:show\S* willing|a good - faith payment|good faith payment)\b/, needs: (st) => st.vulnerable === true },
  { rule: 'impersonation', pattern: / (?:work (?:hand in hand|closely|together) with (?:the )?(?:dwp|hmrc|irs|police|court|council|government|benefit)|(?:our|the) (?:court enforcement|enforcement|legal|litigation|bailiff) (?:team|department|unit|desk|division)\b(?:\S* ){0,12}(?:just|only) (?:what|how) (?:our|we))/ },
  { rule: 'ignoring-dispute-or-cease', pattern: / (?:might|may|could|will|would) (?:still )?(?:get|receive) (?:the odd|a few|the occasional|some|one or two) (?:call|letter|text|message)s?\b/, needs: (st) => st.ceased === true || st.disputed === true },
];

const TELL_OTHER = /\b(?:i will|i'll|i can|i could|let me|we will|we'll) (?:\S+ ){0,6}(?:tell|explain|go through|run through|talk through|discuss) (?:him|her|them) (?:\S+ ){0,2}(?:how much you (?:owe|be behind)|what you owe|where you (?:be|stand))|\b(?:i will|i'll|i can|i could|let me|we will|we'll) (?:\S+ ){0,6}(?:explain|go through|run through|discuss|tell) (?:your|the) (?:balance|debt|arrears|account) (?:to|with) (?:him|her|them)\b/;

// "the law does let us come back to you" if the lawyer never answers: what the rule permits, said, not a contact made.
const LAW_LETS = /\b(law|rule|regulation)s? (\S+ ){0,2}(let|allow|permit)\b/;

// "I've got a note not to call you at work, so what's a better number?": the ban kept, said.
// ("I'll send the schedule to your personal email, not the work one": the work address avoided.)
const WORK_RESPECTED = /\bonly (use|call|ring|try|text) (your|the|his|her) (cell|mobile|personal|home)\b|\b(will not|won't|not) (use|call|ring|try) (this|that|the) (work |desk )?(number|line) again\b|\bnot want (us )?(call|ring)\w* (on )?(this|the|your) (work )?(number|line)\b|\b(should not|shouldn't|will not|won't|not to) (call|ring|phone|use|try) (this|that|the|your) (work )?(number|line)\b|\bnot (the|your) work (one|email|address|number|phone|line)\b|\bsorry (\S+ ){0,3}(catch|call|ring|bother)\w* (\S+ ){0,2}(at|to) work|\byou (do |did )?(say|tell me|ask)\w* (\S+ ){0,2}not\b(?!.*\bbut\b)|\b(nobody|no one|never) (\S+ ){0,2}(call|ring|phone|try|contact)\w*\b|\b(not|never|no longer) (to )?(call|ring|phone|contact|bother) (\S+ ){0,2}(at|to) (work|the office)|\boutside (of )?work|\b(out of|after) work hour|\bno call\w* (to you )?(during|at|in) (work|the office)|\byou (say|said|tell me|told me) (that be|that's|it be|it's|work be|work's) (not|n't) a good (place|time)|\b(reach|call|ring|try) you (at home|after (five|six|seven|work))|\b(send|post|write|mail)\w* (\S+ ){0,4}(to your home|your home address|in writing|by post|by letter)|\btry (him|her|them) on (another|a different|the other|his|her|their) (number|mobile|line|phone)|\bnobody at work\b|^ ?(?:\S+ )?not at work ?[.!,]|\b(not|never) (go to |be go to )?(discuss|talk about|mention) (anything|it|this|the account) (with you|here|at work)/;
// "Thanks for nipping out on your break. So, the loan: ...": the consumer agreed to talk now, away from their work (call-turns/train19.yaml).
const ON_BREAK_NOW = /\b(?:nip|step|pop)\w* out (?:\S+ ){0,3}(?:on|for) (?:your|a) break\b|\b(?:thanks|thank you|cheers) (?:\S+ ){0,4}(?:on|during) your (?:break|lunch)\b|\byou (?:have|'ve) (?:get|got) (?:\S+ ){0,2}(?:minute|min)s? (?:on|of) your (?:break|lunch)\b/;
// "I've noted Ms. Lopez at 555-0199. From now on we'll contact her, not you": the representative, named, is the one contacted (a new user).
const NAMED_PERSON = /\b(?:mr|ms|mrs|miss|mx)\.? [a-z]+/;
// With a representative acting, the consumer is "you": "we'll only talk to her from here on", "we deal with her from now
// on rather than you" contact the representative; "give me her name and phone number" asks for their details (a new user).
const TO_THIRD_PERSON = /\b(?:only |just )?(?:contact|call|ring|write to|email|speak to|speak with|talk to|talk with|deal with|correspond with|go through) (?:her|him|them)\b(?! about (?:your|the) (?:debt|account|balance))/;
const REP_DETAILS_ASKED = /\b(?:give me|have|get|take|tell me|pass me|let me have|could i (?:have|get|take)) (?:her|his|their) (?:full )?(?:name|number|details|contact|phone|email|address)/;
const NOT_YOU = /\b(?:not|rather than|instead of) (?:to |with )?you\b/;
// "you can always speak to them, or to us": the consumer's own choice to call, not ours.
const YOU_MAY_CALL = /\byou (can|could|may|be welcome to) (always |still |also )?(speak|talk|call|ring|contact|write|get in touch)\b/;
// Saying who we are is saying there is a debt.
const COLLECTOR_SAID = /\b(i be|i'm|we be|we're|this be|it be) (a|an|the) (debt collector|debt collection|collection agency|collections agency|attempt to collect)|\battempt to collect a debt\b|\b(i be|i'm|i am|this be) (call\w* )?from (the |our )?collections? (side|team|department)\b/;

// "a copy of the settlement offer to Ms. Moreno's office": the offer goes through the representative.
const SENT_TO_REPRESENTATIVE = /\b(send|write|email|post|mail|forward)\w* (?:(?:mr|ms|mrs|miss|dr)\.? [a-z]+|(?:your|the|her|his|their) (?:lawyer|attorney|solicitor|adviser|advisor|representative|counsel)) (?:a |the )?(?:letter|statement|breakdown|copy|summary|email|note)\b/;
const TO_REPRESENTATIVE = /\b(to|through|with|via) (your |the |her |his |their )?(lawyer|attorney|solicitor|adviser|advisor|representative|counsel|stepchange|citizens advice|payplan|(mr|ms|mrs|miss)\.? \S+ 's office|(mr|ms|mrs|miss)\.? [a-z]+)\b|\b(your|the|her|his|their) (lawyer|attorney|solicitor|adviser|advisor|representative|counsel) (can|could|will|may) (send|explain|give|pass|tell|share|handle|deal|call|contact|talk|discuss)\b|\b(?:(?:mr|ms|mrs|miss)\.? [a-z]+|(?:your|the|her|his|their) (?:lawyer|attorney|solicitor|adviser|advisor|representative|counsel)) 's (?:\S+ )?(?:name|number|detail|email|address|phone|contact)/;
// "I'm calling about your account, but first, can you confirm your postcode?": the check comes before anything is said.
const INBOUND_GREETING = /\byou be through to\b|\bhow can i help\b|\bthanks? (?:you )?for (?:call|ring|hold)\b/;
const LATE_DEFERRED = /\b(another|a better|a different) time\b|\bgood ?night\b|\b(tomorrow|in the morning) ,? ?i (will|would)\b/;
const ID_FIRST = /\b(but first|before (that|anything|we go on|i go on|we start)),? (\S+ ){0,4}(confirm|verify|check|give me)\b/;
// "I'll put you on hold for a moment while I connect the interpreter. Please don't hang up": a hold explained.
const HOLD_EXPLAINED = /\b(put you on hold|on hold for a moment|connect (you|the interpreter)|transfer you|interpreter|(will|wo) not be long|one moment|just a moment)\b/;
// "Thank you, that all matches, Ms. Lindqvist. I'm a debt collector...": the turn opens on the identity check passed.
const JUST_VERIFIED = /^\s*(thank you|thanks|great|perfect|lovely|okay|ok|right)?,? ?(that|those|everything|it) (all )?(match|matches|check out|checks out|be correct|is correct|'s correct|be right|is right|'s right)\b|\b(you've|you have) passed (security|the security check|verification|our checks)\b/i;

const CONSENT_ASKED = /\b(if|whether) it be (alright|all right|ok|okay|fine) (for me )?to (talk|speak|discuss|go through)\b|\bneed (his|her|their) (okay|ok|permission|consent)\b|\b(if|whether) (he|she|they) (be|'s|'re|are|is) (happy|okay|ok|fine|alright|comfortable) for (you|me|us|her|him) to (listen|hear|translate|speak|talk|help|stay|be on)\b|\bit (need|have) to be (his|her|their) (choice|decision)\b/;
const UNDISPUTED = /\b(undisputed|(?:is not|isn't|not) (?:in )?disputed?|not (?:under|in) dispute|(?:the )?rest of (?:it|the balance)|on hold and under complaint|(?:fees?|charges?) (?:on hold|under complaint))\b/;
const ASKED_FOR_TIME = /\b(?:the time (?:she|he|you|they) ask(?:ed)? for|at your request|as you ask(?:ed)?|your prefer(?:red)? time|you (?:'d|would) like us to (?:call|ring))\b/;
const CHANNEL_ASKED = /\b(?:be )?you (?:be )?(?:okay|ok|happy|fine|alright) (?:with )?(?:us )?(?:text|call|email|ring)\w*\b/;
const PROCESS_EXPLAINED = /\b(pre-action|pre - action|protocol|letter before claim|letter before action|letter of claim)\b/;

const GOES_ON = /\b(carry on|continue|go on|stay|proceed) (as normal|as usual|like normal|as before)|\bcollection\w* (carry|continue|go) on\b/;
// The dispute brushed aside in words that hold their own "not": no negation check applies to them.
const BRUSHED_OFF = /\b(?:letter|dispute|email|request|cease)s? (?:do|does) (?:not|n't) (?:\S+ ){0,1}stop (?:anything|collection|it|the)\b|\b(?:dispute|cease|letter|request)s? (?:thing )?(?:\S+ ){0,2}(?:only (?:really )?count|(?:do|does) (?:not|n't) count)\b|\bdispute\w* (?:\S+ ){0,1}(?:hardly|rarely|never|seldom) (?:ever )?(?:go anywhere|work|succeed|change anything)\b|\bdelay\w* the inevitable\b|\b(?:dispute|email|letter|request)s? (?:do|does) not count\b|\b(?:dispute|disputing|your letter)s? (?:do|does) not (?:really )?(?:pause|stop|change|affect|make (?:it|this|the debt) go away)\b/;

const REPRESENTATIVE = /\b(attorney|lawyer|solicitor|adviser|advisor|representative|counsel|stepchange|citizens advice|payplan|national debtline|debt charity|(?:mr|ms|mrs|miss)\.? \S+ 's office)\b/;

/** Every conduct flag in one turn of a call, at most one per rule. */
export function detectTurnConduct(r: Reading, state: CallState, ctx: DetectContext = {}): ConductHit[] {
  const found = new Map<string, ConductHit>();
  const add = (h: ConductHit) => {
    if (!found.has(h.rule)) found.set(h.rule, h);
  };
  // "Could you ask your dad if he's happy for you to listen in and hear about his account?": consent asked for is
  // about permission, whatever words it uses (call-turns/train17.yaml).
  // "I'm sorry about how I started this call, saying I was from your bank": an earlier breach owned up to, not done again.
  const askedOrOwned = (si: number) => CONSENT_ASKED.test(lemmasOf(r.sentences[si]!).text) || apologisesFor(lemmasOf(r.sentences[si]!).text);
  for (const h of detectConduct(r, { ...ctx, spoken: true })) if (!askedOrOwned(h.sentence)) add(h);
  const third = thirdPartyListening(state, ctx.jurisdiction);
  const othersHear = othersMayHear(state, ctx.jurisdiction);
  const turnText = r.sentences.map((s) => lemmas(s)).join(' ');
  const holdsOff = HOLD_OFF.test(turnText);
  const holdExplained = HOLD_EXPLAINED.test(turnText);
  const justVerified = JUST_VERIFIED.test(r.text);
  // Urgency said, not denied: "you wouldn't have to make up the difference yourself" presses nothing.
  const urgent = r.sentences.some((s) => {
    const l = lemmas(s);
    const m = URGENT.exec(l);
    if (!m) return false;
    const k = tokenAtChar(s, l, m.index);
    return !negatedBetween(s, clauseOf(s, k).from, k);
  });
  r.sentences.forEach((s, si) => {
    const l = lemmas(s);
    if (restatesListener(l) || apologisesFor(l)) return;
    for (const p of SPOKEN) {
      const m = p.pattern.exec(l);
      if (!m || (p.needs && !p.needs(state))) continue;
      const k = tokenAtChar(s, l, m.index);
      if (s.tokens[k]?.quoted || !own(s, k)) continue;
      if (p.rule !== 'holding-on-line' && negatedBetween(s, negationFrom(s, k), k)) continue;
      // "No, the calls won't keep coming": the count denied inside its own words.
      if ((p.rule === 'excessive-contact' || p.rule === 'inconvenient-time') && / (?:not|never|no longer|n't) /.test(` ${m[0]} `)) continue;
      // "I'll put you on hold while I connect the interpreter. Please don't hang up": a hold the customer is told about, not a trap.
      if (p.rule === 'holding-on-line' && holdExplained) continue;
      // "the owner might go to court, but before that you'd get a letter under the pre-action protocol": the process explained.
      if (p.rule === 'threat-unlawful-action' && PROCESS_EXPLAINED.test(turnText)) continue;
      // "Bailiffs only come into it after a court judgment and a warrant, and we're nowhere near that": the stage, explained.
      if ((p.rule === 'threat-unlawful-action' || p.rule === 'threat-arrest') && ((/\bonly\b/.test(l) && LAWFUL_STAGE.test(l)) || REASSURED.test(l))) continue;
      add(hit(p.rule, s, si, r));
    }
    // "I'm a debt collector" to a son, the validation notice on a family voicemail.
    const collector = COLLECTOR_SAID.exec(l);
    if (othersHear && collector && own(s, tokenAtChar(s, l, collector.index))) add(hit('third-party-disclosure', s, si, r));
    // To someone not yet identified, saying the call is from collections tells them there is a debt.
    // ("Good morning, Westbury Card Services, you're through to Ryan in collections": the firm answering a call the caller made.)
    else if (state.listener === 'unknown' && !state.verified && !state.voicemail && !justVerified && collector && !INBOUND_GREETING.test(turnText) && own(s, tokenAtChar(s, l, collector.index))) add(hit('skipping-id-checks', s, si, r));
    // A voicemail only the consumer hears (their own confirmed line) discloses nothing to anyone else.
    const sharedMessage = state.voicemail === true && state.listener !== 'consumer';
    const debt = talksDebt(s, third || sharedMessage);
    if (debt >= 0 && !s.tokens[debt]?.quoted && own(s, debt)) {
      // "Can you ask him if it's alright for me to talk to you about his account?": consent asked for, nothing told (call-turns/train16.yaml).
      if (third || sharedMessage) {
        if (!CONSENT_ASKED.test(l)) add(hit('third-party-disclosure', s, si, r));
      } else if (!state.verified && !state.authorised && !state.voicemail && !ID_FIRST.test(l) && !justVerified && !CONSENT_ASKED.test(l) && !(state.listener === 'consumer' && selfIntroduction(l)) && !(state.listener === 'unknown' && INBOUND_GREETING.test(turnText))) add(hit('skipping-id-checks', s, si, r));
    }
    // "I'll tell him how much you're behind", "I'll call Paul at work and explain your balance to him": the consumer's debt promised to someone else.
    if (state.listener === 'consumer' && !state.represented) {
      const m = TELL_OTHER.exec(l);
      const k = m ? tokenAtChar(s, l, m.index) : -1;
      // "I can only discuss the debt with him": a restriction said, not a promise to tell.
      if (m && !/\b(not|never|only)\b/.test(m[0]) && own(s, k) && !s.tokens[k]?.quoted && !negatedBetween(s, clauseOf(s, k).from, k)) add(hit('third-party-disclosure', s, si, r));
    }
    // Collecting when the call should not be collecting.
    const ask = PAY_ASK.exec(l);
    const askAt = ask ? tokenAtChar(s, l, ask.index) : -1;
    // "if it turns out the insurer should have paid it": a payment by somebody named, not asked of the consumer.
    const payer = ask ? subjectBefore(s, askAt, false) : undefined;
    const othersPay = payer?.actor === 'other' && s.tokens[payer.index]?.pos === 'NOUN' && !!s.tokens[askAt]?.antecedent;
    // "He paid £1,140 in cash in January" (a payment someone made, told back); "Not paying a debt isn't a crime" (a
    // gerund the sentence judges): no payment asked for (call-turns/train17.yaml).
    const paidAlready = ask !== null && (s.tokens[askAt]?.w.toLowerCase() === 'paid' && /^(he|she|they|i|we)$/i.test(s.tokens[askAt - 1]?.w ?? '')
      || (s.tokens[askAt - 1]?.l === 'not' && (askAt === 1 || s.tokens[askAt - 2]?.pos === 'PUNCT') && /^paying$/i.test(s.tokens[askAt]?.w ?? ''))
      || /\b(trace|find|locate|track down|look into|chase up) (\S+ ){0,3}payment\b/.test(l)
      // "the account goes back to them as paid in full": the account's status once a payment is confirmed (call-turns/train20.yaml).
      || /\b(mark|go back|show|close|record|update|flag|note)\w* (\S+ ){0,5}as (paid|pay) in full\b/.test(l));
    // "send Mr. Kimura a letter with the full balance breakdown": with a representative acting, the figures go to them (call-turns/train20.yaml).
    const toRepresentative = state.represented === true && SENT_TO_REPRESENTATIVE.test(l);
    const asks = ask && !paidAlready && !holdsOff && !othersPay && !toRepresentative && own(s, askAt) && !negatedBetween(s, clauseOf(s, askAt).from, askAt) && !s.tokens[askAt]?.quoted;
    // "if she doesn't ring us by tomorrow I'll be calling you again": the first contact words may be someone else's.
    let contacts = false;
    // "Is Leanne there, please?", "is anyone there with you?": asking who is there reaches a workplace only when the
    // call does (call-turns/train17.yaml).
    let presenceOnly = true;
    for (const more of l.matchAll(MORE_CONTACT)) {
      const moreAt = tokenAtChar(s, l, more.index);
      // ("Thanks for calling back": the consumer's call, not ours.)
      if (/\bthanks? (you )?for $/.test(l.slice(Math.max(0, more.index - 20), more.index + 1))) continue;
      if (!/ (not|never) /.test(more[0]) && !s.tokens[moreAt]?.antecedent && own(s, moreAt) && candidateContacts(s, moreAt) && !negatedBetween(s, clauseOf(s, moreAt).from, moreAt)) {
        contacts = true;
        presenceOnly &&= more[0].startsWith(' be ');
        if (!presenceOnly) break;
      }
    }
    // Nor does a call at the hour the customer asked for, a question whether a channel is all right, or "if a payment's
    // missed we'd contact you first" (call-turns/train18.yaml).
    const contactsWork = contacts && (!presenceOnly || state.atWork === true || /\b(work|office|desk|shift|reception)\b/.test(l)) && !ASKED_FOR_TIME.test(turnText) && !CHANNEL_ASKED.test(l) && !/^ ?(?:if|should|in case)\b/.test(l);
    // "Email disputes don't count, so collection carries on as normal": the dispute brushed aside.
    // The negation is read in the match's own clause: "email disputes don't count" is itself the brush-off.
    const goesOnAt = GOES_ON.exec(l);
    const goesOnK = goesOnAt ? tokenAtChar(s, l, goesOnAt.index) : -1;
    const goesOn = BRUSHED_OFF.test(l) || (goesOnAt !== null && !negatedBetween(s, clauseOf(s, goesOnK).from, goesOnK + 2));
    // "What I can talk to you about is the nineteen hundred that isn't disputed": the part not in dispute may be
    // collected (call-turns/train18.yaml).
    const undisputedPart = state.disputed === true && !state.ceased && UNDISPUTED.test(turnText);
    if ((state.disputed || state.ceased) && ((asks && !undisputedPart) || goesOn || (state.ceased && contacts && !holdsOff))) add(hit('ignoring-dispute-or-cease', s, si, r));
    if (state.represented && ((asks && !TO_REPRESENTATIVE.test(l) && !REP_DETAILS_ASKED.test(l)) || /\b(between the two of us|just (you and me|the two of us)|(just )?between you and me|without (the|your|a) (lawyer|attorney|solicitor|adviser)|cut out (the|your) (lawyer|attorney|middleman)|off the record|save (yourself )?(\S+ )?fee|before (she|he|they) get\w* involve|lawyer\w* drag|(can|could) skip (the|your) (adviser|advisor|lawyer|attorney|solicitor)|in case (she|he|they) (be|'s|is) slow|(do not|don't|not) have to go through (them|him|her|your)|(adviser|advisor)s? (be|is) (not|n't) a (solicitor|lawyer)|drop (their|your|the) (lawyer|attorney|solicitor|adviser|advisor)|lawyer\w* cost|(lawyer|attorney|solicitor) (will|would|can|do) not stop|deal with me|deal\w* with you (direct|directly)|(still|carry on|keep) deal\w* with you|(adviser|advisor|lawyer|attorney|solicitor)s? (can |could )?take (ages|age|forever|months|month)|best (we|to) agree (it|this|something) (direct|directly)|agree (it|this|something) (direct|directly)|(not|n't) leave (\S+ ){0,2}to (your|the) (lawyer|attorney|solicitor|adviser|advisor)|instead of (go|going) through|confirm your (employer|income|address|job)|(?<!(send|give|pass|forward) us )your (employer|income) (for|and))\b/.test(l) || (contacts && !REPRESENTATIVE.test(l) && !LAW_LETS.test(l) && !YOU_MAY_CALL.test(l) && !NOT_YOU.test(l) && !TO_THIRD_PERSON.test(l) && !((REPRESENTATIVE.test(turnText) || NAMED_PERSON.test(turnText)) && /\b(contact|call|ring|write to|email|speak to|deal with|go through) (her|him|them)\b/.test(l))))) add(hit('represented-consumer', s, si, r));
    // "I'll call you tomorrow at 6:30" after being told not to ring at work: a call outside work hours, unless it goes to the workplace.
    const afterWork = (/\b(after work|after (five|six|seven|5|6|7)|evening|tonight|weekend|your mobile|personal number)\b/.test(turnText) || (proposedHour(s, turnText) ?? 0) >= 17) && !/\b(clinic|office|desk|reception|shop|store|ward|site|depot|workplace|at work|your work|boss)\b/.test(turnText);
    if (state.workForbidden && ((asks && !ON_BREAK_NOW.test(turnText) && (state.atWork === true || /\b(work(?! (?:\S+ )?out\b| with you| for you)|office|shift|desk)\b/.test(l))) || (contactsWork && !afterWork) || /\b(employer|boss|work|job|manager)\b/.test(l) && /\b(be )?not (really )?(our|my) (problem|concern|issue)\b/.test(l) || (state.atWork === true && /\b(stay on|(only|just) take (a |two |one )?(minute|sec|second|moment)|transfer me|put me through|grab (him|her) off|(his|her) extension)\b/.test(l) && !/\b(not|never) (\S+ ){0,3}(put me through|transfer|grab)\b/.test(l)) || (state.atWork === true && /\bthis number\b/.test(l)) || /\b(at work|your desk|work number|work be the only|(?<!\bno )(call|ring|phone|try|catch) (\S+ ){0,4}(your|the) (unit|clinic|office|work|desk|shop|store|ward|site|depot|reception|workplace|warehouse|factory|garage|plant|yard|dock|school|hospital|pharmacy|surgery|branch|practice|salon|restaurant|hotel))\b/.test(l)) && !holdsOff && !WORK_RESPECTED.test(l)) add(hit('work-contact-after-told', s, si, r));
    if (state.vulnerable && !holdsOff && ((asks && urgent && !OFFER.test(turnText)) || /\b(everyone (have|be|'s) (got|get) (problem|something|stuff|issue)|everyone have problem|everyone (be|have) struggle|what (he|she|they) (would|'d) have want|(find|be) (it )?a comfort to (settle|pay|clear)|estate (\S+ ){0,2}free up|the day after (your|the) (op|operation|surgery|funeral)|(son|daughter|child|wife|husband|partner)('s| 's) (pip|dla|benefit|disability|allowance))\b/.test(l))) add(hit('vulnerable-pressure', s, si, r));
    // A call proposed at an unsocial hour: "I'll ring you at half ten tonight", "six thirty tomorrow morning".
    const hour = proposedHour(s, turnText, (state.localHour ?? 0) >= 17);
    // "it'll take till maybe quarter past nine": on an evening call, the call itself run past nine.
    const runsPast = hour !== undefined && hour >= 21.01 && (state.localHour ?? 0) >= 17 && /\b(take|last|run|go|finish)\b (\S+ ){0,2}(till|until|to|by)\b/.test(l);
    // (An evening hour the consumer asked for is theirs to choose.)
    // An early hour she asked for ("ringing at half seven as you asked") is hers too, at that hour or later.
    const earlyAgreed = state.hourAgreed === true && state.localHour !== undefined && state.localHour < 8 && hour !== undefined && hour >= state.localHour - 0.01;
    // A late hour she asked for covers that hour, not a later one ("I'll call him at eleven" on a call she asked for at half nine).
    const lateAgreed = state.hourAgreed === true && (state.localHour === undefined || (hour ?? 0) <= state.localHour + 0.5);
    // "I've noted that nine-thirty at night is the best time to reach you": the hour the consumer named, noted back;
    // "You asked us to try you around half six before your shift": the hour the consumer chose (call-turns/train23.yaml).
    const named = /\b(note|record|put down|log)\w* (\S+ ){0,3}(that )?(\S+ ){0,5}(be|'s) (the )?(best|good|easy|right) (time|hour) (to|for)\b|\b(as|like) you (ask|request|prefer|say|suggest)\w*\b|\byou (have |'ve |be )?(ask|request)\w* (for )?(it|that|this)\b|\bsince you (be )?ask\w* for\b|\bif that be what you (would|'d) (like|prefer|want)\b|\byou (be )?ask\w* for (nine|ten|eleven|half|quarter|seven|six|five|\d)|\byou (have |'ve |'d )?(ask|request|want) (us|me) to (try|call|ring|phone|reach|catch) you\b/.test(turnText);
    // "Not before ten, got it. I'll book her in for eight tomorrow morning": earlier than the hour the consumer said (call-turns/train19.yaml).
    if (hour !== undefined && outsideTheirHours(turnText, hour) && /\b(call|ring|phone|try|text|catch|grab|speak|talk|contact|reach|book|schedule|put|stick|pencil|slot|bell|buzz)\b/.test(l)) add(hit('inconvenient-time', s, si, r));
    if (hour !== undefined && !named && (hour >= 21.01 ? !lateAgreed : hour < 8 && !earlyAgreed) && (runsPast || /\b(call|ring|phone|try|text|catch|grab|speak|talk|contact|reach|bell|buzz|let us say|how about|shall we say|make it|stick you in|pencil you in|slot you in)\b/.test(l))) add(hit('inconvenient-time', s, si, r));
    const lateNow = !state.hourAgreed && state.localHour !== undefined && (state.localHour < 8 || state.localHour > 21);
    // Minutes before nine in the evening: "don't worry about the time, we can keep going" runs the call past it.
    if (state.localHour !== undefined && state.localHour >= 20.5 && state.localHour <= 21 && /\b(keep go\w*|as long as (we|it|you) need|(not|n't) worry about the time|take as long as)\b/.test(l) && !holdsOff) add(hit('inconvenient-time', s, si, r));
    // The call itself at that hour: its opening greeting ("Hi, this is Rachel from Northgate. Sorry it's so early").
    // ("Is now okay, or would another time be better?", "Tomorrow I'll explain ... Goodnight": the late call offered to end.)
    if (lateNow && !LATE_DEFERRED.test(turnText) && ((contacts && /\b(same time|this time|this early|early)\b/.test(l)) || asks || (si === 0 && CALL_OPENING.test(r.text) && !justVerified && !/\bthank\w* (you )?for confirm/i.test(r.text)) || /\b(while i (have|'ve) got you|since you (be|'re) up|now that you (be|'re) up)\b/.test(l)) && !holdsOff) add(hit('inconvenient-time', s, si, r));
  });
  if (othersHear && !found.has('third-party-disclosure')) {
    const told = [...found.values()].find((h) => /^(threat-|false-statement|impersonation)/.test(h.rule));
    if (told) add({ ...told, rule: 'third-party-disclosure' });
  }
  // What no detector caught, the fitted model may (turn-model.ts).
  if (!found.size) {
    const h = modelTurnHit(r, state, ctx.jurisdiction);
    if (h) add(h);
  }
  return [...found.values()].sort((a, b) => a.sentence - b.sentence);
}

const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The hour (with minutes as a fraction) of a time the sentence proposes, reading "tonight" and "morning" anywhere in it. */
/** Whether an hour falls outside what the consumer said in this turn's words: "not before ten", "not after six". */
function outsideTheirHours(turn: string, hour: number): boolean {
  const said = (w: string | undefined) => (w === undefined ? undefined : /^\d{1,2}$/.test(w) ? Number(w) : spelledValue(w));
  const before = said(/\bnot before (\w+)\b/.exec(turn)?.[1]);
  if (before !== undefined && before >= 6 && before <= 12 && hour < before && hour >= 5) return true;
  const after = said(/\bnot after (\w+)\b/.exec(turn)?.[1]);
  if (after !== undefined && after >= 1 && after <= 11 && hour > after + 12 && hour < 24) return true;
  // "Mornings, got it. ... so I'll give you a bell about seven on Tuesday evening": the part of the day the customer
  // chose, acknowledged, then another proposed (call-turns/train20.yaml).
  const chosen = /^\s*(mornings?|afternoons?|evenings?)(?: only| are best| is best| are better| is better)?\s*[,.;:!-]*\s*(got it|get it|noted|note|understood|understand|okay|ok|fine|sure|no problem|right|lovely|perfect)\b/i.exec(turn)?.[1]?.toLowerCase();
  if (chosen?.startsWith('morning')) return hour >= 12.5;
  if (chosen?.startsWith('afternoon')) return hour < 12 || hour >= 18.5;
  if (chosen?.startsWith('evening')) return hour < 16.5;
  return false;
}

function proposedHour(s: Sentence, turn: string, eveningNow = false): number | undefined {
  const toks = s.tokens;
  // "Would this evening work? I could call you at nine-thirty": the time of day may sit in the sentence before.
  const l = turn;
  // On a call made in the evening, "it'll take till quarter past nine" is tonight.
  // The sentence's own part of the day first: "I'll leave it for tonight. We'll try him at seven tomorrow morning" is 7 a.m. (call-turns/train19.yaml).
  const own = ` ${lemmas(s)} `;
  const EVENING_WORDS = /\b(tonight|this evening|at night|pm|p\.m\.|in the evening)\b/;
  const MORNING_WORDS = /\b(morning|am|a\.m\.|first thing|before (you|work|your shift)\b)|\bbefore you (head|go|leave)\b/;
  const ownEvening = EVENING_WORDS.test(own);
  const ownMorning = MORNING_WORDS.test(own);
  const evening = !ownMorning && (ownEvening || EVENING_WORDS.test(l) || (eveningNow && !/\b(tomorrow|morning|first thing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b/.test(l)));
  const morning = !ownEvening && (ownMorning || MORNING_WORDS.test(l));
  for (let k = 0; k < toks.length; k++) {
    const t = timeAt(toks, k);
    if (t) return t.explicit ? t.hour + t.minute / 60 : guess(t.hour, t.minute);
    // "half ten" (British: 10:30), "six thirty", "seven fifteen", "about ten" with a time of day in the sentence.
    const hy = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(fifteen|thirty|forty-five)$/.exec(toks[k]!.w);
    if (hy) return guess(HOURS.indexOf(hy[1]!) + 1, hy[2] === 'fifteen' ? 15 : hy[2] === 'thirty' ? 30 : 45);
    const n = numberAt(toks, k);
    const prev = toks[k - 1]?.w ?? '';
    if (!n || n.value < 1 || n.value > 12 || (n.length === 1 && !(evening || morning))) continue;
    if (!/^(at|about|around|say|half|by|for|until|after|before|,|then)$/.test(prev) && k > 0) continue;
    let minute = prev === 'half' ? 30 : 0;
    const nextN = numberAt(toks, k + n.length + (toks[k + n.length]?.w === '-' ? 1 : 0));
    if (nextN && [15, 30, 45].includes(nextN.value)) minute = nextN.value;
    const hour = prev === 'half' ? n.value : n.value;
    return guess(hour, minute);
  }
  return undefined;

  function guess(hour: number, minute: number): number {
    if (evening && hour < 12) return hour + 12 + minute / 60;
    if (morning) return hour + minute / 60;
    // "I'll call you tomorrow at 6:30" with no time of day: nobody proposes half six in the morning unsaid.
    return (hour < 7 ? hour + 12 : hour) + minute / 60;
  }
}
