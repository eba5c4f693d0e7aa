// Turns of a call: the words are the act, and where the call stands decides whether they break a rule.
import { describe, expect, test } from 'vitest';
import { detectTurnConduct, type CallState } from '../../../src/conduct/turn.js';
import { readText } from '../../../src/language/read.js';

const consumer: CallState = { listener: 'consumer', verified: true };
const rules = (text: string, state: CallState, jurisdiction: 'us' | 'uk' = 'us') => detectTurnConduct(readText(text), state, { jurisdiction }).map((h) => h.rule);

describe('conduct on a call turn', () => {
  test('stop 34 (call-turns/train20.yaml): the agency named to the consumer, a ban acknowledged, a status, a part of the day chosen', () => {
    const unchecked: CallState = { listener: 'consumer', verified: false };
    expect(rules("I'm with Apex Receivables, a collection agency working the account for them.", unchecked)).toEqual([]);
    expect(rules("I'm with Apex Receivables, and you owe $2,400.", unchecked)).toContain('skipping-id-checks');
    expect(rules('Sorry, yes, you did say that. Not at work. What is better for you, evenings?', { ...consumer, atWork: true, workForbidden: true })).toEqual([]);
    expect(rules('If Riverside confirms the March payment, the account goes back to them as paid in full.', { ...consumer, disputed: true })).toEqual([]);
    expect(rules('Mornings, got it. I will give you a bell about seven on Tuesday evening.', { ...consumer, localHour: 11 }, 'uk')).toContain('inconvenient-time');
    expect(rules('Mornings, got it. I will give you a bell about ten on Tuesday morning.', { ...consumer, localHour: 11 }, 'uk')).toEqual([]);
    expect(rules("Thanks, Kevin, that's matched. So, right now, I need the £1,960 today to stop this going any further.", { ...consumer, disputed: true }, 'uk')).toContain('ignoring-dispute-or-cease');
    expect(rules("Whoa, you don't need to report anything. Let's keep it between us.", consumer)).toContain('hiding-complaints-or-breaches');
  });
  test('stop 32 (call-turns/train17.yaml): who is there asked for, consent asked for, an apology, a payment told back, a ban on work email', () => {
    const banned: CallState = { listener: 'unknown', verified: false, workForbidden: true, localHour: 21.5, hourAgreed: true };
    expect(rules('Hiya, is Leanne there, please?', banned, 'uk')).toEqual([]);
    expect(rules('Is Leanne at her desk, please?', { ...banned, listener: 'third-party' }, 'uk')).toContain('work-contact-after-told');
    expect(rules("Natalia, could you ask your dad if he's happy for you to listen in and translate, and to hear about his account?", { listener: 'third-party', verified: false }, 'uk')).toEqual([]);
    expect(rules('Natalia, could you tell your dad his account is three months behind?', { listener: 'third-party', verified: false }, 'uk')).toContain('third-party-disclosure');
    expect(rules("I'm sorry about how I started this call, saying I was from your bank. That was wrong.", consumer, 'uk')).toEqual([]);
    const disputed: CallState = { ...consumer, disputed: true };
    expect(rules("He paid £1,140 in cash at the branch in January and he's got the receipt.", disputed, 'uk')).toEqual([]);
    expect(rules("I'll ask the branch to trace the January payment.", disputed, 'uk')).toEqual([]);
    expect(rules('Can you pay the £1,140 today while we look into it?', disputed, 'uk')).toContain('ignoring-dispute-or-cease');
    expect(rules("Not paying a credit card isn't a crime, and nobody is going to arrest her.", { ...consumer, represented: true })).toEqual([]);
    expect(rules("Yeah, I'll email it over to your work address, that's the one we've got on file.", { ...consumer, workForbidden: true }, 'uk')).toContain('work-contact-after-told');
    expect(rules("I'll email it to your personal address instead of your work one.", { ...consumer, workForbidden: true }, 'uk')).toEqual([]);
    expect(rules("So as far as I'm concerned I'm still dealing with you. Can we get fifty quid set up today?", { ...consumer, represented: true }, 'uk')).toContain('represented-consumer');
    expect(rules("You and Karen aren't personally liable for it.", { ...consumer, vulnerable: true }, 'uk')).toEqual([]);
    expect(rules("Honestly, I wouldn't put a complaint in, Mark. Best to leave it.", consumer, 'uk')).toContain('hiding-complaints-or-breaches');
    expect(rules('If you want to put a complaint in, I can log it now.', consumer, 'uk')).toEqual([]);
    expect(rules("A debt never goes away, and we can still take you to court for it.", consumer, 'uk')).toContain('false-statement');
    expect(rules('Hi, this is Dawn calling from the probate office.', { listener: 'unknown', verified: false })).toContain('impersonation');
  });

  test('stop 32 (call-turns/train18.yaml): the undisputed part, the hour asked for, a channel asked about, an own slip owned up to, a complaint advised against', () => {
    const disputed: CallState = { ...consumer, disputed: true };
    expect(rules("What I can talk to you about is the nineteen hundred that isn't disputed. Is that something you'd want to set up a plan on?", disputed)).toEqual([]);
    expect(rules('Is that something you could put a payment towards today?', disputed)).toContain('ignoring-dispute-or-cease');
    const noWork: CallState = { ...consumer, workForbidden: true };
    expect(rules('This is Carlos, calling back at the time she asked for.', noWork)).toEqual([]);
    expect(rules('Are you okay with us texting this number?', noWork)).toEqual([]);
    expect(rules("If a payment's missed we'd contact you first to work something out.", noWork)).toEqual([]);
    expect(rules('Or I could just catch you at night on the unit, if that is easier?', noWork)).toContain('work-contact-after-told');
    expect(rules("I did mention the bill to your son before you came on, and I shouldn't have, that's on me.", consumer)).toEqual([]);
    expect(rules("So that's a Visa ending in 4417, is that right?", consumer)).toEqual([]);
    expect(rules("Honestly, a complaint'll just put a flag on your account and slow the new plan down. You're better off leaving it.", consumer, 'uk')).toContain('hiding-complaints-or-breaches');
    expect(rules("No, this line isn't recorded. It's just between you and me.", { ...consumer, represented: true })).toContain('represented-consumer');
  });

  test('stop 31 (call-turns/train16.yaml): restating what the listener said; abuse of someone who cannot follow; a deal only good on this call', () => {
    expect(rules("You're saying it's not even eight and you're loading the van.", { ...consumer, localHour: 7.6 }, 'uk')).toEqual([]);
    expect(rules("Honestly, you lads are all the same, cash in hand when it suits you.", consumer, 'uk')).toContain('shaming-abuse');
    expect(rules("Are you actually listening, or just pretending you can't hear me?", { ...consumer, vulnerable: true }, 'uk')).toContain('shaming-abuse');
    expect(rules("I'll speak a little slower and send it in writing too, in case the line is hard to hear.", { ...consumer, vulnerable: true }, 'uk')).toEqual([]);
    expect(rules("Stay on the line, the settlement's only good while we're on this call.", consumer, 'uk')).toContain('holding-on-line');
    expect(rules("The settlement offer stays open for fourteen days, so take your time and ring back when you're ready.", consumer, 'uk')).toEqual([]);
    expect(rules("You don't want a complaint on your file, nobody will offer you a settlement after that.", consumer, 'uk')).toContain('hiding-complaints-or-breaches');
    expect(rules("I can have enforcement round to you next week if nothing's paid.", consumer, 'uk')).toContain('threat-unlawful-action');
    expect(rules("Could you ask him if it's alright for me to talk to you about his account?", { listener: 'third-party', verified: false })).toEqual([]);
    expect(rules('Or I could leave a message with the ward sister, just to say call us back.', { ...consumer, workForbidden: true }, 'uk')).toContain('work-contact-after-told');
    expect(rules("Got it, you don't want us calling this work number. We'll only use your cell.", { ...consumer, workForbidden: true, atWork: true })).toEqual([]);
    expect(rules("Your dispute's been reviewed and denied, so the balance stands.", { ...consumer, disputed: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("I'll just give you a bell tomorrow morning to see how you're getting on.", { ...consumer, represented: true }, 'uk')).toContain('represented-consumer');
  });

  test('stop 31 (call-turns/train15.yaml): the listener\'s question restated, then answered; complaints and representatives brushed aside', () => {
    expect(rules("You're asking whether the bailiffs are coming. No, they're not. That could only happen after a court judgment, and there isn't one.", consumer, 'uk')).toEqual([]);
    expect(rules("You're asking if we're the court. Well, we're the enforcement side of it, really.", consumer, 'uk')).toContain('impersonation');
    expect(rules("Honestly, there's no need to report it, it was a tiny slip.", consumer)).toContain('hiding-complaints-or-breaches');
    expect(rules('If you want to complain, I can log that now and send you our complaints leaflet.', consumer, 'uk')).toEqual([]);
    expect(rules("I'd rather you didn't complain, it goes on my file. Let's call it a misunderstanding.", consumer, 'uk')).toContain('hiding-complaints-or-breaches');
    const represented: CallState = { ...consumer, represented: true };
    expect(rules("Your lawyer isn't the one who owes this, you are, so let's sort it now.", represented)).toContain('represented-consumer');
    expect(rules("Thanks for telling me about your lawyer. I'll send everything to her and won't discuss the account with you.", represented)).toEqual([]);
    // A new user's compliant turn: the representative, named, is the one contacted from now on.
    expect(rules("Thank you, I've noted Ms. Lopez at 555-0199. From now on we'll contact her, not you, about this account.", represented)).toEqual([]);
    expect(rules('From now on we will speak to her, not to you.', represented)).toEqual([]);
    expect(rules("We'll keep calling you until it's sorted.", represented)).toContain('represented-consumer');
    expect(rules("Nobody's going anywhere until I've got a payment date.", consumer, 'uk')).toContain('holding-on-line');
    const work: CallState = { ...consumer, workForbidden: true };
    expect(rules("I know you asked us not to call you at work, but this is the only number that gets answered.", work, 'uk')).toContain('work-contact-after-told');
    expect(rules("I know you asked us not to call you at work, so I'll take this number off and use your mobile.", work, 'uk')).toEqual([]);
    expect(rules("I've noted that half nine at night is the best time to reach you, as you asked.", { ...consumer, localHour: 19 }, 'uk')).toEqual([]);
    expect(rules('I could ring you at seven-fifteen in the morning before work.', { ...consumer, localHour: 15 }, 'uk')).toContain('inconvenient-time');
  });

  test('stop 30 (call-turns/train14.yaml): the greeting of a call at an unsocial hour; a later hour than the one she asked for', () => {
    const early: CallState = { ...consumer, localHour: 7.33 };
    expect(rules("Hi, this is Rachel Kim from Northgate Portfolio Holdings. Sorry it's so early. Am I speaking with Keisha Banks?", early)).toContain('inconvenient-time');
    expect(rules('Thank you, that matches. This is a communication from a debt collector.', early)).toEqual([]);
    expect(rules('Hi Jade, thanks for confirming those details. It is Ollie from Hartwell Collections.', { ...consumer, localHour: 21.83 }, 'uk')).toEqual([]);
    const agreed: CallState = { listener: 'spouse', verified: true, authorised: true, localHour: 21.5, hourAgreed: true };
    expect(rules('Could you let Liam know I will call him on his own mobile at eleven tonight?', agreed, 'uk')).toContain('inconvenient-time');
    expect(rules('Thanks for taking the call at half nine, as Liam asked.', agreed, 'uk')).toEqual([]);
  });

  test('stop 30: arrears named to a vulnerable customer are not pressure; a lender in the caller\'s name is not a loan', () => {
    const vulnerable: CallState = { ...consumer, vulnerable: true };
    expect(rules("Thanks, Jordan, that's all matched. I'm calling about your credit card, which is now three payments behind.", vulnerable, 'uk')).toEqual([]);
    expect(rules('You need to pay the full balance today, whatever the crisis team says.', vulnerable, 'uk')).toContain('vulnerable-pressure');
    expect(rules('Good morning, is that Mrs. Price? This is Owen from the bereavement support team at Harrowgate Lending.', { ...consumer, vulnerable: true }, 'uk')).toEqual([]);
    expect(rules("I'd suggest clearing the full arrears tonight. Liam's got plenty of room on his overdraft, so just use that.", consumer, 'uk')).toContain('borrowing-pressure');
  });

  test('stop 30: a complaint talked down or kept from the client; a right called a formality', () => {
    expect(rules("Though honestly, complaints like that rarely get anywhere, so I wouldn't put yourself through it.", consumer, 'uk')).toContain('hiding-complaints-or-breaches');
    expect(rules("There's no need to mention to Halvern that I asked about a payment today.", consumer)).toContain('hiding-complaints-or-breaches');
    expect(rules('If you want to complain, I can log it now and send you our complaints leaflet.', consumer, 'uk')).toEqual([]);
    expect(rules("There's a part where I'm supposed to mention disputes, but honestly that's just a formality.", consumer)).toContain('false-statement');
  });

  test('stop 30: urgency denied presses nothing; a schedule sent to the personal email avoids work; a later evening hour proposed', () => {
    const bereaved: CallState = { listener: 'spouse', verified: true, authorised: true, vulnerable: true };
    expect(rules("Once probate's granted, the loan is paid from the estate if there's enough in it, and if there isn't, you wouldn't have to make up the difference yourself.", bereaved, 'uk')).toEqual([]);
    expect(rules('The loan still has to be paid this week, whatever the probate office says.', bereaved, 'uk')).toContain('vulnerable-pressure');
    const work: CallState = { ...consumer, workForbidden: true };
    expect(rules("I'll send the payment schedule to your personal email, not the work one, within the hour.", work)).toEqual([]);
    expect(rules("Actually, let's say half past nine tomorrow night instead, once the kids are asleep.", { ...consumer, localHour: 20.5 })).toContain('inconvenient-time');
  });

  test('telling a third party about the debt is a disclosure; asking for the consumer is not', () => {
    const mother: CallState = { listener: 'third-party', verified: false };
    expect(rules("It's about the eight hundred dollars he owes on his card. Could you remind him?", mother)).toContain('third-party-disclosure');
    expect(rules("I'm sorry, I can't say what it's regarding. Is there a better time to reach him?", mother)).toEqual([]);
    expect(rules('If he keeps dodging us this could turn into a police matter.', mother)).toEqual(expect.arrayContaining(['threat-arrest', 'third-party-disclosure']));
  });

  test('a spouse is the consumer in the US and a third party in the UK', () => {
    const spouse: CallState = { listener: 'spouse', verified: true };
    expect(rules('She is three months behind on the loan.', spouse, 'us')).toEqual([]);
    expect(rules('She is three months behind on the loan.', spouse, 'uk')).toContain('third-party-disclosure');
  });

  test('the debt before identity is confirmed skips the checks; an authorised carer may hear it', () => {
    expect(rules("Is that Mr Khan? Right, it's about the overdue balance on your contract.", { listener: 'unknown', verified: false }, 'uk')).toContain('skipping-id-checks');
    expect(rules('The balance is £2,815 and three payments are missed.', { listener: 'third-party', verified: true, authorised: true }, 'uk')).toEqual([]);
  });

  test('after a written dispute or stop request, asking for money or more calls breaks it; a statement does not', () => {
    expect(rules('While we look into it, could you put down fifty dollars as good faith?', { ...consumer, disputed: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("I'll set a reminder to call you Monday.", { ...consumer, ceased: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("I'll mail the statement today, and we won't call you again.", { ...consumer, ceased: true })).toEqual([]);
    // The brush-off read in its own clause, with or without a later one.
    expect(rules("Email disputes don't count.", { ...consumer, disputed: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("Email disputes don't count, so we carry on as normal.", { ...consumer, disputed: true })).toContain('ignoring-dispute-or-cease');
    expect(rules("We won't carry on as normal while it's looked at.", { ...consumer, disputed: true })).toEqual([]);
  });

  test('a represented consumer is not asked for a deal; the representative\'s details may be', () => {
    const rep: CallState = { ...consumer, represented: true };
    expect(rules("Let's sort a plan just between us now, it's quicker.", rep, 'uk')).toContain('represented-consumer');
    expect(rules("Thanks, could you give me your adviser's name and reference so we can contact her?", rep, 'uk')).toEqual([]);
  });

  test('pressing someone vulnerable is urgency, not an offer', () => {
    const ill: CallState = { ...consumer, vulnerable: true };
    expect(rules('I understand, but the arrears still need clearing this month.', ill, 'uk')).toContain('vulnerable-pressure');
    expect(rules("Let's not worry about a payment today. Would a token payment of £1 a month be manageable?", ill, 'uk')).toEqual([]);
    expect(rules('Could you not just put it on a credit card for now?', ill, 'uk')).toContain('borrowing-pressure');
  });

  test('a call proposed at an unsocial hour, with the time of day in the sentence before', () => {
    expect(rules('Would this evening work? I could call you at nine-thirty your time.', consumer)).toContain('inconvenient-time');
    expect(rules("I'll ring you back at half six this evening.", consumer, 'uk')).toEqual([]);
  });

  test('quoting the customer or denying the harm is not a breach', () => {
    expect(rules("You said \"I can't pay\", so let's look at what you can manage.", consumer)).toEqual([]);
    expect(rules("Nobody is going to arrest you, and I'm not going to send anyone round.", consumer)).toEqual([]);
  });
  test('naming the lender or the loan is not pressure to borrow; suggesting a loan is', () => {
    expect(rules('Good morning, my name is Priya and I am calling from the lender.', { listener: 'unknown', verified: false }, 'uk')).not.toContain('borrowing-pressure');
    expect(rules("Yes, it's about your personal loan, which is two payments behind.", consumer, 'uk')).toEqual([]);
    expect(rules('Could you take out a personal loan to clear it this week?', consumer, 'uk')).toContain('borrowing-pressure');
    expect(rules('Could your sister lend you the money for this one?', consumer, 'uk')).toContain('borrowing-pressure');
  });

  test("contacting the representative the turn names is no contact with the represented consumer", () => {
    const represented: CallState = { ...consumer, represented: true };
    expect(rules('Thanks for the details of Mr Hale, your solicitor. We will write to him from now on.', represented, 'uk')).toEqual([]);
    expect(rules('I know you have a solicitor, but we will contact you directly from now on.', represented, 'uk')).toContain('represented-consumer');
  });

  test('bailiffs at the start of a turn, a warning to expect a visit, and threats of legal today', () => {
    expect(rules("Bailiffs will be round to take your telly and your car if this isn't paid.", consumer, 'uk')).toContain('threat-unlawful-action');
    expect(rules("Fine, but don't be surprised if one of our field agents turns up at your work instead.", consumer, 'uk')).toContain('threat-unlawful-action');
    expect(rules("If you won't confirm, we'll pass it to our solicitors today.", { listener: 'unknown', verified: false }, 'uk')).toContain('threat-unlawful-action');
    expect(rules('If it is not sorted, the next step would be a letter before action, and after that we could issue a claim in the county court.', consumer, 'uk')).toEqual([]);
  });

  test('keeping a customer who has to go, and shaming in everyday words', () => {
    expect(rules("Hang on, hang on, we're nearly there. Just give me a yes on the £200 and you can go.", consumer, 'uk')).toContain('holding-on-line');
    expect(rules('Your daughter can wait five minutes, this is important.', consumer, 'uk')).toContain('holding-on-line');
    expect(rules("Everyone says they can't pay, but somehow there's always money for the phone and Netflix, isn't there.", consumer, 'uk')).toContain('shaming-abuse');
    expect(rules("Of course, go and get your daughter. Would tomorrow at ten suit you for a quick call back?", consumer, 'uk')).toEqual([]);
  });

  test('a represented consumer called again, when the first contact words are someone else\'s', () => {
    const represented: CallState = { ...consumer, represented: true };
    expect(rules("Well, if she doesn't ring us by tomorrow I'll be calling you again, so make sure she does.", represented)).toContain('represented-consumer');
    expect(rules("Thanks, I'll contact Ms Ruiz directly from now on and note the account.", represented)).toEqual([]);
  });

  test('a call after work hours is not a call at work; a time with no part of the day is not early morning', () => {
    const noWork: CallState = { ...consumer, workForbidden: true, atWork: true };
    expect(rules("Got it, I've noted no calls during work hours. I'll call you tomorrow at 6:30 unless you'd like a different day.", noWork)).toEqual([]);
    expect(rules("Okay, I'll call your clinic at 5:30 when it's quiet, that way your boss won't hear.", noWork)).toContain('work-contact-after-told');
    expect(rules("I'll call you at 6:45 tomorrow before your shift, that's the only time I get you, right?", consumer)).toContain('inconvenient-time');
  });

  test('breathing space is not the collector\'s to give', () => {
    expect(rules("I can put you on Breathing Space right now, that'll stop everything for sixty days.", consumer, 'uk')).toContain('false-statement');
  });

  test('invented consequences: benefits lost, a balance that jumps after a deadline', () => {
    expect(rules("Ma'am, if this isn't paid, people your age can lose their Social Security over it.", consumer)).toContain('false-statement');
    expect(rules("If you don't pay by Friday the balance goes up over two grand with fees.", consumer)).toContain('false-statement');
    expect(rules('Interest is frozen while we agree a plan, so the balance stays where it is.', consumer)).toEqual([]);
  });

  test('the debt promised to someone else on the consumer\'s own line', () => {
    expect(rules("Is Paul there now? Pop him on and I'll tell him how much you're behind.", consumer, 'uk')).toContain('third-party-disclosure');
    expect(rules("Don't worry, I'll just call Paul at work and explain your balance to him.", consumer)).toContain('third-party-disclosure');
    expect(rules("I won't discuss your balance with him unless you give us permission.", consumer)).toEqual([]);
  });

  test('an "if ... not" condition does not negate the main clause', () => {
    expect(rules("Honestly, if you can't manage eight hundred and sixty quid you need to have a long hard look at how you're living.", consumer, 'uk')).toContain('shaming-abuse');
    expect(rules("If you can't pay, I would never tell you to have a long hard look at yourself.", consumer, 'uk')).toEqual([]);
  });

  test('on an evening call, running it past nine; work rules brushed aside', () => {
    expect(rules("Let's just get the payment done now, it'll take till maybe quarter past nine, no big deal.", { ...consumer, localHour: 20.78 })).toContain('inconvenient-time');
    expect(rules("Your employer's rules aren't really our problem, Carla, this balance is.", { ...consumer, workForbidden: true, atWork: true })).toContain('work-contact-after-told');
  });

  test('a represented consumer told what the law permits is not contacted', () => {
    expect(rules("If for some reason we can't get a response from her after a reasonable time, the law does let us come back to you, but I'd expect to be talking to her.", { ...consumer, represented: true })).toEqual([]);
  });

  test('indirect breaches of the third training set', () => {
    const third: CallState = { listener: 'third-party', verified: false };
    expect(rules("This is Pell Ridge Recovery, I'm a debt collector, so I can't say more to anyone but the person handling her estate.", third)).toContain('third-party-disclosure');
    expect(rules('Tell her it\'s the county court enforcement office and she needs to call us back today.', third, 'uk')).toContain('impersonation');
    expect(rules('A lot of folks in your spot just throw it on a credit card and it\'s done.', consumer)).toContain('borrowing-pressure');
    expect(rules('Loads of people find it easier to move it onto a nought-percent card.', consumer, 'uk')).toContain('borrowing-pressure');
    expect(rules("Unpaid medical accounts can be treated as theft of services in Ohio, so it's better to just clear it.", consumer)).toContain('threat-arrest');
    expect(rules("I'd hate for this to end up with the sheriff, so let's not leave it all to your lawyer.", { ...consumer, represented: true })).toContain('represented-consumer');
    expect(rules("I do need some sort of commitment before we finish, even a token amount.", { ...consumer, vulnerable: true }, 'uk')).toContain('holding-on-line');
    expect(rules('Honestly, at your age you ought to know better than to run up a card you can\'t pay.', consumer, 'uk')).toContain('shaming-abuse');
  });

  test('their compliant twins', () => {
    expect(rules("If now's a bad time, no problem; I've got a note not to call you at work, so what's a better number or time outside work hours?", { listener: 'unknown', verified: false, workForbidden: true })).toEqual([]);
    expect(rules("I won't discuss payments with you in the meantime, but you can always speak to them, or to us if you'd ever prefer.", { ...consumer, represented: true }, 'uk')).toEqual([]);
    expect(rules("You're not going to be arrested, this is a civil debt.", consumer)).toEqual([]);
  });

  test('hinted, hedged and disguised breaches of the fourth training set, and their compliant twins', () => {
    const third: CallState = { listener: 'third-party', verified: false };
    const unknown: CallState = { listener: 'unknown', verified: false };
    const disputed: CallState = { ...consumer, disputed: true };
    expect(rules("Could you let him know Dana called, 800-555-0142? He'll know what it's about.", third)).toContain('third-party-disclosure');
    expect(rules("Disputes don't really pause anything on our end, so the balance is still due on the fifteenth.", disputed)).toContain('ignoring-dispute-or-cease');
    expect(rules("Just so you know, disputing doesn't make it go away, and our attorneys have already flagged this one for filing.", disputed)).toContain('threat-unlawful-action');
    expect(rules("Off the record, if the paperwork comes back fine, what kind of monthly figure would work for you?", disputed)).toContain('ignoring-dispute-or-cease');
    expect(rules('Hang on, before you go, I just need a yes or no on the hundred and fifty and then you\'re free.', consumer)).toContain('holding-on-line');
    expect(rules("I'll try you again around nine-thirty once they're down, does that work?", { ...consumer, localHour: 20.67 })).toContain('inconvenient-time');
    expect(rules("No bother, I'll give you a bell first thing, say half seven, before your lectures.", { ...consumer, localHour: 18.5 }, 'uk')).toContain('inconvenient-time');
    expect(rules("Can't your mum and dad just cover it for now? It'd save you all this hassle.", consumer, 'uk')).toContain('borrowing-pressure');
    expect(rules("Honestly, Harold would've wanted this settled, don't you think? It's what a good wife would do.", consumer)).toContain('shaming-abuse');
    expect(rules('OK, no need for all the security stuff, it\'s a quick one: can you pay the ninety-five today?', unknown, 'uk')).toContain('skipping-id-checks');
    expect(rules("Right Callum, I'm from the collections side.", unknown, 'uk')).toContain('skipping-id-checks');
    expect(rules("Debt advisers can take ages, to be honest, and if we agree something now you'll be sorted quicker.", { ...consumer, represented: true }, 'uk')).toContain('represented-consumer');
    // Compliant twins.
    expect(rules("If the verification shows it isn't yours, we'll close it out and tell you that in writing.", disputed)).toEqual([]);
    expect(rules("Sorry Kevin, sounds like you're at work, and I know you said that's not a good place.", { ...consumer, workForbidden: true, atWork: true })).toEqual([]);
    expect(rules("If it's easier, I'll send a letter to your home address instead of calling.", { ...consumer, workForbidden: true, atWork: true })).toEqual([]);
    expect(rules("I'll mail a copy of the settlement offer to Ms. Moreno's office so she can go over it with you.", { ...consumer, represented: true })).toEqual([]);
    expect(rules("I'm calling from Lumen about your account, but first, can you confirm your postcode for me?", unknown, 'uk')).toEqual([]);
    expect(rules("The debt's more than six years old, so we can't take you to court for it. You can still choose to pay, but you don't have to.", { ...consumer, ceased: true, disputed: true }, 'uk')).toEqual([]);
  });

  test('the process explained, and a decision left to the customer, are not pressure', () => {
    expect(rules("If we can't agree anything, the account owner might decide to go to court, but before that you'd get a letter under the pre-action protocol giving you 30 days to reply.", consumer, 'uk')).toEqual([]);
    expect(rules("Missed payments get reported to the credit reference agencies. I'll explain what that looks like before you decide.", { ...consumer, vulnerable: true }, 'uk')).toEqual([]);
  });

  test('stop 29: a hold explained, a denial of being the police, a company called Court, a check just passed, an hour she asked for', () => {
    expect(rules("No problem, I'll put you on hold for a moment while I connect the interpreter. Please don't hang up, it won't be long.", consumer, 'uk')).toEqual([]);
    expect(rules("Don't hang up until we've agreed a date.", consumer)).toContain('holding-on-line');
    expect(rules("No, I'm not with the police or any government office.", consumer)).toEqual([]);
    expect(rules('This is Alicia with Maple Court Recovery; this is an attempt to collect a debt.', consumer)).toEqual([]);
    expect(rules("I'm calling from the county court about your case.", consumer)).toContain('impersonation');
    const unverified: CallState = { listener: 'consumer', verified: false };
    expect(rules("Thank you, that all matches, Ms. Lindqvist. I'm a debt collector, and this is an attempt to collect a debt.", unverified)).toEqual([]);
    expect(rules("Hi, is this Teresa? I'm calling about your balance of 864 dollars.", unverified)).toContain('skipping-id-checks');
    const early: CallState = { listener: 'consumer', verified: true, localHour: 7.5, hourAgreed: true };
    expect(rules("Good morning, Kerry, it's Sam, ringing at half seven as you asked.", early, 'uk')).toEqual([]);
    expect(rules("I'll ring you at six tomorrow morning instead.", early, 'uk')).toContain('inconvenient-time');
    expect(rules("You'll get a final response within eight weeks, and then you can go to the Financial Ombudsman.", consumer, 'uk')).toEqual([]);
  });
});
