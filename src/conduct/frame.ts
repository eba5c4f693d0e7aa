// Who does what, and whether it is denied: the frame around a harmful phrase in a sentence.
import { clauseOf, type Sentence, type Token } from '../language/read.js';

export type Actor = 'candidate' | 'other' | 'unknown';

const FIRST = new Set(['i', 'we', "i'm", 'myself', 'ourselves']);
const SECOND = new Set(['you']);
const THIRD_PRONOUNS = new Set(['he', 'she', 'they', 'who', 'someone', 'somebody', 'nobody', 'everyone', 'anyone', 'one']);
/** Nouns that name someone other than the candidate when they are the subject. */
export const OTHER_PEOPLE = new Set([
  'agent', 'colleague', 'customer', 'debtor', 'caller', 'collector', 'team', 'manager', 'supervisor', 'rep', 'representative',
  'advisor', 'adviser', 'staff', 'staffer', 'person', 'people', 'client', 'consumer', 'borrower', 'member', 'agency', 'vendor',
  'mother', 'mum', 'mom', 'father', 'dad', 'parent', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'partner',
  'spouse', 'friend', 'neighbour', 'neighbor', 'boss', 'employer', 'lawyer', 'attorney', 'solicitor', 'predecessor', 'trainee',
  'newcomer', 'hire', 'joiner', 'firm', 'company', 'competitor', 'caseworker', 'operator', 'guy', 'man', 'woman', 'lady',
  'owner', 'director', 'officer', 'worker', 'employee', 'auditor', 'reviewer', 'group', 'department', 'teammate', 'coworker',
  'starter', 'newbie', 'junior', 'senior', 'lead', 'recruit', 'temp', 'contractor', 'associate', 'handler', 'predecessor',
  'executive', 'analyst', 'specialist', 'controller', 'officer', 'debt collector', 'bank', 'lender', 'creditor', 'collections',
]);

const SPEECH = new Set([
  'tell', 'say', 'warn', 'threaten', 'remind', 'explain', 'mention', 'inform', 'shout', 'yell', 'scream', 'write', 'text',
  'email', 'e-mail', 'suggest', 'promise', 'claim', 'insist', 'add', 'stress', 'state', 'announce', 'message', 'advise', 'make',
  'let', 'leave', 'imply', 'hint', 'put', 'encourage', 'push', 'urge', 'recommend', 'ask', 'propose', 'persuade', 'press',
  'pressure', 'pressurise', 'pressurize', 'get', 'convince', 'offer', 'point', 'reassure', 'assure', 'guarantee', 'joke',
]);

const NOUN_SUBJECTS = new Set(['complaint', 'review', 'recording', 'letter', 'report', 'audit', 'file', 'note', 'email', 'process', 'rule', 'law', 'regulation', 'call', 'message', 'text', 'voicemail', 'notice', 'log', 'transcript', 'sample', 'check', 'qa', 'scorecard', 'data']);

const SHORT_NEGATORS = new Set(['stop', 'avoid', 'refuse', 'cease', 'without', 'instead', 'rather', 'against']);

/** Words that deny what follows them in their clause. */
const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'without', 'avoid', 'refuse', 'stop', 'cease', 'nobody', 'nothing', 'neither', 'against', 'rather', 'instead']);
const CLAUSE_BREAKS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'so', 'because', 'while', ';', 'otherwise']);

/** A sentence that discusses a harmful act as a rule or as wrong, rather than doing it. */
const RULE_WORDS = String.raw`presum\w*|rule|ban|as bad as|need\S* (?:a )?(?:court )?(?:judgment|judgement|court order)|(?:be|is) the (?:worst|bad|last) thing|third[- ]party|someone else|count as(?! (?:fraud|theft|a crime|criminal|a criminal))|counts as(?! (?:fraud|theft|a crime|criminal|a criminal))|is harassment|be harassment|harassing|inconvenient|misleading|false and|under the (fdcpa|law|rules|regulation)|break the|breaks the|breach of|disclosure|fdcpa|reg f|regulation f|§|1692\w*|1006\w*|conc|consumer duty|illegal|unlawful|prohibited|prohibit|forbid|forbidden|banned|breach|violation|violate|against the (law|rules)|not (allowed|permitted|acceptable|ok|okay|lawful|legal)|unacceptable|never (ok|okay|acceptable|allowed)|misconduct|red flag|wrong to|complaint about|(?:be|is|was) (?:simply |just |plainly |basically )?(?:false|untrue|a lie|misleading)|be out (?:in|under)`;
// A modal's "not" ("we can't call before 8") is rule talk only within the act's own clause (ruleTalkAround).
// "they can't pay" says what someone is unable to do, not what is allowed.
const MODAL_NOTS = '(?<!\\b(?:he|she|they|customer|consumer|debtor|people) )(?:can not|cannot)(?! (?:pay|afford|manage|cover|meet|keep up|find|get|make|work|talk|take|come|reach|hear|see|understand|cope|wait)\\b)|must not|should not|may not|shall not';
const RULE_TALK = new RegExp(`\\b(${RULE_WORDS}|${MODAL_NOTS})\\b`);

export interface FrameOptions {
  /** Negators that are part of the harm for this detector ("without checking"). */
  keep?: readonly string[];
}

function subjectClass(t: Token): Actor | undefined {
  if (FIRST.has(t.w)) return 'candidate';
  if (SECOND.has(t.w)) return 'candidate';
  // "your wages may be garnished": words addressed to the customer, the candidate's own.
  if (t.w === 'your' && !t.antecedent) return 'candidate';
  if (THIRD_PRONOUNS.has(t.w)) return 'other';
  // The candidate speaks as I or we: any other noun subject is somebody (or something) else.
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return OTHER_PEOPLE.has(t.l) || t.pos === 'PROPN' || NOUN_SUBJECTS.has(t.l) ? 'other' : undefined;
  return undefined;
}

