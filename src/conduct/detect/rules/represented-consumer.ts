// Detectors for represented-consumer: Goes around the customer’s lawyer or debt adviser and contacts them directly.
import { lemmasBefore, lemmasOf } from '../lemmas.js';
import type { Detector } from '../types.js';
import { ADVICE_BODY, firmsOwnLawyers } from '../words.js';

export const REPRESENTED_CONSUMER: readonly Detector[] = [
  // A represented customer contacted around the representative.
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:(?:send|mail|post|write|email)\S* (?:\S+ ){0,4}(?:straight |direct |directly )?to (?:him|her|them|the customer|the consumer|the debtor)|(?:not|n't) need (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor|representative)|go (?:round|around|behind) (?:\S+ ){0,2}(?:solicitor|lawyer|attorney|adviser|advisor)|(?:still|also) (?:try|call|contact|ring|phone) (?:\S+ ){0,2}(?:consumer|customer|debtor|him|her|them)|call (?:\S+ ){0,2}up to ask why|agree (?:\S+ ){0,3}with me first|still need to hear from (?:you|him|her|them))\b/,
    needs: (l, _ctx, _s, _k, r, si) => {
      const prev = si > 0 ? lemmasOf(r.sentences[si - 1]!).text : '';
      const rep = /\b(attorney|lawyer|solicitor|law firm|debt adviser|debt advisor|adviser|advisor|representative|represent\w*|stepchange|counsel)\b/;
      if (!rep.test(`${prev} ${l}`) || firmsOwnLawyers(`${prev} ${l}`)) return false;
      // "Mr Hale, your solicitor. We will write to him from now on.": the pronoun is the representative
      // when the sentence before ends on them and this one names nobody else.
      const pronounOnly = / (?:write|send|mail|post|email)\S* (?:\S+ ){0,4}to (?:him|her|them)\b/.test(l) && !/\b(customer|consumer|debtor|directly|direct|instead|still|anyway)\b/.test(l);
      // "The reference on the StepChange letter ... when we write to them": the organisation named in this sentence.
      if (pronounOnly && ADVICE_BODY.test(l)) return false;
      return !(pronounOnly && rep.test(prev) && !/\b(customer|consumer|debtor)\b/.test(prev.slice(prev.search(rep))));
    },
  },
  {
    // "Accounts with a lawyer's letter on file were left in the dialler".
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:lawyer|attorney|solicitor|debt adviser|debt advisor|representative|advice agency|debt charity|stepchange|payplan|citizens advice)\S* (?:\S+ ){0,8}(?:leave|keep|stay|remain)\S* (?:\S+ ){0,2}(?:in|on) (?:the |our )?(?:dialler|dialer|queue|campaign|call list|calling list|work list|worklist|auto-dialler|autodialler)\b/,
    needs: (l) => !/\b(remove|take (\S+ )?out|pull|flag|suppress|exclude)\b/.test(l),
  },
  {
    // "Her attorney had sent a letter of representation, and I still mailed her a settlement offer at home".
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:still|anyway|nonetheless|regardless|even so) (?:\S+ ){0,2}(?:mail|send|sent|write|call|ring|email|text|contact|phone|visit)\S* (?:her|him|them|the customer|the consumer|the debtor)\b/,
    needs: (l, _ctx, s, k) => /\b(attorney|lawyer|solicitor|representation|represent|debt adviser|debt advisor|letter of authority|stepchange|payplan|citizens advice)\b/.test(lemmasBefore(s, k)),
  },
  // conduct-train21.yaml (training, stop 39): the representative told earlier in the sentence, then the consumer contacted
  // ("saw that his lawyer had written to us, called him at home anyway", "When her attorney stopped answering emails, I
  // messaged her on Instagram", "When someone has got a lawyer, I still check in with them directly").
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:call|ring|phone|text|message|email|e-mail|dm|visit|contact|check in with|touch base with|reach out to|get in touch with|write to)\S* (?:him|her|them|the customer|the consumer|the debtor)\b/,
    needs: (l, _ctx, s, k) => {
      const before = lemmasBefore(s, k);
      if (!/\b(?:(?:his|her|their|the customer 's|the consumer 's|a|an) (?:\S+ ){0,2}(?:attorney|lawyer|solicitor|debt adviser|debt advisor)|represent(?:ed|ation)|letter of authority)\b/.test(before) || firmsOwnLawyers(l)) return false;
      // Contact the representative allowed, asked for or routed through them; contact stopped.
      // A contact someone else wanted and the candidate turned down, or one found and apologised for, is not done.
      return !/\b(through|via|cc|copy|consent|permission|request|ask (?:us|me) to|stop (?:call|contact|ring|dial|chas)\w*|pause|cease|no longer|instead of|apologi[sz]e|(?:want|ask|tell|push|pressure)\w* me to)\b|\b(attorney|lawyer|solicitor|adviser|advisor|she|he|they) (?:(?!call|ring|phone|text|message|email|contact)\S+ ){0,8}(agree|allow|okay|ok|fine)\b/.test(l);
    },
    noRuleTalk: true,
  },
  // conduct-train11.yaml (training, stop 31): "the new dialler campaign didn't exclude represented accounts, and I signed it off", "the account went back
  // to normal dialling to the customer" when the adviser was slow, "I'd still drop the customer a quick text".
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:(?<=(?:not|n't) exclude (?:\S+ ){0,2}represent\S* (?:\S+ ){0,3}(?:and|but|so|yet) )i (?:sign|approve|okay|ok|let)\S*|(?:go|put|move|send)\S* (?:it )?back to (?:normal|standard|usual) (?:dial|dialling|calling|call|contact|collection)\S* (?:to|with) the (?:customer|consumer)|still (?:drop|send|text|call|ring|message|email|contact) the (?:customer|consumer|debtor))\b/,
    needs: (l) => /\b(attorney|lawyer|solicitor|represent\w*|debt adviser|debt advisor|adviser|advisor|debt charity|stepchange|payplan|citizens advice)\b/.test(l),
    noRuleTalk: true,
    ownNegation: true,
    keep: ['not'],
  },
  // conduct-train12.yaml (training, stop 31): "her adviser had asked for a thirty-day hold, and I rang her the same week to ask why nothing had been paid".
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:ring|call|phone|text|email)\S* (?:her|him|them) (?:\S+ ){0,3}to ask why (?:nothing|no payment|she|he|they)\b/,
    needs: (l) => /\b(adviser|advisor|attorney|lawyer|solicitor|representative|stepchange|debt charity)\b/.test(l),
  },
  // conduct-train17.yaml (training, stop 34): "asked whether she really needed StepWise Debt Help to speak for her, or whether we could sort it out between us".
  {
    rule: 'represented-consumer',
    frame: 'said',
    pattern: / (?:sort|deal with|settle|handle|work)\S* (?:it|this|things|that) (?:out )?between (?:us|ourselves|the two of us)\b/,
    // (The representative may be named in the sentence before: "'Do you really need a lawyer for this? We can sort it out between us'", conduct-train22.yaml.)
    needs: (l, _ctx, _s, _k, r, si) => /\b(attorney|lawyer|solicitor|debt adviser|debt advisor|adviser|advisor|debt help|stepchange|payplan|citizens advice|represent\w*|speak for (?:her|him|them))\b/.test(`${si > 0 ? lemmasOf(r.sentences[si - 1]!).text : ''} ${l}`),
  },
  // conduct-train18.yaml (training, stop 35): "his lawyer couldn't really help him and ... it would be quicker to deal with
  // me", "asked him to leave StepChange out of it and sort it with me, even though they were acting for him", "After the
  // attorney told us to route everything through her office, I mailed a letter straight to the client's home address".
  {
    rule: 'represented-consumer',
    frame: 'said',
    pattern: / (?:(?:quicker|easier|simpler|cheaper|better) to (?:deal|sort it|talk|speak|work) (?:direct(?:ly)? )?with (?:me|us)|(?:leave|keep|cut) (?:\S+ ){0,3}out of (?:it|this)|(?:lawyer|attorney|solicitor|adviser|advisor)s? (?:could|can|would|will) (?:not|n't) (?:really )?help)\b/,
    keep: ['not', "n't"],
    needs: (l) => /\b(lawyer|attorney|solicitor|adviser|advisor|stepchange|debt charity|citizens advice|represent|act(ing)? for)\b/.test(l),
  },
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:mail|send|post|write|email|text|call|ring|phone)\S* (?:\S+ ){0,3}(?:straight|direct|directly) to (?:the (?:client|customer|consumer|debtor)'?s? |his |her |their )(?:home|house|address|mobile|number|phone)/,
    needs: (l) => /\b(attorney|lawyer|solicitor|adviser|advisor|represent)\S* (\S+ ){0,10}(route|go through|through (her|his|their) office|deal with (them|her|him)|direct (all )?contact)\b/.test(l),
  },
  // answers-train13.yaml (training, stop 35): "For customers who say they're talking to a debt charity, I'd tell the team to keep
  // them in the normal cycle", "the account was left in the normal calling cycle while the offer was looked at".
  {
    rule: 'represented-consumer',
    frame: 'act',
    pattern: / (?:keep|leave|left|kept|stay|stayed|remain)\S* (?:them |him |her |it |the account |the customer |accounts )?(?:in|on) (?:the |our )?(?:normal |usual |standard |regular |full )(?:calling |collection |contact |dialler |dialer )?(?:cycle|queue|dialler|dialer|strategy|process|treatment|workflow)\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(debt charity|charity|adviser|advisor|stepchange|citizens advice|payplan|debt management|dmp|solicitor|lawyer|attorney|represent|offer)\b/.test(`${si > 0 ? r.sentences[si - 1]!.tokens.map((t) => t.l).join(' ') : ''} ${l}`) && !/\b(remove|take (\S+ )?out|pause|hold|suppress|exclude|not|never|n't)\b (\S+ ){0,4}(cycle|queue|dialler|dialer)/.test(l),
  },
];
