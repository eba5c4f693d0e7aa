// Detectors for false-statement: Tells the customer something false or misleading (invented deadlines, doubling balances, false credit or immigration consequences).
import { any, lemmasBefore, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';
import { TIME_BARRED } from '../words.js';

export const FALSE_STATEMENT: readonly Detector[] = [
  // "A debt never goes away, and we can still take you to court for it": said to someone whose debt is time-barred
  // (call-turns/train17.yaml), and misleading to anyone.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:debt|it|this|the balance|the arrears) (?:just |simply )?never (?:go|goes|disappear\w*) away\b/,
    keep: ['never'],
    ownNegation: true,
  },
  // "..., which it didn't", "let him believe he had to cover his late father's card", "just say it was about an
  // important personal matter", "round the balance up" (conduct-train10.yaml, training).
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:which (?:it|that|they|he|she) (?:do|be|have|would|will) (?:not|n't)\b|let (?:him|her|them) (?:believe|think) (?:that )?(?:he|she|they) (?:have|need|must|be liable)|(?:say|tell \S+) (?:that )?it (?:be|was) about (?:an? )?(?:important |urgent |private )?(?:personal|private|legal|family) (?:matter|issue)|round (?:the balance|it|the amount|the figure) up|skip (?:\S+ ){0,3}(?:debt collector|mini-miranda|disclosure)\b)/,
    keep: ['not', "n't"],
    ownNegation: true,
    noRuleTalk: true,
  },
  // Lies the candidate owns up to: a "final" offer made every month, fees added that were not allowed, the
  // FDCPA "not applying", a Breathing Space the collector cannot start (conduct-train9.yaml, training).
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:final|last|one-off|one-time|never-to-be-repeated) (?:offer|chance|deal)\b(?: \S+){0,12} (?:though|although|but|even though|whereas) (?:\S+ ){0,4}(?:same offer|every (?:month|week)|all the time|any time|always)|(?:fdcpa|reg f|regulation f|the act|the rule|the law)s? (?:\S+ ){0,2}(?:not|n't) apply (?:\S+ ){0,4}(?:even though|though|although|when in fact)|(?:i|we) (?:could|can|will|would|'ll|'d) (?:put|place|get|enter|sign) (?:him|her|them|you|the customer) (?:\S+ ){0,2}(?:into|in|on) (?:a )?(?:breathing|breathe) space)\b/,
    keep: ['not', "n't"],
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:fee|charge|interest)s? (?:that )?(?:we|i) (?:be|were|was) (?:not|n't) (?:allow|permit|entitle)\w* to (?:add|charge|apply)\b/,
    keep: ['not', "n't"],
    ownNegation: true,
    noRuleTalk: true,
    // Quoted or charged to the customer, not refunded or removed.
    needs: (l) => /\b(quote|tell|say|include|demand|ask)\b/.test(l) && !/\b(refund|remove|waive|reverse|write off|take off|strip)\b/.test(l),
  },
  // "There's a part where I'm supposed to mention disputes, but that's just a formality": a right played down as nothing.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:dispute|validation|right|notice|disclosure|complaint)s? (?:\S+ ){0,10}(?:just|only|merely|purely) (?:a |an )?(?:formality|box-ticking|tick-box exercise|technicality)\b/,
  },
  // False statements.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:debt|balance|interest|amount|it|bill|fee|charge|total|that) (?:will|would|be go to|could|be about to|keep) (?:\S+ )?(?:double|triple|treble|go up by(?! (?:\S+ ){0,6}(?:agreement|contract|term|credit agreement)s? (?:allow|permit|provide|set))|skyrocket|balloon|quadruple)|(?:debt|balance|amount|bill|invoice|total) (?:just |basically |automatically |pretty much |practically |nearly |almost |effectively |more or less )?(?:double|triple|treble)|double (?:tomorrow|overnight|by tomorrow|next week|by friday|if (?:\S+ ){0,3}not)|ruin (?:\S+ ){0,3}credit|credit (?:\S+ ){0,4}(?:forever|for ever|for life|permanently|for good)|never (?:\S+ ){0,3}(?:get|be able to get|be approve for|obtain|be give) (?:\S+ ){0,2}(?:mortgage|loan|credit|job|house|car|flat|apartment|lease|rental|phone contract)|deport\S*|(?:visa(?! (?:account|card|debit|credit|bill|balance|statement|ending|end|number|payment|\d))|immigration status|citizenship|green card|settled status|leave to remain|right to remain|residency)|(?:credit )?score (?:\S+ ){0,3}(?:zero|nothing|rock bottom)|credit (?:file|score|rating|record|report|history) (?:\S+ ){0,4}(?:destroy|wreck|trash|ruin|blacklist|black-list|black list|finish|dead)|blacklist\S*|black list|wipe (?:\S+ ){0,4}(?:off|from) (?:\S+ ){0,2}(?:credit|file|report|record)|(?:interest|fee|charge) (?:\S+ ){0,3}(?:pile up|keep pile|keep go up|keep grow) (?:\S+ ){0,3}(?:percent|%)|never (?:(?!ask |tell |suggest |push |press |encourage |pressure |' |" |can you |could you )\S+ ){0,4}(?:rent|borrow|own)|(?:(?:son|daughter|mother|father|child|kid|family|relative|brother|sister|wife|husband|next of kin) (?:\S+ ){0,2}(?:will|would|be|have to|must|need to) (?:\S+ ){0,2}(?:responsible|liable|inherit the debt|(?:pay|settle|clear|cover) (?:it|the debt|his|her|the balance|this|that)))|(?:debt|balance|arrear|arrears|loan|it) (?:\S+ ){0,2}(?:pass|transfer|go) (?:over )?to (?:her|him|them|you|the family|the partner|the widow|the widower|the next of kin)\b(?! (?:\S+ ){0,2}(?:estate|executor|attorney|lawyer|solicitor|adviser|advisor|representative))|(?:fee|charge|interest|surcharge)s? (?:\S+ ){0,3}(?:require|mandate|set|impose) by (?:the )?(?:law|regulation|government|regulator|card network|network)|(?:law|regulation|government|regulator|card network|network)s? (?:\S+ ){0,3}(?:make|require|force|oblige) (?:\S+ ){0,3}(?:charge|add|collect)|(?:stay|remain|sit|be|show) on (?:\S+ ){0,2}(?:file|credit file|credit report|report|record) (?:for (?:ten|10|eleven|twelve|fifteen|twenty|\d\d) year|forever|for ever|for life))\b/,
    // "the debt could stop them getting settled status": the stopping is the false claim.
    keep: ['stop', 'prevent'],
    // "every return that never got credited": a verb, not a credit file (answers-train9.yaml).
    needs: (_l, _ctx, s, k) => !s.tokens.slice(k, k + 6).some((t) => /^credited$/i.test(t.w)),
  },
  {
    rule: 'false-statement',
    frame: 'act',
    // ("not something each collector invents": a process made up, with nothing after it, is not a lie told.)
    pattern: / (?:lie|bluff|fib|exaggerate|make up|invent(?! [.,;])|mislead|trick|fake) (?:to |about |that |and |a |the |it |him |her |them |his |her )?/,
    // "which accounts make up the hundred and sixty thousand": parts that make up a whole, not a story made up.
    // "I'd be lying if I said I didn't like being top of the board": a figure of speech.
    // "because a bluff that isn't followed through teaches customers to ignore every letter": bluffs in general, judged (answers-train13.yaml).
    needs: (l) => !/\b(a|the|any|every) (bluff|lie|fib|trick) (that|which|only|never|just|teach|be|will|would|can|undermine|backfire)\b/.test(l) && !/\b(lie|lay) (down|on|in|ahead)\b/.test(l) && !/\b(would|'d|will) be lie\b|\bbe lie if\b/.test(l) && !/\bfake (court|letter|summons)/.test(l) && !/\b(my|our|the|a|one|little|best|favourite|favorite|main|real|simple) trick (be|with|for|here|when|that|i)\b|\btrick (be|of the trade)\b/.test(l) && !/\b(be|'s|get) make up\b|\bhow (\S+ ){0,3}make up\b/.test(l) && !/\bmake up (\S+ ){0,3}(\d|hundred|thousand|million|per cent|percent|%|share|total|bulk|majority|half|most|portion|proportion|sixty|seventy|eighty|ninety|forty|fifty|thirty|twenty)/.test(l),
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:fake|false|made-up|artificial|invent) (?:\S+ )?(?:deadline|urgency|fee|charge|figure)|which (?:be|was) (?:not|n't) true|which (?:i|we) know (?:be|was) (?:not|n't|false)/,
  },
  {
    // "it wouldn't show on his credit file at all".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:not|n't|never) (?:\S+ ){0,2}show (?:up )?(?:on|in) (?:\S+ ){0,2}credit (?:file|report|record|history)\b/,
    ownNegation: true,
    keep: ['not', 'never'],
    // "It won't show any more, because the default dropped off six years after it was registered": true, and said why.
    needs: (l) => !/\b(drop|fall|fell|come|came|be remove|be delete)\w* off\b|\bsix years|\b6 years|\bstatute[- ]barred|\bno longer\b/.test(l),
  },
  {
    // "I told him an arrangement like this isn't reported anywhere, so his file would look the same".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:arrangement|plan|payment plan)s? (?:\S+ ){0,3}(?:not|n't) (?:be |get )?report\S* (?:anywhere|to anyone|at all)|file (?:would|will) look the same)\b/,
    ownNegation: true,
    keep: ['not'],
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:legally (?:obliged|required|bound) to pay|(?:imply|suggest|hint)\S* (?:that )?(?:a |an |the )?(?:ccj|judgment|judgement|warrant|claim|lawsuit|court (?:case|claim|date)|bailiff)\S* (?:\S+ ){0,3}(?:already|be|was|had)|(?:which|that) (?:be|was|is) (?:not|n't) in the (?:agreement|contract|terms)|when (?:actually|in fact|in reality) (?:it|the account|the case|they|we)|even though (?:it|the offer|the deal|the discount) (?:be|was) (?:open|available|valid|still)|(?:although|though|even though|but|when) (?:we|i|they) (?:keep|kept|left|leave|run|ran) (?:it|the offer|the deal) (?:open|running|available|live)|(?:come up|count against|show up|affect) (?:\S+ ){0,4}(?:renew|visa|immigration|citizenship|residency)|no (?:legal )?right to (?:dispute|challenge|complain|question|query))\b/,
    needs: (l) => (!/\blegally (obliged|required|bound) to pay\b/.test(l) || TIME_BARRED.test(l) || /\b(limitation|older than|six years|statute)\b/.test(l)),
    ownNegation: true,
    noRuleTalk: true,
  },
  // A claim said, then the fact that makes it false: "although the account had been frozen", "our terms had no such clause".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:although|though|when|even though) (?:\S+ ){0,3}(?:account|interest|balance|fee|charge)s? (?:have |had )?(?:be )?(?:frozen|freeze|closed|close|stopped|stop|waived|waive|paid off|pay off)|when (?:we|i|they) (?:have|had|do|did) (?:not|n't) (?:even )?(?:speak|spoke|spoken|send|sent|report|reported|file|filed|contact|contacted)|(?:our|the|their) (?:term|terms|agreement|contract)s? (?:have|had|has) no (?:such|fee|interest))\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // Deceptions the candidate admits to.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:which (?:be|was|is) (?:not|n't) (?:strictly |really |entirely |quite |actually )?(?:true|the case)|(?:be|was|is) (?:not|n't) true,? but|even though (?:it|that) (?:be|was|is) (?:not|n't|never) (?:true|the case|real)|even though we (?:run|offer|have|had|do)|credit score (?:\S+ ){0,3}drop|(?:personally )?(?:liable|responsible) for (?:\S+ ){0,2}(?:late )?(?:husband|wife|father|mother|parent|son|daughter|partner)|(?:never|not) (?:\S+ ){0,2}(?:be )?offer\S* again|new owner (?:\S+ ){0,2}pile)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // "..., although in reality there was no deadline", "which no judge had", "but no such fees existed":
  // the candidate says what they said was untrue.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:although|though|when|but|while|whereas),? (?:in reality|really|in fact|in truth|actually) (?:there be no|the (?:client|creditor|lender|offer|discount|deadline) (?:have|be|ran|run))|which no (?:\S+ ){0,2}(?:have|do|be|ever)|but no such (?:\S+ ){0,2}(?:exist|be|ever))\b/,
    ownNegation: true,
    keep: ['no'],
    noRuleTalk: true,
  },
  {
    // "I say we don't do payment plans, which isn't strictly true".
    rule: 'false-statement',
    frame: 'said',
    pattern: / which (?:be|was|is) (?:not|n't) (?:strictly |really |entirely |quite |actually |technically |exactly |completely |totally |100% |always )?(?:true|accurate|the case|honest)\b/,
    // The statement before it may hold its own "not" ("we don't do payment plans, which isn't true"); a refusal to say it may not.
    needs: (l, _ctx, s, k) => !/\b(never|not (say|tell|claim|suggest|imply)|refuse|avoid|stop (\S+ )?(say|tell))\b/.test(lemmasBefore(s, k)),
    keep: ['not', "n't", 'no'],
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I told them the discount expires tonight, and reset it every day".
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:reset|restart|renew|extend|roll (?:it |the \S+ )?over|rerun|repeat)\S* (?:\S+ ){0,3}(?:every|each) (?:day|week|morning|month|call|time)\b/,
    needs: (l) => /\b(deadline|discount|offer|expire|expiry|tonight|today|end of the day|last chance|one-time|one time)\b/.test(l),
  },
  {
    // "I added a fee the contract doesn't allow", "told him disputing would add fees".
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:add|charge|apply|put on|tack on|slap on|pass on|load|stick on)\S* (?:\S+ ){0,4}(?:fee|charge|cost|interest|surcharge|penalt)\S* (?:\S+ ){0,12}(?:contract|agreement|terms|law|regulation|rule)s? (?:do|does|did|would) (?:not|n't) (?:allow|permit|provide|cover|include|mention)\b/,
    ownNegation: true,
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / disput\S* (?:\S+ ){0,4}(?:will|would|could|might|be go to) (?:\S+ ){0,2}(?:add|cost|incur|trigger|lead to|result in|rack up|mean (?:extra|more|a))\S* (?:\S+ ){0,3}(?:fee|charge|cost|interest|penalt|money)\S*\b/,
  },
  {
    // "I told her the interest can't be frozen, even though we freeze it for hardship cases".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:interest|fee|charge|balance|debt)s? (?:can not|cannot|could not|can't|be not able to) (?:be )?(?:freeze|frozen|stop|pause|waive|remove|reduce|cut|write off)\S*\b/,
    needs: (l) => /\b(even though|although|though|but (we|i) (do|can|could|sometimes|often)|actually|in fact|when (we|it)|which (be|was) (not|n't))\b/.test(l),
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I said the offer ran out at five o'clock today, but really it was open all month".
    rule: 'false-statement',
    frame: 'said',
    pattern: / but (?:really|actually|in fact|in reality|in truth) (?:it|the offer|the deal|the discount|the rate|the settlement)s? (?:be|was|were|stay|remain)\S* (?:still )?(?:open|available|valid|live|on)\b/,
    noRuleTalk: true,
  },
  {
    // "I told her that missing one more payment would stop her ever getting a mortgage".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:stop|prevent)\S* (?:\S+ ){0,2}(?:ever (?:\S+ ){0,2}(?:get|obtain|be approve|have)\S* (?:\S+ ){0,2}(?:mortgage|loan|credit card|credit|job|house|home|flat|apartment|lease|phone contract|car)\b|(?:get|obtain|be approve|have)\S* (?:\S+ ){0,2}(?:mortgage|loan|credit card|credit) for (?:\S+ ){0,2}year)/,
    keep: ['stop', 'prevent'],
  },
  {
    // "I told her that because her husband had died, she was now personally responsible for his credit card".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:be|become|now) (?:\S+ ){0,2}(?:personally )?(?:responsible|liable) for (?:his|her|their|the late|the deceased 's|your (?:late )?(?:husband|wife|father|mother|dad|mum|mom|son|daughter|partner)(?: 's)?) (?:\S+ ){0,2}(?:debt|card|loan|balance|bill|account|arrears)s?\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(die|death|dead|pass away|late|deceased|estate|widow|funeral|bereave)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/\b(joint|co-sign|cosign|co - sign|guarant|executor|estate)\b/.test(l),
  },
  {
    // "I told him the debt couldn't be disputed once thirty days had passed".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:can not|cannot|could not|can't|be not able to|be too late to) (?:be )?(?:dispute|challenge|question|query)\S* (?:\S+ ){0,3}(?:once|after|anymore|any more|now)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I'd tell customers the discount disappeared the moment I hung up".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:disappear|vanish|go|expire|end|be withdraw|be go)\S* (?:the moment|as soon as|once|when|the second|the minute) (?:i|we) (?:hang up|end the call|put the phone down|get off the phone|finish the call)\b/,
  },
  {
    // "reassure her that she doesn't need to worry about the court papers while she's talking to us".
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:do not|does not|don't|doesn't|not|never) (?:\S+ )?(?:need|have) to (?:worry about|respond to|reply to|deal with|answer|return|file) (?:the |any |those |her |his |your )?(?:court paper|claim form|claim|summons|court form|paperwork from the court|court letter)s?\b/,
    ownNegation: true,
    keep: ['not', "n't", 'never'],
    noRuleTalk: true,
  },
  // conduct-train11.yaml (training, stop 31): "I told her the interest would keep running ..., although we'd actually frozen it", "the offer runs out at
  // five today, even though the client had left it open", "the balance basically doubles", the disclosure line dropped.
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:tell|say|warn)\S* (?:\S+ ){0,14}(?:although|even though|when|though) (?:we|it|the client|they|the lender|the creditor) (?:would |have |had )?(?:actually|in fact|really|already)? ?(?:freeze|have freeze|stop|leave it open|leave (?:\S+ ){0,2}open|waive|cancel|agree|not)\b|(?:balance|debt|amount|bill) (?:will |would |could |basically |just |be go to |gonna )+double\b|\bdouble (?:with (?:the )?(?:fee|charge|interest)|overnight|tomorrow|by (?:friday|monday|next))\b/,
    ownNegation: true,
  },
  {
    // US: the debt-collector disclosure left out of the opening.
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:drop|skip|cut|leave out|remove|stop say|stop read|take out)\S* (?:\S+ ){0,3}(?:' )?(?:this be an attempt to collect|attempt to collect a debt|mini-miranda|mini - miranda|mini miranda|debt collector (?:line|disclosure|bit)|the disclosure)\b/,
    needs: (l) => /\b(because|to keep|so (that )?(we|it|the)|cost|snappy|quick|short|faster|contact rate|right - party|rpc)\b/.test(l) && !/\b(never|not|n't|always)\b/.test(l),
    noRuleTalk: true,
  },
  // conduct-train12.yaml (training, stop 31): "the credit score go to zero forever".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / credit (?:score|rating|file|record)\S* (?:\S+ ){0,2}(?:go|drop|fall|crash)\S* to (?:zero|nothing|0)\b/,
  },
  // call-turns/train19.yaml (training, stop 33): "it follows you for the rest of your life", "the balance jumps to about three and a half
  // thousand", "the offer's only open till midnight ... it goes off to litigation automatically".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:follow|haunt|stay with|stick with) (?:you|her|him|them) (?:for )?(?:the rest of (?:your|her|his|their) life|forever|for ever|for life|until you die)|(?:balance|debt|amount|arrears) (?:\S+ ){0,2}(?:jump|shoot|rocket|leap|balloon)\S* (?:up )?to|(?:go|pass|send)\S* (?:off |straight )?to (?:litigation|court|legal|the court|the lawyer|our lawyer|our solicitor)s? automatically|(?:offer|deal|discount|settlement)(?: 's| be)? only (?:open|good|valid|available) (?:till|until|to) (?:midnight|tonight|five|six|the end of the (?:day|call)))\b/,
  },
  // conduct-train13/14/15.yaml (training, stop 33): a deadline said while the offer was open all along ("say the offer disappears at
  // five o'clock today, even though it's really open all month", "we always said it expired at five").
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:offer|discount|deal|settlement|price|rate)s? (?:\S+ ){0,3}?(?:expire|disappear|end|go|run out|close|vanish)\S* (?:\S+ ){0,2}?(?:at|by|tonight|today|end of)\b/,
    needs: (l) => /\b(?:even though|when (?:we|it|they|i) (?:could|can|would)|really (?:open|available)|any day|every day|all month|always|on every call|(?:not|n't) (?:really|actually) (?:expire|end))\b/.test(l),
    ownNegation: true,
  },
  // The same stop: claims about the customer's rights that are false ("the seven years on her credit report would start again",
  // "the 6% cap only applied to mortgages", "the $4.95 card fee was required by federal law", "as next of kin, it's your
  // responsibility now", "our debt wasn't covered by it" of a DRO, "his green card renewal could be refused").
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:seven|7) year\S* (?:\S+ ){0,5}?(?:start|restart|reset|begin)\S* (?:again|over|from)|(?:start|restart|reset)\S* (?:\S+ ){0,2}(?:seven|7)-year (?:clock|period)|wreck (?:\S+ ){0,2}credit for (?:another|a further) (?:seven|7) year|(?:6|six) ?(?:%|percent|per cent) cap (?:\S+ ){0,3}(?:do not|did not|does not|not|n't|only) (?:\S+ )?(?:cover|apply)|(?:fee|charge) (?:\S+ ){0,2}(?:be|was|is) (?:required|mandated|set|demanded) by (?:federal |the |state )?(?:law|government|regulator|regulation)|(?:as (?:the )?next of kin|as (?:his|her|their) (?:daughter|son|wife|husband|child|widow)) ,? (?:it be|it 's|that be|that 's) (?:now )?your (?:responsibility|debt|problem)|(?:debt|account|loan|card) (?:be|was|is) (?:not|n't) cover\S* by (?:it|the dro|the iva|the order|the bankruptcy|the plan)|(?:green card|visa|citizenship|residency|immigration status)(?: \S+){0,2} (?:could|would|will|might|may) be (?:refuse|deny|affect|revoke|reject)\S*)/,
    ownNegation: true,
  },
  // The same stop: the opening disclosure left out, as the candidate's process ("I left the 'this is an attempt to collect a debt'
  // line off my first calls", "I left out the line saying it was from a debt collector", "no need the mini-Miranda").
  {
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:(?:leave|left)\S* (?:\S+ ){0,10}?(?:off|out)\b(?: \S+){0,10}? (?:attempt to collect|debt collector|mini-miranda|mini miranda)|(?:no need|skip|drop|without) (?:\S+ ){0,2}(?:the )?(?:mini-miranda|mini miranda))/,
    keep: ['no'],
  },
  // conduct-train16.yaml (training, stop 34): "a script line saying unpaid balances can be reported to immigration", "paying today would
  // remove the account from their credit file completely".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:report|pass|send|refer|flag|notify)\S* (?:\S+ ){0,3}to (?:the )?(?:immigration|home office|ice|uscis|border force|border agency|visa office)|pay\S* (?:\S+ ){0,6}(?:would|will|'d|'ll|can) (?:remove|wipe|clear|delete|erase)\S* (?:\S+ ){0,4}(?:from|off) (?:their |his |her |your |the )?credit (?:file|report|record|history))\b/,
  },
  // answers-train12.yaml (training, stop 34): "as long as he keeps to the arrangement, his credit file will stay clean and other lenders won't
  // see anything" (an arrangement is reported to the credit reference agencies).
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:credit (?:file|report|record|history|score)) (?:will|would|'ll|'d) (?:stay|remain|be) (?:clean|clear|spotless|untouched|fine)|(?:other )?lenders (?:will|would) (?:not|never) (?:see|know|find out)(?: anything| about it| a thing)?)\b/,
    ownNegation: true,
    keep: ['not', 'never'],
  },
  // conduct-train18.yaml (training, stop 35): "The balance got quoted as £1,460 when the statement showed £1,160", "a 'final
  // legal notice' had been issued, when it was just our standard second reminder", "he had lost the right to dispute
  // anything", "the discount is only for today ..., but the client give the same discount every month".
  {
    rule: 'false-statement',
    frame: 'act',
    pattern: / (?:quote|give|tell|put|state|read out)\S* (?:\S+ ){0,4}(?:as|at) (?:£|\$)? ?[\d,.]+ when (?:the |his |her |their )?(?:statement|balance|account|system|real figure|actual figure|ledger|record)s? (?:show|say|read|be|was)\S*|(?:inflate|pad|bump up|round up)\S* (?:the |his |her |their )?(?:balance|figure|amount|arrears|total)\b/,
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:final )?(?:legal notice|court notice|legal letter|notice of (?:legal )?action|final warning|final demand|legal demand|court paper|summons)s? (?:\S+ ){0,3}(?:issue|send|file|serve|go out|prepare)\S*/,
    needs: (l) => /\bwhen (it|that|this|there) (be|was|were) (just|only|really|actually|in fact|simply|no|nothing)\b|\b(though|although) (it|that) (be|was) (just|only|simply)\b|\bwhen (in fact|actually|really)\b/.test(l),
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:lose|lost|forfeit|waive|give up|gave up|have no)\S* (?:the |his |her |their |your |any )?right to (?:dispute|complain|query|challenge|question)|(?:can|could) no longer (?:dispute|complain|challenge|query)|too late to (?:dispute|complain|challenge|query))\b/,
    noRuleTalk: true,
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:discount|offer|deal|settlement|reduction|rate)s? (?:be |is |was )?(?:only|just) (?:for|available|valid|good|on|open) (?:for |until |till )?(?:today|now|this call|this week|the day|tonight|24 hour|an hour)\b/,
    needs: (l) => /\b(same (discount|offer|deal)|every (month|week|time|quarter)|always (there|available|on offer|offer)|any ?time|again next|standing (offer|discount))\b/.test(l),
  },
  // answers-train13.yaml (training, stop 35): "You let them think it's already moving", "you just let them fill the gap", "let
  // the customer draw their own conclusions": a false impression left on purpose.
  {
    rule: 'false-statement',
    frame: 'act',
    pattern: / let (?:them|him|her|the customer|the consumer|the debtor|people|customers) (?:\S+ )?(?:think|believe|assume|imagine|fill (?:in )?the (?:gap|blank)|draw (?:their|his|her) own conclusion|jump to (?:the|their|his|her) (?:own )?conclusion|work it out|put two and two together)\S*/,
    noRuleTalk: true,
    needs: (l) => !/\b(never|not|n't|won't|wouldn't) (\S+ ){0,3}let (them|him|her|the customer|the consumer|people|customers)\b/.test(l) && !/\b(correct|put right|clear up|explain)\w* (\S+ ){0,4}(impression|misunderstanding)\b/.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "Said it was a final offer. It wasn't.", "I said there was a bench warrant already
  // drafted", "the account would be deleted from her file completely", "interest stops once they agree a plan, even on the
  // products where it doesn't", "which technically we don't have".
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:final|last|one - time|one time|today - only) offer|deadline|last chance)\b/,
    needs: (_l, _ctx, _s, _k, r, si) => /^ ?(it|that|there) (be|was|were) (not|n't|never)\b|^ ?(it|that) (be|was) (a )?(lie|bluff|not true|untrue)\b/.test(r.sentences[si + 1] ? r.sentences[si + 1]!.tokens.map((t) => t.l).join(' ') : ''),
  },
  {
    rule: 'false-statement',
    frame: 'said',
    pattern: / (?:(?:delete|remove|wipe|erase)\S* (?:\S+ ){0,3}(?:from|off) (?:her|his|their|your) (?:credit )?(?:file|report|record|history) (?:complete|completely|entirely|altogether)|(?:interest|charge|fee)s? (?:stop|freeze|be freeze)\S* (?:\S+ ){0,6}even (?:on|where|when|if) (?:\S+ ){0,4}(?:do not|does not|doesn't|don't|not))\b/,
    noRuleTalk: true,
  },
];
