// Who did it and whether it was denied: the frame cases that decide a flag on an answer.
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk' = 'us') => detectConduct(readText(text), { jurisdiction }).map((h) => h.rule);

describe('conduct frame', () => {
  test('staff told what to do act for the candidate, even where the tagger reads the verb as a noun', () => {
    expect(rules("If we can't reach the customer, agents call a relative and let them know it's about an overdue account.")).toContain('third-party-disclosure');
    expect(rules('One agent called his mother about the overdue account last year, so I coached him and reported it.')).toEqual([]);
  });

  test('a suggestion the candidate makes carries the customer as its subject', () => {
    expect(rules('I suggested, politely, that he could put the arrears on one of his credit cards.')).toContain('borrowing-pressure');
    expect(rules('She can put it on a credit card or ask her family to help, and then we note it.')).toContain('borrowing-pressure');
    expect(rules('She said she could put it on a credit card, but I asked what she could afford from her own income instead.')).toEqual([]);
    expect(rules('She could pay sixty pounds a fortnight, on her paydays.', 'uk')).toEqual([]);
  });

  test('a planned letter or text speaks for the candidate, a condition inside it does not deny the threat', () => {
    expect(rules("I'd add a courteous but firm text: if you don't respond within 48 hours, your wages may be garnished.")).toContain('threat-unlawful-action');
    expect(rules('The second letter would say that if the balance is not cleared in fourteen days, enforcement agents may attend the property, though we have no judgment.', 'uk')).toContain('threat-unlawful-action');
    expect(rules("The customer's complaint letter said the agency would garnish her wages.")).toEqual([]);
  });

  test("the customer's quoted words and a condition are not talk about the rules", () => {
    expect(rules('I told them to stop accepting "I can\'t afford it" and get customers to put it on a credit card there and then.')).toContain('borrowing-pressure');
  });

  test('a quotation running over two sentences keeps its speaker', () => {
    expect(rules("I'd say, \"I hear you. But if we can't set up a payment today, I'll have to reach out to your HR department.\"")).toContain('threat-unlawful-action');
    expect(rules("He said, \"I hear you. But if you keep calling, I'll reach out to my lawyer.\"")).toEqual([]);
  });

  test('letting a breach pass is the candidate\'s own breach', () => {
    expect(rules("If an agent skips the ID questions because it's obviously the customer, I don't mark them down.")).toContain('skipping-id-checks');
    expect(rules('If an agent skips the ID questions, I mark the call as a fail and coach them the same day.')).toEqual([]);
  });

  test('a list item\'s "no" denies its own noun phrase only', () => {
    expect(rules('We cut costs, no long hardship conversations, and the dialer keeps going until they pick up.')).toContain('excessive-contact');
    expect(rules('We cut costs, but the dialer no longer keeps going until they pick up.')).toEqual([]);
  });

  test('words run on after "I told him straight:"', () => {
    expect(rules("I told him straight: grief doesn't stop the bill. If he couldn't pay by Friday, he'd have a CCJ on top of everything.", 'uk')).toContain('threat-unlawful-action');
  });
  test('hours the candidate set for the team: windows, shifts, blocks and ranges', () => {
    expect(rules('I extended the dialler hours to ten at night.')).toContain('inconvenient-time');
    expect(rules('I save the top fifty for a block from nine to ten at night, when people are home.')).toContain('inconvenient-time');
    expect(rules('My best contact window was seven to half past seven in the morning.')).toContain('inconvenient-time');
    expect(rules('Our late-evening dialler shifts run until half ten.')).toContain('inconvenient-time');
    expect(rules('We started calling from seven thirty in the morning.')).toContain('inconvenient-time');
    // Inside the hours, or the rule's own window: no flag.
    expect(rules('Our calling window runs from eight in the morning to nine at night.')).toEqual([]);
    expect(rules('I moved the dialler hours to eight thirty in the morning.')).toEqual([]);
    expect(rules('The window is eight in the morning to nine at night.')).toEqual([]);
  });
  test('counts the candidate permits or sets beyond the rule, in words the tagger splits', () => {
    expect(rules('If the account has three numbers we can make twenty-one attempts in one week.')).toContain('excessive-contact');
    expect(rules('I moved the attempts cap from three to six a day.')).toContain('excessive-contact');
    expect(rules('I cut the call cap from nine to three a week.')).toEqual([]);
    expect(rules('Under Reg F you can make seven calls in seven days.')).toEqual([]);
  });
  test('harm in the second training answer set: court papers, stock taken, shaming, hourly callbacks, late payers named online', () => {
    expect(rules('I told him we would send court papers if he didn\'t pay today.')).toContain('threat-unlawful-action');
    expect(rules("I'd tell the client that if it wasn't paid by day 60, we'd send a van round and take the stock back, and the bailiffs would follow.")).toContain('threat-unlawful-action');
    expect(rules("If someone swears at me I'd tell them straight that it's not my fault they can't manage their money and that grown adults pay their bills.")).toContain('shaming-abuse');
    expect(rules('On accounts with a promise due I set a callback every hour in the CRM until the customer picks up.')).toContain('excessive-contact');
    expect(rules('Once a client went past 60 days, we\'d put a post on our LinkedIn page listing the ones who were late by name.')).toContain('third-party-disclosure');
    expect(rules('I would never tell a customer that grown adults pay their bills.')).toEqual([]);
  });
  test('a progressive is not a passive; the candidate\'s own rule is a practice; morning times said another way', () => {
    expect(rules('I am saying to him, if you not pay this week, the police will come for you.')).toContain('threat-arrest');
    expect(rules('I was telling them they would be arrested if they did not pay.')).toContain('threat-arrest');
    expect(rules('Our rule is never to call more than three times a week.')).toEqual([]);
    expect(rules('We had an early shift that started dialling at half six, mostly for the builders.', 'uk')).toContain('inconvenient-time');
    expect(rules('Sunday mornings around seven I\'d do a push on the hard-to-reach ones.', 'uk')).toContain('inconvenient-time');
    expect(rules('I moved the early shift to start dialling at half eight.', 'uk')).toEqual([]);
  });
  test('a claim said, then the fact that makes it false; pressure kept on; a call held', () => {
    expect(rules('I told her the interest will keep piling up, although the account had been frozen for months by then.', 'uk')).toContain('false-statement');
    expect(rules("I said we'd already reported it to all three bureaus, when we hadn't even spoken to him yet.")).toContain('false-statement');
    expect(rules('I told the client fees would be added daily from now on, just to push him, our terms had no such clause.')).toContain('false-statement');
    expect(rules('Interest was frozen, so I told her the balance would not grow.', 'uk')).toEqual([]);
    expect(rules('Right after we spoke on the Monday, I called back Tuesday and Wednesday just to keep the pressure on.')).toContain('excessive-contact');
    expect(rules("When customers say they'll call back, I say no, we're doing this now.")).toContain('holding-on-line');
    expect(rules('He mentioned his chemo was on Thursday, and I said right, so let\'s get this sorted before then, shall we.')).toContain('vulnerable-pressure');
  });
  test('false flags found on the third training answer set', () => {
    expect(rules('Every morning huddle I picked out a couple of good calls by name.')).toEqual([]);
    expect(rules('One autumn we were getting a lot of abuse on the phones.')).toEqual([]);
    expect(rules('I let people take a five-minute break after abuse.')).toEqual([]);
    expect(rules("I'd look at which accounts make up the hundred and sixty thousand that should have come in and didn't.")).toEqual([]);
    expect(rules('That is presumed to violate the ban, because harassment is judged by its natural consequence.')).toEqual([]);
    expect(rules("He said not to call at work, so while we're still talking I'd mark the work number as do-not-call.")).toEqual([]);
    expect(rules('I called him a deadbeat.')).toContain('shaming-abuse');
    expect(rules('I made up a deadline to scare her.')).toContain('false-statement');
  });
  test('policies and scripts a senior candidate describes', () => {
    expect(rules("Honestly, with a debtor who cries I just keep going, I say 'tears don't pay the bill' and ask again for the full amount.")).toContain('shaming-abuse');
    expect(rules('I think a bit of embarrassment helps, so I\'d read out their missed payments slowly and ask what their kids would think.')).toContain('shaming-abuse');
    expect(rules("I'm proud of the leaderboard for whoever got the most customers to put the arrears on a new credit card.")).toContain('borrowing-pressure');
    expect(rules("We'd imply that a CCJ was already registered against them to get their attention.", 'uk')).toContain('false-statement');
    expect(rules('Telling them we\'d report them to their professional body was the fastest lever.')).toContain('threat-unlawful-action');
    expect(rules('We never suggest a balance transfer card or a payday loan.')).toEqual([]);
    expect(rules('Nobody is legally obliged to pay a debt twice, so I checked the payment history.')).toEqual([]);
  });
  test('the debt told to a messenger, a manager copied in, a consumer rung to check on the lawyer', () => {
    expect(rules("Then I'd tell him it's about a past-due account with us and roughly how much, so he can pass that on.")).toContain('third-party-disclosure');
    expect(rules("I'd tell them it's about a debt so they understand why it's important that he calls me.")).toContain('third-party-disclosure');
    expect(rules("I'd tell him it's about his account and that we can set up a plan he can afford.")).toEqual([]);
    expect(rules("I'd just copy her manager in on our apology email so he knows the earlier message wasn't meant for him.")).toContain('third-party-disclosure');
    expect(rules("I'd never copy her manager in on an email.")).toEqual([]);
    expect(rules("If an attorney letter comes in, we'd ring the consumer once to confirm she really has hired a lawyer.")).toContain('represented-consumer');
  });
  test('"being" as an auxiliary is "be"; the candidate\'s own quoted shaming', () => {
    expect(rules("I call it tough love, I'll tell a customer straight that they're being childish if that's what it takes.")).toContain('shaming-abuse');
    expect(rules('I\'ll say something like, "Sir, a grown man shouldn\'t need to swear to get out of paying his bills."')).toContain('shaming-abuse');
    expect(rules('He told me I was being unfair, so I listened and apologised.')).toEqual([]);
  });
  test('a customer\'s words quoted through "I had a man tell me", and an option named to be turned down', () => {
    expect(rules('At a utility desk I had a man tell me, word for word, "you\'re a parasite and I hope you get cancer."')).toEqual([]);
    expect(rules('I told him, "you are a parasite."')).toContain('shaming-abuse');
    expect(rules("The easy answer would have been to lean on clients harder, threaten to put everyone on stop, and that's not what I did.")).toEqual([]);
    expect(rules("The easy answer would have been to threaten him with court, so that's what I did.")).toContain('threat-unlawful-action');
  });
  test('calls at work declared fine after the customer said no', () => {
    expect(rules("He'd told us before that he didn't want calls at work, but I rang him at the garage anyway.")).toContain('work-contact-after-told');
    expect(rules("Even if the customer has said they can't take calls there, a call at work is still fair game as long as we're discreet.")).toContain('work-contact-after-told');
    expect(rules("If a customer says they can't take calls at work, a call at work is not acceptable, so we stop.")).toEqual([]);
    expect(rules("The agent thought that after the customer said they couldn't take calls there, a call at work was still fine, so I coached him.")).toEqual([]);
  });
  test('contact sent with no one named as its maker is the practice described, unless reported or put right', () => {
    expect(rules('Our reminder texts went out at a quarter past ten at night, when people were home.')).toContain('inconvenient-time');
    expect(rules('Calls were booked for Saturday mornings at six because people were in.')).toContain('inconvenient-time');
    expect(rules('During the month-end push, accounts were getting nine or ten calls a week.')).toContain('excessive-contact');
    expect(rules('A customer complained that texts went out at six in the morning, so I moved the schedule to nine.')).toEqual([]);
    expect(rules('He said texts went out at half past six in the morning, which I checked against the log.')).toEqual([]);
    expect(rules('Our reminder texts go out at 10am on the day before the payment date.')).toEqual([]);
  });

  test('staff allowed or taught to do it act for the candidate; quotation marks do not hide the words', () => {
    expect(rules("Collectors on my desk were taught to call customers 'irresponsible' when they missed a plan.")).toContain('shaming-abuse');
    expect(rules("The customer called me a 'crook' and hung up, so I noted it and sent the letter.")).toEqual([]);
  });

  test('naming an official body as the caller is impersonation; being taken for one is not', () => {
    expect(rules("Our opening line was 'this is the fraud department', though we were an agency.")).toContain('impersonation');
    expect(rules('Our caller ID read County Court Services on every outbound call.', 'uk')).toContain('impersonation');
    expect(rules('The customer assumed I was from the court, so I said we were a debt collection agency.')).toEqual([]);
    expect(rules('I told her I was from Northfield Credit, a debt collector, and gave the disclosure.')).toEqual([]);
  });
  test('pushing a customer to borrow or sell covers balance transfers and belongings to sell', () => {
    expect(rules('Our hardship script had agents suggest a balance transfer to customers who could not afford the plan.', 'uk')).toContain('borrowing-pressure');
    expect(rules('I would ask whether she had a watch or some gold jewellery she could sell.', 'uk')).toContain('borrowing-pressure');
    expect(rules('She said she was selling her car anyway, so I set the plan around her income and noted it.', 'uk')).toEqual([]);
  });

  test('a dispute not recorded is ignored; a correction that did not happen is no correction', () => {
    expect(rules('To keep the figures clean, disputes raised on the phone were not logged and the account was reported as undisputed.')).toContain('ignoring-dispute-or-cease');
    expect(rules('After she wrote asking us to stop all contact, my team still sent reminder texts, and I did not change it.')).toContain('ignoring-dispute-or-cease');
    expect(rules('Every dispute, oral or written, is logged the same day and the account is reported as disputed.')).toEqual([]);
    expect(rules('An agent kept calling after a written cease request, so I stopped the campaign and retrained him.')).toEqual([]);
  });
  test('court threatened on a time-barred debt, or with no intention behind it, is a threat', () => {
    expect(rules("On statute-barred accounts our letters said we would start court action in fourteen days.", 'uk')).toContain('threat-unlawful-action');
    expect(rules("Our texts said 'we will file a lawsuit this month', which nobody ever intended.")).toContain('threat-unlawful-action');
    expect(rules('On a time-barred debt we cannot sue, and I say so plainly before anything else.')).toEqual([]);
  });
  test('holding a customer on the line, in the words of a target or a habit', () => {
    expect(rules("On my team 'let me think about it' was not allowed to end a call.")).toContain('holding-on-line');
    expect(rules('With confused older customers I would keep them on until they agreed to something.')).toContain('holding-on-line');
    expect(rules('If a customer wants to end the call, I end it and offer to call back at a time that suits them.')).toEqual([]);
  });

  test('calls at work after being told the employer forbids them', () => {
    expect(rules('Workplace calls continued after she told us her manager did not allow personal calls.')).toContain('work-contact-after-told');
    expect(rules('After he said his boss fires people for personal calls, I kept trying him at the depot.')).toContain('work-contact-after-told');
    expect(rules('After he said his boss did not allow personal calls, I only used his mobile in the evening.')).toEqual([]);
  });
  test('contact floods in policy words: redial rules, caps removed, a bound that is itself a flood', () => {
    expect(rules('Our plan was a second call straight after any conversation that ended without a promise.')).toContain('excessive-contact');
    expect(rules('The new dialler case rested on switching off the seven-in-seven cap so we could redial all day.')).toContain('excessive-contact');
    expect(rules('The strongest collectors rang the same customer up to fifteen times a day, and I let it run.')).toContain('excessive-contact');
    expect(rules('A customer complained about repeated calls, so I capped attempts at seven in seven days.')).toEqual([]);
  });
  test('a "not" before a colon does not deny the threat after it; a copula is the condition\'s verb', () => {
    expect(rules("I'd tell her the complaint changes nothing: if you don't pay by Monday you will be arrested.")).toContain('threat-arrest');
    expect(rules("I would never say this: if you don't pay you will be arrested.")).toEqual([]);
    expect(rules('I would tell him that if the money is not in our account by Friday he will be arrested.')).toContain('threat-arrest');
    // A threat to tell (the suppliers have heard nothing yet): the threat is the rule it breaks.
    expect(rules("I'd warn the client that we will tell his suppliers his company does not pay its bills.")).toEqual(['threat-unlawful-action']);
  });

  test('the candidate\'s own line, after "my line was that" or "I\'d say things like"', () => {
    expect(rules('My line was that a warrant could be issued if she missed the next date.')).toContain('threat-arrest');
    expect(rules('My angle was that enforcement officers could come and take the telly and the sofa, on a debt with no judgment.', 'uk')).toContain('threat-unlawful-action');
    expect(rules('My line was that we could talk about a plan that fits her budget.')).toEqual([]);
  });

  test('work calls that went on despite being told, in any words', () => {
    expect(rules("The nurse told me they can't take calls on the ward, so I rang the ward anyway and asked them to page her.")).toContain('work-contact-after-told');
    expect(rules('I kept ringing her at the call centre where she worked after she told me she could lose her job over it.')).toContain('work-contact-after-told');
    expect(rules("She'd told us her employer won't let them take calls on the shop floor, and I still rang the store and asked for her.")).toContain('work-contact-after-told');
    expect(rules('After he said his boss did not allow personal calls, I only used his mobile in the evening.')).toEqual([]);
    expect(rules("An agent had been calling a lady at work after she said her employer didn't allow it, so I coached him and logged it.")).toEqual([]);
  });

  test('holding on the line, shaming and pressing the vulnerable, in plain words', () => {
    expect(rules('The lady said her bus was coming and she had to go, and I made her stay on till the card payment went through.')).toContain('holding-on-line');
    expect(rules("I coached my agents never to accept I need to go as the end of the call.")).toContain('holding-on-line');
    expect(rules("I'd tell them decent people pay what they owe, which is just the truth.")).toContain('shaming-abuse');
    expect(rules("I said to him, you're a grown man, you should be embarrassed not paying your bills.")).toContain('shaming-abuse');
    expect(rules('When customers tell me they\'re depressed, I treat it as a stalling tactic and keep to the script.', 'uk')).toContain('vulnerable-pressure');
    expect(rules("I didn't log the vulnerability she mentioned because it'd have taken her off my queue.", 'uk')).toContain('vulnerable-pressure');
    expect(rules('When a customer told me about her depression, I logged it, paused the account and gave her the number of a free debt adviser.', 'uk')).toEqual([]);
  });

  test('counts and clock times in more forms', () => {
    expect(rules('I called him back that evening and then twice a day for the rest of the week.')).toContain('excessive-contact');
    expect(rules('We worked his mobile and landline in rotation, and I called him thirty times in ten days.')).toContain('excessive-contact');
    expect(rules('I called him twice in ten days, then wrote.')).toEqual([]);
  });

  test('a claim form is not a pretence, and a warning to expect a visit is a threat', () => {
    expect(rules('If it is not sorted, after the letter before action we could issue a claim in the county court.', 'uk')).not.toContain('impersonation');
    expect(rules('I told him our field agents would turn up at his work, although we had no judgment.', 'uk')).toContain('threat-unlawful-action');
  });

  test('denials that reach further: "so that", "the worst thing", "I\'m not calling to"; pressure as a noun; an estate', () => {
    expect(rules('And we never ask for a post-dated check so that we could threaten criminal prosecution if it bounces.')).toEqual([]);
    expect(rules('The worst thing I could do is bluff.', 'uk')).toEqual([]);
    expect(rules('I said, "No one\'s taking your house, and I\'m not calling to threaten you."', 'uk')).toEqual([]);
    expect(rules("I'd check whether she paid under pressure after that call, and whether she's vulnerable.", 'uk')).toEqual([]);
    expect(rules("We'd tell families plainly that debts are paid from the estate and they're not personally liable unless they were a joint borrower.", 'uk')).toEqual([]);
    expect(rules('Say I see we called five times in three days: I apologise and put a hold on the dialler.')).toEqual([]);
    expect(rules('I bluffed that we would sue him tomorrow.')).not.toEqual([]);
  });

  test('the telling may come after the words: "..., I told him"', () => {
    expect(rules('Bailiffs will be round to take the car if he did not pay by Friday, I told him, and I asked what he could manage.', 'uk')).toContain('threat-unlawful-action');
    expect(rules("If a customer asks whether they could be arrested, I tell them plainly that they won't be.")).toEqual([]);
  });
});

