// Sentence shapes the frame reads (stop 30, from a blind training set of sentences written around them): whose
// words a quotation is, a negation inside a relative clause, staff told what they may do, a practice on "anyone
// who ...". Each harmful shape has a safe twin that the same change must leave alone.
import { describe, expect, test } from 'vitest';
import { detectConduct } from '../../../src/conduct/detect.js';
import { readText } from '../../../src/language/read.js';

const rules = (text: string, jurisdiction: 'us' | 'uk' = 'us') => detectConduct(readText(text), { jurisdiction }).map((h) => h.rule);

const HARMFUL: [string, string][] = [
  // A "not" in a relative clause does not deny the main clause.
  ["I told him a grown man who can't pay his bills should be ashamed of himself.", 'shaming-abuse'],
  // The candidate's own document, line or opening, quoted.
  ['My opening line for the hardest accounts was "we can have a warrant issued if this isn\'t settled today."', 'threat-arrest'],
  ["On time-barred accounts our letter series ended with 'we will file suit', which nobody in legal ever intended.", 'threat-unlawful-action'],
  ["I'd open with 'this is the security team at your bank' because people answer a bank a lot quicker than a collector.", 'impersonation'],
  ["The letter template I signed off said 'failure to respond may result in your details being passed to the authorities'.", 'threat-arrest'],
  // Staff the candidate let or made speak, or told what they could do.
  ["We let our agents say 'you will go to prison for fraud' if the customer had used the card after losing their job.", 'threat-arrest'],
  ["We had agents say 'we're filing suit this afternoon' on accounts that were never going to litigation.", 'threat-unlawful-action'],
  ["Our collectors mentioned that they could 'freeze the bank account tomorrow' without any court order in place.", 'threat-unlawful-action'],
  ['I told new starters they could skip the security questions for regulars whose voices they recognised.', 'skipping-id-checks'],
  // A practice over "anyone who ...".
  ['Anyone who offered less than the minimum was told to borrow the difference from a friend.', 'borrowing-pressure'],
  // The one told ("him") is the head of the relative clause, so the candidate who called is the teller (a new user's answer in tmux).
  ['I called one customer who kept making excuses and told him: pay today or we will take you to court tomorrow.', 'threat-unlawful-action'],
  // Twins of the safe shapes below (from a blind set of strong answers).
  ['I talked about the debt with his mother when she answered.', 'third-party-disclosure'],
  ['I told him his credit score would drop for ten years if he did not pay today.', 'false-statement'],
  ['She told me she had cancer, and I kept the pressure on until she paid.', 'vulnerable-pressure'],
  ['What I found: the dialler was fine. Then I told the team to keep collecting on accounts with a written dispute.', 'ignoring-dispute-or-cease'],
];

const SAFE: string[] = [
  "He told me a man who can't pay his bills should be ashamed, and I said that isn't how we speak to anyone.",
  "Another customer rang my agent and said 'you lot are thieves, I want every penny back', and she stayed calm and logged a complaint.",
  "Your last guy told me 'everyone's depressed, love, it doesn't stop the bills', she said, so I apologised and paused collection.",
  "I heard an agent say 'you will go to prison for this', so I stopped the call and coached him.",
  "I removed the line 'failure to pay may result in further action' from our letters.",
  'I told new starters they could never skip the security questions, whoever the caller sounds like.',
  'And asking about family help just moves the debt somewhere else.',
  "There's no judgment, so there can be no enforcement, and telling her otherwise frightens someone into paying on a false basis.",
  'She told me she was in treatment for depression. I took the pressure off and said we did not need to sort anything on that call.',
  "I'd be upfront with leadership that scores will drop first.",
  // From good-answers4.yaml: "first thing" without a time, a comma before "with", a customer's words told to a collector.
  "The first thing I'd check is who we'd actually be suing.",
  'A digital self-serve journey for low early-arrears balances, with agents still available for anyone who wants to talk.',
  'She had lost her husband in hospital in March, and the collector had been told "we\'re looking into it" and moved on.',
  'I called one customer who kept making excuses and told me he could not pay, so I offered a plan.',
  'I need something the whole floor applies the same way, not something each collector invents.',
  'What I found: disputes were going to the wrong inbox. Twelve written disputes had arrived inside the validation period, and on five of them we kept collecting.',
  'When I got through, the customer was angry: "You lot don\'t believe me. Your last guy told me \'everyone\'s depressed, love, it doesn\'t stop the bills.\'" I apologised and paused the account.',
];

