// Detectors for impersonation: Pretends to be a court, a lawyer, the police, a bank or the government.
import { lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';

export const IMPERSONATION: readonly Detector[] = [
  // Posing as a friend or a courier, an official crest on the envelope (conduct-train10.yaml, training).
  {
    rule: 'impersonation',
    frame: 'said',
    pattern: / (?:(?:say|tell \S+|claim|pretend) (?:that )?(?:i|we|you) (?:be|was|were|'re|are) (?:an? |his |her |their )?(?:old )?(?:school |work |family )?(?:friend|relative|cousin|courier|delivery driver|doctor|nurse|census)|(?:envelope|letter|letterhead)s? (?:\S+ ){0,6}(?:crest|seal|coat of arms|eagle)|court (?:processing|enforcement|collection)s? (?:unit|office|department|division))\b/,
  },
  // Impersonation.
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:pretend\S*|pose|impersonate|masquerade|make out|claim|pass (?:myself|ourselves) off|introduce (?:myself|ourselves|themselves|themself|himself|herself) as|say (?:i|we) (?:be|was|were|work|call)|tell (?:\S+ ){0,2}(?:i|we) (?:be|was|were|work|call)|(?:i|we) (?:be|was|were) (?:(?!not |never |collect\S* )\S+ ){0,2}(?:work with|call from|call on behalf of|from)|sign (?:\S+ ){0,3}as|call (?:\S+ ){0,2}(?:on behalf of|from) (?:\S+ ){0,2}(?:court|police|sheriff|government|irs|hmrc|judge|magistrate|council|dwp))\b (?:\S+ ){0,8}(?:lawyer|attorney|solicitor|court|judge|bailiff|police|officer|sheriff|government|irs|hmrc|council|official|legal department|law firm|magistrate|dwp|fbi|marshal|process server|enforcement|legal team|hospital|doctor|surgery|security team|legal side|solicitor's office|utility|delivery|alumni|college|university|survey|prize|courier|parcel|lottery)\b/,
    // "we could issue a claim in the county court": a claim is the court form, not a pretence.
    needs: (l, _ctx, s, k) => !/\bpretend (?:\S+ ){0,2}customer\b/.test(l) && !(s.tokens[k]?.l === 'claim' && s.tokens[k]!.pos !== 'VERB'),
  },
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:official|government|legal|court|police)(?:-| - | )?sound\S*|(?:(?:letter|email|notice|document|text|message) (?:\S+ ){0,4}|(?:crest|logo|seal|stamp|letterhead|header|badge)s? (?:\S+ ){0,4})(?:look|made to look|dress up|design|format) (?:\S+ ){0,3}like (?:\S+ ){0,2}(?:court|legal|official|summons|government|solicitor|lawyer|warrant)| (?:fake|mock|simulate|simulated|pretend) (?:\S+ ){0,2}(?:court|summons|legal|warrant|writ)\b/,
    // "a bit official sounding": said of a letter or a name, not of anything.
    // "I had our old letters reworded because they looked like a court summons": the look put right (stop 31).
    needs: (l) => (!/\b(official|government|legal|court|police)(-| - | )?sound/.test(l) || (/\b(letter|name|header|heading|top of|caller id|email|title|letterhead|signature)\b/.test(l) && !/\b(remove|drop|scrap|ban|replace|change|rewrite|take down|pull|withdraw)\b/.test(l))) && !/\b(reword|rewrite|redesign|remove|replace|scrap|withdraw|pull|change)\w* (\S+ ){0,3}because\b/.test(l),
  },
  {
    // "On voicemails I'd say this is Officer Reid calling".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:say|introduce (?:myself|ourselves) (?:as|with)|open with) (?:that )?(?:this|it) be (?:\S+ )?(?:officer|detective|sergeant|constable|judge|marshal|deputy|inspector|agent \S+ from the)\b/,
  },
  {
    // "I introduce myself as calling from the county accounts processing office", "this is Dawn calling from the
    // probate office" (call-turns/train17.yaml).
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:(?:call|calling|ring|phone) |introduce (?:myself|ourselves) as (?:call\S* )?|say (?:i|we) (?:be|was|were) (?:call\S* )?)(?:\S+ ){0,1}from the (?:(?:county|district|state|city|federal|municipal|court|government) (?:\S+ ){0,3}(?:office|department|court|bureau|division|service|unit)|probate (?:office|court|registry|department|service))\b/,
  },
  {
    // "set the caller ID display name to show the original bank's name ..., so customers would think their bank was calling".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:(?:caller id|display name|sender name)\S* (?:\S+ ){0,4}(?:show|say|read|display)\S* (?:\S+ ){0,3}bank|so (?:customer|people|they|debtor|consumer)s? (?:would |will )?(?:think|believe|assume) (?:\S+ ){0,3}(?:bank|court|police|lawyer|solicitor|attorney|government|official|neighbour|neighbor|friend|relative|family|doctor|school|hospital)\S*)\b/,
  },
  // Naming an official body as the caller or sender: "this is the legal department calling", "I'm
  // with the county", "our caller ID showed County Court Services", "instructed by the Ministry of Justice".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:this be|i be|we be|they be|i'm|we're|say (?:that )?it be|(?:i'm|we're|i be|we be) (?:call )?(?:from|with)|(?:say|tell (?:\S+ ){0,2}|claim) (?:i|we|they|it) (?:be|was|were) (?:call )?(?:from|with)|(?:be|was|were) (?:call )?(?:from|with)|instruct by|(?:caller id|display name|sender name|header|letterhead|heading|subject line) (?:\S+ ){0,3}(?:show|say|read|display)|use the word) (?:the )?(?:legal department|legal team|fraud department|fraud unit|fraud team|fraud squad|(?:solicitor|lawyer|attorney|sheriff|bailiff|magistrate|court|judge)(?:'s| 's)? office|law firm|county court|high court|court service|the court|the county|county|ministry of justice|hmcts|hmrc|irs|sheriff|police|enforcement unit|high court enforcement|(?:customer(?:'s| 's)|their|your|his|her) bank|(?:security|fraud|card services?|customer service) (?:team|department|desk) at (?:your|their|his|her|the customer(?:'s| 's)) bank|(?:your|their|his|her|the customer(?:'s| 's)) bank(?:'s| 's) (?:security|fraud|card services?|customer service) (?:team|department|desk|unit)|tax office|tax authorit\S*|tax department|revenue service|inland revenue)\b/,
    // "The customer thought I was from the court": their mistake, not the candidate's claim.
    // "The case is with the court and your attorney now": where a case or a file stands, not who calls.
    needs: (l, _ctx, s, k) => !/\b(real|genuine|actual|in-house) (legal|fraud)\b|\bour (legal|fraud) (department|team)\b (\S+ ){0,3}(handle|review|confirm|look)|\b(?<!\b(?:let|make|leave) \S+ )(think|thought|assume|believe|wonder|suspect|mistake|confuse|worry|ask if|ask whether)\b (\S+ ){0,2}(i|we|they) (be|was|were)\b/.test(l) && !/^(case|file|claim|matter|account|paperwork|debt|application|hearing|decision|it|that|this)$/.test(s.tokens[k - 1]?.l ?? ''),
  },
  // Impersonation in plain words.
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:pose as|pretend to be|(?:say|answer|reply) (?:i be |we be |it be |this be )?(?:your|her|his|their) (?:solicitor|lawyer|attorney|bank)(?: 's)?(?: office| legal team)?(?= [,.;]| and | but |$)|pass (?:myself|ourselves|it) off as|(?:present|introduce) (?:myself|ourselves) (?:as|like) (?:\S+ ){0,4}(?:bank|court|police|government|fraud team|hmrc|irs|council|solicitor|lawyer|attorney)|(?:use|give|adopt|go by)\S* (?:\S+ ){0,3}(?:law(?:-| - | )firm|(?:legal|official|court|government)(?:-| - | )sound\S*) (?:\S+ ){0,2}(?:name|title|style)|(?:say|tell) (?:\S+ ){0,3}(?:i be|we be|i'm|it come|it came|it be|it was) from (?:\S+ ){0,4}(?:bank|court|police|government|fraud team|hmrc|irs|council|solicitor|lawyer)|sign (?:\S+ ){0,3}(?:legal|solicitor|court|attorney|law))\b/,
    needs: (l) => !/\bpretend (?:\S+ ){0,2}customer\b/.test(l),
  },
  {
    // "I said I was calling from the bank's fraud team", "I told her I was a debt charity adviser".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:say |tell (?:\S+ ){0,2})(?:that )?(?:i|we) (?:be|was|were) (?:call|ring|phon)\S* (?:from|on behalf of|for) (?:\S+ ){0,3}(?:bank|court|police|government|fraud|hmrc|irs|council|solicitor|lawyer|attorney|charity|citizens advice|stepchange|ombudsman|regulator|fca|cfpb)\b| (?:say |tell (?:\S+ ){0,2})(?:that )?(?:i|we) (?:be|was|were) (?:a |an |from |with )?(?:\S+ ){0,2}(?:charity|debt advice|free advice|citizens advice|stepchange|adviser|advisor|ombudsman)\b/,
    needs: (l) => !/\b(never|not|n't)\b/.test(l),
  },
  {
    // "Our letters went out on 'Legal Department' letterhead though there is no lawyer here".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:legal department|law firm|solicitor|court|legal team|attorney|lawyer|government|official)\S* (?:\S+ ){0,2}(?:letterhead|header|heading|logo|stamp|seal|crest|branding)\b/,
    needs: (l) => /\b(no lawyer|no solicitor|no legal|not a law|we be not|though|although|even though|there be no|nobody|no one|pretend|fake|look like|so (it|they|the customer))\b/.test(l),
  },
  {
    // "On the phone I called myself Officer Grant".
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:call|name|style|bill)\S* (?:myself|ourselves|themselves|himself|herself) (?:as )?(?:an? )?(?:officer|detective|sergeant|constable|judge|marshal|deputy|inspector|agent \S+ from the|lawyer|attorney|solicitor|bailiff|sheriff)\b/,
  },
  {
    // "... the words 'Federal Recovery Division' so it looked like a government agency".
    rule: 'impersonation',
    frame: 'act',
    pattern: / so (?:that )?(?:it|they|the letter|our letter|the letters|our letters|the email|the envelope|the text|the caller id|the notice)s? (?:would )?(?:look|seem|appear|sound|read)\S* (?:\S+ ){0,2}(?:like|as if (?:it|they) (?:come|came) from) (?:a |an |the )?(?:government|court|federal|state|police|official|legal|law firm|solicitor|lawyer|attorney|bank|hmrc|irs|council|sheriff)\b/,
  },
  {
    // "I work alongside the debt charity myself, so you can treat me as your adviser".
    rule: 'impersonation',
    frame: 'said',
    pattern: / treat me as (?:your|an|the) (?:debt )?(?:adviser|advisor|lawyer|solicitor|attorney|representative|advocate)\b/,
  },
  // conduct-train11.yaml (training, stop 31): "paper styled like a government tax notice", envelopes with "'Court Enforcement Notice'", "signed the emails
  // 'J. Morton, Solicitor' though nobody was qualified", "I said it was the doctor's surgery".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:(?:style|design|make|dress|print)\S* (?:up )?(?:to look )?like (?:a |an |the )?(?:government|court|tax|hmrc|irs|police|official|bank) (?:\S+ )?(?:notice|letter|form|demand|summons|document)|(?:envelope|letterhead|header)s? (?:\S+ ){0,5}(?:court|county court|high court|sheriff) (?:\S+ ){0,2}(?:notice|unit|department|division|office|order)|sign\S* (?:the |my |our |all )?(?:email|letter|message|text)s? (?:\S+ ){1,4}(?:solicitor|attorney|lawyer|esq|barrister|legal officer) (?:though|although|even though|when|but) (?:nobody|no one|none|i|we|he|she)|(?:say|tell \S+)\S* (?:it|i|we) be (?:from |call\S* from )?(?:the |his |her |their )?(?:doctor|gp|hospital|surgery|school|police|bank|council|court|dentist|pharmacy)(?: 's surgery| 's office)?)\b/,
    needs: (l) => !/\b(never|not|n't|instead of|rather than|stop|reword|rewrite|remove|replace|take out|scrap|complain)\b/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): "I'd let people think it was something official".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / let (?:people|them|the customer|customers|him|her) think (?:it|we|i) (?:be|was|were) (?:something |someone )?(?:official|the court|the council|government|legal|the police|a solicitor|a lawyer)\b/,
  },
  // call-turns/train19.yaml (training, stop 33): "this is Sam with FedEx. I've got a delivery for Devon"; asked for a manager, "that's
  // me, I'm the supervisor on this desk", "I'm actually the team manager tonight".
  {
    rule: 'impersonation',
    frame: 'said',
    pattern: / (?:(?:this be|it be|i be|i 'm|i'm|this 's|it 's) \S+ (?:with|from|at) (?:fedex|ups|dhl|royal mail|the post office|amazon|a courier|the courier|evri|hermes|parcelforce|usps|the delivery (?:company|firm|depot))|(?:i have|i 've|i) (?:get|got) a (?:delivery|parcel|package) for)\b/,
  },
  {
    rule: 'impersonation',
    frame: 'said',
    pattern: / (?:(?:that be|that 's|it be|it 's) me ,? )?(?:i be|i 'm|i'm|i am) (?:actually |really |basically )?(?:the|a|your) (?:\S+ )?(?:supervisor|manager|team leader|team lead|floor manager)\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(?:want|ask\w* for|speak to|talk to|get) (?:a|the|my|your) (?:manager|supervisor|team leader|someone senior)\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`) && !/\b(?:put you through|transfer you|get (?:my|the|a) (?:manager|supervisor)|fetch|pass you)\b/.test(l),
  },
  // conduct-train16.yaml (training, stop 34): letters printed "with a crest and 'Debt Recovery Court Unit' across the top".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:print|put|add|use|stamp|brand|design)\S* (?:\S+ ){0,4}(?:a |the )?(?:crest|coat of arms|royal arms|court seal|official seal|government logo|police logo)\b/,
    needs: (l) => !/\b(remove|scrap|take (it|them|that) off|drop|ban|stop|instead|no longer|never|rather than)\b/.test(l),
  },
  // conduct-train18.yaml (training, stop 35): "Texts on my campaign went out signed 'HMRC Debt Unit'".
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:sign|go out|went out|send out|head|letterhead)\S* (?:as |with |under )?(?:" |' |“ |‘ )?(?:hmrc|dwp|irs|the court|county court|court|bailiff|police|legal department|solicitor|sheriff|district attorney|government|treasury|department of justice|hm courts)\b/,
    needs: (l) => !/\b(never|not|n't|stop|ban|remove|withdraw|complain|found|find)\b/.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "calling on behalf of the legal department, which technically we don't have", "we sign
  // letters 'Litigation Unit' under a scales-of-justice logo so they read like they come from a law firm".
  {
    rule: 'impersonation',
    frame: 'said',
    pattern: / (?:on behalf of|from|with) (?:the |our )?(?:legal department|legal team|litigation (?:unit|department|team)|law department|court)\b/,
    // ("... even though we're just the collections floor": conduct-train23.yaml, training.)
    needs: (l) => /\b(which|that) (technically |actually |really )?(we|i) (do not|don't|did not|never) (have|has)\b|\bwe (do not|don't) (actually |really )?have (a|one|any)\b|\b(even though|although|though|when|but) (we|i) (be|'re|am|are|was|were) (just|only|really|actually) (the |a |an )?\S+/.test(l),
    ownNegation: true,
  },
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:read|look|sound|seem|come across)\S* (?:like|as if) (?:they|it) (?:come|came|be|were|was) from (?:a |the )?(?:law firm|solicitor|lawyer|attorney|court|police|bailiff)s?\b/,
    needs: (l) => !/\b(never|not|n't|stop|turn down|refuse|remove|withdraw|rewrite|complain|found|find)\b/.test(l),
  },
  // conduct-train20.yaml (training, stop 37): "I printed the letter on my cousin's law-firm letterhead. He never looked at the
  // account.": a lawyer's name on a letter no lawyer had reviewed (FDCPA §1692e(3)).
  {
    rule: 'impersonation',
    frame: 'act',
    pattern: / (?:law(?: - |-| )firm|lawyer 's|solicitor 's|attorney 's|legal) (?:\S+ )?(?:letterhead|headed paper|letter head|logo|letterheads)\b/,
    needs: (l, _c, _s, _k, r, si) => [l, ...r.sentences.slice(si + 1, si + 3).map((x) => lemmasOf(x).text)].some((x) => /\b(never|not|n't|nobody|no one|no lawyer|no solicitor|no attorney) (\S+ ){0,2}(look|review|see|check|read|involve|work|qualif|approve)\w*/.test(x)),
    ownNegation: true,
  },
];
