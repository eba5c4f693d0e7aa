// Detectors for inconvenient-time: Contacts the customer at an unreasonable hour (before 8 a.m. or after 9 p.m.).
import type { Detector } from '../types.js';
import { lemmasBefore } from '../lemmas.js';

// The consumer's own word that an hour or a day does not suit them.
const INCONVENIENT_SAID = /\b(?:tell|say|ask|explain)\S* (?:us |me |the team |him |her )?(?:that )?(?:(?:morning|evening|afternoon|lunchtime|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:be|were|was|are) (?:\S+ )?(?:no good|bad|impossible|inconvenient|not good|a problem|difficult|out)|(?:us |me )?not to (?:call|ring|phone|contact) (?:\S+ ){0,2}(?:before|after|on|in the|at|during))/;

export const INCONVENIENT_TIME: readonly Detector[] = [
  {
    // "we go by our own clock", "dials that don't connect count as free".
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:go|work|call|dial) by (?:our|my) (?:own )?(?:clock|time|time zone|timezone|local time)\b/,
  },
  {
    // "work the missed callbacks right through until about ten at night".
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:until|till|through to|right up to|up to) (?:about |around )?(?:ten|eleven|midnight|half nine|half ten|quarter to ten|quarter past nine|10|11|9:30|9:45|10:30)(?: o'clock)? (?:at night|in the evening|pm|p\.m\.)/,
    // ("till half nine at night but only dial the West Coast": still early where the customer is.)
    needs: (l) => /\b(call|callback|dial|dialer|dialler|ring|phone|shift|work|contact|campaign)\b/.test(l) && !/\b(west coast|east coast|their time|for them|local time|time zone|timezone|their local|where they (be|live))\b/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): told "mornings were no good", "but the campaign ran at nine a.m., so he got called then anyway".
  {
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:tell|say|ask|explain)\S* (?:us |me |the team )?(?:that )?(?:morning|evening|afternoon|lunchtime|weekend|night)s? (?:be|were|was) (?:no good|bad|impossible|inconvenient|not good|a problem|difficult|out)\b/,
    needs: (l) => /\b(anyway|still|regardless|keep (call|ring|phon|try)\w*|but (the |our )?(campaign|dialler|dialer|shift|team|i|we))\b/.test(l) && !/\b(so (we|i) (move|stop|change|switch|only)|moved|changed|switched)\b/.test(l),
  },
  // conduct-train12/13/14/15.yaml (training, stop 33): the same, read at the act that followed: "told us mornings were no good, but the
  // campaign ran at nine a.m.", "asked us not to call before noon, but the morning campaign started at nine", "Tuesdays were impossible
  // because of her dialysis, and I still booked her callbacks on Tuesdays", "evenings were bad ... and I kept calling at seven in the evening".
  {
    rule: 'inconvenient-time',
    frame: 'act',
    pattern: / (?:(?:still|anyway|regardless) (?:\S+ ){0,3}?(?:call|ring|book|phone|dial|text|try|schedule)\S*|(?:kept|keep) (?:call|ring|phon|try|book|dial|text)\S*|(?:the |our )?(?:\S+ )?(?:campaign|dialler|dialer|shift) (?:\S+ ){0,2}(?:ran|run|start|go|went|kick)\S* (?:\S+ ){0,3}(?:at|from|until|before)|so (?:he|she|they) (?:get|got) call\S* (?:then|anyway))\b/,
    needs: (l, _ctx, s, k) => INCONVENIENT_SAID.test(lemmasBefore(s, k)) && !/\b(so (we|i) (move|stop|change|switch|only)|moved|changed|switched|exclude|excluded)\b/.test(l),
  },
];