/** The first subject-like word from `from` up to `to`: the head of the clause ("The director of a client we had said"). */
export function firstSubject(sentence: Sentence, from: number, to: number): Actor {
  for (let j = from; j < to; j++) {
    const c = subjectClass(sentence.tokens[j]!);
    if (c) return c;
  }
  return 'unknown';
}

/** The subject to the left of index k: the nearest subject-like word, skipping objects. */
export function subjectBefore(sentence: Sentence, k: number, stopAtAntecedent: boolean): { actor: Actor; index: number } {
  const toks = sentence.tokens;
  const listed = listedActSubject(sentence, k, stopAtAntecedent);
  if (listed) return listed;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (stopAtAntecedent && t.antecedent && !toks[k]!.antecedent) continue;
    const prev = toks[j - 1];
    // "I heard her tell a man ...", "our audit picked up one of their collectors telling a woman ...":
    // what follows the one perceived is theirs.
    const doer = perceivedDoer(toks, j, k);
    if (doer >= 0) return { actor: 'other', index: doer };
    // Objects after a verb ("told him", "called her") are not the subject.
    if (prev && (prev.pos === 'VERB' || prev.pos === 'ADP') && t.pos === 'PRON' && !FIRST.has(t.w)) continue;
    // "one of my agents" / "an agent of ours": the head noun decides.
    const c = subjectClass(t);
    if (c === 'other' && t.pos !== 'PRON' && isObject(toks, j, k)) continue;
    // "our team", "our agents": the candidate's own side.
    // ("One of our sales reps had told their finance manager ...": one colleague singled out, not the team's practice.)
    if (c === 'other' && t.pos !== 'PRON' && (toks[j - 1]?.w === 'our' || toks[j - 2]?.w === 'our')) {
      const our = toks[j - 1]?.w === 'our' ? j - 1 : j - 2;
      if (toks[our - 1]?.w === 'of' && /^(one|two|a|some|few|couple)$/.test(toks[our - 2]?.w ?? '')) return { actor: 'other', index: j };
      return { actor: 'candidate', index: j };
    }
    // "agents call a relative", "the team should push": staff told what to do (a plan or a
    // policy) act for the candidate; "an agent told her" (a past act) is somebody else's.
    if (c === 'other' && STAFF.has(t.l) && policyVerbAfter(toks, j) && !toks.slice(0, j).some((x) => perceives(x))) return { actor: 'candidate', index: j };
    // "The second letter would say ...": a letter or text the candidate plans is the candidate's word;
    // so is "our voicemail script", "the letter template I signed off".
    if (c === 'other' && DOCUMENTS.has(t.l) && (modalAfter(toks, j) || ownedBefore(toks, j) || /^(i|we)$/.test(toks[j + 1]?.w ?? ''))) return { actor: 'candidate', index: j };
    // "Our collectors said interest would be added", "agents told customers they were obliged to pay":
    // staff in the plural, doing it as a matter of course, are the practice the candidate ran, unless
    // the sentence reports it as found or put right ("agents told customers..., so I retrained them").
    if (c === 'other' && STAFF.has(t.l) && (t.w.endsWith('s') || ownedBefore(toks, j)) && t.w !== t.l + "'s" && !toks.slice(0, j).some((x) => perceives(x) || x.l === 'complain') && !CORRECTION_WORDS.test(` ${toks.map((x) => x.l).join(' ')} `) && !/^(one|an|a|some|several|two|few|the|other|their)$/.test(toks[j - 1]?.w ?? '') && finiteVerbAfter(toks, j)) return { actor: 'candidate', index: j };
    // "my agents were coached to keep working the account", "agents were trained to": the candidate's instructions.
    if (c === 'other' && (STAFF.has(t.l) || /^(agency|vendor|supervisor|lead|partner)$/.test(t.l)) && instructedAfter(toks, j)) return { actor: 'candidate', index: j };
    // "I had my team open calls by saying...", "I told my team they could drop the verification": the candidate's instruction.
    if (c === 'other' && causedByCandidate(toks, j)) return { actor: 'candidate', index: j };
    // "I'd call in the evening, when they're home, and explain...": the subject of a clause set off by commas is not the verb's.
    if (c && t.pos === 'PRON' && /^(when|while|whenever|where|because|since|once|until|till)$/.test(toks[j - 1]?.w ?? '') && toks.slice(j, k).some((x) => x.w === ',')) continue;
    // "A supervisor I worked under used to mock customers": the candidate's clause qualifies the noun
    // before it, whose own verb comes after.
    if (c === 'candidate' && reducedRelative(toks, j, k)) return { actor: 'other', index: j - 1 };
    if (c) {
      // "my team", "our agents": people other than the candidate, unless the subject is "we".
      return { actor: c, index: j };
    }
    // "oral disputes weren't recorded": a thing as the subject of the verb before k ends the search;
    // the people further left ("to make the dispute team's numbers look better") are not its subject.
    if (t.pos === 'NOUN' && toks[j + 1]?.pos === 'AUX' && toks[j + 1]!.l === 'be' && toks[j + 2] && (toks[j + 2]!.pos === 'VERB' || toks[j + 2]!.l === 'not') && j + 2 <= k) return { actor: 'unknown', index: j };
  }
  return { actor: 'unknown', index: -1 };
}

/**
 * "I pulled his file, checked the ageing, saw that his lawyer had written to us, called him at home anyway": a verb that
 * opens an item of a comma list of the candidate's own acts has the list's subject, whatever clause the item before it
 * ended on (conduct-train21.yaml, training). Only when another item before it opens with a verb too, and the list's own
 * subject, at the start of the sentence, is the candidate.
 */
