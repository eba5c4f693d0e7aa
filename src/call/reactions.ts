// What a customer says to a breach the script has no line for. A scenario's branches may answer a
// breach in its own words (`if: {breach: ...}`); where they do not, the scripted customer used to
// carry on as if nothing had happened, and thanked a collector who had just pushed a payday loan.
// A real customer reacts, so the offline customer does too, in the rule's own terms. Only a
// customer reacts: a third party who hears about the debt does not know it was a breach, and in a
// coaching scenario the other side is an agent. Skipping the identity check goes unremarked: the
// customer cannot tell.

export const REACTIONS: Readonly<Record<string, string>> = {
  'third-party-disclosure': "Hang on, who else have you been talking to about this?",
  'threat-arrest': "Arrested? Over a bill? That can't be right.",
  'threat-unlawful-action': "You can't just do that, can you? That sounds like a threat.",
  'false-statement': "That doesn't sound right to me.",
  impersonation: 'Wait, who did you say you are?',
  'excessive-contact': "That's far too many calls. You can't keep ringing me like that.",
  'inconvenient-time': "That's no time to be ringing anyone.",
  'work-contact-after-told': 'I told you not to call me at work.',
  'ignoring-dispute-or-cease': "I've already told you where I stand on this.",
  'represented-consumer': "I've told you someone is dealing with this for me. Talk to them.",
  'vulnerable-pressure': "Please. I can't cope with this right now.",
  'borrowing-pressure': "I'm not borrowing more to pay you. That would only make it worse.",
  'shaming-abuse': "There's no need to speak to me like that.",
  'holding-on-line': 'I want to go now.',
};

/** A line that thanks or praises the collector: after a breach it is not said at all. */
const GRATEFUL = /\b(thank|thanks|kind|appreciate|means a lot|clearer|helpful|reassuring)\b/i;

/** A scripted line with its thanks taken out ("Thank you for being kind about it. Is there anything else?" -> "Is there anything else?"): said later in a call where the collector broke a rule. */
export function withoutThanks(line: string): string {
  if (!GRATEFUL.test(line)) return line;
  const kept = (line.match(/[^.!?]+[.!?]*\s*/g) ?? [line]).filter((sentence) => !GRATEFUL.test(sentence)).join('').trim();
  return kept || 'Okay.';
}

/** The customer's line after a turn that broke `rule`, where no branch of the script answered it. */
export function reactTo(rule: string, scripted: string): string {
  const reaction = REACTIONS[rule];
  if (!reaction) return scripted;
  return GRATEFUL.test(scripted) ? reaction : `${reaction} ${scripted}`;
}

/** The closing after such a turn: the reaction, and goodbye without thanks. */
export function closeAfter(rule: string, closing: string): string {
  const reaction = REACTIONS[rule];
  if (!reaction) return closing;
  return GRATEFUL.test(closing) ? `${reaction} Goodbye.` : `${reaction} ${closing}`;
}
