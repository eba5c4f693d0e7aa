// Whose words or act a match is: the candidate's, someone else's, the customer's, or a quotation; and the
// shapes in which a named act is rejected, tolerated or judged rather than done.
import { clauseOf, type Sentence } from '../../language/read.js';
import { coordinatedAct, firstSubject, listedActSubject, negatedBetween, negationFrom, passiveAt, reportedOrCorrected, speechAfter, speechBefore, subjectBefore, STAFF_PEOPLE, type FrameOptions } from '../frame.js';
import { lemmasBefore, lemmasOf } from './lemmas.js';
import type { Detector } from './types.js';

const TOLERATE = /\b(i|we) (do not|would not|will not|never) (mark|penalise|penalize|flag|fail|score|pull (\S+ )?up|write (\S+ )?up|discipline|pick (\S+ )?up|ding) (\S+ ){0,2}(down|for it|on it)?\b|\b(i|we) (let|leave) (it|that|them|this) (slide|go|pass)\b|\bturn a blind eye\b|\b(that|it) be (fine|ok|okay|acceptable) (by|with) me\b/;

const JUDGED = /\b(false|untrue|misleading|break|backfire|wrong|bad|worst|damage|harm|hurt|lose|risk|fail|short|go around|breach|unfair|counterproductive|never work|not work|do not work|illegal|unlawful|complaint|mistake|pressure|exploit|not allow|not okay|not ok)\b/;

