// Detectors for work-contact-after-told: Keeps contacting the customer at work (or another place) after being told not to.
import type { Detector } from '../types.js';

export const WORK_CONTACT_AFTER_TOLD: readonly Detector[] = [
  {
    // "My team kept ringing her at her shop after she told us it was an inconvenient place".
    rule: 'work-contact-after-told',
    frame: 'act',
    pattern: / (?:keep|kept|carry on|continue|still)\S* (?:ring|call|phon|email|text|contact|try)\S* (?:\S+ ){0,4}(?:work|office|shop|school|workplace|desk|job|site|store|salon|warehouse|ward)\S* (?:\S+ ){0,6}(?:after|even though|although|despite)\b/,
    needs: (l) => /\b(tell|told|ask|say|said|request|write|wrote)\b/.test(l.slice(l.search(/\b(after|even though|although|despite)\b/))),
  },
];