export function listedActSubject(sentence: Sentence, k: number, stopAtAntecedent: boolean): { actor: Actor; index: number } | undefined {
  const toks = sentence.tokens;
  if (toks[k]?.pos !== 'VERB' || toks[k]!.antecedent || toks[k]!.quoted) return undefined;
  let p = k - 1;
  if (toks[p]?.w === 'and' || toks[p]?.w === 'then') p--;
  if (toks[p]?.w !== ',') return undefined;
  let first = -1;
  for (let j = 1; j < p; j++) {
    if (toks[j - 1]!.w === ',' && toks[j]!.pos === 'VERB' && !toks[j]!.antecedent && !toks[j]!.quoted) { first = j; break; }
  }
  if (first < 0) return undefined;
  // The list's subject opens the sentence ("I", "Then I", "So we") with its verb straight after, and no comma comes before
  // the first item but its own.
  const head = toks.slice(0, 3).findIndex((t) => /^(i|we)$/i.test(t.w));
  if (head < 0 || !(toks[head + 1]?.pos === 'VERB' || (toks[head + 1]?.pos === 'AUX' && toks[head + 2]?.pos === 'VERB'))) return undefined;
  if (toks.slice(head, first - 1).some((t) => t.w === ',' || t.w === ';') || (stopAtAntecedent && toks[head]!.antecedent)) return undefined;
  return { actor: 'candidate', index: head };
}

/**
 * At a perception verb (heard, saw, caught, picked up) before k: the noun phrase it takes, when a
 * verb follows that phrase straight away, at or before k and with no other verb before k ("saw him
 * in the street and told him" is not one: the candidate tells). The head of the phrase, or -1.
 */
function perceivedDoer(toks: readonly Token[], j: number, k: number): number {
  const t = toks[j]!;
  let m = j + 1;
  if (t.l === 'pick' && toks[m]?.w === 'up') m++;
  else if (!perceives(t)) return -1;
  let head = -1;
  for (; m < k; m++) {
    const x = toks[m]!;
    if (x.pos === 'VERB') break;
    if (!/^(DET|NOUN|PROPN|PRON|ADJ|NUM|ADP)$/.test(x.pos) || x.w === ',' || FIRST.has(x.w)) return -1;
    if (x.pos === 'ADP' && x.w !== 'of') return -1;
    if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON' || x.pos === 'NUM') head = m;
  }
  if (head < 0 || m > k || toks[m]?.pos !== 'VERB') return -1;
  if (coordinatedAct(toks, m, k)) return -1;
  // "I heard the customer crying and told her ...": another verb before k is someone's own act.
  for (let v = m + 1; v < k; v++) if (toks[v]!.pos === 'VERB') return -1;
  return head;
}

/** toks[j] (I, we) opens a clause qualifying the person before it: "[a] supervisor I worked under used to ...", with that person's verb at or before k. */
function reducedRelative(toks: readonly Token[], j: number, k: number): boolean {
  const noun = toks[j - 1];
  if (!noun || noun.pos !== 'NOUN' || !OTHER_PEOPLE.has(noun.l) || !/^(i|we)$/.test(toks[j]!.w) || toks[j + 1]?.pos !== 'VERB') return false;
  let m = j + 2;
  while (m < k && (toks[m]!.pos === 'ADP' || toks[m]!.pos === 'ADV' || toks[m]!.pos === 'PART')) m++;
  return m <= k && (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'AUX');
}

/** A verb in a finite past form ("called", "told"), not a bare or -ing form. */
const finite = (t: Token): boolean => t.pos === 'VERB' && t.w !== t.l && !t.w.endsWith('ing');

/**
 * "I heard the caller shouting and called him a deadbeat": the act at k, a finite verb joined by
 * "and" to the perceived one's bare or -ing verb (at or after `from`), is coordinated with "heard":
 * the candidate's own.
 */
export function coordinatedAct(toks: readonly Token[], from: number, k: number): boolean {
  if (!finite(toks[k]!)) return false;
  let verb = false;
  for (let m = from; m < k; m++) {
    const t = toks[m]!;
    if (t.pos === 'VERB') {
      if (finite(t)) return false;
      verb = true;
    } else if (t.w === 'and' && verb) return true;
  }
  return false;
}

const TOLD = /^(tell|ask|coach|train|instruct|advise|brief|teach|remind)$/;
/** The people on a team (not its dialler or shift), new to the job included: staff the candidate tells, lets or has act or speak. */
export const STAFF_PEOPLE = new Set(['agent', 'collector', 'team', 'staff', 'rep', 'representative', 'advisor', 'adviser', 'caller', 'handler', 'starter', 'trainee', 'joiner', 'recruit', 'newbie', 'hire', 'junior', 'colleague']);
const CAUSATIVE = /^(have|get|make|let|tell|ask|instruct|train|coach|encourage|want|expect|require|push|pressure|brief|teach|allow)$/;