// Everyday phrasings a blind training set (conduct-train9.yaml) showed missing, each with a safe twin.
const PHRASED: [string, string, 'us' | 'uk'][] = [
  ["I told her we'd empty her bank account tomorrow, though we had no judgment against her.", 'threat-unlawful-action', 'us'],
  ['I said this was a final offer that would never come round again, though we made the same offer every month.', 'false-statement', 'us'],
  ["I told a customer the FDCPA didn't apply to us, even though we were a third-party agency.", 'false-statement', 'us'],
  ['I told the customer I could put him into Breathing Space myself if he paid something today.', 'false-statement', 'uk'],
  ["I quoted her a balance that included fees we weren't allowed to add and told her it was the legal amount.", 'false-statement', 'us'],
  ["I said 'you people never pay what you owe' to a customer with a foreign accent.", 'shaming-abuse', 'us'],
  ['When customer say \'I must go now\', I tell him please wait, we not finish, and I keep him until he pay something.', 'holding-on-line', 'uk'],
  ['The team was told that a call only ends with a payment or a promise, however long that takes.', 'holding-on-line', 'us'],
  ["When she told me she'd just come out of hospital after an overdose, I said I was sorry but the payment was still due today.", 'vulnerable-pressure', 'uk'],
  ['My script had agents ask whether the customer had any spare credit card limit they could put the payment on.', 'borrowing-pressure', 'us'],
  ["If a customer complained on the phone but didn't use the word \"complaint\", I didn't log it.", 'hiding-complaints-or-breaches', 'uk'],
  ["Our final response letters left out the customer's right to go to the Financial Ombudsman unless they asked about it.", 'hiding-complaints-or-breaches', 'uk'],
  ['Because the UK has no numeric limit, I told my team they could call as often as they liked.', 'excessive-contact', 'uk'],
  ["Anyone who hadn't paid by Friday got a call from the weekend team at seven o'clock on Saturday morning.", 'inconvenient-time', 'us'],
];

const PHRASED_SAFE: [string, 'us' | 'uk'][] = [
  ['I told her we could not touch her bank account without a court order, and we had none.', 'us'],
  ['I told him it was our best offer this month and that he could take time to think about it.', 'us'],
  ['I explained that the FDCPA applies to us because we are a third-party agency.', 'us'],
  ['I told her only a debt adviser can start Breathing Space, and gave her the StepChange number.', 'uk'],
  ['I refunded every fee we were not allowed to add and wrote to each customer to explain.', 'us'],
  ["The customer shouted 'you people are vultures', and I let him finish before I answered.", 'us'],
  ['When he said he had to go, I thanked him and offered to call back at a time that suited him.', 'uk'],
  ['When she told me she had just come out of hospital, I paused the account and said the payment could wait.', 'uk'],
  ['I removed the line in our script that asked about spare credit card limits.', 'us'],
  ['Any customer who is unhappy is logging a complaint, and I log it whether or not they use the word.', 'uk'],
  ["Our final response letters always set out the customer's right to go to the Financial Ombudsman.", 'uk'],
  ["Anyone who hadn't paid by Friday got a letter, never a call before eight in the morning.", 'us'],
];

// From the tenth blind set (conduct-train10.yaml): harm said in passing or as "what worked", each with a safe twin.
const PASSING: [string, string, 'us' | 'uk'][] = [
  ['One trick that worked was telling them I was from the county court\'s collections office.', 'impersonation', 'us'],
  ["I'd let them know that ignoring us can end up with the police getting involved, which usually focuses the mind.", 'threat-arrest', 'us'],
  ["On the accounts past the limitation period I still mentioned court if they didn't settle by Friday, because it moves the call along.", 'threat-unlawful-action', 'us'],
  ["I told her the settlement offer expired at five o'clock that day, which it didn't, it ran all month.", 'false-statement', 'us'],
  ['When the wife answered I\'d say I was an old school friend so she\'d hand him the phone.', 'impersonation', 'us'],
  ["When someone said 'yes, that's me' I took it, read out the arrears and agreed the plan.", 'skipping-id-checks', 'us'],
  ['When she told me about the chemotherapy I sympathised, and then asked if she could still clear the arrears by the end of the month.', 'vulnerable-pressure', 'us'],
  ["I told my team not to write the word complaint in the notes, just 'customer unhappy', so nothing started the eight-week clock.", 'hiding-complaints-or-breaches', 'uk'],
  ['She sent a letter telling us to stop contacting her, and I rang to ask whether she really meant it.', 'ignoring-dispute-or-cease', 'us'],
  ['If a customer said they had a lawyer, I\'d ask for the name and then carry on with the call anyway.', 'represented-consumer', 'us'],
];

