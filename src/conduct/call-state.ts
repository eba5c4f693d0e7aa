// Where a call stands, as the turn checks read it: who is on the line and what they have said.
/** Where the call stands when the candidate speaks. */
export interface CallState {
  /** Who is on the line: the consumer, someone else, the consumer's spouse or partner, or not known yet. */
  listener: 'consumer' | 'third-party' | 'spouse' | 'unknown';
  /** The consumer's identity has been confirmed on this call. */
  verified: boolean;
  /** The person on the line may discuss the account (power of attorney, joint holder, the consumer's consent). */
  authorised?: boolean;
  /** A message that others may hear (a voicemail, an answering machine), not a live listener. */
  voicemail?: boolean;
  /** The consumer disputed the debt in writing (in the validation period, for a US collector). */
  disputed?: boolean;
  /** The consumer asked in writing that contact stop, or refused to pay. */
  ceased?: boolean;
  /** A lawyer, attorney or debt adviser acts for the consumer. */
  represented?: boolean;
  /** The consumer said not to call at work, or the employer forbids it. */
  workForbidden?: boolean;
  /** The consumer is at work now. */
  atWork?: boolean;
  /** The consumer has disclosed an illness, a bereavement, a mental-health condition or another vulnerability. */
  vulnerable?: boolean;
  /** The hour where the consumer is now (0-24, fractions for minutes), when known: before 8 or after 9 p.m. the call itself is at an inconvenient time. */
  localHour?: number;
  /** The consumer asked to be called at this hour (a late or early time they chose is not inconvenient to them). */
  hourAgreed?: boolean;
}

/** Someone other than the consumer is on the line (a UK spouse is one; a US spouse is the consumer), with no authority over the account. */
export function thirdPartyListening(state: CallState, jurisdiction: 'us' | 'uk' | 'any' | undefined): boolean {
  return !state.authorised && (state.listener === 'third-party' || (state.listener === 'spouse' && jurisdiction === 'uk'));
}

/** What is said may reach someone other than the consumer: a third party listening, or a message on a line not known to be theirs alone. */
export function othersMayHear(state: CallState, jurisdiction: 'us' | 'uk' | 'any' | undefined): boolean {
  return thirdPartyListening(state, jurisdiction) || (state.voicemail === true && state.listener !== 'consumer');
}
