// Detectors for threat-arrest: Threatens arrest, jail, the police or criminal charges.
import type { Detector } from '../types.js';
import { FUTURE, PAY_OR } from '../words.js';

export const THREAT_ARREST: readonly Detector[] = [
  // "ignoring us can end up with the police getting involved", "explain all this to an officer at his front door"
  // (conduct-train10.yaml, training).
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:police (?:\S+ )?(?:get|getting|be|become) involv\w*|(?:officer|police|sheriff|constable)s? (?:\S+ ){0,2}at (?:his|her|their|your|the) (?:front )?door)\b/,
  },
  // "officers would be round to collect him": a person, not goods, collected at the door (conduct-train21.yaml, training).
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:officer|police|policeman|policemen|sheriff|deputy|deputies|marshal|constable)s? (?:would|will|could|might|be go to|shall|can) (?:be )?(?:round|over|come|coming|turn up|show up|arrive|visit|call round|knock) (?:\S+ ){0,3}(?:to )?(?:collect|pick up|take|fetch|escort|get) (?:him|her|them|you)\b(?! (?:\S+ ){0,2}(?:payment|card|detail|money|cash|goods|car|vehicle|item|key))/,
  },
  // Threats of arrest, jail, police, criminal charges.
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:(?:be|get|end up|wind up) (?:be )?arrest|arrest (?:him|her|them|you)|(?:have|get) (?:him|her|them|you|the customer|the debtor) (?:\S+ )?arrest|warrant (?:be )?(?:in preparation|be prepare|being prepared|on (?:its|the) way|out for)|(?:go|send|put|end up|land|throw) (?:\S+ ){0,3}(?:to|in|into) (?:the )?(?:jail|prison|gaol)|(?:jail|prison) (?:time|sentence)|(?:face|risk|look at) (?:\S+ ){0,2}(?:jail|prison|arrest|criminal)|criminal (?:charge|offence|offense|record|case|proceeding|matter|prosecution)|(?<!(?:fee|interest|charge|amount|cost|price|rate|balance|nothing|nothing new|nothing else|nothing more|anything|anything new|each|every|customer|account|who) )(?:be|get) (?:charge(?! (?:off|twice|double|a fee|for|on|to|interest|again|the|late|extra|more|too|every|each|monthly|weekly|per|\S+ (?:fee|charge|interest|time)))|prosecute)|prosecut\S*|(?:issue|take out|get|have) (?:\S+ ){0,2}warrant(?! of (?:control|execution|possession))|warrant (?:for|out)|warrant (?! ?of (?:control|execution|possession))(?:\S+ ){0,3}(?:issue|sign|out|draw|prepare|apply)|for (?:his|her|their|your) arrest|(?:order|authorise|authorize|make) (?:an |the )?arrest|(?:look|treat|class|see|regard|view)\S* (?:at )?as (?:a |an )?(?:fraud|theft|crime|criminal)|theft by deception|(?:under|on) false pretence\S*|(?:under|on) false pretense\S*|obtain\S* (?:\S+ ){0,3}by deception|(?:take|drive|lead)\S* away in (?:a |the )?police (?:car|van)|(?:transfer|put (?:\S+ )?through|connect)\S* (?:\S+ ){0,2}to (?:the )?(?:sheriff|police|magistrate)|lock (?:him|her|you|them) up|(?:handcuff|cuff)\S*|(?:trouble|problem) with the (?:law|police)|police record|criminal|police (?:will|would|be go to|could|might|come|turn up|knock|visit)|(?:sheriff|marshal|bailiff) (?:could|will|would|might|be go to) (?:\S+ ){0,6}(?:pick|arrest|take|collect) (?:him|her|them|you) (?:up|away|in)?|be (?:\S+ )?(?:fraud|a crime|criminal|theft|a criminal offence)|(?:commit|be) (?:a |an )?(?:crime|criminal offence|fraud|theft)|(?:be|get) (?:lock up|jail|imprison)|(?:end up|wind up|could|will|would|might) (?:\S+ ){0,8}lock up|(?:sheriff|marshal|police|officer) (?:could|will|would|might|be go to|can|may) (?:\S+ ){0,2}come (?:out|round|over|for)|police (?:thing|job|issue|case)|count as (?:fraud|theft|a crime|criminal)|fraud (?:squad|unit)|(?:refer|pass|report|hand|send|go)\S* (?:\S+ ){0,4}to the (?:authorit\w*|da|da 's office|district attorney|prosecutor|crown prosecution service|cps)|(?:lead|result|end) (?:up )?(?:to|in|with) (?:a |an |your |his |her |their )?(?:arrest|warrant|jail|prison|criminal|prosecution|police)|matter for the (?:authorit\w*|police)|(?:warrant|prison|jail|arrest|prosecution|criminal charge) (?:be|was) (?:a |an |now a |still a )?(?:real |very real |serious )?(?:possibility|possible|likely|option|on the table|not off the table)|police (?:take|treat|view|look at) (?:\S+ ){0,4}(?:serious|seriously|very serious)|(?:possibility|chance|risk) of (?:a |an )?(?:warrant|arrest|prosecution|jail|prison))\b/,
  },
  {
    rule: 'threat-arrest',
    frame: 'act',
    pattern: / (?:call|send|involve|get|contact|bring in|ring|phone|report (?:\S+ ){0,3}to|pass (?:\S+ ){0,3}to|hand (?:\S+ ){0,3}to|refer (?:\S+ ){0,3}to|tell|notify) (?:\S+ ){0,2}(?:police|cop|sheriff|fbi)\b/,
    needs: (l) => FUTURE.test(l) || PAY_OR.test(l) || /\bthreaten\b/.test(l),
  },
  {
    // "the police at the door", "looked at as theft of services".
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:police (?:at|on|knock\S* (?:on|at)) (?:the|your|his|her|their) door|theft of service|matter for the (?:\S+ )?(?:authorit\S*|police))\b/,
  },
  {
    // "I'd mention that people who ignore a credit card bill can end up spending a night in a cell".
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:spend|end up spend)\S* (?:a night|the night|a weekend|the weekend|time|a few night|some time) in (?:a |the )?(?:cell|jail|prison|lock-up|lockup|police station)\b/,
  },
  {
    // "You don't want the sheriff's office getting a copy of this file": the police or a prosecutor held over the debt.
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:do not|don't|would not|wouldn't) want (?:the )?(?:sheriff|police|cop|da|district attorney|prosecutor|fraud squad|fraud unit|authorities)\S* (?:\S+ ){0,3}(?:get|involve|see|look|find|hear|know|come|knock)\S*\b/,
    ownNegation: true,
    keep: ['not'],
  },
  // conduct-train11.yaml (training, stop 31): "not paying can end up as a police matter", "reported to the authorities as a criminal matter", "maybe the
  // police they come", "officers knocking on your door", "drop the word 'warrant' into the call".
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:(?:a|as a|become a|turn into a) (?:police|criminal) matter|(?:police|officer|constable)s? (?:they )?(?:come|knock|turn up|show up|arrive)|officer knock on (?:your|his|her|their) door|(?:drop|mention|use|slip)\S* (?:the word |a )?(?:' )?(?:warrant|arrest|prosecution)(?: ')? into (?:the|a|every) (?:call|conversation|chat))\b/,
    // "We don't want this becoming a police matter": the wish not to is the threat (conduct-train15.yaml).
    needs: (l) => /\b(?:not|n't) want (?:this|it|that|things|anything) (?:to )?(?:become|turn into|end up)\b/.test(l) || (!/\b(never|not|n't|no) (\S+ ){0,5}(a )?(police|criminal) matter\b/.test(l) && !/\bnot a (police|criminal) matter\b/.test(l)),
    // The "not" of "we don't want this becoming ..." is the threat's own: the needs above read the denials.
    keep: ['not', "n't"],
  },

  // call-turns/train19.yaml (training, stop 33): "leaving the country with a debt like this can get you stopped at the airport. It's classed as absconding."
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:(?:stop|detain|arrest|hold|pull)\S* (?:\S+ ){0,2}at (?:the )?(?:airport|border|passport control)|class\S* as abscond\S*|count\S* as abscond\S*|be abscond\S*)\b/,
    needs: (l) => !/\b(not|never|no one|nobody|won't|will not|can not|cannot|can't)\b (\S+ ){0,4}(stop|detain|arrest|abscond)/.test(l),
  },
  // conduct-train16.yaml (training, stop 34): "an orange jumpsuit isn't anyone's colour", "the sheriff's office and our office talk quite a lot".
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:orange jumpsuit|prison jumpsuit|behind bars|(?:do|doing|did) time|(?:sheriff|police|prosecutor|court)(?: 's)? (?:office |station |department )?and (?:our|my|the) (?:office|agency|team|firm|department) (?:talk|speak|work together|be in touch|be close|go back))\b/,
    ownNegation: true,
    keep: ['not', "n't"],
  },
  // conduct-train17.yaml (training, stop 34): "explain it to a judge from a cell", "the officers who come for you won't be laughing".
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:from a cell|in a cell|a night in the cells|in the cells|(?:officer|police|cop)s? (?:who|that) (?:come|turn up|show up) for you|(?:officer|police|cop)s? (?:will|would|'ll|be go to) (?:come|turn up) for you)\b/,
    ownNegation: true,
    keep: ['not', "n't"],
  },
  // conduct-train18.yaml (training, stop 35): "Arrest warrant mentioned, card details taken", "the police had been passed her
  // file and were only waiting on our say-so", "the sheriff can come pick them up".
  {
    rule: 'threat-arrest',
    frame: 'said',
    pattern: / (?:(?:arrest|warrant|arrest warrant|jail|prison|police|prosecution|criminal charge)s? (?:be |get |were |was )?(?:mention|bring up|raise|float|threaten|hint at|dangle)\S*|police (?:have |had )?(?:be |been |already be )?(?:pass|give|send|hand|forward)\S* (?:\S+ ){0,2}(?:file|case|detail|account|name)|(?:file|case|detail|account|name)s? (?:have |had )?(?:be |been |already be )?(?:pass|send|hand|forward|refer)\S* (?:on )?to the police|(?:wait|waiting) on (?:our|my) (?:say - so|word|call|go - ahead)|(?:sheriff|marshal|police|officer)s? can (?:\S+ ){0,2}(?:pick|arrest|take|collect) (?:him|her|them|you) (?:up|away|in)?)\b/,
    // (A colleague's words reported: "arrest was mentioned by the agent".)
    needs: (l) => !/\bby (the|an|a|my|one|his|her|our|that) (\S+ )?(agent|colleague|collector|caller|trainee|new starter|team member|advisor|adviser)\b/.test(l),
  },
];
