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

/** restatesListener over a sentence's tokens. */
export function sentenceRestatesListener(s: Sentence): boolean {
  return restatesListener(` ${s.tokens.map((t) => t.l).join(' ')} `);
}
