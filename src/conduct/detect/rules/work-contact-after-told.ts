// Detectors for work-contact-after-told: Keeps contacting the customer at work (or another place) after being told not to.
import { lemmasBefore } from '../lemmas.js';
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
  // answers-train15.yaml (training, stop 40): the request not to be called at work and the candidate's own call there in
  // one sentence, in either order ("a few days after the customer had asked us not to call her at her office any more, I
  // rang her there myself"; "the dialer rolled over to their work number, including the ones who'd told us not to call
  // them at work"). The request itself matches too, and its "not" denies it.
  {
    rule: 'work-contact-after-told',
    frame: 'act',
    pattern: / (?:ring|call|phone|dial|try|text|visit|contact|roll over|route|switch|send|email|go back)\S* (?:\S+ ){0,3}(?:there\b|(?:to )?(?:the |their |his |her |a )?(?:work|office|desk) (?:number|line|phone|address|email|inbox)|(?:at|on) (?:the |their |his |her )?(?:work|office|desk|job|workplace|shop)\b(?: (?:number|line|phone))?)/,
    needs: (l, _ctx, s, k) => {
      // ("not to ring her office"; "after the customer ask us not to,"; "the one he'd told us back in March not to use":
      // conduct-train23.yaml, training.)
      const request = /\b(?:ask|tell|request|say|write|beg)\S* (?:\S+ ){0,2}(?:not to|to stop|never to|no more) (?:call|ring|phone|contact|visit|try|email|use)\S* (?:\S+ ){0,2}(?:(?:at|on) )?(?:the |their |his |her |my )?(?:work|office|shop|job|workplace|desk)\b|\b(?:ask|tell)\S* (?:us|me) not to(?: (?:,|\.|because|and|but|so)|\s*$)|\btell\S* us (?:\S+ ){0,4}not to use\b/.exec(l);
      if (!request) return false;
      // The match is the request's own words ("not to call her at her office"): the act is elsewhere.
      if (/\b(?:not to|to stop|never to|no more)$/.test(lemmasBefore(s, k))) return false;
      // "I once rang a customer at work after she'd told us not to ...; I reported it to compliance, apologised to her":
      // a slip of the candidate's own, owned and put right (conduct-train17.yaml).
      return !(/\b(report|apologise|apologize|own up|self-report)\w* (\S+ ){0,3}(to compliance|to my manager|to her|to him|to them|it|myself)\b/.test(l) && /\b(fix|correct|change|block|retrain)\w*\b/.test(l));
    },
  },
];