/** The word at j is, or follows, staff whom the candidate made or told to act ("I had my team ...", "we told the agents they could ..."). */
function causedByCandidate(toks: readonly Token[], j: number): boolean {
  // "I told him that next time ... he should finish taking the payment first": advice to the one told.
  if (/^(he|she|they)$/.test(toks[j]!.w) && /^(should|can|could|must|need|ought|have|may)$/.test(toks[j + 1]?.l ?? '') && (toks[j + 1]!.l !== 'have' || toks[j + 2]?.w === 'to')) {
    for (let m = j - 1; m >= Math.max(1, j - 14); m--) {
      if (!/^(him|her|them)$/.test(toks[m]!.w) || !TOLD.test(toks[m - 1]!.l)) continue;
      for (let q = m - 2; q >= Math.max(0, m - 5); q--) if (FIRST.has(toks[q]!.w)) return true;
    }
    // "I told new starters they could skip ...", "I told my team that they could call ...": staff told what they may do.
    let m = j - 1;
    if (toks[m]?.w === 'that') m--;
    if (m >= 0 && STAFF_PEOPLE.has(toks[m]!.l)) {
      while (m > 0 && (STAFF_PEOPLE.has(toks[m]!.l) || /^(my|our|the|all|new|every|junior|newer)$/.test(toks[m]!.w))) m--;
      if (TOLD.test(toks[m]!.l)) for (let q = m - 1; q >= Math.max(0, m - 4); q--) if (FIRST.has(toks[q]!.w)) return true;
    }
  }
  for (let m = j; m >= Math.max(0, j - 14); m--) {
    if (!STAFF.has(toks[m]!.l)) continue;
    let v = m - 1;
    if (/^(my|our|the|all|every)$/.test(toks[v]?.w ?? '')) v--;
    const verb = toks[v];
    if (!verb || !CAUSATIVE.test(verb.l) || perceives(verb)) return false;
    for (let q = v - 1; q >= Math.max(0, v - 3); q--) {
      if (FIRST.has(toks[q]!.w)) return true;
      // "My script had agents ask ...": the candidate's own script or policy as the one that made them.
      if (DOCUMENTS.has(toks[q]!.l) && ownedBefore(toks, q)) return true;
      if (toks[q]!.pos !== 'ADV' && toks[q]!.pos !== 'AUX' && toks[q]!.pos !== 'PART') return false;
    }
    return false;
  }
  return false;
}

const DOCUMENTS = new Set(['letter', 'text', 'email', 'message', 'notice', 'voicemail', 'script', 'template', 'sms', 'line', 'series', 'header', 'wording']);

/** "our letter", "my team's script", "the voicemail script": the candidate's own document (our/my within three words before). */
function ownedBefore(toks: readonly Token[], j: number): boolean {
  for (let m = j - 1; m >= Math.max(0, j - 3); m--) {
    if (toks[m]!.w === 'our' || toks[m]!.w === 'my') return true;
    if (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'ADP') return false;
  }
  return false;
}

/** A finite verb follows the subject ("collectors said", "agents told"), not a gerund or a noun. */
function finiteVerbAfter(toks: readonly Token[], j: number): boolean {
  for (let m = j + 1; m < Math.min(toks.length, j + 4); m++) {
    const t = toks[m]!;
    if (t.pos === 'ADV') continue;
    if (t.pos === 'AUX') return true;
    return t.pos === 'VERB' && !t.w.endsWith('ing');
  }
  return false;
}

/** "agents were trained to", "were told to", "were allowed to", "were to point out". */
function instructedAfter(toks: readonly Token[], j: number): boolean {
  // "agents on my floor were allowed to": a place or team after the subject is skipped.
  if (/^(on|in|at|from)$/.test(toks[j + 1]?.w ?? '')) {
    for (let m = j + 2; m < Math.min(toks.length, j + 6); m++) if (toks[m]!.l === 'be') return instructedAfter(toks, m - 1);
  }
  const a = toks[j + 1];
  const b = toks[j + 2];
  if (!a || a.l !== 'be' || a.w === 'is' || a.w === 'are') return false;
  if (b?.w === 'to') return true;
  // ("the agents were telling customers to ...": the progressive is their own act, not an instruction they were given.)
  if (b?.w.endsWith('ing')) return false;
  return !!b && /^(coach|train|teach|told|tell|instruct|allow|expect|encourage|ask|require|meant|supposed|brief|script|incentivise|incentivize|reward|paid|direct|permit|push|pressure)$/.test(b.l) && (toks[j + 3]?.w === 'to' || toks[j + 4]?.w === 'to');
}

function modalAfter(toks: readonly Token[], j: number): boolean {
  const next = toks[j + 1];
  return !!next && next.pos === 'AUX' && /^(would|will|should|must|shall)$/.test(next.l);
}

/** Words that say a breach was found or put right: then it is reported, not done. */
/** "I reported my own mistake to compliance": a slip owned and reported, not a practice. */
export const OWN_MISTAKE = /\b(?:report|flag|escalate|log|own up to|admit)\S* (?:\S+ ){0,2}(?:my|our) own (?:mistake|error|breach|slip)\b/;
export const CORRECTION_WORDS = new RegExp(String.raw` (?:so|and|then|but|until|when|after|;|,) (?:i|we) (?:(?!not |never |n't )\S+ ){0,2}(?:coach|retrain|train|report|stop|remove|change|apologise|apologize|refund|fix|escalate|discipline|rewrite|withdraw|correct|end|ban|investigate|review|contact|write|put a stop|shut|sack|dismiss|warn|pull|catch|find|hear|spot|notice|listen)\b|\b(?:used to|use to|previous|before i (?:join|arrive|start|take over|get involved|come in|be bring in|be brought in)|old (?:team|script|policy|manager))\b|${OWN_MISTAKE.source}`);

const STAFF = new Set(['agent', 'collector', 'team', 'staff', 'rep', 'representative', 'advisor', 'adviser', 'caller', 'handler', 'dialler', 'dialer', 'shift', 'floor']);
const MODALS = new Set(['would', 'will', 'should', 'must', 'can', 'could', 'shall', 'need', 'have', 'to', 'always', 'just']);

/** The verb after a subject at j is in the present or under a modal: an instruction or a rule of the house. */
function policyVerbAfter(toks: readonly Token[], j: number): boolean {
  for (let m = j + 1; m < Math.min(toks.length, j + 5); m++) {
    const t = toks[m]!;
    if (t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV') {
      // "agents have to call" is a rule of the house; "an agent had been calling" is a story.
      if (t.l === 'have' && toks[m + 1]?.w !== 'to') return false;
      if (MODALS.has(t.l) || MODALS.has(t.w)) return true;
      if (t.l === 'be' || t.l === 'do') return t.w === 'are' || t.w === 'is' || t.w === 'do' || t.w === 'does';
      continue;
    }
    if (t.pos === 'VERB') return t.w === t.l || t.w === `${t.l}s` || t.w === `${t.l}es`;
    if (t.pos !== 'ADJ') return false;
  }
  return false;
}