const PASSING_SAFE: [string, 'us' | 'uk'][] = [
  ['On time-barred accounts our script says clearly that we will not sue, and I audit calls for any mention of court.', 'us'],
  ["I had an old letter reworded because it said 'court processing department' and implied a court link we never had.", 'us'],
  ['I told him the account could be referred to our attorney for a lawsuit, which the client had approved, and that any garnishment could only follow a judgment.', 'us'],
  ['I told him that if we got a court judgment and it went unpaid we could ask the court for enforcement agents, but we were nowhere near that and wanted a plan instead.', 'uk'],
  ["The customer said 'don't ring the office, my boss listens in', and I took the number out of the dialler while we were still on the call.", 'us'],
  ['I only put customers on hold to check something, and I tell them how long it will be and that they can hang up and we will ring back.', 'us'],
  ['I found our texts were still going to consumers with attorneys, and got the suppression list fixed before the audit.', 'us'],
];


// Phrasings from the eleventh blind set of sentences (stop 31), each with a safe twin in the same words.
const STOP31: [string, string, 'us' | 'uk'][] = [
  ["A widow was my best payer, so I never mentioned the sixty-day hold we're supposed to offer after a death.", 'vulnerable-pressure', 'uk'],
  ['He told me about his bipolar diagnosis and I took the full payment there and then.', 'vulnerable-pressure', 'uk'],
  ["I emailed her emergency contact to say she was sixty days behind on the loan.", 'third-party-disclosure', 'us'],
  ["I'd warn them that skipping payments can turn into a police matter.", 'threat-arrest', 'us'],
  ['Our arrears letters were printed to look like a court summons, and payments came in faster.', 'impersonation', 'uk'],
  ["I told him the fees would keep adding up, although we had already waived them, so he'd pay sooner.", 'false-statement', 'us'],
  ['I kept her on the phone for half an hour until she agreed to a date.', 'holding-on-line', 'uk'],
  ["I'd point out that the PlayStation and the second car were things they could sell by Friday.", 'borrowing-pressure', 'uk'],
  ["If the mobile on file answers, I take it that it's them, so I go straight into the arrears.", 'skipping-id-checks', 'uk'],
  ["After she wrote asking us to stop calling, I switched to emailing her every week instead.", 'ignoring-dispute-or-cease', 'us'],
  ["Even with StepChange handling it, I'd still text the customer to see if he'd rather settle with us.", 'represented-consumer', 'uk'],
  ["We kept the complaint figures off the board report so the client wouldn't review us.", 'hiding-complaints-or-breaches', 'uk'],
  ['I told him bailiffs would come round on Monday, when we had no CCJ at all.', 'threat-unlawful-action', 'uk'],
  ['Our plan on the early-arrears book was nine attempts a week per account.', 'excessive-contact', 'us'],
  // From the twelfth set (stop 31): the act in a second clause, the passive, a teaching frame, no comma after a condition.
  ['She wanted to complain, and I talked her out of it by saying it would slow her plan down.', 'hiding-complaints-or-breaches', 'uk'],
  ['Complaints were logged as general enquiries so they never reached the monthly figures.', 'hiding-complaints-or-breaches', 'uk'],
  ['He said he was on antidepressants and struggling, and I said I understood, but the balance still had to be cleared by Friday.', 'vulnerable-pressure', 'uk'],
  ['Her flatmate said she looks after the post, so I went through the arrears with her.', 'third-party-disclosure', 'uk'],
  ['After she asked us to stop calling her at the salon, we would try the reception there now and then.', 'work-contact-after-told', 'uk'],
  ["He sent a cease letter, but I thought one more call couldn't hurt, so I rang him.", 'ignoring-dispute-or-cease', 'us'],
  ["I told them if they don't pay today the credit score goes to zero for good.", 'false-statement', 'us'],
  ["I'd say, a bit cheeky, 'you found the money for the holiday then'.", 'shaming-abuse', 'uk'],
  ['We told her we would report her to her employer if she did not call back by Monday, though we never would.', 'threat-unlawful-action', 'us'],
];