/** The clause around k opens on the act as a gerund and judges it ("because keeping someone on the phone until they agree isn't a good outcome"). */
export function clauseGerundJudged(s: Sentence, k: number): boolean {
  const c = clauseOf(s, k);
  let j = c.from;
  // "I'd explain that continuing to push was wrong": the gerund opens what is said.
  for (let m = k - 1; m > c.from; m--) {
    if (s.tokens[m]!.w !== 'that') continue;
    const before = s.tokens[m - 1]!;
    const verb = /^(him|her|them|us|me)$/.test(before.w) ? s.tokens[m - 2] : before;
    if (verb && /^(explain|say|tell|point|make|stress|remind|agree|accept|show|know|realise|realize|understand|clear|admit|recognise|recognize|teach|coach|feel|think|believe)$/.test(verb.l)) j = m + 1;
    break;
  }
  // (What is said is judged as a breach, not merely as bad: "I told him that shouting at two colleagues was childish and
  // that nobody would take his complaint seriously" is the candidate's own put-down.)
  const said = j > c.from;
  while (j < k && /^(because|as|since|and|but|so|that|,)$/.test(s.tokens[j]!.w)) j++;
  const first = s.tokens[j];
  if (!first || j > k || first.pos !== 'VERB' || !first.w.endsWith('ing') || first.w === 'being') return false;
  if (s.tokens.slice(j, c.to).some((t) => t.w === 'i' || t.w === 'we')) return false;
  const rest = s.tokens.slice(k, c.to).map((t) => t.l).join(' ');
  if (said) return /\b(wrong|breach|unfair|illegal|unlawful|false|misleading|not allow|unacceptable|exploit)\b/.test(rest);
  return JUDGED.test(rest) || /\b(not|n't) (a )?(good|fair|right|acceptable|ok|okay)\b/.test(rest);
}

/** A sentence whose subject is the act, as a gerund, with a verdict against it. */
const GERUND_REFUSED = /\bbe (?:something|a thing|one thing|the (?:one |last )?thing|not something) (?:that )?(?:i|we) (?:would |will |'d )?(?:refuse|never|not|wo not)\b/;

export function gerundJudged(s: Sentence, lemmas: string): boolean {
  const first = s.tokens[/^(but|and|so|yes|no|honestly|frankly)$/.test(s.tokens[0]?.w ?? '') ? 1 : 0];
  if (!first || first.pos !== 'VERB' || !first.w.endsWith('ing') || first.w === 'being') return false;
  // The candidate doing it in the same sentence ("Calling her mother, I got him to pay") is the act itself,
  // unless the candidate's words refuse it ("... is something I'd refuse to do").
  if (s.tokens.some((t) => t.w === 'i' || t.w === 'we')) return GERUND_REFUSED.test(lemmas);
  return JUDGED.test(lemmas);
}

/** The main clause, outside the condition, lets the condition's act pass. */
export function tolerated(s: Sentence): boolean {
  return TOLERATE.test(s.tokens.filter((t) => !t.antecedent).map((t) => t.l).join(' '));
}

/**
 * "I'd explain he's family, and gently suggest a complaint isn't in anyone's interest. These things can
 * get a lot more complicated...": after the candidate's planned speech, a bare statement goes on with it.
 */
export function plannedSpeech(s: Sentence): boolean {
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
export function colonSpeech(s: Sentence): boolean {
  const colon = s.tokens.findIndex((t) => t.w === ':');
  if (colon < 1) return false;
  return candidateSpeaksAt(s, colon);
}

// "I'd be very clear:", "I told him straight:": the candidate's own words follow the colon.
const PLAIN_SPOKEN = /\b(be|get) (very |really |quite |absolutely |crystal )?(clear|firm|honest|direct|blunt|straight|upfront|frank)( with (\S+ ){1,2})? *$|\b(tell|say to|put it to) (him|her|them) (straight|plainly|bluntly|directly) *$/;

// "I gave my team a line to use: ...", "I handed the agents a script:": words the candidate put in its staff's mouths
// are the candidate's own (answers-train14.yaml).
const GIVEN_LINE = /\b(i|we) (\S+ ){0,2}?(give|hand|teach|write|draft)\w* (\S+ ){0,3}?(line|script|wording|phrase|pitch|opener)s?( to (use|say|read)( \S+){0,3})? *$/;

/** The words before a colon at `colon` are the candidate saying what follows. */
function candidateSpeaksAt(s: Sentence, colon: number): boolean {
  const sp = speechBefore(s, colon);
  if (sp >= 0 && !passiveAt(s, sp) && subjectBefore(s, sp, true).actor === 'candidate' && !negatedBetween(s, 0, sp)) return true;
  const before = s.tokens.slice(0, colon).map((t) => t.l).join(' ');
  // "In the script I drafted, the last line before the close is: ...": the candidate's own document, as before a quotation.
  if (OWN_LEADS.some((re) => re.test(before))) return !negatedBetween(s, 0, colon);
  if (!PLAIN_SPOKEN.test(before) && !GIVEN_LINE.test(before)) return false;
  const subj = subjectBefore(s, colon, true);
  // "I'd tell him ..., and then be very clear:": the clause may leave its subject behind.
  return (subj.actor === 'candidate' || firstSubject(s, 0, colon) === 'candidate') && !negatedBetween(s, Math.max(0, subj.index), colon);
}

/** A colon before `k` in the sentence after which the candidate speaks. */
const OWN_SCHEME = /\b(?:i|we) (?:\S+ ){0,2}?(?:bring in|brought in|introduce|set up|launch|run|ran|design|build|built|put in place|roll out|create|start)\w*\b/;

function ownSchemeColonBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j > 0; j--) if (s.tokens[j]!.w === ':') return OWN_SCHEME.test(` ${s.tokens.slice(0, j).map((t) => t.l).join(' ')} `) && !negatedBetween(s, 0, j);
  return false;
}

function candidateColonBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j > 0; j--) if (s.tokens[j]!.w === ':') return candidateSpeaksAt(s, j);
  return false;
}

