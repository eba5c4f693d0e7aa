// Detectors for skipping-id-checks: Discusses the account without checking who is on the line.
import { any, lemmasBefore, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';

// The caller failed the checks: a wrong answer, no answer in time, a check capped or skipped.
const FAILED_CHECK = /\b(?:get|got) (?:her|his|their|the) (?:date of birth|dob|postcode|password|security (?:answer|question)s?|answer)s? wrong|\bfail\S* (?:the )?(?:security|id|verification|check)|\b(?:could not|can not|couldn't|can't|not) (?:answer|pass|confirm)\S* (?:\S+ ){0,3}(?:in time|the question|security|check)|\bcap\S* (?:the )?(?:id|security) check/;

export const SKIPPING_ID_CHECKS: readonly Detector[] = [
  // "When someone said 'yes, that's me' I took it, read out the arrears", "discussed the account with a man who said
  // he was her" (conduct-train10.yaml, training).
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:take|took) it,? (?:\S+ ){0,2}(?:read out|go (?:straight )?(?:into|through)|discuss|tell|quote)|discuss\w* (?:the account|it|the debt|the balance|the arrears) with (?:a man|a woman|someone|somebody|a person|a caller) who (?:say|claim))\b/,
    needs: (l) => /\b(that be me|it be me|'s me|that 's me|who (say|claim))\b/.test(l),
  },
  {
    // "DPA checks are worth five percent, and I'd tell the team they can skip them".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:skip|bypass|drop|leave out|ditch) (?:them|it|those|that)\b/,
    needs: (l) => /\b(dpa|id|security|verification|identity|data protection) (check|question)/.test(l),
  },
  {
    // "I go direct to the balance", "I did not ask for the letters testamentary or any paperwork".
    rule: 'skipping-id-checks',
    frame: 'act',
    // ("I failed an agent on QA for going into the balance before verification": someone else's, found.)
    pattern: /(?<! for) (?:(?:go|jump|get|move|skip)\S* (?:straight |direct |directly |right )?(?:to|into) (?:the )?(?:balance|arrears|debt|amount)|(?:not|n't|never) ask (?:\S+ ){0,2}for (?:\S+ ){0,5}(?:id|identification|proof|paperwork|letter testamentary|document|verification|date of birth|security))\b/,
    keep: ['not', 'never'],
    // ("To save time on inbound I'd just confirm the account number and jump into the balance": conduct-train23.yaml.)
    // ("I confirm the date of birth and postcode, then go into the balance": the checks done first.)
    // ("I didn't go into the balance until she'd passed security": held back until the checks, conduct-sentences.yaml.)
    needs: (l, _ctx, s, k) =>
      /\b(date of birth|dob|zip|postcode|verif\w*|security|id|identification|check|question|executor|proof|paperwork|testamentary|account number)\b/.test(l) &&
      !/\b(?:not|n't|never) (?:\S+ ){0,2}(?:go|jump|get|move|skip)\S* (?:\S+ ){0,6}(?:until|till|before|unless)\b/.test(l) &&
      !(/\b(confirm|check|verify|pass|do|ask|complete|go through)\w* (?:\S+ ){0,4}(?:date of birth|dob|postcode|zip|security|id|identity|verification|dpa)\b/.test(lemmasBefore(s, k)) && !/\b(not|n't|never|skip|without|account number)\b/.test(lemmasBefore(s, k))),
    noRuleTalk: true,
  },
  {
    // "I don't mark agents down for skipping the verification questions": the breach let pass.
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:not|n't|never) (?:mark|penalise|penalize|score|fail|ding|pull) (?:\S+ ){0,2}(?:down |up )?for (?:skip|miss|ignor|leav|drop)\S* (?:\S+ ){0,3}(?:verif\S*|security|id|check|dpa)/,
    keep: ['not', 'never'],
    noRuleTalk: true,
  },
  {
    // "when a woman answered 'Hello?', I went straight in: 'Hi Dana, ... calling about your overdue account'".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:go|went|jump|launch)\S* straight in\b/,
    needs: (l) => /\b(answer|hello|pick up|pick|speaking)\b/.test(l),
  },
  {
    // "I didn't go through the security questions, because he had the account number, and I read him the balance".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:not|n't) (?:go through|do|ask|run|bother with) (?:\S+ ){0,2}(?:security|verification|id|dpa) (?:question|check)s?\b/,
    keep: ['not'],
    needs: (l) => /\b(balance|arrears|read|tell|told|give|gave|go through|payment|card)\b/.test(l.slice(l.search(/(security|verification|id|dpa) (question|check)/) + 10)),
    noRuleTalk: true,
  },
  // Skipping identity checks.
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:skip|bypass|ignore|forget|drop|miss|cut|leave out|remove|replace|scrap|strip out|switch off|turn off|do away with) (?:\S+ ){0,2}(?:id|identity|security|verification|dpa|data protection|right party|right - party|rpc|verify|date-of-birth|date of birth|date - of - birth|date|dob|id&v|idv)|(?:id|identity|security|verification|id and v|idv|dpa) (?:\S+ ){0,3}(?:be |was |were )?(?:optional|dropped|removed|skipped)|not bother (?:with )?(?:\S+ ){0,2}(?:id|identity|security|verification|check|verify)|without (?:check|verify|confirm|ask|establish|know|make sure|do)\S* (?:\S+ ){0,4}(?:who|identity|date of birth|dob|birth|postcode|zip|address|right person|speak to|id|security|it be|anything|first|check|verification)|(?:read|go through|give|tell|disclose|discuss|read out) (?:\S+ ){0,5}(?:balance|detail|debt|account|amount|arrear) (?:\S+ ){0,3}before (?:ask|check|verify|confirm|do)\S* (?:\S+ ){0,3}(?:date of birth|dob|birth|postcode|identity|id|security|who)|(?:go|jump|dive|launch|get) straight (?:into|to) (?:\S+ ){0,2}(?:balance|debt|account|payment|arrear|amount)|launch into (?:\S+ ){0,2}(?:balance|debt|account|payment|arrears?|amount)|(?:check|right-party check|rpc)s? (?:\S+ ){0,2}(?:be |was |were )?optional|(?:verification|id|identity|security|dpa|idv|id&v) (?:check\S* )?(?:be )?only (?:\S+ ){0,2}(?:need|require|necessary)|(?:tick|mark|record|log|click|check off|tick off) (?:\S+ ){0,2}(?:id|identity|dpa|security|verification|idv)s? (?:as )?(?:verify|verified|pass|passed|complete|completed|done|confirm|confirmed)\b (?:\S+ ){0,4}(?:even|without|although|though|not|n't))\b/,
    keep: ['without'],
    // "I pull a sample of calls to see whether skipping verification is a habit": looked for, not done (answers-train9.yaml).
    // ("I thanked him without confirming anything, as he wasn't on the account": nothing confirmed to a third party is the rule kept.)
    needs: (l) => !/\bwithout (confirm|say|discuss|reveal|disclos|give)\w* (anything|a thing|any detail)/.test(l) && !/\b(after|once) (\S+ ){0,3}(verify|confirm|check|pass|establish)/.test(l) && !/\b(see|check|find out|look at|test|audit|know|ask) (whether|if|how often|why) (\S+ ){0,3}(skip|bypass|miss)/.test(l),
    noRuleTalk: true,
  },
  {
    // "I am not doing the checking again", "I didn't think to check it was her".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:not|n't) (?:do|bother with|run|go through|redo) (?:\S+ ){0,2}(?:check\S*|verification|security|id) (?:\S+ ){0,2}again|(?:not|n't|never) (?:even )?(?:think|bother|remember|stop) to (?:check|verify|confirm|ask who))\b/,
    keep: ['not', 'never'],
    noRuleTalk: true,
  },
  // Identity checks skipped or done after the account is discussed.
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:read out|tell|give|confirm|go through|discuss|mention|quote|take (?:\S+ )?through|say|bring up) (?:\S+ ){0,7}(?:balance|amount|arrear|account(?! holder)|debt)\S* (?:\S+ ){0,6}(?:before|first|and then ask|then ask|do the id|after)|(?:give|confirm|read out|disclose|discuss|tell) (?:\S+ ){0,3}(?:balance|detail|amount|arrears?) (?:\S+ ){0,2}to (?:someone|a caller|anyone|whoever|a woman|a man|the caller|a person) (?:who|that) (?:have|say|sound|know|claim|give)|skip (?:\S+ ){0,3}(?:date of birth|dob|postcode|password|security question|check)|(?:not|n't) bother with (?:\S+ ){0,2}(?:security|id|verification|check|question)|without (?:any |a |the )?(?:id|identity|security|verification|check)(?! (?:income|affordability|budget|their|his|her))|only (?:do|verify|check) (?:it |them )?(?:when|if)|good enough for me|(?:same|right) (?:surname|name|address)|carry on if (?:\S+ ){0,3}(?:yeah|yes))\b/,
    keep: ['without', 'not'],
    // Taking a payment from someone unverified is fine while nothing about the account is said.
    // ("two payments from the year before the repossession had been applied to a different account with the same surname": an event, not the checks.)
    needs: (l) => !/\bbefore the (repossession|default|sale|charge - off|chargeoff|judgment|judgement|due date|write - off|placement)\b/.test(l) && /\b(verif\w*|identity|id|security|confirm (\S+ ){0,2}who|date of birth|dob|postcode|account holder|surname|name|caller|speak to|account number|that be me|be that|who (i|we) be)\b/.test(l) && !/\b(after|once) (\S+ ){0,3}(verify|confirm|check|pass|establish)\w* (?!first)/.test(l) && !/\b(take|accept) (it|the payment|a payment|payment|their payment|the money|a card payment) without\b/.test(l),
    noRuleTalk: true,
  },
  {
    // "We took the data protection questions out of the script to shorten calls".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:take|cut|drop|remove|strip|scrap|delete)\S* (?:\S+ ){0,3}(?:(?:data|datum) protection|dpa|security|id|identity|verification|id&v|idv|id and v)(?: and \S+)? (?:question|check|step|part|section)s? (?:out|off|from)\b/,
    needs: (l) => !/\b(add|put (\S+ )?back|reinstat\w*|never|not)\b/.test(l),
  },
  {
    // "I gave the balance and payment history to a caller who only knew the account holder's name".
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:give|read|tell|share|disclose|confirm|go through|discuss)\S* (?:\S+ ){0,5}(?:balance|account|detail|history|amount|arrears)\S* (?:\S+ ){0,4}(?:to|with) (?:a |the |an |some )?(?:caller|someone|person|whoever|anyone|man|woman|voice) (?:who|that) (?:only|just|could not|can not|do not|did not|have not|could only|can only|know only)\b/,
  },
  // conduct-train11.yaml (training, stop 31): "don't bore them with ID and verification, just get to the payment", "it's them, so I go straight into what's
  // owed", "read out the full balance ... without bothering with the rest of the checks".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:bore|bear) (?:them|him|her|the customer) with (?:the )?(?:id|security|verification|check|dpa)|it be them , so i go straight|without bother\S* (?:with )?(?:the )?(?:rest of the )?(?:check|security|id|verification|dpa))\b/,
    ownNegation: true,
    keep: ['not', 'without'],
  },
  // conduct-train12.yaml (training, stop 31): "it was wrong but close, so I carried on with the arrears anyway", "the recorded message played the balance
  // before the person had pressed anything", "read the balance, do the disclosure, then the security questions if there was time".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:wrong|incorrect|not match|do not match|did not match)\S* (?:but close )?,? so i (?:carry on|go ahead|continue|proceed|crack on)|(?:message|recording|ivr)\S* (?:play|read|give|say)\S* (?:out )?the (?:balance|arrears|amount) before|read the balance ,? (?:\S+ ){0,6}then the (?:security|id|verification))\b/,
  },
  // conduct-train16.yaml (training, stop 34): "The caller got her date of birth wrong twice. I went ahead and read out the balance", "if the
  // caller couldn't answer in time we just carried on with the account anyway": the checks failed, the account discussed.
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:go|went) ahead and (?:read|give|tell|confirm|go through|discuss)\S*|(?:read|give|gave|tell|told|confirm|discuss)\S* (?:out )?(?:the |her |his |their )?(?:balance|arrears|amount|account)|carr(?:y|ied) on with (?:the )?(?:account|call|balance|arrears|conversation)(?: anyway)?)\b/,
    needs: (l, _ctx, _s, _k, r, si) => FAILED_CHECK.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
  },
  // conduct-train18.yaml (training, stop 35): "The account details were read out on my call before any ID questions were
  // asked", "I replied to an email from an address we didn't have on file with the full statement attached, without
  // verifying who had sent it", "I let the caller know the balance ... first, and asked the ID questions afterwards", "I
  // am not asking the date of birth because he is in hurry".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:account detail|detail|balance|arrears|amount|statement)s? (?:be |were |was |get )?(?:read out|give|quote|disclose|discuss|share|send)\S* (?:\S+ ){0,4}before (?:any |the )?(?:id|security|identity|verification|dpa)|(?:ask|do|run)\S* (?:the )?(?:id|security|identity|verification|dpa) (?:question|check)s? (?:afterward|afterwards|after|later|at the end)\b|(?:reply|respond|send)\S* (?:\S+ ){0,10}(?:statement|balance|detail|breakdown)s? (?:\S+ ){0,4}without (?:verify|check|confirm)\S*|(?:not|n't|never) (?:be )?ask\S* (?:\S+ ){0,1}(?:the |her |his )?(?:date of birth|dob|postcode|zip|security question|id question|address)\S*)/,
    keep: ['without', 'not', "n't", 'never'],
    needs: (l) => !/\b(always|must|should|only after|until (we|i|they) (have )?(verify|check|confirm|pass))\b/.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "I state the amount owed before asking who I'm speaking to", "I'd discuss the balance
  // and take the payment without the checks".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:(?:state|give|say|read out|quote|tell)\S* (?:\S+ ){0,3}(?:amount|balance|arrears|debt)\S* (?:owe\S* )?before (?:ask|check|confirm|find)\S* (?:who|if|whether)|(?:discuss|go through|confirm)\S* (?:\S+ ){0,6}without (?:the |any |doing the )?(?:check|verification|security|id)s?)\b/,
    keep: ['without'],
  },
  // conduct-train20.yaml (training, stop 37): "I did not check the caller's identity before I discussed the account".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:not|n't|never) (?:check|verify|confirm|ask for|do|run|complete|establish)\S* (?:\S+ ){0,3}(?:identity|id|security|date of birth|dob|who (?:\S+ ){0,2}(?:be|speak)) (?:\S+ ){0,2}(?:before|and then|then|but) (?:i |we )?(?:still )?(?:discuss|give|read|tell|take|go through|quote|confirm|share|talk about)\S*/,
    keep: ['not', "n't", 'never'],
    ownNegation: true,
  },
  // answers-train.yaml (training; found again at stop 37): "anyone who calls and says they're family can get the balance and the
  // last statement straight away, no proof needed".
  {
    rule: 'skipping-id-checks',
    frame: 'act',
    pattern: / (?:make|set up|change|design|run)\S* (?:it|things|the process|the journey) (?:\S+ ){0,3}so (?:that )?(?:anyone|whoever|anybody|any caller|family|someone)\b/,
    needs: (l) => /\b(balance|statement|account detail|arrears|detail|figure)s?\b/.test(l) && /\b(no (proof|id|identity check|id check|verification|security check|check)s? (be )?(need|require|necessary|ask for)|without (any )?(proof|id|verification|security check)s?)\b/.test(l),
  },
];
