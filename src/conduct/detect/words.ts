// Vocabulary and tests that detectors of several rules share: who counts as a third party, what says debt,
// pressure, a lawful stage, vulnerability, a representative.
import type { Reading, Sentence } from '../../language/read.js';
import { negatedBetween } from '../frame.js';
import { any, lemmasOf } from './lemmas.js';
import type { DetectContext } from './types.js';

export const TP = '(?:(?:his|her|their) (?:line |shift |store |site )?(?:manager|team leader|team lead|foreman|forewoman)|commanding officer|chain of command|other supplier|supplier|supply chain|trade association|trade group|the (?:rest of the |wider |whole )?trade|their customer|mother|mum|mom|father|dad|parent|brother|sister|son|daughter|aunt|uncle|cousin|grandmother|grandma|gran|nan|grandfather|grandad|grandpa|nephew|niece|family|relative|neighbour|neighbor|employer|boss|hr|colleague|coworker|co-worker|workmate|receptionist|reception|site manager|builder|contractor|trade contact|business contact|flatmate|roommate|housemate|friend|landlord|landlady|child|kid|girlfriend|boyfriend|fiancé|fiance|carer|caregiver|lodger|stranger|whoever|anyone|everyone|church|pastor|teacher|coach|(?<!head |back |post |box |our |my |home )office|workplace|line manager|supervisor|household)';
export const SPOUSE = '(?:wife|husband|spouse|partner)';
export const DEBT = /\b(debt|owe|owing|arrear|arrears|overdue|past due|past - due|unpaid|behind|in collection|collection agency|collections? account|know what (it|this|the call) be about|explain what (it|this|the call) be about|debt collector|default|outstanding|money he|money she|money they|late on|balance|bill|(?:cop(?:y|ies) of|copy of) (?:the |her |his |their |an |a )?(?:account )?statement|credit risk|not pay|miss(?:ed)? (\S+ ){0,2}payment|chase|settle|(?:bad|slow|poor|late|non|serial late) payer)\b/;
export const CONSENT = /\b(consent|permission|authority|authorise|authorize|authorisation|authorization|power of attorney|poa|executor|administrator|guardian|third-party authority|on the account|joint account|joint holder|agreed i could|asked me to speak|at (?:her|his|their) request|as (?:she|he|they) (?:ask|asked|request|requested)|(?:say|said) (?:it|that) (?:be|was|is) (?:fine|ok|okay|alright|all right)|(?:have |had )?give\w* (?:it|that number|the number|us the number|the work number) to us|estate|deceased|next of kin|personal representative)\b/;
export const FUTURE = /\b(will|would|be go to|gonna|shall|could|might)\b/;
export const PAY_OR = /\b(if|unless)\b.{0,60}\b(not|never|no)\b.{0,30}\b(pay|settle|clear|have the money|get the money|receive|agree|sort|respond|engage|bring|make|hear|call|resolve|deal with|set)|\bif (\S+ ){0,4}(ignore|keep|refuse|miss|hang up|stop)\b|\b(if|unless) nothing (\S+ ){0,2}(come in|come through|arrive|be pay|get pay|land|turn up)|\blast (offer|chance)\b|\bor else\b|\b(not|n't) be (surprise|shock)\w* if\b|\bpay\b.{0,30}\bor (we|i|you|he|she|they)\b|\bunless\b.{0,40}\b(pay|settle)\b/;
export const IMMEDIATE = /\b(by the end of (the )?(week|month|day)|tomorrow|today|tonight|immediately|straight away|right away|right now|this afternoon|this week|by friday|by monday|within (a |an |one |two |\d+ )?(hour|day)|first thing (?:tomorrow|in the morning|on monday|monday)|next week|next month)\b/;
export const NO_JUDGMENT = /\bno (court )?(judgment|judgement|court order|ccj|right|legal right|intention|plan|power|charging order)\b|\b(almost|hardly|rarely|seldom) (ever )?(sue|take (\S+ ){0,2}to court|go to court|file (suit|a claim))\b|\bno plans? to\b|\b(not|never) (\S+ ){0,3}(intend|plan|mean|able|allow|have the right|do|happen|follow through|go through with|file|sue)\b|\b(not|never) (even )?have (a |any )?(court )?(judgment|judgement|ccj|court order)\b|\bjust leverage\b|\bbluff|\bnobody (\S+ ){0,4}(ever )?intend|\bwithout ever\b|\bnowhere near\b|\bwhen (in fact|actually)\b|\beven though\b|\balthough\b.{0,40}\bno\b/;
// A threat of court on a debt past its limitation period is one the collector cannot carry out (Reg F 1006.26(b); Limitation Act 1980).
export const TIME_BARRED = /\b(past the statute|beyond the statute|outside the statute|statute of limitation\w* (have |had )?(pass|run|expire)|time-barred|statute-barred|time barred|statute barred|time - bar\w*|statute - bar\w*|time bar|statute bar|older than the limitation|past the limitation|out of statute)\b/;
// "There was a county court judgment on the account", "the client already had a judgment": enforcement stated where it is lawful.
export const LAWFUL_STAGE = /\bfollow\w* (a |the )?(court )?(judgment|judgement|court order|ccj)\b|\b(once|after|when|since|if) (the |a |an )?(\S+ ){0,2}(have|had|get|got|obtain|hold|win|won|give|grant|issue|award|enter)\S* (a |an |the )?(\S+ )?(judgment|judgement|ccj|court order)\b|\b(after|once|following|(?<!(?:end|wind) up )with|when) (a |the |an )?(?!(?:no|not|zero|any) )(\S+ ){0,2}(judgment|judgement|court order|ccj|warrant of control|attachment of earnings order)\b|\bthere be (already )?(a|an) (\S+ ){0,2}(judgment|judgement|ccj|court order)\b|\balready (have|had|get|got|obtain|hold)\S* (a|an|the) (\S+ ){0,2}(judgment|judgement|ccj|court order)\b|\b(unless|until) (a |an |the )?(\S+ ){0,2}(judgment|judgement|ccj|court order) (exist|be in place|be grant|be issue|be obtain|be make)|\bfederal\b|\bstudent loan|\badministrative (wage )?garnish|\btax debt|\bpre-action\b|\bprotocol\b|\bletter (of|before) (action|claim)\b|\bletter (\S+ ){0,2}(warn|say|tell|explain)\w* (\S+ ){0,8}(court|legal action)\b.{0,80}\b(month|thirty day|30 day|reply|respond)\b/;

/** Telling an employer, suppliers or family is a threat when it is held over the debt, in the future, before any lawful stage. */
export function threatensToTell(l: string, pressure: RegExp): boolean {
  return (PAY_OR.test(l) || NO_JUDGMENT.test(l) || pressure.test(l) || /\b(if|unless)\b/.test(l)) && FUTURE.test(l) && !LAWFUL_STAGE.test(l) && !CONSENT.test(l);
}


const COMM_BEFORE = new RegExp(` (?:tell|inform|let|mention|explain|discuss|say|warn|call|ring|phone|contact|text|email|e-mail|write|message|speak|talk|notify|alert|visit|ask|leave|share|reveal|disclose|chat|go over|went over|explain|update|complain)\\b ${any(5)}`);

// Built once: the detectors ask them of many sentences.
export const TP_WORD = new RegExp(`\\b${TP}\\b`);
export const SPOUSE_WORD = new RegExp(`\\b(${SPOUSE})\\b`);
const TP_SPEAKS = new RegExp(`\\b(${TP}|${SPOUSE}) (say|ask|tell|shout|go)\\b`);
const pickedUp = (who: string) => new RegExp(`\\b(${TP}|${who}|someone else|somebody else|another person|a woman|a man|a child|a kid)\\b (\\S+ ){0,4}(answer|pick up|pick|come to the (phone|door)|take the call|open the door|get the phone)\\b`);
export const PICKED_UP = pickedUp('nobody');
export const PICKED_UP_UK = pickedUp(SPOUSE);

export function debtAfter(l: string, k: number, s: Sentence): boolean {
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
const VULN = /\b(die|death|dead|pass away|funeral|bereave|bereavement|grief|grieve|grieving|widow|widower|cancer|chemo|chemotherapy|hospital|terminal|illness|ill|sick|dementia|alzheimer|depression|depress|depressed|anxiety|mental health|suicide|suicidal|self-harm|crisis|disabled|disability|carer|confused|stroke|vulnerable|bipolar|schizophrenia|psychosis|ptsd|elderly|frail|sectioned|breakdown|lose (her|his|their) (job|husband|wife|partner|mum|mom|mother|dad|father|son|daughter|child|baby|brother|sister)|redundant|redundancy|end it all|end (his|her|their|my) life|antidepressant\w*|medication|addiction|gambling|repeat (herself|himself|themselves)|forget|forgetful|memory|in tears|cry|crying|probate|grieve|grief|learning difficult\w*|learning disabilit\w*|chemo\w*)\b/;

export function vulnerableNearby(l: string, _ctx: DetectContext, _s: Sentence, _k: number, r: Reading, si: number): boolean {
  const prev = si > 0 ? r.sentences[si - 1]!.tokens.map((t) => t.l).join(' ') : '';
  // "He mentioned the psychiatric ward. I noted it. Then I asked for the full balance.": past a short sentence between.
  const before = si > 1 && r.sentences[si - 1]!.tokens.length <= 6 ? r.sentences[si - 2]!.tokens.map((t) => t.l).join(' ') : '';
  return VULN.test(l) || VULN.test(prev) || VULN.test(before);
}

// "the lender could in future consider court action, but nothing like that has been started, and nothing will
// happen while your adviser is dealing with it": court named to say it is not coming (call-turns/train12.yaml).
// "it can end up in court, but not out of the blue and not next week": a timeline explained, with the immediacy denied (answers-train13.yaml).
// "A CCJ stays on the register for six years unless she pays in full within a month of it": the rule told, not a threat (answers-train14.yaml).
// "could eventually go to court, but first it would have to write to you ..., and nothing could be enforced without a court judgment" (call-turns/train23.yaml).
export const REASSURED = /\bnowhere near (that|there|it)\b|\bbut not (out of the blue|overnight|straight away|right away|next week|tomorrow|immediately|without warning)\b|\bno decision (\S+ ){0,3}(make|take)\b|\bnobody (be )?(go to )?(sue|take (him|her|you|them) to court)\b|\b(too old|time - bar\w*|statute - bar\w*) to be (take|sue|pursue)\b|\bcan not (be )?(take|sue)\S* (\S+ ){0,2}(to )?court\b|\bnothing (like that |of the sort |of that kind )?(have|ha|be) (be )?(start|begin|issue|file|plan)|\bnothing (will|would|be go to) happen\b|\bno (court |legal )?action (will|would|be go to) (be take|happen|start)\b|\bnothing (can|could|will|would) (be )?(enforce|happen|be do)\w* (\S+ ){0,2}without (a |any )?(court )?(judgment|judgement|order|ccj)\b|\bbut first (it|they|we|he|she|the \S+) (would|will|'d|must) (have to|need to)\b|\bbefore that ,? (they|it|we|he|she|the \S+) (would|will|'d|must) (have to|need to)\b|\bunless (she|he|they|you) pay (it |the judgment |the debt )?in full within (a|one) month\b/;

// "We'd never actually go that far, but customers don't need to know that", in the two sentences after
// a threat: it was not meant (answers-train5.yaml, training).
// So does "We don't actually take anything under a thousand pounds to court, but it gets them ringing in": the step
// denied, then the threat's effect praised (answers-train15.yaml, training).
const BLUFF = /\b(never|not) (really |ever )?actually\b|\b(do not|does not|need not|never) (need to |have to )?know (that|it)\b|\bjust (a )?bluff|\b(never|not) (\S+ ){0,6}(court|sue|bailiff|enforcement|solicitor|lawyer|legal action)\b[^.;]{0,40} but (it|that|this|the (\S+ )?(text|letter|threat|line|message|notice)) (\S+ ){0,2}(get|work|scare|make|bring|push|frighten|move|do the trick)\b/;
export function bluffAfter(r: Reading, si: number): boolean {
  for (let j = si + 1; j <= si + 2 && j < r.sentences.length; j++) if (BLUFF.test(lemmasOf(r.sentences[j]!).text)) return true;
  return false;
}

// "we just do it through the lawyer": the account worked by way of the customer's representative.
export const THROUGH_REPRESENTATIVE = /\bthrough (the|her|his|their|your) (lawyer|attorney|solicitor|adviser|advisor|representative|counsel)\b/;

// Organisations that act for a customer, named where a pronoun ("write to them") may mean them.
export const ADVICE_BODY = /\b(citizens advice|stepchange|payplan|national debtline|debt charity|charity|law firm|law centre|advice centre|debt management company|debt management firm|dmc)\b/;

/**
 * "two accounts sent to solicitors while ...": the firm's own solicitors or litigation, with no representative of the
 * consumer's named, so contact with the customer afterwards is not contact behind a representative (answers-train13.yaml).
 */
export function firmsOwnLawyers(text: string): boolean {
  return /\b(account|case|debt|file|claim|balance)s? (\S+ ){0,2}(send|sent|refer|pass|place|escalate)\w* (\S+ ){0,2}to (our |the |external |panel |a )?(solicitor|lawyer|attorney|law firm|litigation)s?\b|\b(send|refer|pass|place|escalate)\w* (\S+ ){0,2}(account|case|debt|file|claim)s? to (our |the |external |panel |a )?(solicitor|lawyer|attorney|law firm|litigation)s?\b|\b(placement|instruct\w*) (\S+ ){0,3}(our |the |external |panel |a )?(solicitor|lawyer|law firm)s?\b/.test(text) && !/\b(his|her|their|customer 's|consumer 's|debtor 's|her own|his own) (\S+ )?(attorney|lawyer|solicitor|adviser|advisor|representative|counsel)|\brepresent|\bact(ing)? for\b|\b(stepchange|debt charity|citizens advice|payplan|debt adviser|debt advisor)\b/.test(text);
}
