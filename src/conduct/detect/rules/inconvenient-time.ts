// Detectors for inconvenient-time: Contacts the customer at an unreasonable hour (before 8 a.m. or after 9 p.m.).
import type { Detector } from '../types.js';

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
];
