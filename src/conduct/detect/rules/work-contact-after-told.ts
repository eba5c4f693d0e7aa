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
  // conduct-train11.yaml (training, stop 31): "he only told my colleague not to call him at work, so I felt I could still give it a go", "'don't call me
  // at work' just means call at lunch", "she asked us not to visit her at the shop again, but our field agent dropped by twice more".
  {
    rule: 'work-contact-after-told',
    frame: 'act',
    pattern: / (?:could still give it a go|(?:just |only )?mean (?:call|ring|try) (?:at|over|during|on) (?:lunch|break|the break)|drop (?:by|in|round) (?:\S+ ){0,2}(?:again|twice more|anyway|more|regardless))\b/,
    needs: (l) => /\bnot (to )?(call|ring|visit|contact|phone)\b (\S+ ){0,4}(at|in) (work|the office|the shop|the store|his work|her work|their work|the site)\b|\bcall me at work\b/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): "we'd try the reception there now and then", "the texts carried on for another month", "try the office
  // once more", "we still sent the field agent there twice more", "we kept copying it in".
  {
    rule: 'work-contact-after-told',
    frame: 'act',
    pattern: / (?:try (?:the )?(?:reception|switchboard|office|school|shop|work number|work line|workplace) (?:\S+ )?(?:now and then|again|anyway|occasionally|sometimes|once more|every so often)|(?:text|call|email|message)s? carry on for (?:another|a further)|still send (?:the |a |our )?(?:field agent|agent|someone|visitor|collector)s? (?:there|round)|keep cop\S* (?:\S+ )?in)\b/,
    needs: (l) => /\b(stop|not to|no more|do not allow|does not allow|forbid)\b/.test(l) && /\b(work|school|shop|office|reception|hr|employer|workplace)\b/.test(l),
  },
];