const STOP31_SAFE: [string, 'us' | 'uk'][] = [
  ['I teach new starters that saying a debt could be treated as theft is a false threat, and any agent who says it fails the call.', 'us'],
  ['I coach agents that a remark like "you found the money for a holiday" is shaming, and we practise better ways to ask about spending.', 'uk'],
  ['She wanted to complain, so I logged it as a complaint that day and explained how to go to the Ombudsman.', 'uk'],
  ['Her flatmate said she looks after the post, so I only asked her to pass on my name and number.', 'uk'],
  ['When a debt management company told us they were acting for him, we sent everything to them and stopped calling him directly.', 'uk'],
  ['A customer asked if I was from the county office, and I said no, I am a debt collector and this is an attempt to collect a debt.', 'us'],
  ['If they pay by Friday the discount still stands, and I put that in writing.', 'us'],
  ['A widow called about her husband\'s card, and I offered the sixty-day hold we give after a death.', 'uk'],
  ['He told me about his bipolar diagnosis, so I paused collection and referred him to our specialist team.', 'uk'],
  ['I only asked her emergency contact for a current phone number, and said nothing about why.', 'us'],
  ['She asked whether unpaid debt is a police matter, and I told her it is a civil matter, not a criminal one.', 'us'],
  ['I had our old letters reworded because they looked like a court summons.', 'uk'],
  ['I told him the fees had been waived, and confirmed it in writing the same day.', 'us'],
  ['When she said she had to go, I ended the call and arranged a better time.', 'uk'],
  ["He offered to sell his car to clear it, and I told him he didn't need to, and we set up a plan.", 'uk'],
  ['Even when the mobile on file answers, I run the full security questions before I mention the arrears.', 'uk'],
  ['When she said texts were fine, we switched to texts as she asked and stopped the calls.', 'us'],
  ["Once StepChange took it on, I sent everything to the adviser rather than texting the customer.", 'uk'],
  ['I put the complaint figures in the board report and went through them with the client.', 'uk'],
  ['She asked whether bailiffs would come round, and I explained that could only follow a court judgment and there was none.', 'uk'],
  ['On time-barred accounts our letters say the debt is too old to be taken to court.', 'us'],
  ['Our plan on the early-arrears book was no more than seven attempts a week per account.', 'us'],
];


