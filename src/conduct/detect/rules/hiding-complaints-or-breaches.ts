// Detectors for hiding-complaints-or-breaches: Hides or discourages a complaint, or keeps a breach from compliance, the client or the regulator.
import { any, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';

// What the candidate kept back, told in a sentence before: a complaint, a breach or a mistake.
const HIDDEN_WHAT = /\b(complain|complaint|breach|error|mistake|incident|unhappy|wrong address|go wrong|mix - up|mix-up|data (breach|incident))\b/;

export const HIDING_COMPLAINTS_OR_BREACHES: readonly Detector[] = [
  // "not to write the word complaint in the notes", "keep it internal", "left the Ombudsman referral rights out",
  // "stopped sending QA fails up to compliance", "closed the alerts as false positives" (conduct-train10.yaml, training).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:not to (?:write|use|record|log|put) (?:the word )?complaint|keep (?:it|this|that|the (?:breach|error|incident|mistake)) (?:internal|quiet|under wrap|in-house)|(?:leave|omit|drop)\S* (?:the )?(?:financial )?ombudsman (?:referral )?right|stop (?:send|report|escalat|pass|rais)\w* (?:\S+ ){0,5}(?:to|up to|with) compliance|close\w* (?:the )?(?:alert|flag|case|ticket)s? as (?:a )?false positive)/,
    keep: ['not', "n't"],
    ownNegation: true,
    noRuleTalk: true,
  },
  // "A complaint'll just put a flag on your account and slow the new plan down. You're better off leaving it",
  // "There's nothing to complain about ... You'd just be wasting your own time" (call-turns/train18.yaml).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:(?:a |the |your )?(?:complaint (?:will|would|'ll|'d|be go to)|complaint'll|complaint'd) (?:just |only )?(?:put a flag|flag|slow|hold up|delay|hurt|damage|affect|count against|go against|make (?:it|things) worse)|nothing to complain about|(?:complain\w*|complaint) (?:\S+ ){0,4}(?:waste|wasting) (?:of )?(?:your|my|our) (?:own )?time)\b/,
  },
  // "Honestly, I wouldn't put a complaint in", "I wouldn't bother complaining": advice against complaining, given to
  // the customer (call-turns/train17.yaml).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:i|you) (?:would not|should not|do not want to) (?:bother (?:with )?)?(?:(?:put|make|raise|file|lodge) (?:a |the |in a )?complaint|bother complain\w*)\b/,
    keep: ['not', "n't"],
    ownNegation: true,
    noRuleTalk: true,
  },
  // "If a customer complained ... but didn't use the word 'complaint', I didn't log it", "I asked them to leave it
  // out of the monthly report", "refund only the ones who complained and tell nobody else", final response letters
  // that "left out the customer's right to go to the Ombudsman" (conduct-train9.yaml, training).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:do not|did not|would not|never) (?:log|record|count|register|treat|raise|report|escalate|flag) (?:it|them|that|this)(?! as (?:a )?(?:breach|complaint)\b)|leave (?:it|that|this|them) out of (?:the |our )?(?:monthly |weekly |quarterly |board |annual )?(?:report|mi|return|figure|pack|log|register)|refund (?:\S+ ){0,2}only (?:the one|those|the customer|customer|people)s? who (?:complain|ask|notice)|only refund (?:\S+ ){0,3}who (?:complain|ask|notice)|(?:leave|omit|drop)\S* (?:out )?(?:\S+ ){0,4}right to (?:go to |refer (?:it )?to |complain to )?(?:the )?(?:financial )?ombudsman)\b/,
    keep: ['not', "n't", 'never'],
    ownNegation: true,
    noRuleTalk: true,
    // ("A customer said she was unhappy with how I'd spoken to her. I apologised. I didn't log it anywhere.": the complaint
    // told a sentence or two before; conduct-train20.yaml, training.)
    needs: (l, _c, _s, _k, r, si) => /\b(complain|complaint|breach|qa|found|find|error|mistake|incident|fee|ombudsman)\b/.test(l) || (!/\b(treat|count) (it|them|that|this) as\b/.test(l) && r.sentences.slice(Math.max(0, si - 2), si).some((x) => HIDDEN_WHAT.test(lemmasOf(x).text))),
  },
  // "Complaints like that rarely get anywhere, so I wouldn't put yourself through it", "nobody really wins these
  // fee complaints": a complaint talked down; "no need to mention to Halvern that I asked about a payment": the
  // client kept from knowing (call-turns/train14.yaml, training). ("Keep it between us" is left out: it is as often
  // a promise of confidentiality to the customer; a guard on held-out answers showed it flagging a good one.)
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:complaint\S* (?:\S+ ){0,4}(?:rarely|never|seldom|hardly ever|do not|don't|will not|won't) (?:really )?(?:get anywhere|go anywhere)|nobody (?:\S+ ){0,2}win (?:\S+ ){0,3}complaint|(?:no need to|do not|don't) (?:mention|tell|say)\S* (?:it |this |that )?to (?!me |us )\S+ (?:\S+ ){0,2}that (?:i|we) )\b/,
    ownNegation: true,
  },
  // Complaints and breaches buried: logged as something else, kept off the log, talked out of, kept from
  // compliance or the regulator (answers-train5..8.yaml, training).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:log|record|class|classify|treat|put|mark|close|code|count)\S* (?:\S+ ){0,4}as (?:general |just )?(?:feedback|a query|an enquiry|an inquiry|a comment|resolve informally|informal|a service issue|not a complaint|no complaint)|(?:keep|kept|take|leave)\S* (?:\S+ ){0,3}(?:off|out of) (?:the |our )?(?:(?:complaint\S*|breach|incident|error) (?:log|register|figure|number|mi)|log|register)|(?:only|just) (?:record|log|raise|treat|open)\S* (?:\S+ ){0,3}(?:as )?(?:a )?(?:formal )?complaint (?:\S+ ){0,3}if (?:the )?(?:customer|they|he|she|consumer) (?:insist|push|ask|demand|use the word)|(?:discourage|talk (?:\S+ )?out of|put (?:\S+ )?off|dissuade)\S* (?:\S+ ){0,4}(?:complain|complaint|ombudsman|regulator|cfpb|fos)|(?:keep|kept) (?:\S+ ){0,3}(?:the regulator|compliance|the fca|the cfpb|the client|the examiner)s? out of it|(?:decide|choose|pick)\S* (?:which|what) (?:\S+ ){0,3}compliance (?:really )?(?:need|get|should|must)s? to (?:see|know|hear)|(?:backfill|back-fill|backdate|back-date)\S*|(?:withdraw|drop)\S* (?:the |their |her |his )?complaint\S* (?:\S+ ){0,6}(?:settlement|discount|in return|in exchange|if))\b/,
    // ("..., because it discourages a complaint": a remark judged, not the candidate's act.)
    needs: (l, _ctx, s, k, r, si) => !/^(it|this|that|which)$/.test(s.tokens[k - 1]?.w ?? '') && /\b(complain\w*|complaint|compliance|regulator|fca|cfpb|ombudsman|fos|breach|audit|examiner|log|note|record)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
    noRuleTalk: true,
  },
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:not|n't|never) (?!(?:\S+ )?(?:forget|fail|miss|omit|neglect|hesitate|delay))(?:\S+ ){0,2}(?:escalate|report|trouble|bother|involve|inform|flag|tell|volunteer|log|record|notify|bring up|mention|offer|explain)\S* (?:\S+ ){0,4}(?:compliance|the regulator|the fca|the cfpb|the ombudsman|the fos|the examiner|as a complaint|as a breach|the complaint|(?:their |her |his |the )?(?:right to complain|complaint right|referral right))\b/,
    keep: ['not', 'never'],
    noRuleTalk: true,
    // "I'd never not report it", "there was nothing to report to compliance": not a breach kept back.
    // "I wouldn't tell him the regulator won't be interested": the customer is told nothing; no one keeps the regulator out (answers-train9.yaml).
    needs: (l) => !/\b(nothing|no breach|no complaint) (\S+ ){0,3}(to )?(report|escalate|log)\b/.test(l) && !/\b(not|never) (tell|say to|explain to) (him|her|them|the customer|the consumer) (that )?the (regulator|ombudsman|fca|cfpb|fos)\b/.test(l),
  },
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:(?:formal )?complaint|go\S* to the (?:regulator|ombudsman|fos|cfpb)|the (?:ombudsman|regulator|fos|cfpb)) (?:\S+ ){0,4}(?:not|n't) (?:really |probably )?(?:be )?(?:in (?:anyone|anybody|your|their|her|his)(?:'s| 's)? (?:best )?interest|worth (?:it|the (?:hassle|bother|effort))|change anything|help (?:you|her|him|them)|get (?:you|her|him|them) anywhere)\b/,
    ownNegation: true,
    keep: ['not'],
  },
  {
    // "I told her there was no point complaining", "I logged complaints as 'general enquiries'", "tidied up the notes", "kept it quiet".
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:no (?:real )?need (?:to|for) (?:\S+ ){0,3}(?:complain|complaint|fuss)|no point (?:in )?(?:complain|make (?:a )?complaint|go\S* to the (?:ombudsman|regulator|fos|cfpb))|(?:log|record|class|classify|treat|code|count|note|mark|file|put down)\S* (?:\S+ ){0,3}as (?:a |an )?(?:general |just |simple )?(?:enquir|inquir|quer|comment|feedback)\S*|(?:tidy|tidied|clean|cleaned)\S* up (?:the |our |his |her )?(?:note|record|file|log|call note)s?|(?:keep|kept) (?:it|this|that|the \S+) (?:quiet|under wraps|between us|to (?:myself|ourselves)|off the record))\b/,
    keep: ['no'],
    noRuleTalk: true,
    needs: (l, _ctx, s, k, r, si) => /\b(complain\w*|complaint|compliance|regulator|client|audit|breach|error|mistake|wrong|ombudsman|unhappy|tell|not tell)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/^(it|this|that|which)$/.test(s.tokens[k - 1]?.w ?? ''),
  },
  {
    // "We filled in any missing call notes, dated to match when the calls would have happened", "so the examiners saw a clean picture".
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:date|dated)\S* to (?:match|look like|show)|fill\S* in (?:any |the )?missing (?:call )?(?:note|record|log|entry)|so (?:that )?(?:the )?(?:examiner|auditor|regulator|client|compliance|fca|cfpb|board|inspector)s? (?:\S+ ){0,2}(?:see|saw)\S* (?:a |only )?(?:clean|tidy|good|nice|nicer|better|spotless) (?:picture|file|record|log|set|story|view))\b/,
    noRuleTalk: true,
    // Notes added late and marked so are honest records; notes dated as if written at the time are not.
    needs: (l) => /\b(date|dated|match|as if|would have|examiner|auditor|regulator|clean)\b/.test(l) && !/\b(today 's date|added late|mark\w* (as )?late|late entry|with a note)\b/.test(l),
  },
  // conduct-train11.yaml (training, stop 31): "We kept the QA failures off the client report", "complaining would only slow their plan down", "dealt with it
  // with the agent myself rather than putting it in the breach log".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:keep (?:\S+ ){0,3}(?:failure|breach|complaint|error|issue|incident|fail)s? (?:figure |number |stat |count |data |log )?off (?:the |our )?(?:\S+ )?(?:report|log|register|mi|dashboard)|complain\S* (?:would|will|could|might) (?:only )?(?:slow|delay|hold up|mess up|make (?:it|things) worse)|rather than (?:put|log|record|report|enter|escalate)\S* (?:it )?(?:in|on|to|into) (?:the )?(?:breach|incident|complaint|compliance) ?(?:log|register|team)?)\b/,
    noRuleTalk: true,
  },
  // conduct-train12.yaml (training, stop 31): "I talked her out of it", complaints "logged as 'general queries'", told to say the Ombudsman "wouldn't
  // look at it until we'd closed the account", recordings "cleaned out" before an audit, "we'd not report it", "we don't
  // really do that over the phone".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:talk (?:her|him|them|the customer) out of (?:it|complain\S*|make a complaint|go to the ombudsman)|complaint\S* (?:be |were )?(?:log|record|code|classify|mark|put down|tag)\S* as (?:a |an )?(?:general |customer |service )?(?:query|queries|enquiry|enquiries|feedback|request)|(?:ombudsman|fos) (?:\S+ ){0,4}(?:would not|will not|can not|could not|do not) (?:look at|consider|take|accept|deal with)|(?:clean out|delete|wipe|bin|destroy|get rid of|lose)\S* (?:\S+ ){0,3}(?:call )?recording|(?:would not|will not|do not|did not|never) report (?:it|this|that|the breach)|tell (?:them|him|her|the customer) we (?:do not|don't) (?:really )?(?:do|take|accept|handle) (?:that|complaint\S*))\b/,
    needs: (l) => /\b(complain\w*|ombudsman|fos|breach|audit|compliance|regulator)\b/.test(l) && !/\b(stop\w*|end\w*|fix\w*|correct\w*|reclassif\w*|no longer|instead of|caught|spot\w*|found)\b (\S+ ){0,4}(complaint|record|recording)/.test(l),
    ownNegation: true,
    noRuleTalk: true,
    keep: ['not', 'never'],
  },
  // answers-train11.yaml (training, stop 33): "I'd keep that to the working papers and give the board the overall figures",
  // "fix the vulnerable piece quietly in the background", "fix the mail routing quietly" after a breach not logged.
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:keep (?:that|it|this|them|those|the (?:\S+ )?(?:figure|number|result)s?) (?:to|in|out of|off|from|away from) (?:the )?(?:working paper|appendix|appendices|back page|footnote|board|regulator|client|compliance|fca|report|pack)s?|(?:fix|handle|deal with|sort|tidy|correct|clean)\S* (?:\S+ ){0,5}?(?:quietly|in the background|behind the scenes|under the radar|off the record))\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(breach|complaint|regulator|compliance|board|audit|client|vulnerab\w*|figure|number|mistake|error|fca|ombudsman)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
  },
  // call-turns/train19.yaml (training, stop 33): "I'll just put it down that you were happy with the call and leave the complaint bit off the
  // notes", "I'm not gonna transfer you just so they can tell you the same thing".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    pattern: / (?:leave (?:\S+ ){0,3}complaint (?:\S+ ){0,2}(?:off|out of) (?:the |my |your )?(?:note|record|file|system|log)s?|put (?:it )?down (?:that )?you (?:be|were) (?:happy|satisfied)|(?:not|n't) (?:gonna|going to|be go to|go to) transfer you)\b/,
    ownNegation: true,
    keep: ['not', "n't"],
  },
  // answers-train12.yaml (training, stop 34): "I wouldn't make a big deal of two complaints and I wouldn't want it to go on the team's figures".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:would not|will not|do not|did not|not) (?:want|let) (?:it|them|that|this|those|the complaint|the breach)s? (?:to )?(?:go|show|appear|count|end up|get)\S* (?:up )?(?:on|in|into) (?:the |our |my |his |her )?(?:team 's |team's )?(?:figure|number|stat|record|report|mi|log|dashboard|return|register)s?\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(complain\w*|breach\w*)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
    ownNegation: true,
    keep: ['not', "n't"],
  },
  // conduct-train16.yaml (training, stop 34): a fee waived "if she didn't take it any further"; a breach scored "as a training point rather
  // than a breach".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:waive|refund|credit|offer|drop|write off)\S* (?:\S+ ){0,6}(?:if|as long as|provided|on condition) (?:she|he|they|the customer) (?:do not|did not|would not|will not|not) (?:take it (?:any )?further|complain|escalate|go to the (?:ombudsman|regulator|fos|cfpb))|(?:score|mark|log|record|class|treat|count|code)\S* (?:it|this|that|them) as (?:a |an )?(?:training|coaching|learning|development) (?:point|issue|opportunity|need) (?:rather than|instead of|not) (?:as )?(?:a |an )?(?:breach|complaint|incident))\b/,
    noRuleTalk: true,
    ownNegation: true,
    keep: ['not', "n't"],
  },
  // conduct-train18.yaml (training, stop 35): "I logged it as a general query so it wouldn't count against the team", "keep
  // complaints off the system", "taken out of the QA sample ... so it wouldn't drag the score down", "closed as resolved ...
  // without the final response", "I am not put it in the system", "I reported a clean month, leaving out the two customers ...".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:log|record|class|code|mark|file|put|tag)\S* (?:it |them |this |that |the complaint |her complaint |his complaint )?(?:down )?as (?:a |an )?(?:general |simple |routine )?(?:query|enquiry|inquiry|feedback|expression of dissatisfaction|service request|comment)|keep (?:\S+ ){0,2}complaints? off (?:the )?(?:system|log|record|book|figure|report)|(?:take|took|pull|remove|drop|leave)\S* (?:\S+ ){0,6}(?:out of|off|from) the (?:qa |audit )?(?:sample|review|audit|report|figure|log)|(?:close|closed|mark)\S* (?:\S+ ){0,2}(?:as )?(?:resolve|resolved|fix|complete|done)\S* (?:\S+ ){0,4}without (?:the |a |any )?(?:final response|investigation|ombudsman|fos|response|reply|root cause|check|review)|(?:report|show|present|send)\S* (?:\S+ ){0,2}(?:a )?clean (?:month|quarter|week|sheet|audit|record|report))\b/,
    keep: ['without'],
    noRuleTalk: true,
    needs: (l) => /\b(complain|complaint|breach|so it (would|wo|will) not|wouldn't|count against|look bad|drag|score|figure|number|audit|qa|clean|leave out|leaving out|without)\b/.test(l) && !/\b(found|find|discover|spot|catch|caught)\b (\S+ ){0,4}(had|have|was|were|be)\b/.test(l),
  },
  // "The customer is very angry and say she will complain, but I am not put it in the system because it was only a small thing."
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:be |do |did )?(?:not|never|n't) (?:\S+ ){0,1}(?:put|log|record|enter|raise|pass)\S* (?:it |this |that |them )?(?:in|into|on|onto) (?:the )?(?:system|complaint log|log|register|crm)\b/,
    keep: ['not', 'never', "n't"],
    needs: (l) => /\bcomplain/.test(l) && /\b(because|since|as) (it|that|this) (be|was) (only|just)\b|\bso (it|that) (would|wo|will) not\b|\bwould not count\b/.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "I'd sort it out quietly between us rather than report it", "Complaint? Didn't log it.",
  // "I edited the notes afterwards to show the customer had agreed", "talked her out of making it formal", "we wipe the call recording".
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:sort|deal with|handle|keep)\S* (?:it|this|that)? ?(?:out )?(?:quietly|between us|in house|in - house|off the record)(?: between us)? (?:rather than|instead of|and not|without) (?:report|log|escalat|tell)\S*|(?:edit|change|alter|amend|rewrite)\S* (?:the |my |our )?(?:note|record|log|file)s? (?:\S+ ){0,2}(?:afterward|afterwards|later|after the call)s?|talk\S* (?:her|him|them|the customer) out of (?:making|raising|filing|lodging|putting) (?:it |a complaint )?(?:formal|a complaint|in writing)|(?:wipe|delete|erase|bin|destroy)\S* (?:the |that |a )?(?:call )?recording)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban|found|find|discover|catch|caught)\b (\S+ ){0,4}(sort|edit|change|alter|wipe|delete|talk)/.test(l),
  },
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: /^ ?complaint \? (?:\S+ )?(?:do not|did not|didn't|not|never) (?:log|record|note|raise)/,
    keep: ['not', "n't", 'never'],
  },
  // answers-train15.yaml, conduct-train22.yaml (training, stop 39): records cut or dated back before someone looks ("two weeks
  // before the visit I had the team leaders ... delete the ones where we'd flagged something", "add dispute notes dated to when
  // the contact actually came in" before the exam, "deleted the note so our team's compliance score stayed clean").
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    pattern: / (?:(?:delete|wipe|erase|remove|shred|purge|strip out)\S* (?:\S+ ){0,6}(?:note|record|file|log|entry|entries|flag|comment|finding)s?|backdat\S*|(?:note|entry|entries|record)s? (?:\S+ ){0,2}(?:date|dated|dating) (?:back )?to when|(?:date|dated|dating) (?:it|them|the (?:note|entry|entries|record|file|log)s?) back)\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(audit|visit|review|exam|examiner|examination|inspection|regulator|fca|cfpb|client|compliance|qa|ombudsman|score|look|clean|consistent|match)\w*\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/\b(found|find|discover|caught|catch|spot|stop|ban|never|not|n't|retention|gdpr|data protection|duplicate|test)\b (\S+ ){0,6}(delete|wipe|erase|remove|shred|purge|backdat|dated)/.test(l) && !/\b(retention|gdpr|data protection|right to erasure|duplicate)\b/.test(l),
  },
  // answers-train15.yaml (training, stop 40): complaints redefined out of the log ("if the agent sorted it there and then,
  // it didn't need to go through as a complaint, because only written complaints count": rule-like words, wrongly), and
  // breaches routed past compliance ("potential breaches routed to me first, before compliance").
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    noRuleTalk: true,
    pattern: / (?:(?:not|n't|no) (?:need|have) to (?:go (?:through|in|down|on)|be (?:log|record|treat|count|raise)\w*) (?:\S+ ){0,2}as (?:a |an |formal )?complaint|only (?:written|write|formal|signed) complaint\S* (?:count|matter|need (?:to be )?log\w*|go on the log)|(?:breach|failure|fail|complaint|error|incident)e?s? (?:\S+ ){0,4}rout\w* (?:\S+ ){0,2}to me (?:first )?,? ?before (?:\S+ )?compliance)\b/,
  },
  // "if it's already been put right on the call there's no value in it going into the breach log": the candidate's view
  // that a breach put right need not be logged (the "put right" is the pretext, not a correction of the candidate's).
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'said',
    ownNegation: true,
    noRuleTalk: true,
    pattern: / no (?:value|point|need|sense) (?:in )?(?:it |them |that |this )?(?:go|put|log|record|enter)\w* (?:\S+ ){0,2}(?:into|in|on|onto) (?:the |our )?(?:breach|complaint|incident|error) (?:log|register|record)\b/,
  },
  // conduct-train23.yaml (training, stop 40): a breach fixed and not raised ("I corrected the setting quietly and didn't
  // raise a breach, since nobody had complained"), and evidence held back from the ombudsman or the regulator ("I sent
  // only the notes, not the recordings where the agent talked over her").
  {
    rule: 'hiding-complaints-or-breaches',
    frame: 'act',
    keep: ['not', 'never'],
    noRuleTalk: true,
    pattern: / (?:(?:not|n't|never) (?:raise|log|record|report|file|open)\S* (?:a |the |any )?(?:breach|incident)(?: report| log)?\b|(?:send|sent|give|gave|provide|hand|share)\S* (?:them |her |him |it )?only (?:the |our )?\S+(?: \S+)? ,? (?:and )?not (?:the |our )?(?:recording|call|evidence|file|note|transcript)s?\b)/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(ombudsman|fos|regulator|fca|cfpb|examiner|auditor|audit|compliance|complain\w*|complaint|breach|seven-in-seven|over seven)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
  },
];
