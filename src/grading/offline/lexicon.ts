import { stem } from './text.js';

/**
 * Words that stand for the same idea in collections talk. A signal word also matches the other
 * words of its group, so a good answer in the candidate's own words is not marked down.
 */
const GROUPS: string[][] = [
  ['afford', 'affordable', 'budget', 'income', 'outgoings', 'expenses', 'means', 'manageable', 'realistic', 'sustainable', 'disposable'],
  ['plan', 'arrangement', 'instalment', 'installment', 'schedule', 'repayment'],
  ['listen', 'hear', 'understand', 'acknowledge', 'empathise', 'empathize', 'empathy', 'sympathise', 'validate'],
  ['document', 'record', 'note', 'log', 'notes', 'write-up', 'crm'],
  ['verify', 'check', 'confirm', 'validate', 'investigate', 'review', 'audit', 'reconcile'],
  ['escalate', 'refer', 'supervisor', 'manager', 'specialist'],
  ['dispute', 'challenge', 'contest', 'query', 'disagree'],
  ['threaten', 'threat', 'intimidate', 'scare'],
  ['sue', 'lawsuit', 'court', 'legal'],
  ['arrest', 'jail', 'prison', 'police'],
  ['employer', 'boss', 'workplace', 'colleague'],
  ['family', 'relative', 'neighbour', 'neighbor', 'friend', 'brother', 'sister', 'spouse', 'parent'],
  ['follow', 'follow-up', 'callback', 'reminder', 'chase'],
  ['reason', 'cause', 'root', 'why', 'underlying'],
  ['option', 'alternative', 'choice', 'flexible', 'flexibility'],
  ['calm', 'composed', 'patient', 'professional', 'courteous', 'polite'],
  ['vulnerable', 'vulnerability', 'hardship', 'bereavement', 'illness', 'distress'],
  ['forbearance', 'breathing', 'pause', 'hold', 'freeze', 'suspend'],
  ['advice', 'stepchange', 'charity', 'counselling', 'counseling', 'support'],
  ['coach', 'mentor', 'train', 'training', 'develop', 'feedback'],
  ['motivate', 'motivation', 'morale', 'recognise', 'recognize', 'recognition', 'celebrate', 'praise'],
  ['target', 'goal', 'objective', 'kpi', 'quota'],
  ['prioritise', 'prioritize', 'priority', 'rank', 'triage', 'segment', 'tier'],
  ['age', 'ageing', 'aging', 'overdue', 'past-due', 'delinquent', 'arrears'],
  ['dso', 'days', 'outstanding'],
  ['cash', 'cashflow', 'liquidity', 'working'],
  ['improve', 'reduce', 'increase', 'cut', 'lift', 'raise', 'drop', 'fall', 'grow'],
  ['measure', 'track', 'monitor', 'dashboard', 'report', 'metric', 'data'],
  ['written', 'writing', 'email', 'letter', 'summary', 'text', 'sms'],
  ['channel', 'email', 'text', 'sms', 'letter', 'portal', 'message'],
  ['rapport', 'trust', 'relationship', 'goodwill'],
  ['apologise', 'apologize', 'sorry', 'apology', 'admit', 'mistake', 'error'],
  ['correct', 'fix', 'adjust', 'credit', 'amend', 'refund', 'rectify'],
  ['sales', 'account', 'salesperson', 'commercial'],
  ['finance', 'accounting', 'billing', 'invoicing', 'controller', 'cfo'],
  ['pilot', 'trial', 'test', 'experiment'],
  ['automate', 'automation', 'tool', 'software', 'system', 'platform', 'workflow', 'dialler', 'dialer'],
  ['regulation', 'rule', 'law', 'fdcpa', 'conc', 'fca', 'compliance', 'compliant', 'policy', 'procedure'],
];

const alternativesByStem = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = group.map((w) => stem(w));
  for (const s of stems) {
    let set = alternativesByStem.get(s);
    if (!set) alternativesByStem.set(s, (set = new Set()));
    for (const other of stems) if (other !== s) set.add(other);
  }
}
const frozen = new Map<string, readonly string[]>([...alternativesByStem].map(([k, v]) => [k, [...v]]));

export function alternatives(s: string): readonly string[] {
  return frozen.get(s) ?? [];
}

/** Evidence, per skill, that an answer speaks to it: the vocabulary of someone who has done the work. */
export const SKILL_TERMS: Record<string, string[]> = {
  communication: ['explain', 'clear', 'summarise', 'summarize', 'confirm', 'listen', 'question', 'plain', 'written', 'email', 'update'],
  empathy: ['understand', 'acknowledge', 'sorry', 'feel', 'situation', 'stress', 'calm', 'listen', 'difficult', 'hear'],
  compliance: ['fdcpa', 'regulation', 'conc', 'fca', 'policy', 'procedure', 'verify', 'identity', 'document', 'record', 'law', 'rule', 'compliance', 'consent', 'disclose'],
  negotiation: ['plan', 'afford', 'offer', 'option', 'instalment', 'settlement', 'commit', 'agree', 'term', 'propose', 'budget'],
  'dispute-handling': ['dispute', 'verify', 'invoice', 'error', 'correct', 'pause', 'hold', 'investigate', 'evidence', 'credit', 'validation'],
  'vulnerable-customers': ['vulnerable', 'hardship', 'forbearance', 'breathing', 'advice', 'support', 'bereavement', 'health', 'pause', 'specialist', 'consent'],
  'portfolio-prioritisation': ['prioritise', 'age', 'balance', 'risk', 'segment', 'queue', 'report', 'bucket', 'history', 'daily', 'high', 'value'],
  'cash-flow-management': ['dso', 'cei', 'cash', 'flow', 'ageing', 'days', 'receivable', 'forecast', 'invoice', 'term', 'bucket'],
  leadership: ['team', 'lead', 'example', 'expectation', 'motivate', 'recognise', 'support', 'goal', 'morale', 'direction', 'accountable'],
  coaching: ['coach', 'feedback', 'one-to-one', 'call', 'review', 'train', 'develop', 'role-play', 'shadow', 'progress', 'listen'],
  'process-improvement': ['process', 'data', 'pilot', 'automate', 'baseline', 'measure', 'workflow', 'tool', 'root', 'improve', 'scale'],
  'goal-setting': ['target', 'daily', 'weekly', 'crm', 'track', 'plan', 'block', 'review', 'goal', 'schedule', 'priority'],
  'relationship-management': ['relationship', 'client', 'long-standing', 'trust', 'partner', 'account', 'meeting', 'prepare', 'rapport', 'value'],
  'problem-solving': ['reason', 'root', 'cause', 'why', 'option', 'investigate', 'solution', 'fix', 'analyse', 'identify', 'check'],
};

/** Named rules, metrics and tools: the marks of a specific answer. */
export const NAMED_THINGS =
  /\b(fdcpa|regulation f|reg f|cfpb|conc|fca|consumer duty|gdpr|ombudsman|dso|cei|kpi|crm|dialler|dialer|ageing report|aging report|promise[- ]to[- ]pay|right[- ]party|roll rate|cure rate|breathing space|stepchange|national debtline|hipaa|scorecard|dashboard|excel|spreadsheet)\b/i;
