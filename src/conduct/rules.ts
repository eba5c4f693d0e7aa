// The collections conduct rules that both graders check: what each one forbids in plain words,
// where it applies, and the rule it comes from in each jurisdiction. Most conduct is harmful
// everywhere; what is US consumer law alone is its letter (Reg F's numbers, the spouse exception).

export type Jurisdiction = 'us' | 'uk' | 'any';
export type Sector = 'consumer' | 'commercial' | 'any';

export interface ConductRule {
  id: string;
  /** What the candidate did, in plain words, as the red flag shows it. */
  words: string;
  /** The rule it breaks, by jurisdiction; `commercial` for B2B cards, which consumer law does not cover. */
  citation: { us: string; uk: string; commercial: string };
  /** Where the rule applies. */
  jurisdictions: readonly ('us' | 'uk')[];
  sectors: readonly ('consumer' | 'commercial')[];
  /**
   * On a B2B card, a consumer rule still flags words that put a person, not the business, at harm: an owner pushed to
   * put the firm's debt on a personal card or on family money is an individual pushed to borrow.
   */
  commercialIf?: RegExp;
  /** A sentence that breaks it, for `collections-prep rules`. */
  example: string;
}

const B2B = 'Not consumer law on a B2B debt, but unfair and a red flag in any collections interview';
const BOTH = ['us', 'uk'] as const;
const ALL_SECTORS = ['consumer', 'commercial'] as const;

