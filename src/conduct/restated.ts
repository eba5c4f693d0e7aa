// What the listener said, read back on a call before it is answered ("You're asking if we're sending
// the bailiffs round", "You'd like time to think"): not the collector's own statement, for the
// detectors and the turn model alike (call-turns/train15.yaml and train16.yaml).
import type { Sentence } from '../language/read.js';

const RESTATED = /^ ?(?:so ,? |okay ,? |ok ,? |right ,? |sorry ,? |oh ,? |fine ,? )?you (?:be ask(?:ing)? (?:me )?(?:if|whether)\b|be (?:say|tell me)\b|(?:want|would like|would rather)\b(?! me\b))/;

/**
 * Whether a sentence's lemmas (" you be ask if ... ") only restate what the listener said. One with
 * a dash, colon or semicolon goes on to the collector's answer, and is read.
 */
export function restatesListener(lemmas: string): boolean {
  return RESTATED.test(lemmas) && !/ (?:—|–|;|:) /.test(lemmas);
}


// "I'm sorry about how I started this call, saying I was from your bank": an earlier breach owned up to on the
// call is not done again (call-turns/train17.yaml).
const APOLOGISED = /^ ?(?:and |so |but |look , )?(?:i be |i'm |i am |i really |i )?(?:really |so |very |truly )?(?:sorry|apologise|apologize|apologies)\w* (?:about|for) (?:how|that|what|the way|earlier|say|tell|call|ring|my|the (?:way|start|beginning))\b/;

/** Whether a sentence's lemmas apologise for something said or done earlier on the call. */
export function apologisesFor(lemmas: string): boolean {
  return APOLOGISED.test(lemmas) || OWNED_ON_CALL.test(lemmas);
}

// "I did mention the bill to your son before you came on, and I shouldn't have", "I'm logging a complaint now,
// about the call to your work": owned up to, or logged as a complaint (call-turns/train18.yaml).
// ("Calls asking for payment after your dispute arrived shouldn't have happened", "I'm recording your complaint about the call to
// your workplace": the same, in other words; call-turns/train24.yaml.)
const OWNED_ON_CALL = /\b(?:and|but) i (?:should not|shouldn't) have\b|\bthat(?: be|'s) on me\b|\b(?:log|logging|record|recording|raise|raising)\w* (?:a |it as a |your |the |her |his )?complaint (?:now )?,? ?(?:about|for)\b|\b(?:should|ought to) (?:not|n't|never) have (?:happen|be make|be send|be say|occur)\w*/;

/** What is not the collector's own act now: the listener's words read back, or an apology for an earlier one. */
export function sentenceNotOwnNow(s: Sentence): boolean {
  const l = ` ${s.tokens.map((t) => t.l).join(' ')} `;
  return restatesListener(l) || apologisesFor(l);
}
