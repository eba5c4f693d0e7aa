// Contact after a stop request, a dispute or a representative, and at work after being told not to.
import { clauseOf, type Reading, type Sentence } from '../../language/read.js';
import { negatedBetween, ownActAt, reportedOrCorrected, ruleTalk, subjectBefore } from '../frame.js';
import { CONTACT, candidateDid, clauseText } from './contact.js';
import { any, lemmasAfter, lemmasOf, tokenAt } from './lemmas.js';
import type { ConductHit } from './types.js';
import { ADVICE_BODY, THROUGH_REPRESENTATIVE, firmsOwnLawyers } from './words.js';

// More ways to say work is off limits: "won't let them take calls", "would write him up", "no calls at the school".
const WORK_TOLD_MORE = /\b(will|would|do) not let (\S+ ){0,2}(take|have|make) (\S+ ){0,2}call|\bno(?: - | |-)work(?: - | |-)call|\bdo(?: - | |-)not(?: - | |-)call (?:flag|marker|note)|\bwrite (\S+ ){0,2}up\b|\blose (\S+ ){0,2}job\b|\bno (personal |private )?call|\b(personal|private) call|\bnot allow\b|\bforbid|\boff(?: - | |-)limits?\b|\bout of bounds\b|\b(boss|manager|employer|supervisor|team leader) (\S+ ){0,2}(monitor|listen to|check|watch|read)\w* (\S+ ){0,2}(phone|call|line|email|message)/;
// Words that say the contact went on regardless.
const DESPITE = / (?:but|still|anyway|keep|continue|even|again|switch|regardless|ignore|primary|fair game|figure|once a week|every day)\b/;
// The contact went elsewhere: "I only used his mobile in the evening".
// ("because his mobile was off", "his mobile kept going to voicemail" is the reason the work line was rung, not the contact going elsewhere.)
const ELSEWHERE = /\b(only (\S+ ){0,2}(use|call|ring|phone|try|contact|text|email|write)|instead|(?:mobile|cell)(?! (?:be|go|stay|was|keep) (?:off|dead|switch|out|not|flat|go to voicemail|ring out))|evening|after work|home number|personal number|letter|email)\b/;

