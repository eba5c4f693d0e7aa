// Detectors for excessive-contact: Contacts the customer so often that it harasses (more than 7 calls in 7 days, every hour, until they answer).
import type { Detector } from '../types.js';

export const EXCESSIVE_CONTACT: readonly Detector[] = [
  // A dialler left to run until someone answers.
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:dialer|dialler|autodialer|autodialler|system|robot|robo-dialer) (?:just |simply )?keep (?:go|run|dial|call|ring|try|redial)\S* (?:\S+ ){0,3}(?:until|till|til)\b/,
  },
  {
    // "seven calls a week ... on each phone number we have": Reg F's count is per debt, across every number.
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:seven|7|eight|8|nine|9|ten|10|two|2|three|3) (?:\S+ ){0,8}(?:on|per|for|to) (?:each|every) (?:phone )?(?:number|line|phone)|(?:call|dial|attempt|ring)s? (?:\S+ ){0,6}on every number)\b/,
    noRuleTalk: true,
  },
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:dial|call|attempt)s? (?!record|recording|note|log)(?:\S+ ){0,4}(?:count (?:\S+ ){0,1}as free|(?:do|does) (?:not|n't) count)|count (?:\S+ ){0,4}as free)\b/,
    keep: ['not'],
    noRuleTalk: true,
  },
  {
    // "a campaign ... which dials every hour until they pick up".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:dial|call|ring|redial|try|phone)s? (?:\S+ ){0,2}every (?:hour|half hour|thirty minute|few minute|couple of hour|two hour)\b/,
    noRuleTalk: true,
  },
  {
    // "go to ten attempts a week" (above Reg F's seven in seven days).
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:go|move|increase|raise|push|up|allow)\S* (?:\S+ ){0,3}to (?:eight|nine|ten|eleven|twelve|fifteen|twenty|\d\d|8|9) (?:call|attempt|dial)s? (?:a|per|each|every) week\b/,
    noRuleTalk: true,
  },
  {
    // "Reg F allows seven call attempts per phone number" acted on ("on accounts with three numbers we ran twenty-one").
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:seven|7) (?:call )?(?:attempt|call)s? (?:\S+ ){0,2}per (?:phone )?(?:number|line)\b/,
    needs: (l) => !/\bnot per (phone )?(number|line)|\bper debt\b|\bacross (all|every)/.test(l),
    noRuleTalk: true,
  },
  {
    // "on accounts with three numbers we ran twenty-one attempts a week".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:we|i) (?:\S+ ){0,2}(?:run|make|do|go to|dial|set|push|allow) (?:\S+ ){0,3}(?:twenty(?: - | |-)?(?:one|two|three|four|five|six|seven|eight|nine)?|fourteen|fifteen|twelve|eleven|ten|nine|eight|1\d|2\d|[89]) (?:call )?(?:attempt|call|dial)s? (?:a|per|each|every) week\b/,
    noRuleTalk: true,
  },
  {
    // "We took the daily attempt cap off", "switched off the call limit for quarter end".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:take|turn|switch|lift|remove|drop|scrap|disable|override|bypass|ignore|suspend|get rid of)\S* (?:\S+ ){0,3}(?:call|attempt|contact|dial|dialler|dialer|frequency)\S* (?:cap|limit|ceiling|maximum|rule|restriction)|(?:cap|limit|ceiling|restriction)s? (?:\S+ ){0,2}(?:off|lift|remove|switch off|turn off|disable))\b/,
    needs: (l) => !/\b(replace|reinstat\w*|put (\S+ )?back|back on|lower|reduce|tighten|stricter|seven in seven|7 in 7|7-in-7)\b/.test(l),
  },
  {
    // "After a phone conversation where he said he'd think about it, I rang him back the next day and the day after that to chase him".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:ring|call|phone|try)\S* (?:him|her|them|the customer|back) (?:back )?(?:\S+ ){0,2}(?:the next day and the day after|every day after|the next day and again|day after day|the day after that)\b/,
    needs: (l) => !/\b(as (he|she|they) ask|at (his|her|their) request|(he|she|they) ask (me|us) to)\b/.test(l),
  },
  {
    // "I'll have the team try you morning, noon and night this week".
    rule: 'excessive-contact',
    frame: 'said',
    pattern: / morning ,? noon and night\b/,
  },
  {
    // "calling a few more times than the guidelines like", "a little flexible with the contact rules".
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:more (?:time|call|attempt)s? than (?:the |our )?(?:guideline|rule|limit|policy|cap|reg f|regulation)s?|(?:flexible|relaxed|loose|creative) (?:with|about|on) (?:the )?(?:contact|call|calling|dialler|dialer) (?:rule|limit|cap|guideline)s?)\b/,
    noRuleTalk: true,
  },
  // answers-train11.yaml (training, stop 33): "call her back from one of our other lines so she doesn't recognise the number".
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:call|ring|phone|try|dial)\S* (?:\S+ ){0,4}(?:from|on|with|using) (?:a |an |one of our |another |a different |our other |other |a new )(?:\S+ )?(?:line|number|phone|mobile|withheld number|private number)s? (?:so|so that) (?:she|he|they|the customer) (?:do not|does not|doesn't|won't|will not|can not|cannot|can't|n't|not) (?:\S+ )?(?:recognise|recognize|see|know|screen|spot)/,
    keep: ['not', "n't"],
  },
  // conduct-train19.yaml (training, stop 35): "I kept calling from different numbers so he couldn't screen us", "We always call
  // again the next morning after a conversation", "Ten calls a day till he answered", "a few texts a day".
  {
    rule: 'excessive-contact',
    frame: 'act',
    pattern: / (?:(?:keep|kept) (?:call|ring|phone|try|text)\S* (?:him |her |them )?from (?:different|new|other|withheld|another|spoof\S*) (?:number|line|phone)s?|(?:call|ring|phone|try)\S* (?:him |her |them )?(?:again |back )?the (?:next|following) (?:morning|day) after (?:a|the|every|each) (?:conversation|call|chat|contact)|(?:call|ring|phone)\S* (?:him |her |them )?again (?:\S+ ){0,3}(?:the same day|that afternoon|that evening|an hour later) after (?:a|the|we) (?:conversation|speak|spoke|talk))\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban|block|prevent)\b (\S+ ){0,4}(call|ring|phone|try|text)/.test(l),
  },
];