/** Words in quotation marks count as the candidate's only when the candidate is the one who says them. */
export const REJECTED_OPTION = /\b(easy|easiest|obvious|tempting|lazy|old-school|quick|knee-jerk|usual) (answer|option|thing|route|way|fix|move|response|reaction)s? (would|might|could|will)? ?(have )?be (to|just)\b|\b(it|that) (would|might|could) (have )?be (so |very |really )?(easy|tempting|simple) to\b/;
export const ASKED_TO = /\b(want|ask|tell|push|pressure|expect|instruct)\w* (us|me) to (?!let (him|her|them|me) go|go\b|hang up|end|stop)|\b(i|we) (be|was|were) (once |ever |even )?(ask|told|tell|pressure|push|instruct)\w* to\b/;
export const REFUSED = /(?:,|;|\band|\bso|\bbut) (i|we) (?:say (?:that )?(?:i|we) )?(say no|said no|refuse|decline|would not|will not|wouldn't|won't|push back|turn (it|them|that|him|her) down)\b|(?:;|\bbut|\bso) (?:i|we) (?:\S+ ){1,16}instead ?[.!]? ?$/;
// "My manager told us to log complaints as queries, and I did", "..., so that's what I did", "..., and I ran it":
// the instruction carried out is the candidate's own act (conduct-train13.yaml).
export const COMPLIED = /(?:,|;|\band|\bso|\bwhich) (?:(?:i|we) (?:do|did)(?: it| that| so| as (?:i|we) (?:be|was|were) tell)?|that (?:be|'s|is) (?:exactly )?what (?:i|we) do|(?:i|we) (?:(?:do|did) )?(?:run|ran|send|sent|read|follow|followed|use|used|say|ask|repeat|mention|drop|dropped|cut|skip|skipped|remove|removed) (?:it|them|that|this)(?: out)?|(?:i|we) go along with it|(?:i|we) (?:do|did) it (?:that|this|their|his|her) way|(?:i|we) set (?:\S+ ){0,2}up (?:that|this) way)(?: \S+){0,4} ?[.!]? ?$/;
export const TURNED_DOWN = /\b(not what (i|we) (do|did)|(i|we) (do not|did not|would not|will not|never) (do|did)|(i|we) (do not|did not|would not|will not)(?= [.,;]| ?$)|(i|we) (choose|chose|decide|decided) (not|against)|instead)\b/;

// "The final notice would read: ...", "I'd coach him to put it kindly, something like, ...": words the candidate wrote or had said.
const OWN_DOCUMENT = /\b(notice|letter|text|email|script|message|voicemail|template|sms|reminder)s? (would|will|should|could) (read|say|go|open|be)\b/;
// "Our letters said the account "will be passed to solicitors"", "My opening line was "...": the candidate's own
// document or line, speaking in the quotation that follows.
const OWN_DOCUMENT_SAID = /\b(my|our) (\S+ ){0,5}?(notice|letter|text|email|script|message|voicemail|template|sms|reminder|line|opener|pitch|wording)s? (\S+ ){0,6}?((say|read|state|warn|tell|threaten)( \S+){0,8}|be( like)?)( [,:"“”‘’'`]+)* *$/;
const SOMETHING_LIKE = /\b(something|word|thing)s? like\b|\balong the line of\b/;
// "I'd open with '...'", "our letter series ended with '...'", "part of our framework was asking '...'", "the
// template I signed off said '...'": the candidate's opening line, document or method, quoted.
const OWN_OPENING = /\b(i|we|you) (would |will |always |usually |often |used to |use to )?(open|start|begin|kick off|lead|end|close|finish) (\S+ ){0,3}?(with|by say(ing)?)( [,:"“”‘’'`]+)* *$/;
const OWN_METHOD = /\b(my|our) (\S+ ){0,4}?(letter|series|template|script|framework|approach|process|playbook|policy|guidance|training|method|sequence)s? (\S+ ){0,4}?((end|open|start|close|finish|begin) with|be (ask|say|tell)\w*)( [,:"“”‘’'`]+)* *$|\b(letter|template|script|notice|text|email|wording)s? (that |which )?(i|we) (sign off|signed off|approve|write|draft|design|use|send|wrote)\b (\S+ ){0,3}?(say|read|state|warn)( that)?( [,:"“”‘’'`]+)* *$/;

// "I goes to him, '...'", "I'm like, '...'", "and I was all like '...'": the candidate's own words, in speech
// as nervous candidates tell it (conduct-train13.yaml).
const OWN_COLLOQUIAL = /(?:^|\s)(?:(?:i|we) (?:go|be (?:all )?like)|i'm (?:all )?like)(?: to (?:him|her|them|the \S+))?(?: [,:"“”‘’'`]+)* *$/;

/** The words before a quotation that make it the candidate's own: their document, line, opening or method. */
// "I'd send her a polite text the same day: '...'": the message the candidate sends, quoted (answers-train11.yaml); "I sent
// his daughter, who wasn't the executor, a letter saying '...'" (conduct-train23.yaml).
const OWN_SENT = /\b(i|we) (would |will |'d |'ll |then |also |just )?(send|text|email|leave|write|post|drop)\w* (\S+ ){0,12}?(text|email|message|letter|note|sms|voicemail|reminder|whatsapp)s?( \S+){0,4}?(?:( say| read)( [,:"“”‘’'`]+)*|( [,:"“”‘’'`]+)+) *$/;
// "In the script I wrote for the evening shift the closing line was '...'", "the email template I drafted says '...'" (conduct-train15.yaml).
const OWN_AUTHORED = /\b(letter|template|script|email|text|notice|message|voicemail|wording|sheet|article|form|guide|pack)s? (\S+ ){0,2}?(i|we) (write|draft|design|build|put together|create|come up with|set up|make)\b( \S+){0,8}? (say|read|be|go|use|state|open with|end with|close with)( [,:"“”‘’'`]+)* *$/;
// "For everything over 60 days I send a batch email ... The one I use says: '...'" (answers-train15.yaml).
// "The text I sent after our call: '...'", "the letter we used on the old book said '...'": the candidate's own
// document, quoted after its lead (conduct-train23.yaml, training).
// "My advice to juniors is introduce yourself as 'from the legal department'": the candidate's advice, quoted.
const OWN_ADVICE = /\b(?:my|our) (?:\S+ )?(?:advice|tip|trick)s? (?:to|for) (?:\S+ ){1,3}be\b/;
const OWN_SENT_DOCUMENT = /\b(?:letter|template|script|email|text|notice|message|voicemail|sms|reminder|chaser)s? (?:that |which )?(?:i|we) (?:send|sent|use|used|write|wrote|draft|design|build|built|create|make|made|put together)\b(?: \S+){0,8}?(?: (?:say|read|go|state)\w*)?(?: [,:“”‘’'"`]+)+ *$/;
const OWN_ONE = /\b(?:the )?one (?:that )?(?:i|we) (?:use|send|sent|write|wrote|draft|go with|pick)\w* (?:\S+ ){0,3}?(?:say|read|go)( [,:"“”‘’'`]+)* *$/;
const OWN_LEADS = [OWN_DOCUMENT, OWN_DOCUMENT_SAID, OWN_OPENING, OWN_METHOD, OWN_COLLOQUIAL, OWN_SENT, OWN_AUTHORED, OWN_ONE, OWN_SENT_DOCUMENT, OWN_ADVICE];

/** The words before the sentence's first quotation name it as the candidate's own document, line, opening or method. */
export function ownDocumentQuoted(s: Sentence): boolean {
  const quoted = s.tokens.findIndex((t) => t.quoted);
  if (quoted < 1) return false;
  const lead = s.tokens.slice(0, quoted).map((t) => t.l).join(' ');
  return OWN_LEADS.some((re) => re.test(lead)) && !negatedBetween(s, 0, quoted);
}

// "I built a set of text templates that the whole floor now uses. The one that gets the best response goes out on day
// ten to anyone who hasn't picked up: '...'": the candidate's own documents, named in the sentence before, quoted after a
// colon (answers-train15.yaml, training).
const AUTHORED_BEFORE = /\b(?:i|we) (?:\S+ ){0,2}?(?:write|wrote|draft|design|build|built|put together|create|come up with|set up|make|made|rewrite|rewrote|introduce|roll out|bring in)\b (?:\S+ ){0,5}?(?:letter|template|script|email|text|notice|message|voicemail|wording|sms|reminder)s?\b/;
const DOCUMENT_LEAD = /^(?:the |this |that |our |my )?(?:one|ones|first|second|third|last|final|best|text|letter|template|message|email|script|notice|reminder)\b[^:]*:(?: [“”‘’'"`]+)* *$|^(?:it|this|that|which) (?:say|read|go|state)\w*(?: [,:“”‘’'"`]+)+ *$/;

/** The quotation is one of the candidate's own documents, which the sentence before says they wrote. */
export function ownDocumentLedBefore(s: Sentence, prev: Sentence | undefined): boolean {
  const quoted = s.tokens.findIndex((t) => t.quoted);
  if (quoted < 1 || !prev) return false;
  if (!DOCUMENT_LEAD.test(s.tokens.slice(0, quoted).map((t) => t.l).join(' '))) return false;
  const p = prev.tokens.map((t) => t.l).join(' ');
  const m = AUTHORED_BEFORE.exec(p);
  return m !== null && !/\b(?:not|never|n't)\b/.test(p.slice(0, m.index + m[0].length));
}

export function quoteIsCandidate(s: Sentence): boolean {
  const quoted = s.tokens.findIndex((t) => t.quoted);
  const lead = s.tokens.slice(0, quoted).map((t) => t.l).join(' ');
  if (OWN_LEADS.some((re) => re.test(lead)) || (SOMETHING_LIKE.test(lead) && firstSubject(s, 0, quoted) === 'candidate')) return true;
  let sp = speechBefore(s, quoted);
  if (sp < 0) {
    for (let j = s.tokens.length - 1; j > quoted; j--) if (!s.tokens[j]!.quoted && s.tokens[j]!.pos === 'VERB') { sp = j; break; }
  }
  if (sp < 0) return false;
  // "When I got through, the customer was angry: "...": someone else, named after the verb, speaks.
  const speaker = sp < quoted ? subjectBefore(s, quoted, false) : undefined;
  if (speaker && speaker.actor === 'other' && speaker.index > sp && s.tokens[speaker.index]!.pos !== 'PRON') return false;
  // "I had a man tell me, word for word, ...", "I heard him say ...": the speaker is the one just before the verb.
  const before = s.tokens[sp - 1];
  const made = s.tokens.slice(Math.max(0, sp - 4), sp - 1).find((t) => t.pos === 'VERB' || t.pos === 'AUX')?.l ?? '';
  if (before && !before.quoted && (before.pos === 'NOUN' || before.pos === 'PROPN' || /^(him|her|them|someone|somebody)$/.test(before.w)) && /^(have|hear|get|let)$/.test(made)) {
    return made !== 'hear' && STAFF_PEOPLE.has(before.l) && firstSubject(s, 0, sp) === 'candidate';
  }
  const c = clauseOf(s, sp);
  const subject = subjectBefore(s, sp, false);
  // "Our collectors mentioned that they could '...'": the candidate's own staff, named as theirs.
  // ("One of our sales reps had told their finance manager ...": one colleague singled out, not the team's practice.)
  const ownStaff = subject.index > 0 && s.tokens.slice(Math.max(0, subject.index - 2), subject.index).some((t) => t.w === 'our' || t.w === 'my') && STAFF_PEOPLE.has(s.tokens[subject.index]!.l) && !/\bone of (our|my)\b/i.test(s.tokens.slice(Math.max(0, subject.index - 4), subject.index).map((t) => t.w).join(' '));
  return subject.actor === 'candidate' && (firstSubject(s, c.from, sp) === 'candidate' || ownStaff) && !s.tokens[sp]!.quoted;
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
  // "Anyone who offered less than the minimum was told": the head before a relative clause that runs up to the verb.
  const who = s.tokens.slice(0, sp).findIndex((t) => t.w === 'who');
  if (who > 0 && (ANYONE.has(s.tokens[who - 1]!.w) || PRACTICE_SUBJECTS.has(s.tokens[who - 1]!.l))) j = who - 1;
  const subj = s.tokens[j];
  // "The team was told that a call only ends with a payment": staff given the house line (not "told by the customer").
  const staffTold = subj?.pos === 'NOUN' && STAFF_PEOPLE.has(subj.l) && /^(that|to)$/.test(s.tokens[sp + 1]?.w ?? '');
  if (!subj || !(ANYONE.has(subj.w) || staffTold || (subj.pos === 'NOUN' && PRACTICE_SUBJECTS.has(subj.l)))) return false;
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

// Anyone at all, as the subject of a practice: "anyone who missed a payment was told ...".
const ANYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever']);

// Things done to in a described practice: "security questions were skipped", "letters were sent".
const PASSIVE_THINGS = new Set(['question', 'check', 'letter', 'call', 'text', 'email', 'message', 'payment', 'balance', 'request', 'dispute', 'note', 'number']);

const PRACTICE_SUBJECTS = new Set(['customer', 'consumer', 'debtor', 'borrower', 'holder', 'widow', 'widower', 'parent', 'people', 'caller', 'client', 'family', 'relative', 'tenant', 'member', 'account', 'household', 'neighbour', 'neighbor', 'employer']);

/**
 * On a call every word is the candidate's, unless it reports what someone else said ("you told me
 * your husband had died", "she said she'd pay"): then the words after it are theirs.
 */
export function spokenFrameAllows(s: Sentence, k: number, d: Detector, matched: string): boolean {
  const keep = d.keep ? { keep: d.keep } : {};
  const sp = speechBefore(s, k);
  if (sp >= 0) {
    const subj = subjectBefore(s, sp, true);
    const w = subj.index >= 0 ? s.tokens[subj.index]!.w : '';
    if (subj.actor === 'other' || w === 'you') return false;
  }
  if (statementDeniesItself(d, matched)) return false;
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

// ("One trick that worked was telling them I was from the county court": the candidate's own method, named.)
// Most sentences name no rule, target or instruction: OWN_RULE is tried only on those that do (it runs on every frame check).
const RULE_NOUN = /^(rule|instruction|policy|standing|standard|target|opener|order|practice|habit|everyone|everybody)s?$/;
const ruleNouns = new WeakMap<Sentence, boolean>();
function mayStateRule(s: Sentence): boolean {
  let v = ruleNouns.get(s);
  if (v === undefined) ruleNouns.set(s, (v = s.tokens.some((t) => RULE_NOUN.test(t.l))));
  return v;
}
const SAID_RULES = new Set(['impersonation', 'false-statement', 'threat-arrest', 'threat-unlawful-action']);
// "Standard practice on my team is to tell ...", "The rule on our desk is that ...", "Everyone on my team keeps ...": the team's habit, the candidate's own (conduct-train19.yaml).
const OWN_RULE = /^ (?:\S+ ){0,6}?(?:(?:standard practice|(?:the |our |my )?(?:norm|habit|practice|routine|rule)) (?:on|in|at|for|across) (?:my|our) (?:\S+ )?(?:team|floor|desk|unit|shift|department) (?:be|was|were) (?:to|that)\b|(?:everyone|everybody) (?:on|in) (?:my|our) (?:\S+ )?(?:team|floor|desk|unit|shift)\b|(?:my|our|my team 's|our team 's) (?:\S+ )?(?:rule|instruction|policy|standing order|standard|target|opener|order)s? (?:for|to|on) (?:the |my |our )?(?:\S+ ){0,2}(?:be|was|were)(?: simple)? (?:that|to|:)|(?:my|our|my team 's|our team 's) (?:\S+ )?(?:rule|instruction|policy|standing order|opener)s? (?:be|was|were)(?: simple)? (?:that|to|:)|(?:i|we) (?:set|give|gave|make|made|bring in|introduce) (?:the |my |our )?(?:team|floor|agent|shift|collector|staff)s? (?:a |the )?(?:rule|target|instruction|policy) (?:that|to|of)\b|the (?:rule|target|instruction|policy) (?:i|we) (?:set|give|gave|made|make|bring in|introduce)\S* (?:for (?:the |my |our )?(?:\S+ ){0,2})?(?:be|was|were)\b)/;
const OWN_WORDS = /^ (?:\S+ ){0,3}?(?:(?:the|my|our) (?:\S+ )?(?:trick|tactic|technique|secret|knack|approach|method|habit|go-to move)s? (?:\S+ ){0,7}?be (?:to|never|always|just)\b|(?:one|a|the|my|our) (?:\S+ )?(?:thing|trick|tactic|technique|approach|line|move|way)s? (?:that|which|i) (?:\S+ ){0,2}be\b|(?:should|would|will|must|need to|'d) be (?:very |really )?(?:clear|firm|honest|direct|upfront|blunt|straight) (?:with (?:\S+ ){1,2})?: |(?:my|our) (?:\S+ ){0,2}?(?:line|angle|script|pitch|approach|tactic|go-to|opener|opening line|message|patter|spiel|wording|trick|move|technique|usual line|standard line|favourite line) (?:be|say|go|read)\b|(?:i|we) (?:would |will |used to |use to |always )?(?:say|tell (?:\S+ ){0,2}) (?:thing|stuff|something)s? like\b)/;

/** Whether the candidate did or said the match at k; `speechCarriesOver` when the sentence before opened the candidate's speech. */
/** k follows a rule, target or instruction the candidate set ("My rule for the floor was simple: ..."): see frameAllows. */
export function ownRuleAt(s: Sentence, k: number): boolean {
  return mayStateRule(s) && OWN_RULE.test(` ${lemmasBefore(s, k)}`);
}

// The candidate named as the doer of a passive: "by me", "on my call", "from my desk", "on my queue", "on a campaign I set up".
const OWN_DOER = / (?:, )?by (?:me|myself|us)\b| (?:on|in|during) (?:one of )?(?:my|our) (?:own )?(?:\S+ )?(?:call|line|queue|desk|watch|campaign|shift|account|portfolio)s?\b| from (?:my|our) (?:own )?(?:desk|phone|line|queue|extension|team)\b| on (?:a|the) (?:\S+ )?campaign (?:that )?(?:i|we) (?:set up|run|ran|design|build|built|launch|plan)\b/;

const WHAT_NEVER = /\bwhat (?:i|we|you) (?:would |will |should |must )?(?:never|not|do not|n't) (?:ever )?(?:do|say|want|tell)\S* (?:\S+ )?be\b/;

/** A passive verb (be/get + verb) in the clause around k: "were promised", "got called", "was closed off". */
function ownedPassiveNear(s: Sentence, k: number): boolean {
  for (let j = Math.max(1, k - 3); j <= Math.min(s.tokens.length - 1, k + 4); j++) {
    const t = s.tokens[j]!;
    if (t.pos !== 'VERB' || /ing$/.test(t.w)) continue;
    const prev = s.tokens[j - 1]!;
    const prev2 = s.tokens[j - 2];
    if ((prev.l === 'be' || prev.l === 'get') && prev.pos !== 'PRON') return true;
    if (prev.pos === 'ADV' && (prev2?.l === 'be' || prev2?.l === 'get')) return true;
    // "Texts on my campaign went out signed 'HMRC Debt Unit'".
    if (prev.w === 'out' && /^(go|send)$/.test(prev2?.l ?? '')) return true;
  }
  return false;
}

const OWN_DESIGN = /\b(?:i|we) (?:would |will |'d |then |also )?(?:change|set|configure|rewrite|redesign|design|build|program|programme|update|tweak|adjust|amend|rework|script|set up)\w* (?:\S+ ){0,5}so (?:that )?(?:\S+ ){0,12}$/;

/**
 * A statement the candidate makes that denies itself after its first word ("the family weren't personally liable",
 * "family members are not personally responsible"): it says the opposite of the harmful claim.
 */
export function statementDeniesItself(d: Detector, matched: string): boolean {
  return d.frame === 'said' && !d.noRuleTalk && !d.ownNegation && / (not|never|no) /.test(` ${matched.trim().split(' ').slice(1).join(' ')} `);
}

const NOTHING_MENTIONED = /\b(?:nothing|no (?:\S+ ){0,2}(?:letter|text|email|message|script|call|one|agent|template|notice))(?: that| which)? (?:\S+ ){0,5}?(?:mention|say|threaten|suggest|imply|hint|refer|talk about|include|contain)\w*(?: (?:to|of|at|about))?$/;

export function frameAllows(s: Sentence, k: number, d: Detector, matched: string, speechCarriesOver: boolean): boolean {
  const keep = d.keep ? { keep: d.keep } : {};
  // "Bailiffs were promised for Saturday morning on my call", "He got called a deadbeat on the recorded line, by me", "His
  // employer's switchboard got called twice more from my desk": a passive whose doer the sentence names as the candidate
  // (conduct-train18.yaml, training).
  if (OWN_DOER.test(lemmasOf(s).text) && ownedPassiveNear(s, k)) return !negatedBetween(s, 0, k, keep);
  // "What you never do is tell them the sheriff's office has the file; you tell them who you are": a technique denied, up to its semicolon.
  if (WHAT_NEVER.test(lemmasBefore(s, k).split(/ [;:] /).pop() ?? '')) return false;
  // "I made sure nothing I said or wrote mentioned suing", "no letter of ours threatened court": the mention denied by its
  // subject (conduct-train22.yaml, training).
  if (NOTHING_MENTIONED.test(lemmasBefore(s, k))) return false;
  // "My rule for the team was that no call ends without a payment", "I set the team a rule that returning callers skip
  // the security questions": what the rule says is the candidate's practice, whoever its clause names (conduct-train16.yaml).
  // ("My personal rule is that I don't let a conversation finish ..." has the candidate as its subject: read as usual.)
  const rule = mayStateRule(s) ? OWN_RULE.exec(` ${lemmasBefore(s, k)}`) : null;
  if (rule && subjectBefore(s, k, true).actor !== 'candidate') return !negatedBetween(s, rule[0].trim().split(' ').length, k, keep);
  // Reported speech ("the complaint said your collector told my mother I was a deadbeat").
  const reported = speechBefore(s, k);
  // "When she said she had to go I said no...": her words end with their verb, and the candidate's own clause begins.
  const own = subjectBefore(s, k, true);
  if (d.frame === 'act' && reported >= 0 && subjectBefore(s, reported, true).actor === 'other' && !(own.actor === 'candidate' && reported < k && listedActSubject(s, k, true)) && !(own.actor === 'candidate' && (s.tokens.slice(reported + 1, own.index).some((t) => t.pos === 'VERB' || t.pos === 'AUX') || coordinatedAct(s.tokens, reported, k)))) return false;
  if (d.frame === 'said') {
    // "the family weren't personally liable": the statement denies itself.
    if (statementDeniesItself(d, matched)) return false;
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
      // "if a customer asks whether they'll be arrested, the honest answer is no": someone else's question, not a statement.
      if (/^(ask|wonder|query)$/.test(s.tokens[sp]!.l) && /^(whether|if)$/.test(s.tokens[sp + 1]?.w ?? '') && subjectBefore(s, sp, true).actor === 'other') return false;
      let subj = subjectBefore(s, sp, true);
      // "I called one customer who kept making excuses and told him: pay today or ...": the one told ("him") is the
      // relative clause's own head, so the teller is the candidate who called.
      if (subj.actor === 'other' && s.tokens[subj.index]?.w === 'who' && /^(him|her|them)$/.test(s.tokens[sp + 1]?.w ?? '') && s.tokens.slice(subj.index + 1, sp).some((t) => t.w === 'and') && firstSubject(s, 0, subj.index) === 'candidate') subj = { actor: 'candidate', index: 0 };
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
    // "If it's already been put right on the call, there's no value in it going into the breach log": a view of the
    // candidate's own, told as "there is" (answers-train15.yaml, training).
    if (subj.actor === 'unknown' && d.ownNegation && s.tokens[k - 2]?.w === 'there' && s.tokens[k - 1]?.l === 'be') return true;
    if (subj.actor === 'other' || (subj.actor === 'unknown' && d.rule !== 'borrowing-pressure' && s.tokens[0]!.pos !== 'VERB' && !speechCarriesOver)) return false;
    return !negatedBetween(s, negationFrom(s, Math.max(0, subj.index)), k, keep);
  }
  // "One trick that worked was telling them I was from the county court": the candidate's own method, named.
  if (OWN_WORDS.test(` ${lemmasBefore(s, k)}`)) return !negatedBetween(s, 0, k, keep);
  // "I'd never say I was from the customer's bank": what the candidate denies saying, they do not do.
  // (Only for what is said: "I didn't tell the client ..." is itself the hiding.)
  if (reported >= 0 && SAID_RULES.has(d.rule)) {
    const sayer = subjectBefore(s, reported, true);
    if (sayer.actor === 'candidate' && reported - sayer.index <= 4 && negatedBetween(s, Math.max(0, sayer.index), reported, keep)) return false;
  }
  const subj = subjectBefore(s, k, true);
  // "Customers were kept on hold for twenty minutes", "security questions were skipped": the
  // customers or accounts in the passive, with no one named, are the practice the candidate describes.
  if (subj.actor === 'other' && passivePractice(s, subj.index)) return !negatedBetween(s, subj.index, k, keep);
  // "I brought in a six-week sprint: a leaderboard, ..., and payments from the hardship list counted double": the
  // parts of a scheme the candidate set up, listed after its colon (answers-train11.yaml).
  if (subj.actor === 'other' && ownSchemeColonBefore(s, subj.index)) return !negatedBetween(s, subj.index, k, keep);
  // "I'd change the inbound script so that if the call comes from the number on file, the agent skips the security
  // questions": what a change of the candidate's is made so that others do is the candidate's design (answers-train15.yaml).
  if (subj.actor === 'other' && OWN_DESIGN.test(` ${lemmasBefore(s, subj.index)} `) && !negatedBetween(s, 0, subj.index, keep)) return !negatedBetween(s, subj.index, k, keep);
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
