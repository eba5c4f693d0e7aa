// Detectors for holding-on-line: Keeps the customer on the line until they agree to pay.
import { any, lemmasBefore, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';

// The customer wanted the call over: asked to end it, had to go.
const WANTS_TO_GO = /\b(ask|want|try|beg|say|plead)\w* (\S+ ){0,3}(to )?(go|end the call|end it|hang up|get off|leave|finish)\b|\b(have|need|got) to (go|collect|pick up|leave|get to)\b/;

export const HOLDING_ON_LINE: readonly Detector[] = [
  // "I told the agents not to end a call until the customer had agreed to pay something today": the instruction is the hold
  // (answers-train15.yaml, training).
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:not|n't|never) (?:to )?(?:end|finish|close|hang up|let (?:\S+ ){0,2}go|wrap up|terminate)\S* (?:\S+ ){0,3}(?:until|till|before|unless) (?:\S+ ){0,4}(?:agree|pay|promise|commit|give|set up|book|take|make)\w*/,
    keep: ['not', "n't", 'never'],
    ownNegation: true,
  },
  // "I goes, 'just two more minutes,' and kept that going until she gave me a card number", "I'd keep them talking
  // however long it took", "said no, we do this now, and kept him on" (conduct-train13.yaml); "She asked to go three
  // times. I told her we'd finish once she'd given me a date" (conduct-train14.yaml).
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:keep|kept) (?:it|that|this|them|him|her|the call|the conversation) (?:go|going|talk|talking|on) (?:\S+ ){0,2}(?:until|till|however long|as long as it take|for as long as)|(?:keep|kept) (?:him|her|them) on(?: the (?:line|phone))? ?[.,;]|(?:keep|kept) (?:him|her|them) talk\w* (?:\S+ ){0,4}(?:until|till|however long)|(?:keep|kept) (?:come|coming) back to (?:it|this|that|the (?:payment|amount|offer)) (?:\S+ ){0,2}(?:until|till)|(?:we|i) (?:would|will|'d|'ll) (?:only )?(?:finish|end (?:the call|it)|let (?:her|him|them) go|hang up) (?:once|when|after) (?:she|he|they|you) (?:have |had |'d |'ve )?(?:give|gave|given|agree|agreed|promise|promised|pay|paid)/,
  },
  // "I keep him until he pay something", "rather than letting them go", "a call only ends with a payment"
  // (conduct-train9.yaml, training).
  {
    rule: 'holding-on-line',
    frame: 'said',
    pattern: / (?:keep (?:him|her|them|the customer|customer) (?:\S+ ){0,3}until (?:he|she|they|the customer) (?:pay|agree|promise|commit|give)|(?:put|place|transfer|hold)\S* (?:\S+ ){0,10}rather than let (?:him|her|them|the customer) (?:go|hang up|end)|call (?:only )?end\S* (?:\S+ ){0,2}(?:with|when) (?:a |there be a )?(?:payment|promise))\b/,
  },
  // Being held on the line.
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:(?:keep|hold) (?:\S+ ){0,3}on the (?:line|phone) (?:\S+ ){0,8}(?:until|till|unless|for (?:nearly |almost |over |about |around |more than |well over |a good |close to )?(?:an hour|\S+ hour|\S+ minute))|keep (?:him|her|them) (?:on the (?:line|phone) |talk\S* )(?:for )?(?:another|a further|\S+ more) (?:\S+ ){0,3}(?:minute|hour|quarter)|(?:not|never) let (?!us |me )(?!(?:a |the |any |our |that |this )?(?:claim|case|action|account|debt|complaint|breach|payment|fee|mistake|error|thing|it|that|this)s? )(?:\S+ ){0,2}(?:go|hang up|off|get off|leave|end)|ignore (?:\S+ ){0,3}(?:request|him|her|them|plea)|refuse to (?:let|end|hang)|not (?:end|finish|close) the call (?:\S+ ){0,2}(?:until|till|unless|without)|make (?:\S+ ){0,2}stay on the (?:line|phone)|keep (?:him|her|them|the customer|customer|people) on (?:the line |the phone )?(?:\S+ ){0,3}(?:until|till)|(?:not|n't) (?:be )?allow (?:\S+ ){0,2}to end (?:a|the) call|call (?:be )?(?:not|n't) (?:finish|over|end|do) (?:\S+ ){0,2}(?:until|till)|(?:must|have to|had to) stay (?:on )?(?:\S+ ){0,3}(?:until|till)|to keep (?:him|her|them|the customer) on the (?:line|phone)|again and again until|keep (?:\S+ ){0,3}on hold (?:\S+ ){0,8}(?:hang up|end the call|leave|go))\b/,
    needs: (l) => !/\bignore\b/.test(l) || /\b(end the call|hang up|get off|go|finish the call|leave)\b/.test(l),
    noRuleTalk: true,
  },
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:no call (?:\S+ ){0,2}end\S* without|finish as soon as (?:\S+ ){0,3}(?:payment|pay|card|plan))\b/,
    keep: ['no'],
    noRuleTalk: true,
  },
  // Holding on the line: the customer asked to go, the candidate kept them.
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:ignore (?:him|her|them)|keep (?:go|talk|push|press)\S*|keep ask\S* (?:\S+ ){0,8}?until (?:he|she|they) (?:give|agree|say|commit|pay)|(?:not|n't|never) (?:release|end|drop|let go of) (?:\S+ ){0,2}(?:call|line|phone|him|her|them|customer) (?:\S+ ){0,3}(?:until|till|unless|without)|keep (?:him|her|them) on (?:and|while|a bit|a little|for|because|until|till|so)|keep (?:him|her|them|the customer|customers|people) on the (?:line|phone)(?= [.,;]| and\b| ?$)|(?:the )?call (?:could|can|would|will)? ?(?:not|n't) end (?:\S+ ){0,2}(?:without|until|till|unless)|keep it (?:go|roll)\S*|(?:go|say) (?:just )?one more thing|(?:only|just) take (?:\S+ ){0,2}(?:more )?minute|make (?:him|her|them) stay on|(?:leave|put|keep) (?:\S+ ){0,2}on hold (?:\S+ ){0,12}(?:so (?:he|she|they|the customer) |to (?:wear|tire|make|force|pressure|push|soften|break|get (?:him|her|them) to)|until|till)|(?:leave|keep) (?:\S+ ){0,2}on hold for (?:\S+ ){0,2}(?:minute|hour|age)|(?:not|n't) (?:be )?(?:finish|end)\S* (?:\S+ ){0,2}(?:until|till)|record\S* as (?:a )?refusal|talk (?:\S+ ){0,2}over (?:him|her|them)|(?:say|tell) (?:\S+ ){0,3}(?:we be not finish|we be not do|we be n't finish|no,? we be do this now|put the phone down would|(?:he|she|they) (?:could|can) (?:not|n't) (?:hang up|go|leave|end))|talk (?:him|her|them) out of hang\S*|(?:could|can) (?:not|n't) (?:hang up|end the call|go|leave) until|call (?:can|could) (?:not|n't) end|if (?:he|she|they) hang up)\b/,
    needs: (l, _ctx, _s, _k, r, si) => {
      const prev = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
      return /\b(end (the|this) call|hang up|get off the (phone|line)|have to go|had to go|need to go|want to go|call (\S+ )?back|time to think|think (it )?over|think about it|goodbye|say bye|be do talk|done talk|do talk|bus be come|have to get|pick (\S+ ){0,2}up from|put the phone down|finish the call|talk (\S+ ){0,2}out of hang|until (he|she|they) (give|gave|agree|pay|say (ok|okay|yes)|commit)|can not end|could not hang|can't end|treat it as a refusal|let (him|her|them|me) go|mark|point|score|reward|bonus)\b/.test(`${prev} ${l}`);
    },
    noRuleTalk: true,
  },
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:keep (?:him|her|them|the customer|people|customers) on the (?:phone|line) (?:as long as|until|till|for as long)|say no(?: ,)? (?:we be|we're|we are) do(?:ing)? (?:this|it) (?:now|today))\b/,
    noRuleTalk: true,
  },
  {
    // "I coached my agents never to accept 'I need to go' as the end of the call": the denial is the harm.
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:never|not|n't) (?:to )?(?:accept|take|treat) (?:\S+ ){0,5}(?:need to go|have to go|got to go|end of the call|goodbye|as a reason to end)\b/,
    keep: ['never', 'not'],
    noRuleTalk: true,
  },
  {
    // "He asked three times to end the call, and I carried on pushing him for a payment date".
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:carry on|keep|kept|continue|go on|went on)\S* (?:push|press|ask|talk|pitch|chase|push\S* on)\S* (?:him|her|them|the customer|for)\b/,
    needs: (l, _ctx, s, k) => /\b(end the call|hang up|get off the phone|go|finish the call|leave|end it)\b/.test(lemmasBefore(s, k)) && /\b(ask|want|try|say|beg)\b/.test(lemmasBefore(s, k)),
  },
  // conduct-train11.yaml (training, stop 31): "we stay on the line until the plan is set up", "trained the team not to release a customer without a
  // commitment", "I kept him on for forty minutes", "before I could let her go".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:(?:stay|keep (?:him|her|them|you)|remain) on the (?:line|phone|call) until|not (?:to )?(?:release|let go of|let (?:a |the )?(?:customer|caller|him|her|them) go) (?:\S+ ){0,2}without (?:a |any )?(?:commitment|promise|payment|plan|date)|keep (?:him|her|them|the customer) on (?:the phone |the line |the call )?for (?:\S+ ){0,2}(?:minute|hour)|before i could let (?:her|him|them) go|we finish this now)\b/,
    ownNegation: true,
    keep: ['not'],
  },
  // conduct-train12.yaml (training, stop 31): "kept her on another twenty minutes", "kept saying let's just get it booked now", "a call wasn't
  // finished until there was a promise to pay".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:keep (?:her|him|them|the customer) on (?:the phone |the line )?(?:for )?(?:another|an extra|a further) (?:\S+ )?(?:minute|hour)|keep say\S* (?:\S+ ){0,3}(?:just )?get it (?:book|do|sort|set up|agree)\S* now|call (?:be|was|is) (?:not|n't) (?:finish|over|do|complete|end)\S* until (?:there be )?(?:a )?(?:promise|payment|commitment|plan))\b/,
    ownNegation: true,
    keep: ['not'],
  },
  // conduct-train16.yaml (training, stop 34): "my calls come with a lock on the door: nobody hangs up until we've shaken on a number".
  {
    rule: 'holding-on-line',
    frame: 'said',
    pattern: / (?:nobody|no one|no-one|no customer|none of them) (?:get\S* to |can |be allow to )?(?:hang\S* up|leave\S*|go\S*|get\S* off the (?:phone|line)) (?:\S+ ){0,3}(?:until|till|before|without)\b/,
    ownNegation: true,
    keep: ['no', 'nobody', 'without'],
  },
  // conduct-train17.yaml (training, stop 34): "Every time she said she had to go, I came back with 'so what can you do today?', until she
  // gave me a figure", "She said three times she needed to go ..., but she was still on the line forty minutes later".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:(?:every time|whenever|each time) (?:she|he|they) (?:say|said|try|tried|want|wanted)\S* (?:\S+ ){0,4}(?:go|hang up|leave|end the call|get off)\S* (?:\S+ ){0,12}until|(?:say|said) (?:\S+ ){0,3}(?:she|he|they) (?:need|have|had)\S* to go (?:\S+ ){0,10}still on the (?:line|phone))\b/,
  },
  // conduct-train18.yaml (training, stop 35): "The call was kept going for forty-five minutes after he'd asked three times to end it".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:call|conversation)s? (?:be |was |were |get )?(?:kept|keep|drag|drawn|string)\S* (?:going|on|out) (?:\S+ ){0,6}after (?:he|she|they|the customer) (?:have |had |'d )?(?:ask|say|beg|try|want)\S* (?:\S+ ){0,3}(?:to end|to go|to hang up|to finish|to stop|to leave)/,
  },
  // conduct-train19.yaml (training, stop 35): "I just ask one more question every time they say they need to hang up", "callers
  // can't leave the call until a payment date is agreed", "the offer would vanish the moment he hung up".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:(?:ask|throw in|add)\S* (?:just )?(?:one|another) more (?:question|thing|point) (?:\S+ ){0,3}(?:every time|whenever|each time|when)|(?:caller|customer|people|they|he|she)s? (?:can not|cannot|can't|could not|couldn't) (?:leave|hang up|go|end) (?:the call |the line )?(?:until|till|before)|(?:offer|deal|discount|plan) (?:\S+ ){0,2}(?:vanish|disappear|go|be go|expire|lapse)\S* (?:\S+ ){0,2}(?:the moment|as soon as|once|when|if) (?:he|she|they|you) (?:hang|hung|put|end)\S*)/,
    keep: ['not', "n't"],
    ownNegation: true,
  },
  // conduct-train20.yaml (training, stop 37): "The customer asked to end the call. I continued for 20 minutes.", "She said she
  // had to collect her son from school. I said we'd be quick. We talked for another 35 minutes".
  {
    rule: 'holding-on-line',
    frame: 'act',
    pattern: / (?:continue|carry on|go on|keep go|keep talk|talk|stay on|keep (?:him|her|them) (?:go|talk)\S*)\S* (?:\S+ ){0,2}for (?:another |a further |\S+ more |over |nearly |almost |about |a good )?(?:\S+ )?(?:minute|hour)s?\b/,
    // ("so I ended the call and we talked for ten minutes the next day": another call, at their time.)
    needs: (l, _c, s, k, r, si) => !/\b(end the call|let (him|her|them) go|call (him|her|them) back|next day|the following|another day|tomorrow|later that|later on|next week)\b/.test(l) && [lemmasBefore(s, k), ...r.sentences.slice(Math.max(0, si - 2), si).map((x) => lemmasOf(x).text)].some((x) => WANTS_TO_GO.test(x)),
  },
];