// Where the customer works, and the ways of saying not to be contacted there.
const WORKPLACE = /\b(work|office|workplace|job|desk|site|shift|shop|ward|reception|employer|boss|garage|school|warehouse|factory|store|depot|hospital|clinic|salon|restaurant|surgery|pharmacy|yard|plant)\b/;
const TOLD_NOT_TO = /\b(ask|tell|say|request|beg|make clear|explain|mention|write)\b (\S+ ){0,9}(not|never|no longer|stop)\b (\S+ ){0,3}(call|ring|phone|contact|bother|text|email|message|write|come|visit)|\bsay (\S+ ){0,3}(be )?(inconvenient|not convenient|not a good (time|place))\b|\bnot the (right )?place to (talk|discuss|call|ring|speak)\b|\bnot (allow|permit)\w* (\S+ ){0,2}(personal )?call|\bcan ?not (take|talk|have) (\S+ ){0,2}(call|at work|there)?|\bcould not (talk|take)\b|\bget (\S+ )?(in|into) trouble\b|\bget (\S+ )?(sack|fire)|\b(fire|sack|discipline)\w* (people|staff|him|her|them|anyone|employee)\b|\bdo not call at work\b|\bno work call|\bno (?:workplace|work|office) (?:contact|call)|\bsay (\S+ ){0,2}not to\b|\bstop (\S+ ){0,2}(workplace|work) call|\bforbid|\b(be|were|was) a no\b|\bbe a problem\b|\buse only\b|\bonly (use|call|ring) (\S+ ){0,2}(personal|mobile|home)|\bdo not allow\b/;
// A contact at the workplace, told plainly after the request ("She said not to call her at work. I called her at work on Tuesday.").
const CONTACT_AT_WORK = / (?:call|ring|phone|try|visit|email|text|message)\S* (?:\S+ ){0,4}(?:at|to|his|her|their|the|your) (?:\S+ )?(?:work|office|workplace|desk|shop|ward|reception|receptionist|switchboard|warehouse|factory|store|depot|site|salon|surgery|clinic|school|supervisor 's (?:line|phone|number))\b/g;
// Time that passed between the request and the contact in one sentence ("asked me not to ring his work; the next Monday I called").
const LATER = /\b(next|following|later|after that|afterwards|then|week after|day after|the day after|in (january|february|march|april|may|june|july|august|september|october|november|december)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

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

// A stop request, a dispute or a ban conceded before the sentence's act: "Despite the cease letter on file, ...".
const CONCEDED_LEAD = /^ ?(?:\S+ )?(?:despite|in spite of|even though|even after|notwithstanding|regardless of) (?:\S+ ){0,6}(?:cease|dispute|stop|refus|no further contact|no more contact|do not contact|not to contact|leave (?:me|him|her|them) alone)/;

const REFERRED = /\b(give|pass|offer|suggest|recommend|point|signpost|refer|mention)\w* (\S+ ){0,5}(free |independent |a |the )?(debt charity|charity|stepchange|citizens advice|national debtline|payplan|debt adviser|debt advisor|advice (line|service|agency))\b/;
const CONTINUE = / (?:keep|continue|carry on|go on|still|anyway|regardless|press on|push on|go ahead|ignore|disregard|again)\b/;

/** Contact after a stop request, a dispute, or a representative; at work after being told not to. */
export function afterRequestHits(r: Reading, si: number, lem: string): ConductHit[] {
  const s = r.sentences[si]!;
  const prevLem = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
  const both = `${prevLem} ${lem}`;
  const hits: ConductHit[] = [];
  const l = lemmasOf(s);
  const contactAfterContinue = (re: RegExp, deniable = false): number => {
    re.lastIndex = 0;
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      const k = tokenAt(l, m.index + 1);
      // (A quotation is someone's words: 'Our finance director asked me to "keep the agency working the book"'.)
      if (s.tokens[k]!.antecedent || s.tokens[k]!.quoted) continue;
      // "I'll note that again, and we won't call this office": the contact itself denied.
      if (deniable && / (?:not|never|no longer) /.test(m[0])) continue;
      // "calling someone at work after they said their employer forbids it is prohibited": the rule, not an act.
      // Read from the act's clause on: the customer's own "they can't take calls" before it is the request, not rule talk.
      if (ruleTalk(s, clauseOf(s, k).from, s.tokens.length)) continue;
      const did = candidateDid(s, k);
      // "I found our texts were still going to consumers with attorneys, and got the suppression list fixed":
      // the candidate's system, found and put right (their own "I kept calling" stays theirs).
      if (did.ok && !ownActAt(s, k) && reportedOrCorrected(s, k)) continue;
      if (did.ok) return k;
    }
    return -1;
  };
  // At work after being asked not to: the told words of either list, then a contact that went on.
  const toldBefore = WORKPLACE.test(both) && TOLD_NOT_TO.test(both);
  if (toldBefore || (/\b(work|office|workplace|job|desk|site|shift|shop|ward|reception|employer|boss|manager|supervisor|depot|factory|school|store)\b/.test(both) && WORK_TOLD_MORE.test(both))) {
    const k0 = toldBefore ? contactAfterContinue(/ (?:keep|continue|carry on|go on|still|anyway|regardless|again|ignore)\b(?: \S+){0,6} (?:call|ring|phone|contact|text|try|work|office|send|email|message|write)\b| (?:call|ring|phone|contact|try|send|write|post|email|visit|text|keep|leave|catch)\S* (?:\S+ ){0,6}(?:work|office|workplace|desk|job|shop|ward|reception|receptionist|switchboard|company|garage|school|warehouse|factory|store|depot|hospital|clinic|salon|surgery|pharmacy|workshop|site) (?:\S+ ){0,4}(?:again|anyway|regardless|still|next day|later|even|after|put me through|primary|twice|once a week|every|instead|and ask\S* for (?:him|her|them))\b| (?:email|write|send|post)\S* (?:\S+ ){0,5}(?:her|his|their) (?:work|office) (?:address|email|inbox)\b| (?:leave|keep)\S* (?:\S+ ){0,3}(?:work|desk|office|workplace) (?:phone )?(?:number|line|phone) (?:\S+ ){0,2}(?:on|in) (?:the )?(?:dialer|dialler|system|campaign|file)\b| (?:call|ring|phone|rang|email|text) (?:\S+ ){0,4}(?:again|anyway|an hour later|the next day|back) (?:\S+ ){0,3}(?:even|on the same|anyway)?| (?:roll|fall|switch|fail|move|go|flip)\S* (?:over |back )?to (?:their|his|her|the) (?:work|office|workplace) (?:number|line|phone)s?\b| only (?:ring|call|phone|try) it when| carry on\b| keep (?:\S+ ){0,3}(?:work|office) (?:\S+ ){0,3}(?:number|line|as)| (?:workplace|work|office) (?:call|contact)\S* (?:continue|carry on|go on|keep)| (?:stay|remain|keep)\S* (?:\S+ ){0,3}(?:work-number|work number|workplace|daytime|office) (?:\S+ ){0,2}campaign| only count\S* if (?:\S+ ){0,3}(?:in )?writing| only suppress\S* (?:\S+ ){0,4}for (?:\S+ ){0,2}(?:day|week|month)| get (?:\S+ ){0,2}call\S* (?:\S+ ){0,2}(?:there|at work) (?:again|anyway)| (?:call|ring|phone|try) (?:\S+ ){0,4}(?:work|office|warehouse|shop|site) (?:\S+ ){0,2}(?:next week|the week after|the following)| (?:add|include|put|schedule|introduce)\S* (?:\S+ ){0,2}(?:workplace|work|office) (?:call|contact)| (?:have|set|leave|keep)\S* (?:\S+ ){0,2}(?:work|office) (?:number|line|phone) as (?:the )?(?:primary|main|first|default)| (?:work|office) (?:number|line|phone) (?:\S+ ){0,2}(?:be )?(?:still )?(?:fair game|fine to (?:call|use|ring)|ok to (?:call|use|ring))| (?:call|contact)\S* (?:at|to) (?:work|the office|the workplace) (?:\S+ ){0,2}(?:fair game|fine|ok|okay|acceptable)/g, true) : -1;
    // Told plainly in sequence: the request in the sentence before and a contact at work in this one, or both here with time between.
    const told = (x: string) => WORKPLACE.test(x) && (TOLD_NOT_TO.test(x) || WORK_TOLD_MORE.test(x));
    const sequenced = (told(prevLem) && !told(lem)) || (told(lem) && LATER.test(lem));
    const k = k0 >= 0 || !sequenced ? k0 : contactAfterContinue(CONTACT_AT_WORK, true);
    // "while we're still talking I'd mark the work number as do-not-call": the ban put into effect.
    const suppressed = (/\b(do-not-call|do - not - call|do not call|no call|suppress|block|remove|take off)\w*\b/.test(lem) && /\b(mark|flag|set|note|record|put|suppress|block|remove|take)\w*\b/.test(lem)) || /\b(take|took) (\S+ ){0,3}out of (the |our )?(dialler|dialer|system|campaign|queue)\b/.test(lem);
    // "so I say sorry and I call her back on her mobile in the early evening": the call moved away from work.
    const rest = k >= 0 ? lemmasAfter(s, k) : '';
    const movedAway = /\b(on|to) (her|his|their|your|the) (own )?(mobile|cell|home (number|phone|line)|personal (number|phone))\b|\b(in the|this|that) (early )?evening\b|\bafter work\b/.test(rest) && !/\b(work|office|desk|workplace|job)\b/.test(rest);
    const at = suppressed ? -1 : k >= 0 ? (movedAway ? -1 : k) : toldBefore ? workStance(s) : contactDespite(s);
    if (at >= 0) hits.push({ rule: 'work-contact-after-told', words: clauseText(s, at, r.text), sentence: si });
  }
  // A dispute or a cease request.
  if (/\b(dispute|cease|validation request|verification request|request for (validation|verification)|breathing space|debt respite|bankrupt|bankruptcy|automatic stay|debt relief order|iva|leave (me|him|her|them) alone|stop (all |any )?(contact|call|write|ring|phone)|refuse to pay|refusal to pay|not to contact|no further contact|no more (?:contact|call)|do not contact|ask\w* us to stop|(bill|amount|balance|debt|charge) (be|was|is) wrong|(be|is) not (their|his|her|my) debt|not (their|his|her|my) debt|(debt|account|loan) (be|was|is) (not|n't) (his|hers|theirs|mine)|identity (fraud|theft))\b/.test(both) && !/\b(oral|orally|verbal|verbally|by phone|over the phone|outside the validation|after the validation|late dispute)\b/.test(both)) {
    const k1 = contactAfterContinue(/ (?:keep|continue|carry on|go on|still(?! on the (?:phone|line|call)\b)|anyway|regardless|press on|push on|go ahead)\b(?: \S+){0,5} (?:call|collect|chase|contact|ring|press|demand|push|send|pursue|ask for|phone|text|email|write|dial|ask)\b| (?:keep|kept) (?:chas|ring|call|phon|text|press|push)\S*| push for (?:\S+ ){0,2}payment (?:\S+ ){0,2}anyway| start (?:text|email|writ|messag)\S*| (?:ring|call|phone|text) (?:\S+ ){0,2}the following (?:week|day)| (?:ring|call|phone|text|email|try)\S* (?:\S+ ){0,3}(?:the next|the following|next) (?:morning|afternoon|day|evening)| (?:ring|call|phone|text|email|try)\S* (?:\S+ ){0,2}(?:once more|one more time|one last time)| pay first| might as well (?:just )?pay| should just pay| (?:pay|clear|settle) (?:it |this |the balance |that )?(?:off )?anyway| carry on with (?:the |our |a )?(?:payment|plan|arrangement|collection)| (?:not|n't) log (?:it |this )?as (?:a )?dispute| without look\S* into| ignore (?:\S+ ){0,3}(?:dispute|letter|request|cease|complaint|email)\b| report (?:\S+ ){0,6}without (?:\S+ ){0,2}(?:flag|mark|note|say)\S*| (?:call|chase|contact|ring|phone|ask for|ask\S* (?:\S+ ){0,2}for|request|demand|push for|take) (?:\S+ ){0,3}(?:anyway|regardless|again)\b| send (?:\S+ ){0,2}(?:another|a further|more|a new|the next|a fresh) (?:demand|letter|reminder|notice|chaser)| (?:still|anyway) (?:put|push|move|pass|escalate)\S* (?:\S+ ){0,4}(?:through|on|to|next)| (?:put|add|move|place)\S* (?:\S+ ){0,2}back (?:in|into|on) (?:the |our )?(?:dialler|dialer|queue|campaign|call list)| (?:report|send|pass|submit)\S* (?:\S+ ){0,4}(?:bureau|bureaus|agency|agencies|cra|credit reference) as (?:a |an )?(?:plain|normal|regular|ordinary|undisputed|straight)| (?:stay|remain|keep(?: \S+){0,3}|leave(?: \S+){1,3}) (?:in|on) (?:the |our )?(?:(?:calling|call|collection|collections|active|normal|live|outbound) )?(?:dialler|dialer|campaign|queue|call list|collection cycle)| treat (?:\S+ ){0,4}as (?:no dispute|a stall|not a dispute)| keep pay\S*| (?:keep|continue|carry on|still) work\S* (?:the |this |that |her |his |their )?(?:account|file|case|debt)| still (?:go|went) out\b| (?:one|a) (?:last|final) (?:courtesy )?call\b| keep (?:\S+ ){0,2}(?:account|file|case) (?:going|open|active|live|running)| send (?:\S+ ){0,3}payment link| pay (?:\S+ ){0,4}first\b| (?:ring|call|phone)\S* (?:\S+ ){0,2}to (?:ask|check) (?:whether|if) (?:she|he|they) (?:really )?mean| push on with (?:the )?(?:payment|collection)/g);
    // "Despite the cease letter on file, I rang her to offer a 40% settlement": the request conceded first, then a contact (conduct-train22.yaml).
    const k = k1 >= 0 ? k1 : CONCEDED_LEAD.test(lem) ? contactAfterContinue(/ (?:ring|call|phone|text|email|e-mail|message|write to|contact|chase|visit)\S* (?:her|him|them|the (?:customer|consumer|debtor))\b/g, true) : -1;
    // "we can still write to confirm": what the rule permits after a cease request, not a breach.
    // "one last letter confirming we were ending collection": the notice the rule allows after a cease request.
    // "with representation we still work the account, we just do it through the lawyer": the account worked through the representative.
    // ("I'd still write to its standard: true amounts, no bluffs": letters held to a standard, not a customer written to; answers-train13.yaml.)
    // ("I would still put a cease flag on the account at once so nobody calls her again": the stop put in place; a new user.)
    if (k >= 0 && !THROUGH_REPRESENTATIVE.test(lem) && !/\b(put|place|add|set|apply|raise)\w* (a |the |an )?(cease|stop|hold|do not call|dnc|dispute|suppression|no contact|no - contact|bankruptcy)(?: contact)? (flag|marker|hold|code|block|note)\b/.test(lem) && !/\bwrite to (its|the|that|this|a|our|their|same|those) (\S+ )?(standard|rule|level|spirit|principle|guideline|code)s?\b/.test(lem) && !/\b(can|may|could|be allow to|be permit to) still (write|send|tell|confirm|notify)\b|\bstill (allow|permit)\w* to (write|send|tell|confirm|notify)\b|\b(confirm|tell|say|notify)\w* (\S+ ){0,2}(that )?(we|i) (be |would |will |have )?(end|stop|cease)\w* (collection|contact|call)/.test(lem) && !/\buntil (we|i) (\S+ ){0,2}(send|sent|get|had|have|receive|mail)\b (\S+ ){0,2}(verification|response|proof|copy)|\b(mark|flag|log|report|note) (\S+ ){0,3}(as )?disputed|\b(?<!(?:without|not|never|before) )(send|mail|post)\w* (\S+ ){0,2}verification\b/.test(lem)) {
      hits.push({ rule: 'ignoring-dispute-or-cease', words: clauseText(s, k, r.text), sentence: si });
    }
  }
  // A dispute, oral or written, that is not recorded or not reported as disputed.
  if (/\bdisput/.test(both)) {
    const k = contactAfterContinue(/ (?:not|n't) (?:be )?(?:record|log|note|flag|mark)\S* (?:\S+ ){0,4}(?:as )?(?:a )?disput\S*| (?:not|n't) (?:be )?(?:record|log|note)\S*(?: it| them| this)?\b| (?:not|n't) (?:be )?report\S* as disput\S*| report (?:\S+ ){0,6}as undisputed| treat (?:\S+ ){0,4}as (?:no dispute|not a dispute)/g);
    // "Disputes weren't being logged, so accounts looked overdue" after "I found...": a finding, not the practice.
    if (k >= 0 && !/\b(always|must|make sure|check|so that)\b (\S+ ){0,4}(record|log|note|report)/.test(lem) && !/\b(find|found|notice|discover|turn out|root cause|problem|come out|gap|the issue|spot|realise|realize|audit|review)\b/.test(both)) hits.push({ rule: 'ignoring-dispute-or-cease', words: clauseText(s, k, r.text), sentence: si });
  }
  // A represented consumer.
  // ("two accounts sent to solicitors while ...; we withdrew all three ... and wrote to the customers": the firm's own
  // solicitors, not the consumer's representative (answers-train13.yaml, training).)
  const ourLawyers = firmsOwnLawyers(both);
  if (!ourLawyers && /\b(attorney|lawyer|solicitor|debt adviser|debt advisor|stepchange|citizens advice|representative|legal representation|counsel|advocate|payplan|debt charity|the charity|debt management|dmp|management company|adviser|advisor|act for|acting for|represent|legal aid)\b/.test(both)) {
    const k = contactAfterContinue(/ (?:call|contact|ring|phone|text|email|reach|speak|talk|write|visit|message|approach|go|send|try|leave|agree|arrange|set up)\b (?:\S+ ){0,4}(?:him|her|them|(?:the )?customer|(?:the )?consumer|(?:the )?debtor|the client|directly|direct|round|around|behind)\b| give (?:the )?(?:consumer|customer|debtor|her|him|them) (?:a |one |another )?(?:\S+ )?call\b| (?:not|no) need (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor|representative)\b| carry on (?:with )?(?:the )?(?:call|conversation) (?:anyway|regardless)| what can you pay (?:me |us )?(?:today|now)/g);
    if (k >= 0) {
      const after = s.tokens.slice(k + 1, k + 4).map((t) => t.l).join(' ');
      // "we'll contact them directly rather than you": the representative is the one contacted.
      // "Citizens Advice are helping you, so I'll send the figures to them": "them" is the adviser named in the sentence.
      const repNamed = ADVICE_BODY.test(both) && /^(them|they)$/.test(s.tokens.slice(k + 1, k + 5).find((t) => t.pos === 'PRON')?.w ?? '');
      // "I chased the solicitor's office in writing rather than ringing him directly": the contact not made.
      // ("we sent everything to them and stopped calling him directly", "tell her we'll speak to her adviser": stop 31.)
      const declined = /\b(rather than|instead of|stop|no longer|never)$/.test(s.tokens.slice(Math.max(0, k - 2), k).map((t) => t.l).join(' ')) || /\b(we|i) (will |would |shall )?(speak|talk|write|deal) (to|with) (her|his|their|the) (adviser|advisor|lawyer|solicitor|attorney|representative)\b/.test(lem) || /\b(attorney|lawyer|solicitor|adviser|advisor|representative)\b (\S+ ){0,8}(rather than|instead of) (ring|call|phone|contact|text|email|speak|talk)\w* (to )?(him|her|them|the customer|the consumer)\b/.test(lem);
      // "Can you confirm Mr. Okafor's number so we contact him instead?": the representative's details asked for, and him contacted (call-turns/train19.yaml).
      const repDetails = /\b(?:mr|ms|mrs|miss)\.? \S+ 's (?:\S+ )?(?:number|email|detail|address|phone|office)\b/.test(lem);
      const toRep = declined || repNamed || repDetails || /\b(attorney|lawyer|solicitor|adviser|advisor|representative|counsel|firm|office)\b/.test(after) || /\b(rather than|instead of) (you|him|her|the customer|the consumer)\b/.test(lem);
      // "you can always speak to them, or to us": the consumer's own choice to call, offered.
      const theirChoice = /\byou (can|could|may) (always |still |also )?(speak|talk|call|ring|contact|write)\b/.test(lem);
      // "I'd only speak to the consumer again if the attorney agreed to it": with the representative's consent.
      const consented = /\b(if|once|unless|with|after) (the |their |his |her )?(attorney|lawyer|solicitor|adviser|advisor|representative|counsel)('s| 's)? (\S+ ){0,1}(agree|consent|allow|permit|say|ask|give|approve|permission|okay|ok)/.test(lem);
      // "We can go back to the consumer only if the attorney doesn't respond within a reasonable time": the rule's own exception;
      // "we just do it through the lawyer, so statements go to her": the representative, named as the way.
      const lawfulWay = /\b(only )?if (the |their |his |her )?(attorney|lawyer|solicitor|adviser|advisor|representative|counsel) (do not|does not|doesn't|fail|never) (respond|reply|answer|get back)|\breasonable (time|period)\b/.test(lem) || THROUGH_REPRESENTATIVE.test(lem);
      // "I'd give him the number of a free debt charity, send him a letter ...": an adviser offered, not one acting (answers-train12.yaml).
      const referred = REFERRED.test(lem) && !/\b(act|acting|represent|instruct|letter of authority)\b/.test(both);
      if (!toRep && !theirChoice && !consented && !lawfulWay && !referred && (/\b(directly|direct|anyway|still|myself|herself|himself|themselves|instead|behind|around|round|regardless|again|even though|even after|keep|straight|but|although|despite|bypass|go ahead|before (reply|respond|answer|write)|once more|one more time|without (the|their|his|her) (lawyer|attorney|solicitor|adviser)('s| 's)?)\b/.test(lem) || /\bto (confirm|check|verify|see) (\S+ ){0,6}(lawyer|attorney|solicitor|adviser|advisor|represent)/.test(lem))) {
        hits.push({ rule: 'represented-consumer', words: clauseText(s, k, r.text), sentence: si });
      }
    }
  }
  return hits;
}
