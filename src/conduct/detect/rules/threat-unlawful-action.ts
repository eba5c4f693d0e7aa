// Detectors for threat-unlawful-action: Threatens action that is not intended or not lawful (court, seizure, garnishment, bailiffs, the employer).
import { any, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';
import { FUTURE, IMMEDIATE, LAWFUL_STAGE, NO_JUDGMENT, PAY_OR, REASSURED, TIME_BARRED, bluffAfter, threatensToTell } from '../words.js';

const BAILIFFS_AT_ONCE = /\b(bailiff|enforcement agent|enforcement officer|sheriff)s?\b.*\b(the (very )?same day|the (moment|minute) (she|he|they|you) (miss|skip|fall|stop))\b|\b(the (moment|minute) (she|he|they|you) (miss|skip|fall|stop))\b.*\b(bailiff|enforcement agent|enforcement officer|sheriff)s?\b/;

export const THREAT_UNLAWFUL_ACTION: readonly Detector[] = [
  // "Your HR department is gonna hear about this", "your boss will be hearing from us" (call-turns/train17.yaml).
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:your|his|her|their) (?:hr(?: department| team)?|employer|boss|manager|work|job|payroll|landlord|family) (?:be gonna|be go to|will|would|'ll|be about to|soon) (?:\S+ )?(?:hear about|hear from us|be hear from us|find out about|know about) (?:this|it|that|us|the debt)\b/,
  },
  // Court, bailiffs or the car named to someone who owes a time-barred or unsecured debt, or before any claim:
  // "I still mentioned court if they didn't settle by Friday", "mention the bailiffs early, before any claim was
  // issued", "mention collecting the car, although it was an unsecured loan" (conduct-train10.yaml, training).
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:mention|raise|bring up|hint at)\w* (?!of )(?:\S+ ){0,2}(?:court|legal action|lawsuit|suit|bailiff|enforcement agent|sheriff)|(?:collect|repossess|seize|take)\w* (?:the |his |her |their |your )?(?:car|vehicle|van))\b/,
    needs: (l) => (TIME_BARRED.test(l) || NO_JUDGMENT.test(l) || /\b(before any (claim|judgment|judgement|court)|unsecured|nothing register|no (security|lien|charge))\b/.test(l) || PAY_OR.test(l)) && !LAWFUL_STAGE.test(l),
  },
  // "I told her we'd empty her bank account tomorrow" (conduct-train9.yaml, training).
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:empty|clear out|drain|raid|take (?:the money|everything|it all) (?:out of|from)) (?:\S+ ){0,2}(?:bank )?account\b/,
    needs: (l) => !LAWFUL_STAGE.test(l),
  },
  // Threats of action not intended or not lawful.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:take|drag|haul|bring|see) (?:\S+ ){0,3}(?:to )?court|(?:be|end up|find (?:\S+ )?self) in court|(?:end up|be|stand|wind up) in front of (?:a |the )?(?:judge|magistrate|court)|go (?:\S+ )?to (?:legal|court|our solicitor|the solicitor|our lawyer|our attorney|the attorney|our legal (?:team|department))|(?:lose|losing) (?:his|her|your|their) (?:car|house|home|job|van)|ccj|county court judgment|sue|pre(?:-| - )?suit|(?:file|filing|start|issue|bring|begin|lodge|commence|initiate|launch|raise) (?:\S+ ){0,2}(?:lawsuit|suit|legal action|court action|proceeding|court case)|winding(?:-| - | )up (?:petition|order|proceeding)|(?:file|issue|lodge|bring|start)\S* (?:a |the )?(?:court |legal )?claim (?:against|on|in)|(?:court|legal) proceeding (?:\S+ ){0,2}(?:follow|start|begin|be issue)|legal action|court action|(?:court|legal) paper|paperwork (?:for|to) (?:the )?court|(?:refer|pass|send|hand|escalate|move|transfer)\S* (?:\S+ ){0,3}to (?:our |the )?(?:legal department|legal team|solicitor|lawyer|attorney|litigation)|(?:refer|pass|send|hand|escalate|move|transfer)\S* (?:it|this|that|the account|your account|the file|the case) (?:over |on )?to legal(?= (?:and|if|unless|by|on|this|next|,|\.)|$)|(?:go|pass|send|refer|hand)\S* (?:\S+ ){0,3}to (?:the |our )?(?:bailiff|enforcement agent|enforcement officer|sheriff)|(?:prepare|ready)\S* for (?:court|litigation|legal action)|be serve)\b/,
    // ("X could eventually decide to take court action. Before that, they'd have to send you a letter of claim": the steps told next.)
    // (On a question about a time-barred debt, "we can still take him to court" is the threat the card is about.)
    // ("her account would go to the bailiffs the same day" she missed a payment: bailiffs come only after a judgment, never that fast.)
    needs: (l, ctx, _s, _k, r, si) => (PAY_OR.test(l) || IMMEDIATE.test(l) || BAILIFFS_AT_ONCE.test(l) || NO_JUDGMENT.test(l) || TIME_BARRED.test(l) || (ctx.timeBarred === true && /\bstill\b/.test(l)) || /\bthreaten\b|\bwhenever (we|i) (like|want|choose)/.test(l) || bluffAfter(r, si)) && !LAWFUL_STAGE.test(l) && !REASSURED.test(l) && !(si + 1 < r.sentences.length && /^ ?before that\b/.test(lemmasOf(r.sentences[si + 1]!).text) && REASSURED.test(lemmasOf(r.sentences[si + 1]!).text)),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:garnish\S*|(?:sheriff|marshal|bailiff|enforcement officer|enforcement agent)s? (?:could|will|would|might|may|can|be go to) (?:\S+ ){0,4}(?:remove|take|seize|collect) (?:(?:\S+ ){0,2}(?:property|belonging|possession|furniture|car|van|stock|equipment)|(?:your |his |her |their |the )?goods?\b)|(?:seize|take(?! - home| (?:thing|it|them|this|that) (?:slow|slowly|easy|gently|one step|step by step|at (?:her|his|their) pace))|repossess|tow|clamp|confiscate|grab) (?:\S+ ){0,3}(?:car|house|home|van|property|thing|belonging|furniture|tv|television|wage|salary|pay|paycheck|paycheque|benefit|asset|possession|stuff|motor|truck|stock|goods|equipment|machinery)|(?:send|call|get|bring|have) (?:\S+ ){0,2}(?:bailiff|enforcement agent|enforcement officer|sheriff|repo man|repo|debt collector round)|(?:wage|salary|pay|paycheck|paycheque|benefit|car|house|home|telly|tv|furniture|sofa|belonging|thing|van)s? (?:could|will|would|might|can|be go to) (?:\S+ ){0,2}(?:be )?(?:take|seize|garnish|repossess|freeze)|(?:enforcement officer|enforcement agent|bailiff|field agent)s? (?:could|will|would|might|can|be go to) (?:\S+ ){0,2}(?:come|take|turn up|visit|call)|bailiff (?:will|would|be go to|could|come|turn up|knock|visit|follow)|freeze (?:\S+ ){0,2}(?:account|bank)|(?:take|deduct|dock) (?:\S+ ){0,4}(?:from|out of) (?:\S+ ){0,2}(?:wage|pay|salary|paycheck|paycheque|benefit|bank)|lien|enforcement(?: action| agent| officer)?|take (?:everything|it all|the house|the car|your house|your car)|(?:knock on|turn up at|show up at|come to|come round to|visit) (?:\S+ ){0,2}(?:door|house|home|work|office|workplace)|(?:send|bring) (?!(?:a |an |the |our |my )?(?:letter|copy|statement|email|text|form|pack|notice|card|leaflet|summary|breakdown)\b)(?:\S+ ){0,2}(?:round|to (?:his|her|your|their) (?:door|house|home)))\b/,
    needs: (l) => (FUTURE.test(l) || PAY_OR.test(l) || /\bthreaten\b|\bwhenever (we|i) (like|want|choose)|\bif (we|i) (want|like|choose)/.test(l) || NO_JUDGMENT.test(l)) && (!LAWFUL_STAGE.test(l) || /\bno (court )?(judgment|judgement|court order)/.test(l)),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:tell|call|contact|inform|ring|email|write to|notify|phone|speak to|speak with|talk to|have a (?:quiet |little |friendly )?word with|reach out to|get in touch with|be in touch with|warn|mention (?:it |this |that )?to|let (?:\S+ )?know|let (?:\S+ ){0,3}(?:and (?:\S+ ){0,2})?(?:supplier|employer|boss|neighbour|neighbor|colleague|regular|customer)s? (?:\S+ ){0,2}know) (?:\S+ ){0,2}(?:employer|boss|work|hr|payroll|manager|line manager|company|supplier|industry|family|mother|mum|mom|father|dad|parent|wife|husband|neighbour|neighbor|friend|colleague|landlord|landlady|bank|church|school)\b/,
    // "I told my manager I wouldn't sign that letter": the candidate's own manager is no one the customer is threatened with.
    needs: (l) => threatensToTell(l, /\b(threaten|warn|deduction|deduct|garnish\w*|not good for|bad payer|do not pay)\b/) && !/ (?:tell|call|contact|inform|ring|email|write to|notify|phone|speak to|warn|let) (?:my|our) (?:\S+ )?(?:manager|boss|company|supervisor|director|hr|team|colleague|employer|compliance)\b/.test(l),
  },
  // Veiled threats: "I'd hate for his commanding officer to hear he's behind", "it'd be a shame if this
  // reached your work", "I'd hate for her to end up in court over this".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:hate|be (?:a|such a) (?:real |great |terrible |awful )?(?:shame|pity)) (?:for|if) (?:\S+ ){0,6}(?:(?:employer|boss|work|workplace|commanding officer|neighbour|neighbor|family|manager|colleague|hr|payroll)s? (?:\S+ ){0,3}(?:hear|find out|get involve|be involve|end up involve|get wind|know|learn)|(?:reach|get to|end up at|end up with|go to) (?:\S+ ){0,2}(?:work|employer|boss|legal|lawyer|attorney|solicitor|court|bailiff|sheriff)|end up (?:\S+ ){0,2}(?:in court|involve|before a judge|with (?:our |the )?(?:legal|lawyer|attorney|solicitor)))/,
  },
  // "If it doesn't, things could get a lot more complicated for you": a consequence left unnamed, held over the customer.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / thing (?:could|might|will|would|can|be go to|tend to|may|to) (?:\S+ ){0,2}(?:get|become|turn) (?:\S+ ){0,3}(?:complicate|messy|ugly|nasty|serious|difficult|worse|hard) (?:\S+ ){0,2}for (?:him|her|you|them|the customer|the consumer|the debtor)\b/,
    needs: (l) => /\b(if|unless|otherwise|or else|once)\b/.test(l) || PAY_OR.test(l),
  },
  // "we talk to a lot of other suppliers in their sector and these things do tend to get around": the
  // debt held over a customer as gossip among those it trades with (answers-train7.yaml, training).
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:word|thing|news|it|story|reputation)s? (?:\S+ ){0,3}(?:get|go|travel|spread)s? (?:a)?round\b/,
    needs: (l) => /\b(supplier|trade|sector|industry|neighbour|neighbor|family|employer|workplace|colleague|community|town|village|church)\b/.test(l) && !/\b(?:not|never|no) (?:\S+ ){0,3}(?:get|go|travel|spread)s? (?:a)?round\b/.test(l),
  },
  // "We'd let their other suppliers know they were a bad payer": the telling named before the knowing.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / let (?:\S+ ){0,5}(?:supplier|employer|boss|neighbour|neighbor|colleague|family|trade association|industry|creditor)s? (?:\S+ ){0,2}know\b/,
    needs: (l) => threatensToTell(l, /\b(threaten|warn|bad payer|do not pay|not pay|owe|debt|late payer)\b/),
  },
  {
    // "accounts like his are still reviewed by our legal department for suit".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:review|look at|consider|flag|assess)\S* (?:\S+ ){0,5}for (?:suit|litigation|legal action|court action|a lawsuit)\b/,
    needs: (l) => !LAWFUL_STAGE.test(l) && !/\b(really|actually|genuinely|only (send|say|tell|write))\b/.test(l),
  },
  {
    // Any threat the candidate says they made, whatever its object.
    rule: 'threat-unlawful-action',
    frame: 'act',
    pattern: / (?:threaten|intimidate|blackmail|bully|scare (?:\S+ ){0,2}into|frighten (?:\S+ ){0,2}into|menace)\S*\b/,
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:report|refer|complain about)\S* (?:\S+ ){0,2}to (?:their|his|her|the) (?:professional body|regulator|licensing|nursing|teaching|employer|union)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban)\b/.test(l),
  },
  {
    // "I signed off a UK letter saying enforcement agents had been instructed, when there wasn't even a CCJ".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:enforcement agent|enforcement officer|bailiff|sheriff|repo|solicitor|lawyer|attorney|legal team|debt collector)s? (?:have |had |has )?(?:already )?(?:be |now be )?(?:instruct|appoint|book|arrange|engage|assign|sent out|on (?:his|her|their|the) way)\S*\b/,
    needs: (l, _ctx, _s, _k, r, si) => (NO_JUDGMENT.test(l) || /\b(not|n't) (even )?(a|any) (ccj|judgment|judgement|court order)\b|\bwhen (there|we|they|the client) (be|was|were|have|had) (not|n't|no)\b/.test(l) || bluffAfter(r, si)) && !REASSURED.test(l),
  },
  {
    // "I told him we would have his benefits stopped if he didn't start paying".
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:have|get) (?:\S+ ){0,2}(?:benefit|pension|universal credit|social security|welfare|disability payment|child benefit|housing benefit)s? (?:stop|cut|suspend|take away|withdraw)|(?:stop|cut|suspend|withdraw) (?:\S+ ){0,2}(?:benefit|pension|universal credit|social security|welfare)s?)\S*\b/,
    needs: (l) => (FUTURE.test(l) || PAY_OR.test(l)) && !/\b(dwp|benefit agency|government|council) (\S+ ){0,3}(may|can|could|might|will)\b/.test(l),
  },
  // conduct-train11.yaml (training, stop 31): "put a charge on your house ... and we didn't even have a judgment", "bailiffs would attend within seven days,
  // when we had no CCJ", "the neighbours notice when a van turns up to take the telly".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:put (?:a |the )?(?:charging order|charge) on (?:your|his|her|their|the) (?:house|home|property|flat)|bailiff\S* (?:would|will|be go to|could) (?:attend|come|call|visit|turn up)|van turn\S* up to take|take the (?:telly|tv|car|furniture|sofa))\b/,
    needs: (l, _ctx, _s, _k, r, si) => NO_JUDGMENT.test(l) || /\bnotice when\b/.test(l) || (!LAWFUL_STAGE.test(l) && bluffAfter(r, si)),
  },
  // conduct-train12.yaml (training, stop 31): "we'd report her to her employer's HR if she didn't call back by Friday", "'final notice before legal action'
  // every month ... never any plan to sue".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:report (?:her|him|them|you) to (?:her|his|their|your) (?:employer|boss|hr|manager|work)|final notice before (?:legal action|court|litigation|proceeding))\b/,
    needs: (l, _ctx, _s, _k, r, si) => (PAY_OR.test(l) || NO_JUDGMENT.test(l) || /\bnot that (we|i) ever would\b|\bevery month\b/.test(l) || bluffAfter(r, si)) && !LAWFUL_STAGE.test(l),
  },
  // conduct-train15.yaml (training, stop 33): "our legal department will be contacting your employer on Monday".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:will|would|'ll|be go to|be gonna|shall) (?:\S+ ){0,2}(?:be )?(?:contact|call|ring|write to|inform|notify|phone|email)\S* (?:your|his|her|their) (?:employer|boss|hr|payroll|workplace|line manager|manager)\b/,
    needs: (l) => !LAWFUL_STAGE.test(l) || NO_JUDGMENT.test(l),
  },
  // conduct-train16.yaml (training, stop 34): "her neighbours might notice the van outside if things went any further", a template letter
  // headed "Notice of County Court Proceedings" for accounts with no plan to litigate.
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:neighbour|neighbor)s? (?:might|would|will|could|may) (?:notice|see|spot|wonder about) (?:the |a |our )?(?:van|bailiff|enforcement|truck|tow truck|car outside))\b/,
    needs: (l) => !LAWFUL_STAGE.test(l),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'act',
    pattern: / (?:introduce|bring in|use|send|design|write|draft|create|roll out|set up)\S* (?:\S+ ){0,3}(?:letter|template|notice)s? (?:head|title|call|name)\S* (?:" |' |“ |‘ )?(?:final )?(?:notice of )?(?:county court|court|legal) (?:proceedings|action|claim|summons)\b/,
    needs: (l) => (NO_JUDGMENT.test(l) || /\bno (plan|intention)\b/.test(l)) && !LAWFUL_STAGE.test(l),
  },
  // conduct-train18.yaml (training, stop 35): "we'd start taking money out of his pay packet from the 1st, although there
  // was no judgment", "Bailiffs were promised for Saturday morning on my call, though no CCJ had even been applied for".
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:(?:take|taking|deduct|dock|stop)\S* (?:the )?(?:money|it|payment|instalment|\S+ pound|£ ?\S+|\$ ?\S+)s? (?:straight )?(?:out of|from|off) (?:his|her|their|your) (?:pay packet|pay|wage|salary|paycheck|pay check|paycheque|earnings)s?|(?:bailiff|enforcement agent|enforcement officer|sheriff|repo man|tow truck)s? (?:be |get |were |was )?(?:promise|threaten|mention|book|line up)\S*)\b/,
    needs: (l) => (NO_JUDGMENT.test(l) || /\b(though|although) no\b|\bno (ccj|judgment|judgement|court order)\b/.test(l) || FUTURE.test(l) || PAY_OR.test(l)) && !LAWFUL_STAGE.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "Bailiffs tomorrow, I told her. No CCJ yet.", "The client never approves litigation, but
  // ... I told customers their file was going to our attorneys on Monday".
  {
    rule: 'threat-unlawful-action',
    frame: 'act',
    pattern: /^ ?(?:bailiff|sheriff|court|enforcement)s? (?:tomorrow|monday|tuesday|wednesday|thursday|friday|next week|today) ,? ?(?:i )?(?:tell|told|say|said)\b/,
    needs: (_l, _ctx, _s, _k, r, si) => /\bno (ccj|judgment|judgement|court order)\b|\bnot (even )?(been )?to court\b/.test(r.sentences[si + 1] ? r.sentences[si + 1]!.tokens.map((t) => t.l).join(' ') : ''),
  },
  {
    rule: 'threat-unlawful-action',
    frame: 'said',
    pattern: / (?:file|account|case)s? (?:be|was|were)? ?(?:go|going|be pass|pass)\S* (?:\S+ ){0,1}to (?:our |the )?(?:attorney|lawyer|solicitor|legal)s?\b/,
    needs: (l) => /\b(never|not|n't) (\S+ ){0,2}(approve|authorise|authorize|sue|litigat|intend|plan)\w*|\bno (plan|intention)\b/.test(l),
  },
];
