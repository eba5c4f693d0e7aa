import type { Bank, BankQuestion } from '../bank/model.js';
import { SENIORITY_LEVELS } from '../bank/levels.js';
import { jobTitles, ladderOf } from '../bank/roles.js';
import { SKILL_TERMS } from '../grading/offline/lexicon.js';
import { termsOf } from '../grading/offline/terms.js';

// A job advertisement, read offline against the bank: the role and level (a ladder's job title
// in the text, else the words that say what the job is and how senior), the jurisdiction (the
// laws, regulators, currency and places it names) and the skills it stresses (each skill's name,
// description and the vocabulary of the cards that test it). Every match says why, in the
// posting's own words, so that the user can check it.

export interface PostingJob {
  role: string;
  level: string;
  /** The level's title on its ladder. */
  title: string;
  /** How it was found: a title in the text, or the words that gave the track and level. */
  why: string;
}

export interface PostingSkill {
  skill: string;
  name: string;
  /** 1 for the skill the posting stresses most, less for the others. */
  weight: number;
  /** The posting's words that matched, as written (up to five). */
  words: string[];
}

export interface PostingMatch {
  /** False when the text does not read as a collections job at all: nothing else is matched then. */
  collections: boolean;
  job?: PostingJob;
  jurisdiction?: { id: 'us' | 'uk'; words: string[] };
  skills: PostingSkill[];
}

/** The most skills a posting is said to stress. */
export const MAX_POSTING_SKILLS = 5;
/** Postings longer than this are read only this far (an advert is a page, not a book). */
export const MAX_POSTING_CHARS = 64 * 1024;

const COLLECTIONS = /\b(collections?|collector|debts?|arrears|recover(y|ies)|receivables?|credit control|delinquen\w*|past[- ]due|overdue accounts?|charge[- ]offs?)\b/i;