/** A noun after a verb or preposition (across its determiners) is an object, not a subject. */
function isObject(toks: readonly Token[], j: number, k?: number): boolean {
  let m = j - 1;
  while (m >= 0 && (toks[m]!.pos === 'DET' || toks[m]!.pos === 'ADJ' || toks[m]!.pos === 'NUM' || toks[m]!.pos === 'PART' || /^(his|her|their|my|our|your|its|'s)$/.test(toks[m]!.w))) m--;
  // "ring the finance director and tell him": the head of a compound after a verb of contact is its object too.
  if (m >= 0 && toks[m]!.pos === 'NOUN' && toks[j]!.pos === 'NOUN') {
    let c = m;
    while (c >= 0 && c > m - 2 && toks[c]!.pos === 'NOUN') c--;
    while (c >= 0 && (toks[c]!.pos === 'DET' || /^(his|her|their|my|our|your|its|'s)$/.test(toks[c]!.w))) c--;
    if (c >= 0 && toks[c]!.pos === 'VERB' && CONTACT_VERBS.has(toks[c]!.l)) return true;
  }
  // The one perceived is the subject of its own verb, not of an act joined to "heard" by "and".
  if (m >= 0 && toks[m]!.pos === 'VERB' && PERCEIVE.has(toks[m]!.l)) return k !== undefined && coordinatedAct(toks, j + 1, k);
  return m >= 0 && (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'ADP' || toks[m]!.pos === 'AUX');
}

const CONTACT_VERBS = new Set(['ring', 'call', 'phone', 'email', 'text', 'message', 'contact', 'tell', 'ask', 'visit', 'write', 'meet', 'see']);

// "I heard a colleague tell...": the colleague is the one who told.
const PERCEIVE = new Set(['hear', 'overhear', 'see', 'watch', 'notice', 'catch', 'spot', 'find', 'show', 'witness', 'observe', 'record', 'flag', 'review', 'discover', 'learn', 'realise', 'realize', 'uncover']);

const THING_PASSIVES = new Set(['add', 'put', 'make', 'get', 'leave', 'let', 'offer', 'push', 'press', 'point', 'state', 'write']);

/** A verb of finding or noticing ("I heard", "QA flagged"); "the attorney flag" as a noun is none. */
const perceives = (t: Token): boolean => t.pos === 'VERB' && PERCEIVE.has(t.l);

/**
 * The candidate's own act at k, said with "I" or "we" as its subject ("I called every hour"), not a finding of
 * theirs ("I found our texts were still going ...") nor something of theirs named as the subject ("our dialler").
 */
export function ownActAt(s: Sentence, k: number): boolean {
  const subj = subjectBefore(s, k, true).index;
  if (!/^(i|we)$/.test(s.tokens[subj]?.w ?? '')) return false;
  const next = s.tokens[subj + 1]?.pos === 'ADV' ? s.tokens[subj + 2] : s.tokens[subj + 1];
  return !next || !perceives(next);
}

/** The nearest speech verb to the left of k in the sentence (tell, say, warn...), not across "but", "so", ";". */
export function speechBefore(sentence: Sentence, k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const t = sentence.tokens[j]!;
    // "interest would be added", "a note was put on the file": in the passive these verbs say what was done to a thing, not who spoke.
    // ("Liam's got room on his overdraft": "has got" is having, not getting someone to do something.)
    const having = t.l === 'get' && /^('s|has|have|'ve|had|'d)$/.test(sentence.tokens[j - 1]?.w ?? '');
    if (t.pos === 'VERB' && SPEECH.has(t.l) && !having && !(THING_PASSIVES.has(t.l) && passiveAt(sentence, j))) return j;
    if (t.clauseStart && CLAUSE_BREAKS.has(t.w)) return -1;
    // "Though she'd told me her husband had died, I pushed her": the candidate's own clause
    // starts at ", I"; the customer's telling before it is not what frames the act.
    if (t.clauseStart && (t.w === 'i' || t.w === 'we') && toksBefore(sentence, j) === ',') return -1;
    // "if it's the only number that connects I'll try it": the consequence is the candidate's own clause.
    if (t.clauseStart && (t.w === 'i' || t.w === 'we') && !t.quoted && sentence.tokens[j - 1]?.antecedent) return -1;
    if (t.clauseStart && (t.w === 'and' || t.w === 'so') && /^(i|we)$/.test(sentence.tokens[j + 1]?.w ?? '')) return -1;
  }
  return -1;
}

function toksBefore(sentence: Sentence, j: number): string {
  return sentence.tokens[j - 1]?.w ?? '';
}

export function speechAfter(sentence: Sentence, k: number): number {
  for (let j = k + 1; j < sentence.tokens.length; j++) {
    const t = sentence.tokens[j]!;
    if (t.pos === 'VERB' && SPEECH.has(t.l)) return j;
  }
  return -1;
}

/**
 * Where a denial of the act at a subject may start: before "so that" ("we never ask for one so that we
 * could threaten"), and before "the worst thing" ("the worst thing I could do is bluff").
 */
export function negationFrom(sentence: Sentence, subject: number): number {
  const toks = sentence.tokens;
  if (subject >= 2 && toks[subject - 1]!.w === 'that' && toks[subject - 2]!.w === 'so') {
    let j = subject - 3;
    while (j > 0 && !toks[j]!.clauseStart) j--;
    return Math.max(0, j);
  }
  if (subject >= 2 && toks[subject - 1]!.l === 'thing' && /^(last|worst)$/.test(toks[subject - 2]!.w)) return subject - 2;
  // "Not once did I tell...", "Never have I threatened...": the denial stands before the inverted subject.
  if (subject >= 2 && toks[subject - 1]!.pos === 'AUX' && toks.slice(Math.max(0, subject - 4), subject - 1).some((t) => t.l === 'not' || t.l === 'never' || t.w === 'no')) return Math.max(0, subject - 4);
  return subject;
}

// The words that can make negatedBetween() say yes. It is asked of nearly every word of every
// answer (points.ts), and most words have none of them before them in their sentence.
const DENYING = new Set([...NEGATORS, 'thing', 'leave', 'keep', 'omit', 'withhold', 'exclude', 'tempt']);
const lastDenying = new WeakMap<Sentence, Int32Array>();

/** Whether any word from `from` up to `to` could deny what is at `to` (if not, negatedBetween() is false over that span). */
export function mayBeDenied(sentence: Sentence, to: number, from = 0): boolean {
  let last = lastDenying.get(sentence);
  if (!last) {
    // last[k]: the index of the last denying word before token k, or -1.
    last = new Int32Array(sentence.tokens.length + 1);
    let seen = -1;
    sentence.tokens.forEach((t, k) => {
      last![k] = seen;
      if (DENYING.has(t.l) || t.w === 'tempted' || t.w === 'tempting') seen = k;
    });
    last[sentence.tokens.length] = seen;
    lastDenying.set(sentence, last);
  }
  const k = Math.min(Math.max(to, 0), sentence.tokens.length);
  return last[k]! >= Math.max(0, from);
}

/** Whether a word between `from` and `to` (exclusive) denies what is at `to`. */
export function negatedBetween(sentence: Sentence, from: number, to: number, options: FrameOptions = {}): boolean {
  if (!mayBeDenied(sentence, to, from)) return false;
  const toks = sentence.tokens;
  const inAntecedent = toks[to]?.antecedent ?? false;
  for (let j = to - 1; j >= Math.max(0, from); j--) {
    const t = toks[j]!;
    // A "not" inside somebody's quoted words ("stop accepting 'I can't afford it'") denies nothing outside them.
    if (t.quoted && !toks[to]?.quoted) continue;
    // "not", "never" reach a clause; "stop", "avoid", "without" only the words just after them.
    if (SHORT_NEGATORS.has(t.l) && to - j > 7) continue;
    // A negation in "if you don't pay" does not reach the consequence.
    if (t.antecedent && !inAntecedent) continue;
    // "so that we could threaten": purpose, not a new clause.
    if (CLAUSE_BREAKS.has(t.w) && j < to && !(t.w === 'so' && toks[j + 1]?.w === 'that')) return false;
    // "the worst thing I could do is bluff", "the last thing I'd do is threaten him".
    if (t.l === 'thing' && /^(last|worst)$/.test(toks[j - 1]?.w ?? '')) return true;
    if (options.keep?.includes(t.l)) continue;
    if ((t.l === 'leave' || t.l === 'keep') && toks[j + 1]?.w === 'out') return true;
    if (t.l === 'omit' || t.l === 'withhold' || t.l === 'exclude') return true;
    // "I was tempted to go around the solicitor, but...": the act considered, not done.
    if ((t.l === 'tempt' || t.w === 'tempted' || t.w === 'tempting') && toks[j + 1]?.w === 'to') return true;
    // "the crisis team won't stop bailiffs coming", "nothing stops you paying today": a stop denied affirms what follows.
    if ((t.l === 'stop' || t.l === 'prevent') && (toks[j - 1]?.l === 'not' || toks[j - 1]?.l === 'nothing')) { j--; continue; }
    // "nothing major", "nothing to worry about": played down, not denied.
    if (t.l === 'nothing' && (toks[j + 1]?.pos === 'ADJ' || (toks[j + 1]?.w === 'to' && /^(worry|panic|fear)$/.test(toks[j + 2]?.l ?? '')))) continue;
    // "Could your children not chip in?": a suggestion put as a question.
    if (t.l === 'not' && j <= 6 && /^(can|could|would|will)$/.test(toks[0]?.l ?? '') && toks[toks.length - 1]?.w === '?' && toks[j - 1]?.pos !== 'AUX') continue;
    if (NEGATORS.has(t.l)) {
      // "the no-answer accounts", "a no-contact list": a compound, not a denial (conduct-train23.yaml, training).
      if ((t.l === 'no' || t.l === 'non') && toks[j + 1]?.w === '-' && j + 2 < to) continue;
      if (t.l === 'rather' && toks[j + 1]?.w !== 'than') continue;
      if (t.l === 'instead' && toks[j + 1]?.w !== 'of') continue;
      // "no later than", "not only ... but" do not deny, nor does a gerund's "not" ("not paying was theft").
      if (t.l === 'not' && toks[j + 1]?.w === 'only') continue;
      // "I can't control whether the sheriff's office gets involved": what follows is held over them, not denied.
      if (t.l === 'not' && /^(control|guarantee|promise|stop|say)$/.test(toks[j + 1]?.l ?? '') && /^(whether|if|what)$/.test(toks[j + 2]?.w ?? '')) continue;
      // "every customer with an invoice, due or not": an alternative, not a denial.
      if (t.l === 'not' && toks[j - 1]?.w === 'or' && (toks[j + 1]?.w === ',' || toks[j + 1]?.pos === 'PUNCT')) continue;
      // "I don't mind telling them", "I don't hesitate to say": willingness, not a denial.
      if (t.l === 'not' && /^(mind|hesitate)$/.test(toks[j + 1]?.l ?? '')) continue;
      // "I'm not afraid to ring HR", "never shy about asking twice": readiness, not a denial (conduct-train13.yaml).
      if ((t.l === 'not' || t.l === 'never') && /^(afraid|scared|shy|frightened|ashamed|above)$/.test(toks[j + 1]?.w ?? '')) continue;
      // "don't be surprised if bailiffs turn up": a warning, not a denial.
      if (t.l === 'not' && toks[j + 1]?.l === 'be' && /^(surprised|shocked)$/.test(toks[j + 2]?.w ?? '')) continue;
      // "Could you not just put it on a card?", "can't you just ask your mum?", "why not...": a suggestion, not a denial.
      if (t.l === 'not' && ((toks[j - 1]?.w === 'you' && /^(could|can|would|ca|wo)$/.test(toks[j - 2]?.w ?? '')) || (toks[j + 1]?.w === 'you' && /^(can|could|would|will|do)$/.test(toks[j - 1]?.l ?? '')) || toks[j - 1]?.w === 'why' || (toks[j - 1]?.l === 'do' && toks[j - 2]?.w === 'why'))) continue;
      // ("I'm not calling to threaten you" is a denial: wink may keep "i'm" as one token.)
      if (t.l === 'not' && toks[j + 1]?.pos === 'VERB' && toks[j + 1]!.w.endsWith('ing') && toks[j - 1]?.pos !== 'AUX' && !/['’](m|re|s)$/.test(toks[j - 1]?.w ?? '')) continue;
      if (t.l === 'no' && (toks[j + 1]?.w === 'later' || toks[j + 1]?.w === 'more')) continue;
      // "Directors who don't pay their suppliers can get arrested": the "not" sits in a relative
      // clause on the subject, and the main verb comes after its own modal.
      // So does "I told him a grown man who can't pay his bills should be ashamed": the relative
      // pronoun may stand before the clause's own auxiliaries.
      if (t.l === 'not' && relativeNot(toks, j) && (toks.slice(j + 2, to + 1).some((x) => x.pos === 'AUX' && /^(can|could|will|would|may|might|must|should|'ll|be go to)$/.test(x.l)) || toks.slice(j + 1, to + 1).filter((x) => x.pos === 'VERB').length >= 2)) continue;
      // "I said no, we're not finishing until...": an answer of no, not a denial of what follows.
      if (t.l === 'no' && toks[j + 1]?.w === ',' && /^(say|answer|reply|tell)$/.test(toks[j - 1]?.l ?? '')) continue;
      // "shorter calls, no long hardship conversations, push for the full balance": a "no" in a
      // list item denies its own noun phrase only.
      if (t.l === 'no' && listItemEnds(toks, j, to)) continue;
      return true;
    }
  }
  return false;
}

/** The "not" at j opens a relative clause: "who don't", "that didn't", "who can't", "who had not". */
function relativeNot(toks: readonly Token[], j: number): boolean {
  let m = j - 1;
  if (toks[m]?.l === 'do') m--;
  else if (toks[m]?.w !== 'that') while (m > 0 && toks[m]!.pos === 'AUX' && m > j - 3) m--;
  return /^(who|that|which)$/.test(toks[m]?.w ?? '');
}

function listItemEnds(toks: readonly Token[], j: number, to: number): boolean {
  for (let m = j + 1; m < to; m++) {
    if (toks[m]!.w === ',') return true;
    if (toks[m]!.pos === 'VERB' || toks[m]!.pos === 'AUX') return false;
  }
  return false;
}

/** The clause text around k talks about the act as a rule ("threatening arrest is illegal"). */
export function ruleTalk(sentence: Sentence, from: number, to: number): boolean {
  // The customer's quoted words ("I can't afford it") and a condition ("if we can't reach
  // him") say nothing about whether the act is allowed; they count only when they are all there is.
  const span = sentence.tokens.slice(Math.max(0, from), to);
  const own = span.filter((t) => !t.quoted && !t.antecedent);
  // "My rule was three calls a day": the candidate's own rule is a practice, not the law.
  return RULE_TALK.test(ownPractice((own.length ? own : span).map((t) => t.l).join(' ')));
}

/** Words about the rules that are the candidate's own practice or excuse, not talk of what is allowed. */
function ownPractice(words: string): string {
  return words.replace(/\b(my|our) (own |golden |simple |house |team |personal )?rule\b/g, 'my practice')
    // "I'd only bend the rules a tiny bit, like ringing at half nine at night": the rules broken, not talked of.
    .replace(/\b(bend|break|stretch|push|ignore|skirt|flex)\w* (the |a few |some )?rules?\b/g, 'do it my way')
    // "an edge over agencies that have to follow Reg F": a rule said to bind others, not a judgement of the act.
    .replace(/\b(that|who) (have|has|need|must)( to)? (follow|comply with|obey|stick to|work under) (the )?\S+( \S+)?/g, 'that work differently')
    // "I did the disclosure and checked her identity, and then...": the opening given, a step done, not talk of a rule.
    .replace(/\b(do|give|read|make|after|with|and) (the |a |my )?(proper |full |required |opening |usual )?(mini-miranda |mini miranda )?disclosure\b/g, '$1 the opening')
    // "the presumption is rebuttable": the rule cited to justify going past it.
    .replace(/\b(the )?(\S+ )?presumption (be|is) rebuttable\b/g, 'we can go past it')
    // "because the rule is you can call until ten": a rule cited to justify the act, not a denial of it.
    .replace(/\b(because|since|as) (the )?(rule|law|regulation) (be|is|say|says) (that )?(you|we|i) can\b/g, 'because we can')
    // "because the rule is that a dispute only pauses collection once...", "under the FCA rules a condition doesn't change...": a rule cited as the excuse.
    .replace(/\b(because|since) (the )?(rule|law|regulation) (be|is|say|says) (that )?/g, 'because ')
    .replace(/^ ?(under|according to) (the )?(\S+ )?(rule|law|regulation)s? /, ' ');
}

// After the act's own clause, a modal's "not" ("the landlord can wait a week, we can't") is the
// candidate's own words, not talk about whether the act is allowed.
const RULE_TALK_AFTER = new RegExp(`\\b(${RULE_WORDS})\\b`);

/** Rule talk from the sentence's start to the end of the act's clause, or rule words after it. */
export function ruleTalkAround(sentence: Sentence, k: number): boolean {
  const { from, to: end } = clauseOf(sentence, k);
  // "I'd run the outbound list until 10 p.m., since the rules let you call up to ten": the act, with a
  // permission claimed after it as its reason, stays the candidate's (answers-train11.yaml).
  if (SINCE_PERMITS.test(sentence.tokens.slice(k + 1).map((t) => t.l).join(' '))) return false;
  // "Reg F allows up to seven calls a day, so I had the dialer set to seven a day": a rule claimed as a
  // permission and then acted on; the act in the "so I" clause is the candidate's own (answers-train8.yaml).
  const lead = sentence.tokens.slice(0, from).map((t) => t.l).join(' ');
  const actsOn = from > 0 && PERMITS.test(lead) && /^(?:so|therefore|and so) (?:(?:if|when|once|as soon as) (?:\S+ ){1,8}?)?(?:i|we)\b/.test(sentence.tokens.slice(from, from + 12).map((t) => t.w.toLowerCase()).join(' '));
  if (ruleTalk(sentence, actsOn ? from : 0, end)) return true;
  const rest = sentence.tokens.slice(end).filter((t) => !t.quoted && !t.antecedent);
  return rest.length > 0 && RULE_TALK_AFTER.test(ownPractice(rest.map((t) => t.l).join(' ')));
}

const SINCE_PERMITS = /\b(?:since|because|as) (?:the |our )?(?:rule|law|regulation|reg f|fdcpa|conc|fca|guideline|regs)s? (?:\S+ )?(?:let|allow|permit)\w*/;
// (Also a false rule claimed as the permission: "a spouse counts as the customer in the UK too, so I went through the
// full balance with her husband", "caller ID counts as verification, so if the number matched I'd discuss the account",
// "debt advisers have no legal standing, so ...", "the count resets every time the customer picks up, so ..." (conduct-train16.yaml).)
const PERMITS = /\b(?:allow|let|permit)\w* (?:us |you |me |collector |agency )?(?:to )?(?:up to|call|make|contact|ring|as many|\S+ call|\S+ attempt)|\bsay (?:we|you|i) can\b|\bcount\w* as (?:the |a )?(?:customer|consumer|account holder|verification|verified|check|id)\b|\b(?:be|is) (?:totally |perfectly |completely )?(?:fine|allowed|ok|okay|legal)\b|\bno legal (?:standing|right|power)\b|\breset\w* (?:every|each|when|whenever|after)\b/;

/** Passive speech ("she was told she would be arrested"): the speaker is not named. */
export function passiveAt(sentence: Sentence, verb: number): boolean {
  const prev = sentence.tokens[verb - 1];
  const prev2 = sentence.tokens[verb - 2];
  // "I was telling them", "I am saying to him": a progressive, not a passive.
  if (/ing$/.test(sentence.tokens[verb]?.w ?? '')) return false;
  return (!!prev && prev.l === 'be' && prev.pos !== 'PRON') || (!!prev2 && prev2.l === 'be' && prev?.pos === 'ADV');
}

const CONTACT_NOUNS = new Set(['call', 'text', 'message', 'sms', 'email', 'voicemail', 'attempt', 'reminder', 'letter', 'visit', 'callback']);
const SENT = /^(send|schedule|make|place|set|time|program|programme|book|fire|dial|plan|queue|trigger|push|target|route)$/;
const RECIPIENTS = new Set(['customer', 'consumer', 'debtor', 'account', 'people', 'borrower', 'holder', 'household']);

/**
 * "Our texts went out at half past nine at night", "calls were scheduled for seven", "accounts were
 * getting twelve calls a week": contact with no one named as its maker is the practice of the team
 * the candidate describes, unless the sentence reports it as a complaint or a finding, or says how
 * it was put right.
 */
/** The sentence reports the act as a complaint or a finding, in someone else's words, or says how it was put right. */
export function reportedOrCorrected(s: Sentence, k: number): boolean {
  const toks = s.tokens;
  if (toks.slice(0, k).some((x) => perceives(x) || x.l === 'complain' || x.l === 'complaint' || x.l === 'allege')) return true;
  if (CORRECTION_WORDS.test(` ${toks.map((x) => x.l).join(' ')} `)) return true;
  // "She said texts went out at six": someone else's account of it.
  const sp = speechBefore(s, k);
  return sp >= 0 && subjectBefore(s, sp, true).actor === 'other';
}

export function practiceContact(s: Sentence, k: number): boolean {
  const toks = s.tokens;
  if (reportedOrCorrected(s, k)) return false;
  for (let j = 0; j < k; j++) {
    const t = toks[j]!;
    if (t.antecedent || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB')) continue;
    const next = toks.slice(j + 1, j + 4);
    let act = -1;
    if (CONTACT_NOUNS.has(t.l)) {
      // "texts went out", "calls were scheduled", "calls went on until ten".
      const go = next.findIndex((x) => x.l === 'go' || x.l === 'run' || x.l === 'land' || x.l === 'continue' || x.l === 'start');
      const be = next.findIndex((x, i) => x.l === 'be' && SENT.test(next[i + 1]?.l ?? ''));
      act = go >= 0 ? go : be;
    } else if (RECIPIENTS.has(t.l)) {
      // "accounts were getting eleven calls a week".
      act = next.findIndex((x) => x.l === 'get' || x.l === 'receive');
    }
    if (act >= 0 && !negatedBetween(s, j, k)) return true;
  }
  return false;
}
