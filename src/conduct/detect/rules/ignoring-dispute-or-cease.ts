// Detectors for ignoring-dispute-or-cease: Ignores a dispute or a request to stop contact and keeps collecting.
import { lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';
import { THROUGH_REPRESENTATIVE } from '../words.js';

export const IGNORING_DISPUTE_OR_CEASE: readonly Detector[] = [
  {
    // "Cease letters were reviewed once a month, so the accounts carried on being worked", "a customer asked us to stop calling, we'd just switch to texts".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:cease|stop (?:contact|call|ring|phon)\S*|dispute|validation)\S* (?:\S+ ){0,14}(?:carry on|keep|continue|go on)\S* (?:be |to |the |our |my )?(?:collection |chase )?(?:work|call|chase|dial|collect|contact|ring|pursue)\S*|(?:carry on|keep|continue|still|go on|just|simply|instead)\S* (?:be |to )?(?:work|call|chase|dial|collect|contact|ring|pursue|text|email|switch|move|message)\S*)\b/,
    needs: (l, _ctx, s, k) => /\b(cease|stop (contact|call|ring|phon)\w*|dispute|validation|do not call)\b/.test(s.tokens.slice(0, k + 2).map((t) => t.l).join(' ')) && !THROUGH_REPRESENTATIVE.test(l) && !/\bnot the same as\b/.test(l) && !/\b(resolve|resolution|after (we|the|it|they) (respond|answer|send|verify|validat|close)|once (we|the|it|they) (respond|answer|send|verify|validat|close|have)|stop (\S+ ){0,2}(everything|all contact)|put (\S+ )?on hold|pause|hold)\b/.test(l),
  },
  {
    // "Validation requests that came in by email were treated as not received".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:validation|dispute|cease|stop|complaint|verification)\S* (?:\S+ ){0,8}(?:treat|mark|log|count|record|file|class)\S* (?:as|like) (?:\S+ )?(?:not receive|never receive|invalid|void|not count|not valid|spam|junk|unread)\b/,
    ownNegation: true,
  },
  {
    // "I kept calling for payment before we'd sent any verification", "kept the collection calls going", "sent him three more payment demands".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:keep|kept|carry on|continue|go on)\S* (?:\S+ ){0,3}(?:call|collect|chase|ask|press|push)\S* (?:\S+ ){0,6}before (?:we|i|the team) (?:\S+ ){0,3}(?:send|sent|provide|get|give)\S* (?:\S+ ){0,2}(?:verification|validation|proof|the documents|a copy)|(?:keep|kept)\S* (?:the |our |my )?(?:collection |payment |chase |chasing )?(?:call|letter|text|demand)s? (?:go|come|run)\S*|(?:send|sent|make|made|leave|left)\S* (?:him|her|them|the customer) (?:\S+ ){0,2}(?:more|another|further|extra) (?:\S+ ){0,2}(?:demand|letter|call|text|reminder|chaser)s?)\b/,
    needs: (l, _ctx, s, k) => /\b(cease|stop|dispute|validation|verification|refuse to pay|do not contact|not contact|not owe|billing error|wrong|look into|investigat\w*|prove wrong|under review|query)\b/.test(s.tokens.slice(0, k + 8).map((t) => t.l).join(' ')) && !/\b(resolve|once (we|the) (\S+ )?(send|verify|validate|answer)|after (we|the) (\S+ )?(send|verify|validate|answer))\b/.test(l),
  },
  {
    // "I just told them to pay first and argue about it later", "don't log it as a dispute, just push on", "kept reporting the debt as undisputed".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:not|never|n't) (?:log|record|treat|code|mark|flag|count)\S* (?:it |them |this |that )?as (?:a )?dispute\b/,
    keep: ['not', 'never'],
  },
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:pay (?:first|now|it|up) (?:\S+ ){0,2}(?:and|then) (?:argue|dispute|query|question|sort|complain)\S* (?:\S+ ){0,4}later|(?:report|reporting)\S* (?:\S+ ){0,3}as (?:undisputed|not disputed|accurate)|(?:keep|kept|continue|carry on)\S* (?:text|messag|sms)\S* (?:\S+ ){0,6}(?:after|even though|despite) (?:\S+ ){0,4}(?:stop|opt out|opt-out|unsubscribe))\b/,
    needs: (l) => !/\b(verify|verification|investigat|check)\w* (\S+ ){0,4}(find|show|confirm|found)\b/.test(l),
  },
  {
    // "written disputes received after a payment plan was set up didn't need verification, we just kept the plan running".
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:dispute|validation request|verification request)s? (?:\S+ ){0,10}(?:not|n't|never) (?:need|require|get|warrant|deserve)\S* (?:\S+ ){0,2}(?:verification|validation|verify|validat\S*|a response|an answer|investigat\S*)\b/,
    keep: ['not', "n't", 'never'],
    ownNegation: true,
    noRuleTalk: true,
    needs: (l) => !/\b(oral|verbal|outside the validation|after the validation|late dispute)\b/.test(l),
  },
  // conduct-train11.yaml (training, stop 31): "She wrote asking us to stop contacting her, so I switched to texting her", "a cease-and-desist is mostly
  // a negotiating tactic", "got the cease letter ... and still sent the standard reminder pack".
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:switch\S* (?:over )?to (?:text|email|letter|message|whatsapp|sms)\S*|negotiat\S* tactic|still send (?:\S+ ){0,3}(?:reminder|letter|pack|chaser|statement|demand)|then (?:ring|call|phone|try) (?:\S+ ){0,2}to see if)\b/,
    needs: (l) => /\b(stop contact|stop call|stop ring|cease|no more contact|no further contact|not to contact|leave (her|him|them) alone|dispute)\b/.test(l) && !/\b(only|confirm\w* (that )?(we|collection) (would|will|be) stop|end\w* collection|never)\b/.test(l) && !/\bas (she|he|they) (ask|want|prefer|choose|request)|\b(text|email|letter|message)s? (be|were) (fine|ok|okay|better)|\b(she|he|they) (prefer|choose|ask for|want)\w* (text|email|letter)/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): "one more friendly call couldn't hurt", "our letters kept going out on schedule" after a written dispute,
  // "we'd deal with that later and took the payment first".
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:one more (?:\S+ )?(?:call|letter|text|email|try) (?:could not|would not|can not|will not) hurt|(?:letter|reminder|demand|statement|text|chaser)s? keep go\S* out|deal with (?:that|it|the dispute) later and take (?:the |a )?payment)\b/,
    needs: (l) => /\b(cease|stop contact|stop call|dispute|not (his|her|their) signature|not (his|hers|theirs)|no further contact)\b/.test(l),
    ownNegation: true,
    keep: ['not'],
  },
  // answers-train11.yaml, conduct-train15.yaml (training, stop 33): "People say 'stop calling' ... so I'd ... keep her in the dialer",
  // "kept her on the dialler in the meantime", "leave the account in the normal call cycle" after a dispute.
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:keep|leave|kept|left)\S* (?:her|him|them|the account|it|the customer|the consumer) (?:in|on) (?:the |our )?(?:normal |usual |regular )?(?:dialer|dialler|call list|call cycle|call queue|calling list|campaign)\b/,
    needs: (l) => /\b(cease|stop (contact|call|ring|phon)\w*|dispute|validation|do not call|no more (call|contact)|not to (call|contact))\b/.test(l),
  },
  // conduct-train18.yaml (training, stop 35): "he didn't owe it and wanted proof, so I replied with the payment link ... and
  // never passed the dispute on", "The dispute ... was closed off from my desk without the billing error being checked, and the
  // account went straight back into the calling queue".
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:never|not|n't) (?:\S+ ){0,1}(?:pass|log|record|raise|flag|forward|escalate)\S* (?:the |his |her |their )?(?:dispute|complaint|cease|request)s? (?:on|up|through)?|(?:dispute|query|cease request)s? (?:\S+ ){0,5}(?:be |was |were |get )?(?:close|closed|shut|mark)\S* (?:off |down )?(?:\S+ ){0,4}without (?:the |any |a )?(?:\S+ ){0,2}(?:be |being )?(?:check|investigat|verif|review|look)\S*)/,
    keep: ['never', 'not', "n't", 'without'],
  },
  // answers-train15.yaml (training, stop 40): a hold on disputed accounts set to lift by itself ("I changed the hold so it
  // released automatically after 48 hours"), and the disputed account back in the queue before the answer to it.
  {
    rule: 'ignoring-dispute-or-cease',
    frame: 'act',
    pattern: / (?:(?:hold|pause|block|freeze|suppression)\S* (?:\S+ ){0,3}(?:release|lapse|expire|drop|lift|end|come off|fall off|time out)\w* (?:\S+ ){0,2}(?:automatically |by itself |on its own )?after (?:\S+ ){0,2}(?:hour|day|week)s?|after (?:a |the )?(?:written )?(?:dispute|cease (?:letter|request)|validation request)s? (?:\S+ ){0,3}(?:come|came|arrive|land)\w* (?:in )?,? (?:\S+ ){0,3}(?:back (?:in|on|into) (?:the |our )?(?:calling |call |dialler |dialer |collection )?(?:queue|list|campaign|dialler|dialer|cycle)))\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(dispute|disputed|cease|validation|verification)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l} ${si + 1 < r.sentences.length ? lemmasOf(r.sentences[si + 1]!).text : ''}`),
  },
];
