// Which key points a conduct flag contradicts. A new user saw "✓ Stays professional and within the
// rules" beside a red flag for a threat of court, and "✓ Checks affordability" beside a push to put
// the balance on a credit card: a point about the thing the answer broke is not met, however many of
// its words the answer used. Display only: the fitted score does not read which points are shown.
import { cardTextTermsOf, termsOf } from './terms.js';

/** Points about conduct in general: any flag contradicts them. */
const ANY_FLAG = 'rule rules compliance compliant law lawful lawfully legal professional professionally fair fairly fairness conduct ethical ethically respect respectful dignity policy';

/** Points about what each rule protects. */
const BY_RULE: Readonly<Record<string, string>> = {
  'third-party-disclosure': 'third party parties disclose disclosure confidential confidentiality privacy private family relative relatives employer colleague neighbour neighbor identity verify verifies voicemail limited-content',
  'threat-arrest': 'threat threaten threatens consequence consequences honest honestly truthful accurate',
  'threat-unlawful-action': 'threat threaten threatens consequence consequences honest honestly truthful accurate escalation court',
  'false-statement': 'honest honestly truthful accurate accurately consequence consequences mislead misleading clear clearly disclosure disclosures',
  impersonation: 'honest honestly truthful identifies introduces',
  'excessive-contact': 'cadence frequency contact contacts attempts repeat repeated repeating channel pressure limit limits presumption presumptions call-frequency seven-in-seven',
  'inconvenient-time': 'time times hour hours timing evening morning',
  'work-contact-after-told': 'work workplace employer wishes preference preferences',
  'ignoring-dispute-or-cease': 'dispute disputes disputed validation verification verify pause pauses stop stops cease wishes',
  'represented-consumer': 'attorney lawyer solicitor adviser advisor representative represented',
  'vulnerable-pressure': 'vulnerable vulnerability vulnerabilities hardship support empathy empathetic listen listens acknowledge acknowledges care wellbeing pressure pause pauses',
  'borrowing-pressure': 'afford affordable affordability budget income expenditure pressure',
  'shaming-abuse': 'calm calmly empathy empathetic listen listens acknowledge acknowledges',
  'holding-on-line': 'pressure end ends wishes',
  'skipping-id-checks': 'identity verify verifies verification security check checks',
  'hiding-complaints-or-breaches': 'complaint complaints report reports breach breaches escalate escalates log logs transparent',
};

let anyTerms: Set<string> | undefined;
const ruleTerms = new Map<string, Set<string>>();

function termsFor(rule: string): Set<string> {
  anyTerms ??= new Set(termsOf(ANY_FLAG));
  let t = ruleTerms.get(rule);
  if (!t) {
    t = new Set([...anyTerms, ...termsOf(BY_RULE[rule] ?? '')]);
    ruleTerms.set(rule, t);
  }
  return t;
}

/** Whether a key point is about what one of the flagged rules protects. */
export function contradictedByFlags(point: string, rules: readonly string[]): boolean {
  if (!rules.length) return false;
  const terms = cardTextTermsOf(point);
  return rules.some((r) => {
    const t = termsFor(r);
    return terms.some((x) => t.has(x));
  });
}

// "the agent made a mistake and it's not really my problem": an answer that disowns the error or blames a colleague does not
// meet a point about owning it, apologising or not blaming others (a new user saw "✓ Owns the error and apologises without
// blaming colleagues" beside that answer). Display only, like the flags' denials.
const OWNING_POINT = /\b(own|owns|owning|ownership|apologi[sz]\w*|sorry|without blaming|not blaming|takes? responsibility|accountab\w*)\b/i;
const DISOWNS = /\b(?:not (?:really )?(?:my|our) (?:problem|fault|responsibility|concern|issue)|nothing to do with (?:me|us)|(?<!(?:not|never|n't|without|no) )(?:blame|blamed|blaming) (?:it on )?(?:the |my |our |his |her |that )?(?:agent|colleague|team|system|billing|finance|it|collector|sales)|(?:it was|it's|it is) (?:the agent's|the system's|his|her|their|billing's|finance's) fault|(?:they|the client|the customer) should (?:just )?pay (?:it |the invoice |the bill )?anyway)\b/i;

/** Whether the answer disowns what a point about owning an error (or not blaming others) asks for. */
export function contradictedByAnswer(point: string, answer: string): boolean {
  return OWNING_POINT.test(point) && DISOWNS.test(answer);
}