// Track and level from the words of the job, when no ladder title appears.
const SUPERVISOR_CUES = /\b(supervis\w*|direct reports?|line[- ]manag\w*|manage (a|the) team|lead (a|the) team( of)?|people manag\w*|headcount|team of \d+|head of|director)\b/gi;
const AGENT_CUES = /\b(agents?|collectors?|representatives?|advis[eo]rs?|caseload|outbound calls?|inbound calls?|handl\w* calls?|call centre|call center|contact centre|contact center)\b/gi;
const LEVEL_CUES: [RegExp, string][] = [
  [/\b(director|head of)\b/i, 'director'],
  [/\bmanager\b/i, 'manager'],
  [/\bteam lead(er)?\b|\bsupervisor\b/i, 'lead'],
  [/\bsenior\b/i, 'senior'],
  [/\b(entry[- ]level|no (previous |prior )?experience (is )?(needed|required|necessary)|trainee|graduate|junior|first job)\b/i, 'junior'],
];
const YEARS = /\b(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?years?\b/i;

// Jurisdiction: the laws, regulators, currency and places an advert names.
const US_CUES = /\b(FDCPA|Reg(ulation)? F|CFPB|FCRA|TCPA|UDAAP|FDIC|401\(?k\)?|PTO|USA|U\.S\.|United States|state licen[cs]\w*|NMLS|Texas|Florida|Ohio|Arizona|Georgia|Illinois|California|New York|Minnesota|Nevada)\b|\$\s?\d+(?:[,.]\d+)*/g;
const UK_CUES = /\b(FCA|CONC|Consumer Duty|Breathing Space|Financial Ombudsman|TCF|UK|United Kingdom|England|Scotland|Wales|London|Manchester|Leeds|Birmingham|Glasgow|Cardiff|Belfast|Bristol|Sheffield|Liverpool|Newcastle|pension scheme|holiday entitlement|credit control)\b|£\s?\d+(?:[,.]\d+)*[mk]?/g;

/** Word forms that mean the same in a title: collections/collection, team leader/team lead. */
function titleWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => (w === 'leader' ? 'lead' : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** A ladder title named in the text: the earliest (an advert starts with its title), the longest there, not one it reports to. */
function findTitle(bank: Bank, text: string): PostingJob | undefined {
  const words = titleWords(text);
  const found: { start: number; length: number; role: string; level: string; title: string; name: string }[] = [];
  for (const t of jobTitles(bank.ladders)) {
    const want = titleWords(t.name);
    if (want.length === 0) continue;
    for (let i = 0; i + want.length <= words.length; i++) {
      if (want.every((w, k) => words[i + k] === w)) found.push({ start: i, length: want.length, role: t.role, level: t.level, title: t.title, name: t.name });
    }
  }
  // "Reporting to the Collection Supervisor" names the manager, not the job.
  const reportsTo = (start: number) => words.slice(Math.max(0, start - 3), start).some((w) => w.startsWith('report'));
  const usable = found.filter((f) => !reportsTo(f.start)).sort((a, b) => a.start - b.start || b.length - a.length);
  const first = usable[0];
  if (!first) return undefined;
  // The same words on two tracks (Collections Manager): the cues of the text choose.
  const same = usable.filter((f) => f.start === first.start && f.length === first.length);
  let pick = first;
  if (same.length > 1) {
    const supervisor = (text.match(SUPERVISOR_CUES) ?? []).length;
    const agent = (text.match(AGENT_CUES) ?? []).length;
    pick = same.find((f) => f.role === (supervisor >= agent ? 'supervisor' : 'agent')) ?? first;
  }
  return { role: pick.role, level: pick.level, title: pick.title, why: `the title "${pick.name}" in the text` };
}

/** Track and level from the job's words when no title matched; undefined when they do not say. */
function cueJob(bank: Bank, text: string): PostingJob | undefined {
  const supervisorWords = text.match(SUPERVISOR_CUES) ?? [];
  const agentWords = text.match(AGENT_CUES) ?? [];
  const levelCue = LEVEL_CUES.find(([re]) => re.test(text));
  const years = YEARS.exec(text);
  let level = levelCue?.[1];
  let levelWhy = levelCue ? `"${text.match(levelCue[0])![0]}"` : undefined;
  if (!level && years) {
    const n = Number(years[1]);
    level = n <= 1 ? 'junior' : n <= 3 ? 'mid' : n <= 6 ? 'senior' : 'lead';
    levelWhy = `"${years[0]}" of experience`;
  }
  const role = supervisorWords.length >= 2 || (supervisorWords.length > 0 && agentWords.length === 0) || level === 'director' ? 'supervisor' : agentWords.length > 0 ? 'agent' : undefined;
  if (!role || !bank.ladders.has(role)) return undefined;
  const ladder = ladderOf(bank.ladders, role);
  if (!level) level = ladder[role === 'agent' ? 1 : 0];
  // A level the track does not have: its nearest rung in the global order.
  if (!ladder.includes(level!)) {
    const order: readonly string[] = SENIORITY_LEVELS;
    const want = order.indexOf(level!);
    level = [...ladder].sort((a, b) => Math.abs(order.indexOf(a) - want) - Math.abs(order.indexOf(b) - want))[0];
  }
  const title = bank.ladders.get(role)!.levels.find((l) => l.id === level)!.title;
  const roleWhy = (role === 'supervisor' ? supervisorWords : agentWords).slice(0, 3).map((w) => `"${w}"`).join(', ');
  return { role, level: level!, title, why: `no ladder title in the text; the track from ${roleWhy}${levelWhy ? `, the level from ${levelWhy}` : ''}` };
}

function jurisdictionOf(text: string): PostingMatch['jurisdiction'] {
  const us = [...text.matchAll(US_CUES)].map((m) => m[0].trim());
  const uk = [...text.matchAll(UK_CUES)].map((m) => m[0].trim());
  const distinct = (list: string[]) => [...new Set(list)].slice(0, 4);
  if (us.length > 0 && us.length >= 2 * uk.length) return { id: 'us', words: distinct(us) };
  if (uk.length > 0 && uk.length >= 2 * us.length) return { id: 'uk', words: distinct(uk) };
  return undefined;
}

interface Vocabulary {
  /** Per skill, the weight of each term. */
  bySkill: Map<string, Map<string, number>>;
  /** Terms too common in the bank to tell skills apart (collections talk itself). */
  common: Set<string>;
}

/**
 * Words of any job advert that say nothing about a skill ("full time", "within budget", "across
 * two sites"); and a stem's first six letters as its key, so that negotiate, negotiation and
 * negotiator meet (the grader's stemmer keeps them apart).
 */
const ADVERT_WORDS = new Set(termsOf('through within around across fall send limits incentive uk us usa f based well make take keep work role team job year day week month help good new great strong full time people site sites part hour hours salary package bonus benefits plus collection collections collector debt customer account accounts payment call calls'));
const key = (t: string) => (t.length > 6 ? t.slice(0, 6) : t);
const ADVERT_KEYS = new Set([...ADVERT_WORDS].map(key));

const vocabularyCache = new WeakMap<readonly BankQuestion[], Vocabulary>();

/**
 * Each skill's vocabulary: its name's terms (weight 3), its description's (1.5), and the terms of
 * the cards that test it that are mostly found on those cards (up to 1, by that share); a term
 * that several skills share is shared out between them.
 */
function vocabulary(bank: Bank): Vocabulary {
  const cached = vocabularyCache.get(bank.questions);
  if (cached) return cached;
  const cardTerms = bank.questions.map((q) => new Set(termsOf([q.text, q.why_asked, ...(q.key_points ?? []).map((k) => k.point)].join(' '))));
  const cardsWith = new Map<string, number>();
  for (const terms of cardTerms) for (const t of terms) cardsWith.set(t, (cardsWith.get(t) ?? 0) + 1);
  const common = new Set([...cardsWith].filter(([, n]) => n >= bank.questions.length * 0.25).map(([t]) => t));
  const bySkill = new Map<string, Map<string, number>>();
  for (const [id, skill] of bank.skills) {
    const weights = new Map<string, number>();
    // Collections talk itself (on a quarter of the cards or more) does not tell skills apart, unless a skill is named by it.
    const add = (term: string, w: number, named = false) => {
      if (term === '#' || term.length < 3 || (common.has(term) && !named)) return;
      const t = key(term);
      if (ADVERT_KEYS.has(t)) return;
      weights.set(t, Math.max(weights.get(t) ?? 0, w));
    };
    for (const t of termsOf(`${skill.name} ${id.replace(/-/g, ' ')}`)) add(t, 3, true);
    for (const t of termsOf(skill.description)) add(t, 1.5);
    for (const t of termsOf((SKILL_TERMS[id] ?? []).join(' '))) add(t, 1);
    bySkill.set(id, weights);
  }
  // A term in several skills' vocabularies tells them apart less: its weight is shared out.
  const skillsWith = new Map<string, number>();
  for (const weights of bySkill.values()) for (const t of weights.keys()) skillsWith.set(t, (skillsWith.get(t) ?? 0) + 1);
  for (const weights of bySkill.values()) for (const [t, w] of weights) weights.set(t, w / skillsWith.get(t)!);
  const out = { bySkill, common };
  vocabularyCache.set(bank.questions, out);
  return out;
}

/** Below this a skill's evidence is noise (one description word in passing). */
const SKILL_THRESHOLD = 3;
/** A skill is stressed when it has at least this share of the top skill's evidence. */
const SKILL_SHARE = 0.4;

function skillsOf(bank: Bank, text: string): PostingSkill[] {
  const vocab = vocabulary(bank);
  // Each posting word with its term, so that a match can be shown in the posting's own words.
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const byTerm = new Map<string, { count: number; word: string }>();
  for (const w of words) {
    const term = termsOf(w)[0];
    if (term === undefined || term === '#') continue;
    const t = key(term);
    const seen = byTerm.get(t);
    if (seen) seen.count++;
    else byTerm.set(t, { count: 1, word: w.toLowerCase() });
  }
  const scored = [...vocab.bySkill].map(([skill, weights]) => {
    let score = 0;
    const hits: { word: string; w: number }[] = [];
    for (const [t, w] of weights) {
      const seen = byTerm.get(t);
      if (!seen) continue;
      // A word said twice counts a little more than once, and no more after that.
      score += w * Math.min(2, 1 + (seen.count - 1) * 0.5);
      hits.push({ word: seen.word, w });
    }
    hits.sort((a, b) => b.w - a.w || (a.word < b.word ? -1 : 1));
    return { skill, score, words: hits.slice(0, 5).map((h) => h.word) };
  });
  const top = Math.max(0, ...scored.map((s) => s.score));
  if (top < SKILL_THRESHOLD) return [];
  return scored
    .filter((s) => s.score >= SKILL_THRESHOLD && s.score >= top * SKILL_SHARE)
    .sort((a, b) => b.score - a.score || (a.skill < b.skill ? -1 : 1))
    .slice(0, MAX_POSTING_SKILLS)
    .map((s) => ({ skill: s.skill, name: bank.skills.get(s.skill)?.name ?? s.skill, weight: Math.round((s.score / top) * 100) / 100, words: s.words }));
}

/** What a job advertisement says, read against the bank. Pure: the text and the bank in, the match out. */
export function analysePosting(text: string, bank: Bank): PostingMatch {
  const body = text.slice(0, MAX_POSTING_CHARS);
  if (!COLLECTIONS.test(body)) return { collections: false, skills: [] };
  const job = findTitle(bank, body) ?? cueJob(bank, body);
  const jurisdiction = jurisdictionOf(body);
  return { collections: true, ...(job ? { job } : {}), ...(jurisdiction ? { jurisdiction } : {}), skills: skillsOf(bank, body) };
}

/** How strongly to prefer a card for a posting's skills; the spread of skills still applies. */
export const POSTING_WEIGHT = 2;

/** A selection preference: a card on a stressed skill, by that skill's weight. */
export function postingPreference(match: Pick<PostingMatch, 'skills'>): (q: BankQuestion) => number {
  const weights = new Map(match.skills.map((s) => [s.skill, s.weight]));
  return (q) => POSTING_WEIGHT * q.skills.reduce((best, s) => Math.max(best, weights.get(s) ?? 0), 0);
}

/** The notes that say what a posting matched and why (one line each), for standard error. */
export function describePosting(match: PostingMatch, file: string): string[] {
  if (!match.collections) return [`${file}: this posting does not read as a collections job (it never mentions collections, debt, arrears, recoveries or receivables): nothing matched.`];
  const lines: string[] = [];
  lines.push(match.job ? `${file}: the job: ${match.job.title} (${match.job.role} ${match.job.level}), from ${match.job.why}.` : `${file}: no job title or level found in the posting.`);
  if (match.jurisdiction) lines.push(`${file}: jurisdiction ${match.jurisdiction.id}, from ${match.jurisdiction.words.map((w) => `"${w}"`).join(', ')}.`);
  if (match.skills.length) {
    lines.push(`${file}: it stresses ${match.skills.map((s) => `${s.name} (${s.words.slice(0, 3).map((w) => `"${w}"`).join(', ')})`).join('; ')}: questions on these come first.`);
  } else lines.push(`${file}: no skill stands out in the posting.`);
  return lines;
}