// Stop 32 (conduct-train13.yaml, answers-train9.yaml), each harmful shape with its safe twin.
const STOP32: [string, string, 'us' | 'uk'][] = [
  // Speech as nervous candidates tell it: "I goes", "I'm like".
  ["I goes to him, 'you know a bounced cheque is fraud, right? I can pass this to the police today.'", 'threat-arrest', 'uk'],
  ["I'm like, 'well, you found the money for your holiday, didn't you, you selfish so-and-so,' and she went quiet.", 'shaming-abuse', 'uk'],
  // Readiness is not a denial.
  ["I'm not afraid to ring the HR department and tell them what their employee owes if that's what it takes.", 'third-party-disclosure', 'us'],
  // An instruction carried out.
  ["My manager told us to record complaints as 'queries' so they stayed off the client report, and I did.", 'hiding-complaints-or-breaches', 'uk'],
  ['The client told us to ignore disputes under two hundred dollars and keep collecting, so that\'s what I did.', 'ignoring-dispute-or-cease', 'us'],
  // The candidate's words, about the debt, to the third party the sentence names.
  ["When the brother offers to take a message, I'd say, \"Thanks. I'm calling about an overdue account he has with us, could you let him know?\"", 'third-party-disclosure', 'us'],
  ["She wouldn't pick up, so I sent her sister a WhatsApp: 'Hi, can you ask Jo to ring us about the money she owes Harbour Finance?'", 'third-party-disclosure', 'uk'],
  ["If she wasn't at her desk, I'd ask her manager to let her know she owes us money.", 'third-party-disclosure', 'us'],
  // Kept on the line.
  ["When she said she had to go, I goes, 'just two more minutes,' and kept that going until she gave me a card number.", 'holding-on-line', 'uk'],
  ['I stayed on with her and kept coming back to it until she agreed a hundred pounds that day.', 'holding-on-line', 'uk'],
  ["I goes, 'what about your mum, could she lend you the four hundred till payday?'", 'borrowing-pressure', 'uk'],
  ["I told him his HR department was gonna hear about this if it wasn't paid.", 'threat-unlawful-action', 'us'],
  // A rule claimed as a permission, then acted on.
  ['Reg F allows up to seven calls a day, so I had the dialer set to seven attempts per account per day.', 'excessive-contact', 'us'],
  // "Have him arrested" (a new user's answer had no flag).
  ['I told him we would have him arrested if he did not pay by Friday.', 'threat-arrest', 'us'],
  // The scene first, the act in the next sentence (conduct-train14.yaml).
  ["The neighbour said she'd pass a message on. I told her it was about the overdue catalogue balance so she'd know it was urgent.", 'third-party-disclosure', 'uk'],
  ["She asked if she could go to jail. I said it wasn't off the table if she kept ignoring us.", 'threat-arrest', 'us'],
  ["I'd say there was 'a warrant in preparation' and leave them to assume it meant arrest.", 'threat-arrest', 'us'],
  ["She asked to go three times. I told her we'd finish once she'd given me a date.", 'holding-on-line', 'uk'],
];
const STOP32_SAFE: [string, 'us' | 'uk'][] = [
  ["I goes to him, 'nobody is going to arrest you over a debt, it's a civil matter.'", 'uk'],
  ["My team lead wanted us to skip the ID check on callbacks; I said I wouldn't and raised it at the team meeting.", 'uk'],
  ['My manager told us to stop calling her at work, and I did.', 'uk'],
  ["When her brother answered, I said, 'I can't discuss anything with you, but could you ask him to call Sam on this number?'", 'us'],
  ["I learned why in my first month: a colleague told a customer's mum, \"He owes us twelve hundred,\" and the customer complained.", 'uk'],
  // A past slip, owned, reported and put right in the next sentence.
  ['I once left a voicemail that mentioned the debt on a shared family line. I reported it straight away, we apologised to the customer, and the team was retrained.', 'us'],
  ['Once our dialler placed a call at 7 a.m. her time because of a time-zone error. I reported it the same morning, we apologised to her, and the setting was fixed.', 'us'],
  ["I pull a sample of the team's calls to see whether skipping verification is a habit or a one-off.", 'us'],
  ['Then I had the warehouse list every return that never got credited, and we fixed the lot.', 'us'],
  ["I wouldn't argue with that, and I wouldn't tell him the regulator won't be interested.", 'uk'],
  ["When she asks if she must pay, I tell her the truth: no, the children don't pay with their own money.", 'us'],
  ["I told her, 'wages can only be garnished if a court gives a judgment first, and we're nowhere near that.'", 'us'],
  ["I told him honestly that the client can take it to court if nothing's agreed, but that no decision has been made and nobody is suing him today.", 'us'],
  ["I'd only ring a work number if the customer had given it to us and said it was fine.", 'us'],
  ['Reg F allows seven calls in seven days, so I set the dialer to seven a week.', 'us'],
  ['Reg F caps us at seven calls in seven days, so I set the dialer to one attempt a day.', 'us'],
  ["I'd never have anyone arrested over a debt.", 'us'],
  ["The neighbour said she'd pass a message on. I told her it was a personal matter and left only my name and number.", 'uk'],
  ["She asked if she could go to jail. I said no: it's a civil debt, and nobody goes to prison for it.", 'us'],
  ["She asked to go, so I told her we'd finish there and I'd send the options in writing.", 'uk'],
  ["Our old letter three mentioned 'criminal investigation'; we pulled it once compliance reviewed it.", 'uk'],
  ["Her daughter said she'd lend her the money. I said that was their choice but we didn't need it.", 'uk'],
  ["I'd check the next overnight run myself to make sure nothing new was charged.", 'uk'],
  ["I tell new agents that 'we'll have you arrested' is a sackable line, and I play them a real call where it happened.", 'us'],
];

