// Detectors for borrowing-pressure: Pushes the customer to borrow (credit card, payday loan, family) or sell things to pay.
import { speechBefore, subjectBefore } from '../../frame.js';
import { lemmasBefore, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';

export const BORROWING_PRESSURE: readonly Detector[] = [
  // "your brother, your friends, nobody can borrow you?", "mention remortgaging or releasing equity"
  // (conduct-train10.yaml, training).
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:brother|sister|friend|family|parent|mum|mom|dad|nobody)s?\b(?: \S+){0,4} (?:can|could) (?:borrow|lend) (?:you|him|her)|(?:mention|suggest|raise|push)\w* (?:\S+ ){0,2}(?:remortgag\w*|equity release|releasing equity|release equity))\b/,
  },
  // "any spare credit card limit they could put the payment on", "push customers to apply for one [a credit card]"
  // (conduct-train9.yaml, training).
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:spare|available|unused) (?:credit )?(?:card )?(?:limit|credit)\b(?: \S+){0,6} (?:put|pay|use)|push (?:\S+ ){0,2}to apply for (?:a |another |one|new )?)/,
  },
  // "Liam's got plenty of room on his overdraft, so just use that" (call-turns/train14.yaml, training).
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:room|space|headroom|money|limit) (?:left )?on (?:his|her|your|their) (?:overdraft|credit card|card)|(?:use|dip into|go into|put it on) (?:\S+ ){0,2}overdraft)\b/,
  },
  // conduct-train21.yaml (training, stop 39): euphemisms for a loan from family or a payday lender ("explore the family
  // bank, or a quick payday top-up"), and the card named before put to use ("if someone has a credit card with room on it,
  // I tell them to put the arrears on it today").
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:the )?family bank|bank of (?:mum|mom|mam) and dad|(?:payday|short(?:-| - | )term|quick|cash) top(?:-| - | )up)\b/,
  },
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:put|pop|stick|charge|whack) (?:the |this |that )?(?:arrears|balance|debt|payment|amount|it|that|this) (?:on|onto) it\b/,
    needs: (_l, _ctx, s, k) => /\b(credit card|card|overdraft)\b/.test(lemmasBefore(s, k)),
  },
  // Pressing someone to borrow from family or friends.
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:(?:family|friend|parent|relative|child|children|kid|son|daughter|mum|mom|mam|dad|mother|father|brother|sister|nan|gran)s? (?:(?!say |offer |tell |promise )\S+ ){0,3}(?:could|can|might|would|to) (?:(?:she|he|they) )?(?:lend|help (?:\S+ ){0,2}(?:out|clear|pay|with|cover)|chip in|cover)|(?:ask|asked|try|tried) your (?:parent|family|mum|mom|dad|friend|brother|sister|partner)|consolidation loan|(?:steer|point|push|nudge|direct) (?:\S+ ){0,2}towards? (?:\S+ ){0,3}(?:loan|credit|borrow)|anyone (?:\S+ ){0,3}who (?:could|can|might) lend|(?:could|can) (?:not |n't )?(?:your |his |her )?(?:mum|mom|dad|family|parent|friend|brother|sister|partner|nan|gran)s? (?:\S+ )?lend|(?:ring|call|phone) round (?:the |your |his |her )?(?:family|friend|relative)|credit card with (?:some |enough )?(?:room|space|limit|headroom)|(?:landlord|rent|gas|electric|food|shopping) (?:bill )?can wait|skip (?:\S+ ){0,3}(?:food|shop|meal|rent|bill|groceries)|(?:put|use|pull|take|dip) (?:\S+ ){0,4}(?:out of|from|into) (?:\S+ ){0,3}(?:saving|fund|rent money|food money|emergency)|money (?:\S+ ){0,4}(?:put aside|set aside|save) for)\b/,
    ownNegation: true,
    // (Not "her daughter said she'd lend her the money": a relative's own offer, told; conduct-train14.yaml.)
  },
  // Policies and scripts a senior candidate describes (conduct-train3.yaml, training).
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:balance transfer|payday loan|(?:put|move|switch)\S* (?:the |their |his |her )?(?:arrears|balance|debt) (?:on|onto) (?:a |an |their |his |her )?(?:new )?(?:credit )?card|anyone (?:\S+ ){0,2}(?:lend|loan) (?:you|them|him|her)|take out a (?:personal |new |short-term )?loan (?:\S+ ){0,3}(?:clear|pay)|(?:carer|partner|family) could help pay)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban|remove|warn|instead of)\b/.test(l),
  },
  // Pushing someone to borrow or sell to pay.
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:borrow|payday (?:loan|lender)|loan shark|(?:short(?:-| - | )term|bridging|logbook|guarantor|doorstep|title|quick|instant) loan|take out (?:\S+ ){0,2}loan|personal loan|cash advance|balance transfer|interest-free card|(?:jewellery|jewelry|car|belonging|item|possession|thing|furniture|tv|stuff|gold|watch|asset)s? (?:\S+ ){0,4}(?:could|can|might|to) sell|list (?:\S+ ){0,3}(?:item|thing|belonging|possession)s? (?:\S+ ){0,4}sell|remortgage|pawn|overdraft|(?:put|pop|pay|use|charge|stick|move|transfer|clear) (?:\S+ ){0,3}(?:on|with|onto|to|using) (?:\S+ ){0,4}credit card|credit card (?:\S+ ){0,2}(?:to pay|to cover|to clear)|credit card (?:that |which )?you (?:could|can|might) (?:put|stick|pop|charge|whack) (?:this|it|that|the \S+) on|sell (?:\S+ ){0,2}(?:car|house|home|jewellery|jewelry|belonging|thing|furniture|possession|tv|stuff|ring|watch|something|anything|vehicle|truck)|retirement(?:-| - | )account withdrawal|withdraw\S* (?:\S+ ){0,3}(?:pension|401k|401\(k\)|retirement|isa)|payday advance|(?:ask|get (?:it|the money|help|money) from|turn to|lean on|go to) (?:\S+ ){0,2}(?:family|friend|parent|relative|brother|sister|mother|mum|mom|father|dad|son|daughter|in-law) (?:\S+ ){0,3}(?:for (?:the )?money|to (?:lend|help|pay|cover|chip in)|for help|for a loan))\b/,
    needs: (_l, _ctx, s, k) => {
      // Only when the candidate puts it to the customer: a suggestion, not the customer's own plan.
      const sp0 = speechBefore(s, k);
      // "I got a $3,900 personal loan": getting is speech only as "got her to ...".
      const sp = sp0 >= 0 && s.tokens[sp0]!.l === 'get' && s.tokens[sp0 + 2]?.w !== 'to' ? speechBefore(s, sp0) : sp0;
      // "A man told me 'I'll get a payday loan tomorrow'": the customer's own plan, told.
      if (sp >= 0 && /^(me|us)$/.test(s.tokens[sp + 1]?.w ?? '') && subjectBefore(s, sp, true).actor === 'other') return false;
      if (sp < 0) return /\b(you could|you should|why not|how about|what about|have you (thought|considered) about|have you considered|why don't you|you can always|you need to|(she|he|they) (can|could|should|just need to|might)( just)?( \w+)?)\b/.test(s.tokens.map((t) => t.w).join(' '));
      return true;
    },
  },
  {
    // "I ask them to check the available credit on their other cards and use it for us".
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:check|look at|ask about|find out|see)\S* (?:\S+ ){0,3}(?:available|spare|unused|remaining) (?:credit|limit)|(?:use|put|pay|clear|move)\S* (?:\S+ ){0,3}(?:on|with|from|onto) (?:\S+ ){0,2}(?:other|another|a different|spare|second|new) (?:credit )?card)\b/,
    needs: (l) => /\b(use|pay|put|clear|move|transfer|for us|settle)\b/.test(l) && !/\b(never|not|n't|instead of|rather than|warn)\b/.test(l),
  },
  {
    // "I pushed her to take a loan against her 401(k) rather than set up a payment plan with us".
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:take|get|draw)\S* (?:out )?(?:a )?loan against|borrow\S* against|(?:cash|dip|raid|draw|dig)\S* (?:in |out |into |on |from )?(?:\S+ ){0,2}(?:401|pension|retirement|isa|savings|college fund))\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than suggest|warn|discourage)\b/.test(l),
  },
  // conduct-train11.yaml (training, stop 31): "a car or a games console they could sell", "mum and dad usually bail them out", a "'find the money'"
  // prompt of savings, overdraft, friends and a loan, "couldn't your brother tide you over".
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:car|console|tv|telly|jewellery|jewelry|watch|phone|laptop|bike|furniture|thing|stuff)s? (?:\S+ ){0,3}(?:they|he|she|you) could sell|bail (?:them|him|her|you) out|find the money (?:\S+ ){0,8}(?:friend|loan|overdraft|family|credit card)|ask (?:\S+ ){0,2}(?:about |for )?(?:family|friend|parent|mum|mom|dad)\S* (?:first )?(?:\S+ ){0,6}bail (?:them|him|her) out|tide (?:you|him|her|them) over)\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than|warn|discourage|do not suggest)\b/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): "have you got anything you could sell".
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / anything (?:you|they|he|she) could sell\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than|do not suggest)\b/.test(l),
  },
  // call-turns/train19.yaml (training, stop 33): "he can front you the thirteen-eighty and you pay him back. That's what family's for."
  // call-turns/train20.yaml (stop 34): "Your mom, a brother? Have them spot you, and you pay them back."
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:front (?:you|her|him|them) (?:the |that |it|some|a )|(?:that be|that 's) what family (?:be|'s|are) for|(?:have|get|ask|let) (?:them|him|her|your \S+) (?:spot|front|sub|bail out) you|spot (?:you|her|him|them) (?:the |that |it|some|a |for ))\b/,
  },
  // conduct-train16.yaml (training, stop 34): "any room on a credit card, since clearing us would stop the calls"; a prize for the agent
  // "who got the most customers to clear their arrears on a credit card"; a target column for "how many customers got a relative or a loan to pay us".
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:any |some |much )?(?:room|space|headroom|available credit|credit left|limit left) on (?:a |your |their |his |her |the )?(?:other |spare |second )?(?:credit card|card|overdraft|credit line)\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than)\b/.test(l),
  },
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:prize|bonus|spiff|reward|leaderboard|target|commission|column|incentive|competition|league table)\S* (?:\S+ ){0,14}?(?:(?:clear|pay|settle)\S* (?:\S+ ){0,3}(?:on|with|using|from|by) (?:a |their |his |her |the )?(?:credit card|loan|payday loan|overdraft)|(?:get|got|persuade|talk)\S* (?:\S+ ){0,3}(?:a |their )?(?:relative|family member|friend|loan)s? (?:or (?:a |their )?(?:relative|loan|friend) )?to pay)\b/,
    needs: (l) => !/\b(remove|scrap|take (it|that|them) off|drop|ban|stop|instead|no longer|never|rather than)\b/.test(l),
    noRuleTalk: true,
  },
  // conduct-train16.yaml (training, stop 34), harm told as a story with a good ending: "I reminded her that her sister had offered to help
  // before, she rang her sister", "he sold his motorbike after I suggested it".
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:remind\S* (?:her|him|them) (?:that |about )?(?:her|his|their) (?:sister|brother|family|parent|mum|mom|dad|mother|father|friend|son|daughter)s? (?:have |had )?(?:offer|say|said|could|would))\b/,
  },
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    // The candidate's suggestion is the act: "he sold his motorbike after I suggested it".
    pattern: / (?:suggest|recommend|advise|push|nudge)\S* (?:it|that|this|the sale)\b/,
    needs: (_l, _ctx, s, k) => /\b(?:sell|sold)\S* (?:his|her|their) (?:\S+ )?(?:car|motorbike|bike|jewellery|jewelry|ring|tv|telly|house|van|watch|phone|laptop|console)s? (?:\S+ ){0,2}(?:after|because|when|once) (?:i|we) $/.test(`${lemmasBefore(s, k)} `),
  },
  // conduct-train17.yaml (training, stop 34): "plenty of people sell theirs to clear a balance like hers".
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:plenty of|lots of|a lot of|most|many) people (?:sell|cash in|remortgage|borrow)\S* (?:theirs|their (?:\S+ )?(?:car|house|jewellery|jewelry|savings|pension))\b/,
  },
  // conduct-train17.yaml (training, stop 34): "He said he'd take out a payday loan to clear us, and I thanked him and told him what time
  // the money needed to land".
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:thank\S* (?:him|her|them)|encourage\S*|tell (?:him|her|them) (?:what time|when|how))\b/,
    needs: (l, _ctx, s, k) => /\b(?:payday loan|loan|credit card|overdraft|borrow\S*) (?:\S+ ){0,6}(?:,|and) (?:i|we) $/.test(`${lemmasBefore(s, k)} `) && !/\b(never|instead|rather than|warn|advise against|talk (?:him|her|them) out)\b/.test(l),
  },
  // conduct-train18.yaml (training, stop 35): "ask whether there's a family member who could lend them the money, and keep
  // asking until they name one", "Borrowing from his parents was pushed on my call", "I emailed her a list of short-term
  // lenders", "Why you not ask your brother for the money".
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:ask|check|find out)\S* (?:whether|if) (?:there be |there 's |there is )?(?:a |any |anyone in the )?(?:family member|relative|friend|parent|family)s? (?:who |that )?(?:could|can|might|would) (?:lend|cover|pay)|borrow\S* (?:from|off) (?:his|her|their|your) (?:\S+ )?(?:parent|family|brother|sister|mum|mom|dad|friend|relative)s? (?:be |were |was |get )?(?:push|suggest|recommend|raise|put to)|(?:send|email|text|give|post)\S* (?:her |him |them )?(?:a )?(?:list|link|number|name)s? (?:of |to |for )?(?:\S+ ){0,2}(?:lender|loan|credit card|payday)s?|why (?:you|do you|don't you|not) (?:not )?ask (?:your|his|her) (?:brother|sister|family|parent|mum|mom|dad|friend|relative)s?)\b/,
    keep: ['not'],
  },
  // conduct-train19.yaml (training, stop 35): "suggest a payday loan to clear us first", "Borrow it off your mum, then."
  {
    rule: 'borrowing-pressure',
    frame: 'act',
    pattern: / (?:(?:suggest|recommend|propose|mention)\S* (?:\S+ ){0,2}(?:a |an )?(?:payday|short - term|short-term|quick|instant|doorstep) (?:loan|lender)|borrow (?:it|the money|that|some) (?:off|from) (?:your|his|her|their) (?:mum|mom|mother|dad|father|parent|brother|sister|family|friend|nan|gran)s?)\b/,
  },
  // conduct-train20.yaml (training, stop 37): "Can't your parents cover this for you?"; "She said she had a new credit card with a
  // £2,000 limit. I said that would cover the arrears.": borrowing named in the sentence before, then steered to the debt.
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:can|could|would|will) (?:not |n't )?(?:your|his|her|their) (?:parent|family|mum|mom|dad|mother|father|brother|sister|friend|partner|nan|gran)s? (?:\S+ )?(?:cover|lend|help|chip in|pay|bail)\b/,
    // (The "n't" of "Can't your parents ...?" asks; it denies nothing.)
    keep: ['not', "n't"],
    ownNegation: true,
  },
  {
    rule: 'borrowing-pressure',
    frame: 'said',
    pattern: / (?:that|it|the card|this|the limit|the new card) (?:would|will|could|can|should) (?:easily )?(?:cover|clear|pay off|settle|take care of) (?:the |your |his |her )?(?:arrears|balance|debt|account)\b/,
    needs: (l, _c, _s, _k, r, si) => /\b(credit card|loan|overdraft|borrow)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
  },
];