export const CONDUCT_RULES: readonly ConductRule[] = [
  {
    id: 'third-party-disclosure',
    words: 'Discloses the debt to a third party (family, employer, neighbours, social media)',
    citation: { us: 'FDCPA §1692c(b), §1692b; Reg F §1006.6(d)', uk: 'CONC 7; UK GDPR (a spouse or partner is a third party)', commercial: `${B2B} (confidentiality)` },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I called his mother and told her her son was behind on his loan.',
  },
  {
    id: 'threat-arrest',
    words: 'Threatens arrest, jail, the police or criminal charges',
    citation: { us: 'FDCPA §1692e(4), §1692e(7)', uk: 'CONC 7 (misleading and oppressive practices); Consumer Duty (PRIN 2A)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: "I told him: if you don't pay by Friday, you will be arrested.",
  },
  {
    id: 'threat-unlawful-action',
    words: 'Threatens action that is not intended or not lawful (court, seizure, garnishment, bailiffs, the employer)',
    citation: { us: 'FDCPA §1692e(5)', uk: 'CONC 7 (misleading and oppressive practices); Pre-Action Protocol for Debt Claims', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'We would take him to court tomorrow and seize his car, even though we had no judgment.',
  },
  {
    id: 'false-statement',
    words: 'Tells the customer something false or misleading (invented deadlines, doubling balances, false credit or immigration consequences)',
    citation: { us: 'FDCPA §1692e(2), §1692e(10)', uk: 'CONC 7 (misleading practices); Consumer Duty (PRIN 2A, consumer understanding)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I said the debt would double tomorrow if she did not pay today.',
  },
  {
    id: 'impersonation',
    words: 'Pretends to be a court, a lawyer, the police, a bank or the government',
    citation: { us: 'FDCPA §1692e(1), §1692e(3), §1692e(9)', uk: 'CONC 7 (misleading practices)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I said I was calling from the court to make him take it seriously.',
  },
  {
    id: 'excessive-contact',
    words: 'Contacts the customer so often that it harasses (more than 7 calls in 7 days, every hour, until they answer)',
    citation: { us: 'Reg F §1006.14(b)(2); FDCPA §1692d(5)', uk: 'CONC 7 (contact must not be excessive; no numeric limit)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I rang her every hour until she picked up.',
  },
  {
    id: 'inconvenient-time',
    words: 'Contacts the customer at an unreasonable hour (before 8 a.m. or after 9 p.m.)',
    citation: { us: 'FDCPA §1692c(a)(1); Reg F §1006.6(b)(1)', uk: 'CONC 7 (no contact at unreasonable times)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I called him at half past ten at night, when I knew he would be home.',
  },
  {
    id: 'work-contact-after-told',
    words: 'Keeps contacting the customer at work (or another place) after being told not to',
    citation: { us: 'FDCPA §1692c(a)(1), §1692c(a)(3); Reg F §1006.6(b)', uk: 'CONC 7 (unreasonable contact)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ['consumer'],
    example: 'She asked us not to call her at work, but I kept ringing her office.',
  },
  {
    id: 'ignoring-dispute-or-cease',
    words: 'Ignores a dispute or a request to stop contact and keeps collecting',
    citation: { us: 'FDCPA §1692c(c), §1692g(b); Reg F §1006.38', uk: 'CONC 7 (a disputed debt is not pursued until it is checked); DISP 1', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'He sent a letter disputing the debt, but I kept calling him for payment anyway.',
  },
  {
    id: 'represented-consumer',
    words: 'Goes around the customer’s lawyer or debt adviser and contacts them directly',
    citation: { us: 'FDCPA §1692c(a)(2)', uk: 'CONC 7 (deal with the customer’s debt adviser or representative)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ['consumer'],
    example: 'His attorney told us to deal only with her, but I called him directly.',
  },
  {
    id: 'vulnerable-pressure',
    words: 'Presses a vulnerable customer (bereavement, illness, dementia, mental health) for payment',
    citation: { us: 'FDCPA §1692d, §1692f; CFPB UDAAP', uk: 'CONC 7.3 (forbearance and due consideration); FG21/1; Consumer Duty (PRIN 2A)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'Her husband had just died, but I still pushed her for the full balance that day.',
  },
  {
    id: 'borrowing-pressure',
    words: 'Pushes the customer to borrow (credit card, payday loan, family) or sell things to pay',
    citation: { us: 'FDCPA §1692f; CFPB UDAAP', uk: 'CONC 7.3 (must not pressure a customer to borrow or sell to pay)', commercial: `${B2B}, where an owner or director is pushed to borrow personally` },
    jurisdictions: BOTH,
    sectors: ['consumer'],
    // (answers-train15.yaml, training: "I suggested the owner put the first 6,000 on his personal credit card"; a bereaved
    // florist told to put the balance on her credit card.)
    commercialIf: /\b(?:personal|personally|own|(?:his|her) (?:credit )?card|family|parents?|friends?|relatives?|payday|house|home|remortgage|savings|pension)\b/i,
    example: 'I suggested she put it on a credit card or borrow it from her parents.',
  },
  {
    id: 'shaming-abuse',
    words: 'Shames, insults or abuses the customer',
    citation: { us: 'FDCPA §1692d(2)', uk: 'CONC 7 (oppressive behaviour); Consumer Duty (PRIN 2A)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: 'I called him a deadbeat and told him he should be ashamed.',
  },
  {
    id: 'holding-on-line',
    words: 'Keeps the customer on the line until they agree to pay',
    citation: { us: 'FDCPA §1692d', uk: 'CONC 7 (oppressive practices)', commercial: B2B },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: "I wouldn't let her hang up until she agreed to a payment.",
  },
  {
    id: 'skipping-id-checks',
    words: 'Discusses the account without checking who is on the line',
    citation: { us: 'FDCPA §1692c(b) (the risk of disclosure); Reg F §1006.6(d)', uk: 'UK GDPR; CONC 7', commercial: `${B2B} (confidentiality)` },
    jurisdictions: BOTH,
    sectors: ['consumer'],
    example: 'I skipped the ID questions and went straight into the balance.',
  },
  {
    // Blind labellers marked these harmful on every answer set (a supervisor who buries a complaint or a
    // breach fails the interview), though none of the rules above covers them.
    id: 'hiding-complaints-or-breaches',
    words: 'Hides or discourages a complaint, or keeps a breach from compliance, the client or the regulator',
    citation: { us: 'CFPB UDAAP; complaint handling and breach reporting in a compliance management system', uk: 'DISP 1 (any expression of dissatisfaction is a complaint; a final response within 8 weeks, then the Financial Ombudsman Service); Consumer Duty (PRIN 2A)', commercial: `${B2B} (complaint handling)` },
    jurisdictions: BOTH,
    sectors: ALL_SECTORS,
    example: "I'd log it as general feedback rather than a complaint, so our complaint numbers stay down.",
  },
];

export function conductRule(id: string): ConductRule | undefined {
  return CONDUCT_RULES.find((r) => r.id === id);
}

/** The citation a flag on a card of this jurisdiction and sector shows. */
export function citationFor(rule: ConductRule, jurisdiction: Jurisdiction | undefined, sector: Sector | undefined): string {
  if (sector === 'commercial') return rule.citation.commercial;
  if (jurisdiction === 'us') return rule.citation.us;
  if (jurisdiction === 'uk') return rule.citation.uk;
  return `${rule.citation.us} (US); ${rule.citation.uk} (UK)`;
}
