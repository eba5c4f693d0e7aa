// Detectors for third-party-disclosure: Discloses the debt to a third party (family, employer, neighbours, social media).
import { any, lemmasAfter, lemmasBefore, lemmasOf } from '../lemmas.js';
import type { DetectContext, Detector } from '../types.js';
import { CONSENT, DEBT, PICKED_UP, PICKED_UP_UK, SPOUSE, SPOUSE_WORD, TP, TP_WORD, debtAfter } from '../words.js';

const ABOUT_TP = new RegExp(`^ about (?:\\S+ ){0,2}(?:${TP}|${SPOUSE})\\b`);
const TOLD_TP = new RegExp(` (?:with|to) (?:\\S+ ){0,2}(?:${TP}|${SPOUSE})\\b`);

/**
 * The spouse counts as the consumer only under US consumer law (FDCPA §1692c(d)): on a UK card, and on a B2B card (a sole
 * trader's business debt, which the FDCPA does not cover), a wife or husband told about the debt is a third party
 * (answers-train15.yaml, training: a decorator's wife told "how much was outstanding").
 */
function spouseIsThirdParty(ctx: DetectContext): boolean {
  return ctx.jurisdiction === 'uk' || ctx.sector === 'commercial';
}

export const THIRD_PARTY_DISCLOSURE: readonly Detector[] = [
  // Disclosure: a third party told about the debt.
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: new RegExp(` (?:tell|inform|let|mention|explain|discuss|say|warn|call|ring|phone|contact|text|email|e-mail|write|message|speak|talk|notify|alert|visit|ask|leave|share|reveal|disclose|chat|go over|update|complain|advise|pass on|give|bring up|raise|describe|confirm|fill in|make aware|let slip|admit|point out|show|go through|run through|walk through|have a (?:quiet |little )?word|put a word in|drop a word|reach out to|get in touch with)\\b ${any(7)}(${TP}|${SPOUSE})\\b`),
    needs: (l, ctx, s, k, _r, _si) => {
      if (CONSENT.test(l)) return false;
      // "how the leftover is shared between everyone she owes": money divided, nobody told.
      if (s.tokens[k]!.l === 'share' && s.tokens[k - 1]?.l === 'be') return false;
      // "sales started asking us for the overdue report before their customer visits": asked, not telling.
      if (s.tokens[k]!.l === 'ask' && /^(us|me)$/.test(s.tokens[k + 1]?.w ?? '')) return false;
      // "asking about family help", "we talked about her mother's illness": the family is the topic, not the one told.
      if (s.tokens[k + 1]?.w === 'about' && ABOUT_TP.test(` ${lemmasAfter(s, k + 1)}`) && !TOLD_TP.test(` ${lemmasAfter(s, k + 1)}`)) return false;
      // "I tell her the truth: no, the children don't pay": who is named after the colon is what is said, not who is told.
      const colon = s.tokens.slice(k + 1, k + 9).findIndex((t) => t.w === ':');
      if (colon >= 0 && !TP_WORD.test(` ${s.tokens.slice(k + 1, k + 1 + colon).map((t) => t.l).join(' ')} `)) return false;
      // "I showed each regional lead how much of their customers' money was sitting unpaid" (a commercial card): a firm's own
      // sales team shown its customers' overdue accounts, not a debtor's relative or employer told (answers-train14.yaml).
      if (ctx.sector === 'commercial' && /^(each|every|our|the|my) (\S+ )?(sales|rep|lead|account manager|salesperson|branch manager|regional manager|team)\b/.test(lemmasAfter(s, k + 1))) return false;
      const m = SPOUSE_WORD.exec(l.slice(l.indexOf(' ', 1)));
      const spouseOnly = m && !TP_WORD.test(l);
      if (spouseOnly && !spouseIsThirdParty(ctx)) return false;
      return debtAfter(l, k, s);
    },
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    // (No comma between: "low arrears balances, with agents still available for anyone who wants to talk" tells no one.)
    pattern: new RegExp(` (?:debt|arrears|balance|overdue|owe)\\b (?:[^ ,]+ ){0,6}(?:with|to) ${any(4)}(${TP})\\b`),
    needs: (l) => !CONSENT.test(l),
  },
  {
    // The third party picked up; then the candidate told them about the debt.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:tell|inform|let|mention|explain|discuss|say|warn|leave|share|reveal|disclose|go over|update|ask|(?:walk|take|talk|run|go) (?:\S+ )?through(?= (?:\S+ ){0,4}(?:account|balance|arrear|arrears|debt|detail|figure|payment|option|loan|bill|statement|amount|everything|what (?:she|he|they) owe)|(?: it)? with (?:him|her|them|the|his|their)\b))\b/,
    needs: (l, ctx, s, k, r, si) => {
      if (CONSENT.test(l)) return false;
      // "the moment an adviser tells us they've started the ... debt pause scheme": told to the candidate, not by them (answers-train14.yaml).
      if (/^(us|me)$/.test(s.tokens[k + 1]?.w ?? '')) return false;
      // "asked if I was from the county office": an office that is no one's workplace (conduct-train12.yaml).
      const tpBefore = TP_WORD.test(lemmasBefore(s, k).replace(/\b(county|state|district|federal|government|tax|post|our|my|back) office\b/g, '_'));
      if (tpBefore && debtAfter(l, k, s)) return true;
      const prev = si > 0 ? r.sentences[si - 1]!.tokens.map((t) => t.l).join(' ') : '';
      const picked = spouseIsThirdParty(ctx) ? PICKED_UP_UK : PICKED_UP;
      if (!picked.test(l) && !picked.test(prev)) return false;
      return debtAfter(l, k, s);
    },
  },
  // ("I wrote our social media policy so agents never ..." writes a policy, not a post: conduct-train21.yaml, training.)
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:post|share|put|publish|write|tag|mention|name|advertise)\b (?:\S+ ){0,8}(?:facebook|instagram|twitter|tiktok|linkedin|social medium|social media|social|online|whatsapp|group chat|forum|noticeboard|notice board|window)\b(?! (?:medium |media )?(?:policy|policies|guidance|guideline|rule|procedure|standard|team|training|check|channel strategy)s?\b)| name and shame\b/,
    needs: (l) => DEBT.test(l) || /\b(owe|shame|debt|account|pay|payer|settle|late|overdue|arrears|slow)\b/.test(l),
  },
  {
    // "I'd tell him it's about a past-due account, so he can pass that on", "tell them it's about a debt so ... he calls me":
    // the one told is a messenger, not the consumer.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / tell (?:him|her|them) (?:that )?(?:it be|it's|this be|i be call|i'm call|we be call) (?:about|regard\S*|concern\S*|over|for) (?:a|an|the|his|her|their|some|\S+ 's) (?:\S+ ){0,3}(?:debt|past-due|overdue|balance|arrears|account|bill|loan|payment)\b/,
    needs: (l) => {
      const told = / tell (him|her|them) /.exec(l)?.[1];
      const later = l.slice(l.search(/ tell (him|her|them) /) + 9);
      return /\bpass (\S+ ){0,2}(on|along)\b|\bpass (it|that|this) to (him|her)\b/.test(later) || (told === 'them' && /\b(he|she) (call|ring|phone|get back|contact)\b/.test(later)) || (told === 'him' && /\bshe (call|ring|phone|get back|contact)\b/.test(later)) || (told === 'her' && /\bhe (call|ring|phone|get back|contact)\b/.test(later));
    },
  },
  {
    // "Letters in a clear window envelope so the past-due amount shows through", "I'd copy her manager in on the email".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:(?:window|clear|see-through|transparent) envelope|postcard|(?:copy|cc|bcc)\S* (?:\S+ ){0,2}(?:manager|boss|employer|hr|colleague|supervisor|line manager|payroll)\b (?:\S+ ){0,2}(?:in|on|into))\b/,
    needs: (l) => /\b(show|visible|see|read|through|email|message|letter|reminder|notice|statement)\b/.test(l) && (/envelope|postcard/.test(l) ? DEBT.test(l) || /\b(amount|balance|past-due|past due|overdue|collection|creditor|arrears)\b/.test(l) : true),
  },
  {
    // "The voicemail script said the company name, 'collections' and the balance": what a message says, others may hear.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:voicemail|answerphone|answering machine|message)\S* (?:\S+ ){0,3}(?:say|mention|give|include|state|read out|name|quote|contain)\S* (?:\S+ ){0,10}(?:balance|debt|amount|arrear|arrears|collection|owe|overdue|account number)\b/,
    needs: (l) => !/\blimit\w* (- )?content|\bjust (my|our) name|\bonly (my|our|the) name|\bno detail|\bnothing about|\bnever (mention|say|give|include)/.test(l),
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / leave (?:\S+ ){0,4}(?:voicemail|message|note)\b/,
    needs: (l) => DEBT.test(l) && /\b(family|anyone|whoever|household|share|shared|home phone|landline|house phone|home number|family phone|could hear|can hear|everyone|wife|husband|kid|child|door)\b/.test(l) && !/\blimited[- ]content|\bjust (my|our) name|\bonly (my|our) name|\bno detail/.test(l),
  },
  // "I'd copy her manager on the next one": the debt sent to someone at work.
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:copy|cc|bcc) (?:in )?(?:\S+ ){0,2}(?:manager|boss|employer|hr|colleague|supervisor|family|partner|wife|husband|mother|father|parent)s? (?:in|on|into)\b/,
  },
  {
    // "I made sure the neighbours knew why we kept calling".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: new RegExp(` make sure (?:\\S+ ){0,2}${TP}s? (?:know|knew|be aware|understand|hear)\\b`),
    needs: (l) => !CONSENT.test(l) && !/\b(not|never|nothing)\b/.test(l),
  },
  {
    // "A customer's parent was told the amount and the creditor": the telling in the passive, the one told a third party.
    rule: 'third-party-disclosure',
    frame: 'said',
    pattern: new RegExp(`(?<= ${TP} (?:\\S+ ){0,5}be (?:\\S+ )?(?:tell|give|inform|show|send|update)) (?:\\S+ ){0,8}?(?:amount|balance|debt|arrear|arrears|creditor|owe|overdue|unpaid)\\b`),
    needs: (l) => !CONSENT.test(l),
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:leave|left|give|gave|hand|post)\S* (?:\S+ ){0,4}with (?:the |a |their |his |her )?(?:neighbour|neighbor|relative|family|parent|landlord|colleague|receptionist)s?\b/,
    needs: (l) => DEBT.test(l),
  },
  {
    // "I'd leave the same thing on her voicemail with the amount": a message others may hear, with the debt in it.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / leave (?:\S+ ){0,5}(?:voicemail|message|answerphone|answering machine)\S* (?:\S+ ){0,3}(?:with|give|mention|include|state|say|quote)\S* (?:\S+ ){0,3}(?:amount|balance|debt|arrears|figure|how much|sum)\b/,
    needs: (l) => !/\blimited[- ]content|\bno (amount|balance|detail)|\bwithout\b/.test(l),
  },
  // Everyday and policy phrasing that the earlier patterns missed (conduct-train8 misses, training, stop 29).
  {
    // "We printed 'Final Debt Recovery Notice' on the envelope": the debt shown to whoever sees the post.
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:print|stamp|write|put|mark|show|display)\S* (?:\S+ ){0,10}on (?:the |our )?(?:outside of (?:the )?|front of (?:the )?)?(?:envelope|postcard|van|door)\b| (?:envelope|postcard)s? (?:\S+ ){0,3}(?:say|read|show|mark|print|stamp|carry|bear|have)\S* (?:\S+ ){0,6}(?:debt|arrears|collection|overdue|final demand|recovery|owe|past due|past-due)\b/,
    needs: (l) => /\b(debt|arrears|collection|overdue|final demand|recovery|owe|past due|past-due|default|demand)\b/.test(l),
  },
  // Set 8 of the blind sentences (conduct-train8.yaml, training, stop 29).
  {
    // "I messaged him on Facebook and commented under his public post that he should pay what he owes us".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:comment|reply|respond)\S* (?:\S+ ){0,4}(?:public post|public page|wall|timeline|status|photo|review|tweet)\b/,
    needs: (l) => DEBT.test(l) || /\b(owe|pay|debt|account)\b/.test(l),
  },
  // Harm in the training answer sets that the detectors missed (answers-train5..8.yaml, training, stop 29).
  {
    // "I'd add a couple of friendly calls to their workplace and to the next of kin on file, just to check in. A nudge from someone close".
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:call|ring|phone|contact|text|message|email|reach out to|get in touch with|visit|try)\S* (?:\S+ ){0,6}(?:workplace|employer|next of kin|relative|family|family member|neighbour|neighbor|parent|sibling|brother|sister|friend|hr|contact on social medium|contact on social media)s?\b/,
    needs: (l, _ctx, _s, _k, r, si) => /\b(nudge|check in|encourage|pressure|lean on|get (him|her|them) to (call|pay|ring|get in touch|respond)|so (the message|they|he|she) (get|call|ring|pay|get in touch|respond)|pass (it|the message|that) on|remind|get the message|message get through|get in touch)\b/.test(`${l} ${si + 1 < r.sentences.length ? lemmasOf(r.sentences[si + 1]!).text : ''}`) && !/\b(location|address|only to (find|confirm|locate)|where (he|she|they) (live|be))\b/.test(l) && !/\b(consent|permission|authority|authorise|authorize|power of attorney|executor)\b/.test(l),
  },
  // conduct-train11.yaml (training, stop 31): texting "each customer's emergency contact that the account was ninety days behind", "asked the neighbour if she could
  // let him know the collections people had been round about his loan", "told his son ... he was responsible for his dad's card".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:text|tell|email|message|call|ring|ask|write to|inform)\S* (?:\S+ ){0,3}(?:emergency contact|reference|next of kin|guarantor's family|neighbou?r|son|daughter|brother|sister|mother|mom|mum|father|dad|line manager) (?:\S+ ){0,16}(?:day behind|behind on|collection people|about (?:his|her|their) (?:loan|debt|card|account|arrears)|responsible for (?:his|her|their) (?:\S+ ){0,2}(?:card|loan|debt|account|bill))\b/,
    needs: (l) => !/\b(consent|permission|authority|authorise|authorize|power of attorney|joint)\b/.test(l) && !(/\bexecutor\b/.test(l) && !/\bnot (the |an |a )?executor\b/.test(l)) && !/\bonly (ask|say|confirm|leave)\b/.test(l),
  },
  // conduct-train12.yaml (training, stop 31): "her partner said he handles the money, so I went through the missed payments with him", "his mum ...
  // so I confirmed the balance with her", "as they're married I didn't think it was a problem to tell him" (UK), "a lady said
  // she was his carer, so I took her word for it and talked her through the account".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:(?:go|went|run|walk|talk) (?:her |him |them )?(?:through|over) (?:the )?(?:missed payment|arrears|balance|account|debt|amount owe)\S* (?:\S+ ){0,2}with (?:him|her|them)|confirm (?:the )?(?:balance|arrears|missed payment|debt|amount)\S* (?:\S+ ){0,4}with (?:her|him|them)|(?:do not|did not) think it (?:be|was) a problem to tell (?:him|her|them)|take (?:her|his|their) word for it and (?:talk|go|take|walk|run) (?:her|him|them) through)\b/,
    needs: (l, ctx) => (/\b(mum|mom|mother|dad|father|brother|sister|son|daughter|carer|flatmate|roommate|friend|neighbou?r|partner|lady|man|woman)\b/.test(l) || (ctx.jurisdiction !== 'us' && /\b(husband|wife|spouse|married)\b/.test(l))) && !/\b(power of attorney|poa|executor|joint (account|holder)|consent (on file|form)|authority on file)\b/.test(l.replace(/\bno (\S+ ){0,3}authority on file\b/, '')),
  },
  // conduct-train16.yaml (training, stop 34): "adding the customer's employer as a copy recipient on the final demand letter".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:add|copy|cc|include|put)\S* (?:in )?(?:the |his |her |their |a )?(?:customer 's |customer's )?(?:employer|boss|hr|line manager|manager|landlord|family|relative|neighbour|neighbor|parent|mother|father|partner) (?:in |on )?(?:as (?:a )?(?:copy recipient|cc|recipient|copy)|on (?:the )?(?:\S+ ){0,2}(?:letter|email|demand|notice)|in copy|into the (?:email|letter))\b/,
    needs: (l) => !/\b(remove|scrap|stop|never|no longer|instead|rather than|consent|authoris|authoriz|permission)\w*\b/.test(l),
  },
  // conduct-train18.yaml (training, stop 35): "The whole £2,340 arrears figure went onto the shared answerphone at her flat",
  // "I told the receptionist at Corley Dental it was about an overdue car loan", "If the grown-up daughter asks what it's
  // about, give her the amount".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:(?:balance|arrears|figure|amount|debt|detail|sum)s? (?:\S+ ){0,4}(?:go|went|be leave|get leave|end up|be put)\S* (?:on|onto|into) (?:the |a |her |his |their )?(?:shared|family|home|house|flat|landline|work|office|communal)s? (?:answerphone|answering machine|voicemail|phone|line)|tell (?:the |his |her |their )?(?:receptionist|colleague|boss|manager|neighbour|neighbor|flatmate|housemate|landlord|secretary|switchboard|daughter|son|mother|father|mum|mom|dad|sister|brother)s? (?:\S+ ){0,4}(?:it be|that it be|it was|that it was|it 's) (?:about|regard|for) (?:a |an |the |her |his |their )?(?:overdue|unpaid|outstanding|late|missed)? ?(?:car loan|loan|debt|bill|balance|arrears|account|payment|credit card))\b/,
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / give (?:her|him|them) the (?:amount|balance|figure|arrears|full balance|total)\b/,
    needs: (l) => /\b(daughter|son|mother|father|mum|mom|dad|sister|brother|neighbour|neighbor|flatmate|housemate|friend|colleague|receptionist|relative|grown - up|partner|wife|husband|whoever (answer|pick))\b/.test(l) && !/\b(consent|authori[sz]|power of attorney|on the account|third party authority|verified)\b/.test(l),
  },
  // answers-train13.yaml (training, stop 35): "We also cc their bank on that letter", "copy in the trade references they gave
  // on their credit application, just so the wider market knows they're slow".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:cc|bcc|copy|copy in|copied)\S* (?:in )?(?:\S+ ){0,2}(?:(?:their|the customer 's|the debtor 's|his|her|its) (?:\S+ )?(?:bank|trade reference|referee|supplier|employer|landlord|guarantor|accountant|neighbour|neighbor|customer)|the (?:trade reference|referee|guarantor|employer|landlord))s?\b/,
    // ("copied her accountant at her request": the customer's own choice, answers-train15.yaml.)
    needs: (l) => !/\b(never|not|n't|only with (their|his|her) consent|with (their|his|her) (written )?consent)\b/.test(l) && !CONSENT.test(l),
  },
  // conduct-train19.yaml (training, stop 35): "Told his mum. He paid next day.", "we leave the full message, amount and
  // creditor's name included, with whoever picks up the phone", "posted payment reminders on customers' Facebook walls".
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: /^ ?(?:i )?(?:told|tell|rang|called|phoned|texted|messaged) (?:his|her|their) (?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|boss|neighbour|neighbor|landlord|flatmate|son|daughter|employer|colleague)s? ?[.,]/,
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:leave|left|give|pass)\S* (?:\S+ ){0,8}(?:message|amount|balance|detail|creditor)\S* (?:\S+ ){0,6}with (?:whoever|anyone|anybody|whomever) (?:pick|answer|get)\S*/,
  },
  {
    rule: 'third-party-disclosure',
    frame: 'act',
    pattern: / (?:post|put|leave|share)\S* (?:\S+ ){0,4}(?:reminder|message|note|comment|demand)s? (?:\S+ ){0,3}(?:on|onto) (?:\S+ ){0,2}(?:facebook|instagram|twitter|social media|linkedin)(?: 's)? (?:wall|page|timeline|profile|feed)?/,
  },
];