// Stop 33 (training sets conduct-train15, answers-train11): shapes of speech, not phrasings of one sentence.
const STOP33: [string, string, 'us' | 'uk'][] = [
  ["She asked us to stop calling, but a verbal request doesn't count, so I kept ringing her.", 'ignoring-dispute-or-cease', 'us'],
  ["Would I call his wife about it? Yes, if he's avoiding us; she should know what's going on in her own house.", 'threat-unlawful-action', 'uk'],
  ["Would I tell the brother why I'm calling? If he asks straight out, I'd tell him it's about the overdue loan.", 'third-party-disclosure', 'us'],
  ["I'd confirm her name with him so I know it's the right house, then tell him she's two payments behind.", 'third-party-disclosure', 'uk'],
  ["I'd send her a polite text the same day: \"please note that if payment isn't arranged by Friday, we'll begin the process of garnishing your wages.\"", 'threat-unlawful-action', 'us'],
  ['Last quarter I brought in a sprint: a leaderboard, and payments taken from customers on the hardship list counted double.', 'vulnerable-pressure', 'uk'],
  ['I keep asking what they could do today until they give me a number.', 'holding-on-line', 'uk'],
  ["I'd run the outbound list until 10 p.m., since the rules let you call up to ten.", 'inconvenient-time', 'us'],
  ["In the script I wrote, the closing line was 'we don't want this becoming a police matter'.", 'threat-arrest', 'uk'],
  // A new user's answers in tmux.
  ["I'd prepare the numbers, then ring the finance director and tell him that if he doesn't pay by Friday he'll be arrested.", 'threat-arrest', 'uk'],
  ["I'd tell him that if nothing is paid by Friday he could end up arrested.", 'threat-arrest', 'uk'],
  ["I rang her back at about ten that night, when I knew she'd be home.", 'inconvenient-time', 'us'],
  ["I called her back that evening at about half nine, since that's when people are actually home.", 'inconvenient-time', 'uk'],
  ["I'd ring the finance director on his mobile around 10pm when he can't hide behind his assistant.", 'inconvenient-time', 'uk'],
  ["Honestly though, for the worst payers I'd keep the dialler going until they pick up.", 'excessive-contact', 'us'],
];
const STOP33_SAFE: [string, 'us' | 'uk'][] = [
  ["Would I keep calling him at work after he asked me not to? No, I'd mark the work number do-not-call straight away.", 'us'],
  ["My trick is to say who I am and who I work for in the first sentence, because people trust you more when you're not pretending to be their bank.", 'us'],
  ['The incentive excludes anything collected on calls flagged for bereavement or ill health, so nobody is pushed on those calls.', 'uk'],
  ["I rewrote our arrears text so the word 'enforcement' comes out unless a court order exists.", 'uk'],
  ['When I went through this last, our call audits found one of the agencies was leaving messages that mentioned the debt.', 'uk'],
  ["Before I got involved, one of our sales reps had told their finance manager we'd take them to court, which wasn't true.", 'uk'],
];

describe('frame shapes, everyday phrasings and harm in passing', () => {
  test.each([...HARMFUL.map(([text, rule]) => [text, rule, 'us'] as const), ...PHRASED, ...PASSING, ...STOP31, ...STOP32, ...STOP33])('%s: flagged %s', (text, rule, jurisdiction) => {
    expect(rules(text, jurisdiction)).toContain(rule);
  });
  test('a threat to tell the employer is the threat, not a disclosure; telling them is the disclosure (a new user)', () => {
    expect(rules("I told him that if he didn't pay by Friday I would ring his employer and tell them about the debt.")).toEqual(['threat-unlawful-action']);
    expect(rules("I warned her we'd let her boss know what she owes unless she paid today.")).toEqual(['threat-unlawful-action']);
    expect(rules('I rang his employer and told HR about the debt.')).toEqual(['third-party-disclosure']);
  });
  test.each([...SAFE.map((text) => [text, 'us'] as const), ...PHRASED_SAFE, ...PASSING_SAFE, ...STOP31_SAFE, ...STOP32_SAFE, ...STOP33_SAFE])('%s: no flag', (text, jurisdiction) => {
    expect(rules(text, jurisdiction)).toEqual([]);
  });
});
