// Detectors for shaming-abuse: Shames, insults or abuses the customer.
import { any, lemmasBefore } from '../lemmas.js';
import type { Detector } from '../types.js';

export const SHAMING_ABUSE: readonly Detector[] = [
  // answers-train12.yaml (training, stop 34): "I also add a quick line on what the customer's like, "chancer", "liar", "rude"": insults
  // written on the customer's file.
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:add|put|write|note|log|type|tag|label|flag|mark)\S* (?:\S+ ){0,10}?(?:like |as |such as )?(?:" |' |“ |‘ )?(?:liar|chancer|deadbeat|scrounger|waster|time-waster|freeloader|loser|idiot|scammer|crook|con artist)s?\b/,
    // ("I found notes like "liar" in QA", "a note saying ..." are what someone else wrote.)
    needs: (_l, _ctx, s, k) => s.tokens[k]?.pos === 'VERB' && !/\b(find|see|spot|notice|catch|discover|hear|review|audit|remove|delete|ban)\b/.test(lemmasBefore(s, k)),
  },
  // "I'd ask if they were embarrassed, because frankly they should be" (conduct-train10.yaml, training).
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / ask (?:\S+ ){0,2}(?:if|whether) (?:they|he|she|you) (?:be|were|was) (?:not )?(?:embarrass|ashamed)\w*/,
  },
  // "'You people never pay what you owe'", "what would your kids think of you?" (conduct-train9.yaml, training).
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:you people|what would (?:your|his|her|their) (?:kid|child|children|family|mother|mum|mom|neighbour|neighbor|boss)s? think of)\b/,
  },
  // "It's couples who can't keep track of a due date who end up in this sort of mess", "people like her are the
  // reason prices go up", "the whole office whispering about you" (conduct-train9.yaml, call-turns/train14.yaml, training).
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:people|couple|folk|those|customer|person|family|families)s? (?:like you |like that |who (?:\S+ ){1,8})?(?:always )?(?:end up|wind up|get (?:themselves|yourself)) in (?:this|that|such a|a) (?:sort of |kind of )?(?:mess|state|hole)|(?:people|customer|folk)s? like (?:you|her|him|them|that) (?:be|are) (?:the reason|why|the problem)|the (?:whole |entire )?(?:office|street|family|neighbourhood|neighborhood|town|village) (?:be )?(?:whisper|talk|gossip)\w* about)\b/,
    keep: ['not', "n't"],
    ownNegation: true,
  },
  // "I tell them exactly what I think of people who don't pay their bills": contempt said to the customer.
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:tell|let (?:\S+ )?know|say|show) (?:\S+ ){0,3}(?:exactly |just )?what (?:i|we) (?:really )?think of (?:people|customer|debtor|them|him|her|person|folk|anyone)\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:have|has|get|got) no excuse\b/,
    keep: ['no'],
  },
  {
    // "people who skip out on their debts are freeloaders", said to them.
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:be|are|is) (?:\S+ ){0,2}(?:freeloader|deadbeat|scrounger|sponger|leech|parasite|waster|loser|bum|thief|liar|scammer)s?\b/,
  },
  // Shaming and abuse.
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:most (?:people|folks?|adults|customers) (?:\S+ ){0,3}manage to pay|what (?:their|his|her|your) excuse (?:be|was))\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:call (?:him|her|them|you|the customer|the debtor|(?!by |on |in |out |back |up |for |at |me |us |with |to |from |about |into |over |after |before |that |which |where |when |be |and |or |log |record |note |review )\S+) (?:a |an )?(?:\S+ )?(?:deadbeat|liar|thief|loser|idiot|scrounger|sponger|waster|freeloader|fraud|cheat|scammer|bum|disgrace|moron|leech|parasite|clown|stupid|useless|pathetic|lazy|name(?! (?:person|contact|individual|payer|account holder|customer|party|signatory|director|manager|buyer|approver))|irresponsible|scum|failure|joke|waste of space|dishonest|greedy|selfish|crook|criminal|pest)|deadbeat|name and shame|guilt[- ]?trip|(?:shame|humiliate|belittle|mock|ridicule|insult|patronise|patronize|swear at|curse at|laugh at|shout at|yell at|scream at|sneer at|lecture) (?:him|her|them|you|the|customer|people|debtor|someone|anyone|his|their)|make (?:\S+ ){0,4}feel (?:ashamed|stupid|small|guilty|bad|worthless|like a criminal|embarrassed)|(?:be|feel) ashamed|(?:be|sound) (?:so )?(?:pathetic|irresponsible|a disgrace|useless|stupid|a joke|a loser|a deadbeat))\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:be|sound) (?:so |just |a |an |pretty |really |very |quite |rather |frankly |totally |incredibly |downright )?(?:pathetic|irresponsible|a disgrace|disgrace|useless|stupid|a joke|a loser|loser|a deadbeat|a liar|liar|lazy|a waste of (?:\S+ )?time|waste of (?:\S+ )?time|scum|worthless|an embarrassment|embarrassment|rubbish|a sponger|sponger|a parasite|a bad (?:parent|mother|father)|a scrounger|scrounger|an idiot|idiot|childish|immature|a baby|a coward|shameless)\b| (?:you|they|he|she) (?:really |just |simply |honestly )?have no excuse\b| (?:mock|mimic|imitate) (?:\S+ ){0,2}(?:accent|voice|english|name|situation)\b| (?:should|ought to) (?:\S+ ){0,2}(?:be )?(?:embarrass|ashamed)\S*| decent (?:people|person|folk|adult)s? (?:\S+ ){0,2}pay| should (?:have|'ve) think (?:about|of) that| let (?:yourself|himself|herself|themselves|themself|the family|your family|everyone) down| (?:be|you be) a grown (?:man|woman|adult)| sort (?:your|his|her|their) life out| always money for| (?:good|big) laugh (?:at|about)?| the least (?:\S+ ){0,3}can do\b/,
  },
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:grow up|act like an adult|be an adult|should be ashamed|(?:so|to let) (?:the whole|everyone|the team|the pod|the floor) (?:\S+ ){0,3}(?:hear|laugh)|what kind of (?:person|parent|mother|father|man|woman)|swear|curse|lose my temper|harass(?!ment)|abuse|insult|degrade|taunt)\S*\b/,
    // Abuse the team took ("we were getting a lot of abuse on the phones") is not abuse given.
    // ("I'd let the insult go": the customer's insult, let pass; "any contact can still be harassing if it's too much": a rule stated.)
    needs: (l) => !/\b(get|receive|take|face|suffer|cop|endure|deal with|handle)\w* (\S+ ){0,4}(abuse|insult|swear)/.test(l) && !/\b(abuse|insult)\w* (from|on the (phone|line)s?)\b/.test(l) && !/\b(after|during|following|because of) (the |an |any )?(abuse|abusive)\b/.test(l) && !/\blet (the |his |her |their |that |an? )?(insult|abuse|remark|comment|jibe|swearing)s? (go|slide|pass|wash)\b/.test(l) && !/\b(can|could|may|might) (still |also )?be harass/.test(l),
  },
  // "It's not my fault they can't manage their money", "grown adults pay their bills", told to the customer.
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:grown|grow) (?:adult|man|woman|up)s? (?:\S+ ){0,2}(?:pay|should|ought|need)|(?:not|n't) my fault (?:\S+ ){0,2}(?:can not|cannot|ca not|do not|don't) (?:manage|handle|budget))\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  // Shaming by appeal to family or honesty.
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:how (?:\S+ ){0,2}(?:could|can|would) (?:look|face|explain to) (?:\S+ ){0,3}(?:child|children|kid|family|son|daughter|eye)|honest people (?:do|would) (?:not|n't)|(?:whole )?(?:street|neighbourhood|neighborhood|town|village|everyone|the whole world) (?:will|would|be go to|be gonna) know|laugh (?:\S+ )?at (?:his|her|their) (?:excuse|story|situation|reason)|(?:most|so) pathetic|(?:could|can) afford (?:\S+ ){0,5}but not)\b/,
    ownNegation: true,
  },
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:tear|crying) (?:do not|don't|will not|won't) pay|what (?:their|your|his|her) (?:kid|child|children|family|mum|mother|dad|father|neighbour|neighbor)s? would think|(?:have|has|need|ought) to feel (?:stupid|ashamed|small|embarrassed|bad)|wall of shame|(?:slow|bad|late)(?: |-| - )payers?'? (?:list|board|slide)|like (?:to )?a child)\b/,
    ownNegation: true,
    noRuleTalk: true,
  },
  {
    // "I called a customer a liar and a thief".
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / call (?:the |a |one |this |that |some )?(?:customer|debtor|consumer|people|person|man|woman|guy|lady|caller|account holder)s? (?:a |an )?(?:\S+ )?(?:deadbeat|liar|thief|loser|idiot|scrounger|sponger|waster|freeloader|fraud|cheat|scammer|bum|disgrace|moron|leech|parasite|clown|stupid|useless|pathetic|lazy|scum|failure|joke|crook|criminal|pest)\b/,
    // "I heard someone on the floor call a customer a scrounger": someone else's words, overheard.
    needs: (_l, _ctx, s, k) => !/\b(hear|overhear|catch|see|notice|listen|review|find|spot)\b/.test(lemmasBefore(s, k)),
  },
  // conduct-train11.yaml (training, stop 31): "Some of them are just freeloaders and I'll tell them so", "so what's their excuse?".
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:(?:freeloader|deadbeat|scrounger|parasite|leech|liar|waster|loser|idiot|lazy|sponger|chancer)s? (?:\S+ ){0,3}i (?:will |would |'ll )?(?:tell|say)\S* (?:it to )?(?:them|him|her) (?:so|that|straight)|so what be (?:their|your|his|her) excuse)\b/,
  },
  // conduct-train12.yaml (training, stop 31): "'well, you found the money for the holiday then'", "'so you are professional at not paying'", "maybe you
  // shouldn't have kids".
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:find the money for (?:the |a |your )?(?:holiday|trip|night out|drink|takeaway|cigarette|phone|tattoo)|(?:professional|expert|champion|pro) at (?:not pay|avoid|dodg)|(?:should not|shouldn't) have (?:kid|child|children|a baby|a family))\b/,
    noRuleTalk: true,
    ownNegation: true,
    keep: ['not'],
  },
  // call-turns/train19.yaml (training, stop 33): "at your age you should be checking your banking app. It's not exactly rocket science".
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:be )?(?:not|n't) (?:exactly |really |hardly )?rocket science|at your age ,? you (?:should|ought to|'d think)|(?:it be|that be|that 's|it 's) (?:hardly |not )?(?:that |exactly )?(?:difficult|hard) (?:to|,) (?:be )?(?:it|is it)\b)/,
  },
  // conduct-train16.yaml (training, stop 34): "grown adults keep their promises", "even my teenager manages to pay his phone bill",
  // "I'd seen better budgeting from my dog".
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:grown|grow)(?: - |-| )?(?:up|adult|man|woman|person)s? (?:keep|pay|honour|honor|stick to)|even (?:my|a|your) (?:teenager|teenage \S+|kid|child|son|daughter|toddler|dog|cat|nan|gran|grandma|granny)s? (?:\S+ ){0,2}(?:manage|can|pay|know|do)|(?:see|seen|saw) better (?:budget\S*|money management|planning|maths|math) from (?:my |a )?(?:dog|cat|kid|child|teenager|toddler|hamster|goldfish))\b/,
  },
  // conduct-train17.yaml (training, stop 34): "whether she was proud of leaving other customers to pick up the cost for people like her",
  // "shouldn't be surprised when nobody respects them".
  {
    rule: 'shaming-abuse',
    frame: 'said',
    pattern: / (?:(?:be|was|were) (?:she|he|they|you) proud of|(?:people|folks|types) like (?:her|him|them)\b(?! who (?:call|ask|want|need|prefer|pay))|nobody (?:respect|trust|like)\S* (?:them|you|her|him))\b/,
    ownNegation: true,
    keep: ['nobody'],
  },
  // conduct-train18.yaml (training, stop 35): "a grown man who couldn't pay a £90 phone bill ought to be embarrassed", "He is
  // lazy, I am saying him this directly".
  {
    rule: 'shaming-abuse',
    frame: 'act',
    pattern: / (?:ought to (?:\S+ ){0,2}(?:be )?(?:embarrass|ashamed)\S*|(?:he|she|they|you) (?:be|is|are) (?:so |very |just |really )?(?:lazy|pathetic|useless|a scrounger|a waster|a deadbeat|a liar|stupid|an idiot|a joke),? (?:i|and i) (?:be |am )?(?:say|tell)\S*)/,
  },
];
