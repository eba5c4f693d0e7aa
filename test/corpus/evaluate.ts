// Loads the labelled corpus and the split, grades it, and computes the figures the grader issue
// asks for. Shared by the corpus test (floors on the test half) and scripts/fit-grader.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadBank } from '../../src/bank/load.js';
import type { Bank } from '../../src/bank/model.js';
import { gradeOfflineDetailed } from '../../src/grading/offline/grade.js';
import type { Grade } from '../../src/grading/result.js';
import { detectConduct } from '../../src/conduct/detect.js';
import { detectTurnConduct, type CallState } from '../../src/conduct/turn.js';
import { readText } from '../../src/language/read.js';
import { spearman } from '../calibration/calibration.js';

export { spearman };

/** The repository root: the nearest folder above this file (or its bundled copy) with a package.json. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = repoRoot();
const HERE = join(ROOT, 'test', 'corpus');

const Answer = z.strictObject({
  question: z.string(),
  label: z.number().int().min(1).max(5),
  harmful: z.boolean(),
  wrong_fact: z.boolean(),
  off_topic: z.boolean(),
  kinds: z.array(z.string()),
  note: z.string(),
  answer: z.string(),
  set: z.string(),
});
export type CorpusAnswer = z.infer<typeof Answer>;

const Calibration = z.object({
  answers: z.array(z.object({ question: z.string(), label: z.number(), harmful: z.boolean(), trap: z.string(), answer: z.string() })),
});

const Sentence = z.strictObject({ text: z.string(), harmful: z.boolean(), category: z.string(), jurisdiction: z.enum(['us', 'uk', 'any']), note: z.string() });

export interface Row extends CorpusAnswer {
  split: 'train' | 'test';
  grade: Grade;
  features?: Record<string, number>;
  /** The lowest cap that held the score (conduct, fact, off the question; 5: none). */
  cap?: number;
}

let cached: { bank: Bank } | undefined;

export function corpusBank(): Bank {
  if (cached) return cached.bank;
  const { bank, diagnostics } = loadBank({
    cwd: ROOT,
    paths: [join(HERE, 'user-bank'), join(ROOT, 'test', 'calibration', 'no-signals.yaml')],
    builtin: { dir: join(ROOT, 'questions') },
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`corpus bank invalid: ${errors[0]!.file}:${errors[0]!.line}: ${errors[0]!.message}`);
  cached = { bank };
  return bank;
}

export function loadSplit(): { train: Set<string>; test: Set<string> } {
  const s = z.object({ train: z.array(z.string()), test: z.array(z.string()) }).parse(JSON.parse(readFileSync(join(HERE, 'split.json'), 'utf8')));
  return { train: new Set(s.train), test: new Set(s.test) };
}

/** The corpus and the first edition's calibration set (all training), graded. */
export function gradeCorpus(): Row[] {
  const bank = corpusBank();
  const split = loadSplit();
  const corpus = z.object({ answers: z.array(Answer) }).parse(parse(readFileSync(join(HERE, 'answers.yaml'), 'utf8'))).answers;
  const calibration = ['answers.yaml', 'no-signals-answers.yaml'].flatMap((f) =>
    Calibration.parse(parse(readFileSync(join(ROOT, 'test', 'calibration', f), 'utf8'))).answers.map((a) => ({
      question: a.question,
      label: a.label,
      harmful: a.harmful,
      wrong_fact: false,
      off_topic: a.trap === 'off-topic',
      kinds: [a.trap === 'keyword-stuffing' ? 'stuffing' : a.trap],
      note: '',
      answer: a.answer,
      set: 'calibration',
    })),
  );
  return [...corpus, ...calibration].map((a) => {
    const q = bank.questions.find((x) => x.id === a.question);
    if (!q) throw new Error(`unknown question ${a.question}`);
    const { grade, analysis, cap } = gradeOfflineDetailed(q, a.answer, { skills: bank.skills, bank: bank.questions });
    return { ...a, split: halfOf(a, split), grade, ...(analysis ? { features: analysis.features } : {}), ...(cap !== undefined ? { cap } : {}) };
  });
}

function halfOf(a: { question: string; set: string }, s: { train: Set<string>; test: Set<string> }): 'train' | 'test' {
  if (a.set === 'calibration') return 'train';
  if (s.test.has(a.question)) return 'test';
  if (s.train.has(a.question)) return 'train';
  throw new Error(`question ${a.question} is in neither half of the split`);
}

/** Within each question, the share of pairs with different labels that the scores order the same way (ties count half). */
export function pairwise(rows: readonly Row[]): number {
  let agree = 0;
  let total = 0;
  const byQ = new Map<string, Row[]>();
  for (const r of rows) byQ.set(r.question, [...(byQ.get(r.question) ?? []), r]);
  for (const list of byQ.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.label === b.label) continue;
        total++;
        const d = (a.grade.score! - b.grade.score!) * (a.label - b.label);
        if (d > 0) agree++;
        else if (d === 0) agree += 0.5;
      }
    }
  }
  return total ? agree / total : 1;
}

export interface Figures {
  answers: number;
  questions: number;
  spearman: number;
  pairwise: number;
  harmfulFlagged: string;
  harmfulAtMost2: string;
  flagOnGood: number;
  wrongFactAtMost25: string;
  offTopicAtMost2: string;
  onTopicJudgedOff: number;
  strongParaphraseAtLeast35: string;
  stuffingBelowAdequate: string;
}

const share = (ok: number, n: number) => `${ok}/${n}`;

export function figures(rows: readonly Row[]): Figures {
  const harmful = rows.filter((r) => r.harmful);
  const wrong = rows.filter((r) => r.wrong_fact && !r.harmful);
  const off = rows.filter((r) => r.off_topic);
  const para = rows.filter((r) => r.kinds.includes('paraphrase') && r.label >= 4 && !r.harmful && !r.wrong_fact);
  // Stuffing below the adequate (label 3) answers of its question, where the question has one.
  let stuffOk = 0;
  let stuffN = 0;
  for (const s of rows.filter((r) => r.kinds.includes('stuffing'))) {
    const adequate = rows.filter((r) => r.question === s.question && r.label === 3 && !r.harmful && !r.wrong_fact && !r.kinds.includes('stuffing'));
    if (!adequate.length) continue;
    stuffN++;
    if (adequate.every((a) => s.grade.score! < a.grade.score!)) stuffOk++;
  }
  return {
    answers: rows.length,
    questions: new Set(rows.map((r) => r.question)).size,
    spearman: Math.round(spearman(rows.map((r) => r.label), rows.map((r) => r.grade.score!)) * 1000) / 1000,
    pairwise: Math.round(pairwise(rows) * 1000) / 1000,
    harmfulFlagged: share(harmful.filter((r) => r.grade.red_flags.length > 0).length, harmful.length),
    harmfulAtMost2: share(harmful.filter((r) => r.grade.score! <= 2).length, harmful.length),
    flagOnGood: rows.filter((r) => r.label >= 4 && r.grade.red_flags.length > 0).length,
    wrongFactAtMost25: share(wrong.filter((r) => r.grade.score! <= 2.5).length, wrong.length),
    offTopicAtMost2: share(off.filter((r) => r.grade.score! <= 2).length, off.length),
    onTopicJudgedOff: rows.filter((r) => !r.off_topic && /does not seem to answer/.test(r.grade.feedback)).length,
    strongParaphraseAtLeast35: share(para.filter((r) => r.grade.score! >= 3.5).length, para.length),
    stuffingBelowAdequate: share(stuffOk, stuffN),
  };
}

export interface SentenceRow {
  /** Which blind set it came from (1: conduct-sentences.yaml, 2-17: conduct-train2.yaml to conduct-train17.yaml). */
  set?: number;
  text: string;
  harmful: boolean;
  category: string;
  split: 'train' | 'test';
  rules: string[];
}

const Sentence2 = z.strictObject({ sentence: z.string(), harmful: z.boolean(), rule: z.string(), jurisdiction: z.enum(['us', 'uk', 'any']), note: z.string() });

const Sentence3 = z.strictObject({ text: z.string(), harmful: z.boolean(), rules: z.array(z.string()), jurisdiction: z.enum(['us', 'uk', 'any']) });

/** The later sets of single sentences (conduct-train2 to conduct-train23), written blind, all of them training data. */
export function gradeTrainingSentences(): SentenceRow[] {
  const two = z.array(Sentence2).parse(parse(readFileSync(join(HERE, 'conduct-train2.yaml'), 'utf8')));
  const all = [
    ...two.map((s) => ({ text: s.sentence, harmful: s.harmful, category: s.rule, jurisdiction: s.jurisdiction, set: 2 })),
    // Sets 3 to 23 share one format.
    ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23].flatMap((set) =>
      z
        .array(Sentence3)
        .parse(parse(readFileSync(join(HERE, `conduct-train${set}.yaml`), 'utf8')))
        .map((s) => ({ text: s.text, harmful: s.harmful, category: s.rules[0] ?? 'none', jurisdiction: s.jurisdiction, set })),
    ),
  ];
  return all.map((s) => ({
    set: s.set,
    text: s.text,
    harmful: s.harmful,
    category: s.category,
    split: 'train' as const,
    rules: detectConduct(readText(s.text), s.jurisdiction === 'any' ? {} : { jurisdiction: s.jurisdiction }).map((h) => h.rule),
  }));
}

/** The single conduct sentences, alternately training and test. */
export function gradeSentences(): SentenceRow[] {
  const data = z.object({ sentences: z.array(Sentence) }).parse(parse(readFileSync(join(HERE, 'conduct-sentences.yaml'), 'utf8')));
  return data.sentences.map((s, i) => ({
    text: s.text,
    harmful: s.harmful,
    category: s.category,
    split: i % 2 === 0 ? 'train' : 'test',
    rules: detectConduct(readText(s.text), s.jurisdiction === 'any' ? {} : { jurisdiction: s.jurisdiction }).map((h) => h.rule),
  }));
}

const GoodAnswer = z.strictObject({ question: z.string(), label: z.number().int().min(4).max(5), note: z.string(), answer: z.string() });
const HarmAnswer = z.strictObject({ question: z.string(), jurisdiction: z.enum(['us', 'uk']), rules: z.array(z.string()).min(1), words: z.string(), answer: z.string() });

/** A blind answer file of the corpus, each answer graded against its card. */
function gradeAnswerFile<T extends { question: string; answer: string }>(file: string, schema: z.ZodType<T>): (T & { grade: Grade; features?: Record<string, number>; cap?: number })[] {
  const bank = corpusBank();
  const data = z.object({ answers: z.array(schema) }).parse(parse(readFileSync(resolve(HERE, file), 'utf8'))).answers;
  return data.map((a) => {
    const q = bank.questions.find((x) => x.id === a.question);
    if (!q) throw new Error(`unknown question ${a.question}`);
    const { grade, analysis, cap } = gradeOfflineDetailed(q, a.answer, { skills: bank.skills, bank: bank.questions });
    return { ...a, grade, ...(analysis ? { features: analysis.features } : {}), ...(cap !== undefined ? { cap } : {}) };
  });
}

/** Any blind answer file (a path), its answers to any question of the corpus bank: a new set measured on arrival. */
export const gradeBlindAnswerFile = (path: string): Row[] => gradeAnswerFile(path, Answer.extend({ set: z.string().default('') })).map((a) => ({ ...a, split: 'test' as const }));

/** Strong, compliant answers written blind (training data): none should be flagged or hold a fact error. */
export const gradeGoodAnswers = () => gradeAnswerFile('good-answers.yaml', GoodAnswer);

/** A second such set (good-answers2.yaml, stop 29): 100 strong answers to 20 questions outside the test half (training data). */
export const gradeGoodAnswers2 = () => gradeAnswerFile('good-answers2.yaml', GoodAnswer);

/** A third such set (good-answers3.yaml, stop 30): 100 strong answers to 20 more questions outside the test half (training data). */
export const gradeGoodAnswers3 = () => gradeAnswerFile('good-answers3.yaml', GoodAnswer);

/** A fourth such set (good-answers4.yaml, stop 30): 100 strong answers to 20 more questions outside the test half (training data). */
export const gradeGoodAnswers4 = () => gradeAnswerFile('good-answers4.yaml', GoodAnswer);
/** A fifth (good-answers5.yaml, stop 34): 100 strong answers to 20 conduct-heavy questions outside the test half, full of harm talked about and not done (training data). */
export const gradeGoodAnswers5 = () => gradeAnswerFile('good-answers5.yaml', GoodAnswer);

/** Harmful answers with the harm buried in an otherwise decent answer, written blind (training data). */
export const gradeHarmAnswers = () => gradeAnswerFile('harm-answers.yaml', HarmAnswer);

const ConductAnswer = z.strictObject({ question: z.string(), jurisdiction: z.enum(['us', 'uk']), harmful: z.boolean(), rules: z.array(z.string()), words: z.string(), answer: z.string() });

/** Harmful and safe full answers (the harm or the risky-looking words buried in a decent answer), written blind on 2026-12-02 (training data). */
export const gradeConductAnswers = () => gradeAnswerFile('conduct-answers.yaml', ConductAnswer);

/** A second such set (conduct-answers2.yaml): supervisors' policies and tolerated breaches, passives, harm over two sentences. */
export const gradeConductAnswers2 = () => gradeAnswerFile('conduct-answers2.yaml', ConductAnswer);

/**
 * The fresh held-out set (answers-fresh.yaml): answers to test-half questions only, written blind
 * after the grader was built. Never fitted or tuned on; graded like the test half.
 */
export const gradeFreshAnswers = (): Row[] => gradeHeldOutAnswers('answers-fresh.yaml');

/** A second fresh held-out set (answers-fresh2.yaml), written blind in stop 26 after that stop's grader was built; like the first. */
export const gradeFresh2Answers = (): Row[] => gradeHeldOutAnswers('answers-fresh2.yaml');

/** A third fresh held-out set (answers-fresh3.yaml), written blind in stop 29 while that stop's grader was changed; like the first. */
export const gradeFresh3Answers = (): Row[] => gradeHeldOutAnswers('answers-fresh3.yaml');

/** A fourth fresh held-out set (answers-fresh4.yaml), written blind in stop 30 while that stop's grader was changed; like the first. */
export const gradeFresh4Answers = (): Row[] => gradeHeldOutAnswers('answers-fresh4.yaml');

/** A fifth fresh held-out set (answers-fresh5.yaml), written blind in stop 40 while that stop's grader was changed; like the first. */
export const gradeFresh5Answers = (): Row[] => gradeHeldOutAnswers('answers-fresh5.yaml');

function gradeHeldOutAnswers(file: string): Row[] {
  const split = loadSplit();
  return gradeAnswerFile(file, Answer).map((a) => {
    if (!split.test.has(a.question)) throw new Error(`${file}: an answer to ${a.question}, which is not a test-half question`);
    return { ...a, split: 'test' as const };
  });
}

/**
 * A second training set (answers-train2.yaml): answers to training-half questions only, written
 * blind on 2026-12-02. Training data: the model may be fitted on it and the rules tuned on it.
 */
export const gradeTrain2Answers = (): Row[] => gradeTrainingAnswers('answers-train2.yaml');

/** A third training set (answers-train3.yaml), written blind on 2026-12-02 for the other nine training-half questions. */
export const gradeTrain3Answers = (): Row[] => gradeTrainingAnswers('answers-train3.yaml');

/** A fourth training set (answers-train4.yaml), seven more answers to each of the 24 training-half questions, written blind on 2026-12-02. */
export const gradeTrain4Answers = (): Row[] => gradeTrainingAnswers('answers-train4.yaml');

/**
 * A fifth training set (answers-train5.yaml): 280 answers to 28 questions outside both halves (14 agent,
 * 14 supervisor), written blind on 2026-12-02; measured on arrival, then fitted on.
 */
export const gradeTrain5Answers = (): Row[] => gradeTrainingAnswers('answers-train5.yaml');

/** A sixth training set (answers-train6.yaml): 224 answers to 28 more questions outside both halves, written blind on 2026-12-02; measured on arrival, then fitted on. */
export const gradeTrain6Answers = (): Row[] => gradeTrainingAnswers('answers-train6.yaml');
/** A seventh and an eighth training set (answers-train7.yaml, answers-train8.yaml): answers to 39 questions that had none, written blind on 2026-12-02; measured on arrival, then tuned and fitted on. */
export const gradeTrain7Answers = (): Row[] => gradeTrainingAnswers('answers-train7.yaml');
export const gradeTrain8Answers = (): Row[] => gradeTrainingAnswers('answers-train8.yaml');
/** A ninth (answers-train9.yaml, stop 32): harm told mid-story in fluent answers to 15 conduct-heavy questions, and strong answers that reject, report or teach it. */
export const gradeTrain9Answers = (): Row[] => gradeTrainingAnswers('answers-train9.yaml');
/** A tenth (answers-train10.yaml, stop 32): the 15 questions with the fewest training answers, the whole range of quality. */
export const gradeTrain10Answers = (): Row[] => gradeTrainingAnswers('answers-train10.yaml');
/** An eleventh (answers-train11.yaml, stop 33): the 15 questions with the fewest training answers after it, with harm in one clause, in a policy or target, generic answers and steps out of order. */
export const gradeTrain11Answers = (): Row[] => gradeTrainingAnswers('answers-train11.yaml');
/** A twelfth (answers-train12.yaml, stop 34): the 15 questions with the fewest training answers after it, with harm as a rule or incentive set for others, wrong numbers in words, steps out of order, generic and very short answers. */
export const gradeTrain12Answers = (): Row[] => gradeTrainingAnswers('answers-train12.yaml');
/** A thirteenth (answers-train13.yaml, stop 35): 13 questions with the fewest training answers after it, harm in one clause, as advice or technique, in the passive and in writing. */
export const gradeTrain13Answers = (): Row[] => gradeTrainingAnswers('answers-train13.yaml');
/** A fourteenth (answers-train14.yaml, stop 37): 13 supervisor questions with the fewest training answers after it, harm in strong stories and team policies, breaches hidden or reported, wrong figures in passing. */
export const gradeTrain14Answers = (): Row[] => gradeTrainingAnswers('answers-train14.yaml');
/** A fifteenth (answers-train15.yaml, stop 39): the 12 questions with the fewest training answers after it, harm in a subordinate clause, a quoted message, a target or a shortcut, wrong figures in passing. */
export const gradeTrain15Answers = (): Row[] => gradeTrainingAnswers('answers-train15.yaml');

function gradeTrainingAnswers(file: string): Row[] {
  const split = loadSplit();
  return gradeAnswerFile(file, Answer).map((a) => {
    // Training answers may be to training-half questions or to questions outside both halves, never to a test-half one.
    if (split.test.has(a.question)) throw new Error(`${file}: an answer to ${a.question}, which is a test-half question`);
    return { ...a, split: 'train' as const };
  });
}

/** The facts of a call-turns situation's state (CallState's fields). */
const CallStateFields = z.object({
    listener: z.enum(['consumer', 'third-party', 'spouse', 'unknown']),
    verified: z.boolean(),
    authorised: z.boolean().optional(),
    voicemail: z.boolean().optional(),
    disputed: z.boolean().optional(),
    ceased: z.boolean().optional(),
    represented: z.boolean().optional(),
    workForbidden: z.boolean().optional(),
    atWork: z.boolean().optional(),
    vulnerable: z.boolean().optional(),
    localHour: z.number().optional(),
    hourAgreed: z.boolean().optional(),
});

/** A situation of a call-turns file: the call's state and the candidate's turns, each with the breaches it holds. */
export const CallSituation = z.object({
  id: z.string(),
  jurisdiction: z.enum(['us', 'uk']),
  situation: z.string(),
  state: CallStateFields,
  // What changes during the call (she confirms who she is, says she is at work, names a lawyer) holds from the turn that carries it on.
  turns: z.array(z.object({ text: z.string(), breaches: z.array(z.string()), state: CallStateFields.partial().optional() })),
});

export function loadCallTurns(file: string): z.infer<typeof CallSituation>[] {
  return z.array(CallSituation).parse(parse(readFileSync(join(HERE, 'call-turns', file), 'utf8')));
}

export interface CallTurnFigures {
  breachTurns: number;
  flagged: number;
  safeTurns: number;
  safeFlagged: number;
  labels: number;
  /** Breaches flagged by their own rule (the labeller's "pressing someone vulnerable" includes pushing them to borrow, a rule of its own here). */
  byRule: number;
  misses: { id: string; breaches: string[]; text: string }[];
  falseFlags: { id: string; rules: string[]; text: string }[];
}

/** Every turn of some call situations checked as a call checks it, against the breaches it holds. */
export function measureCallTurns(sits: readonly z.infer<typeof CallSituation>[]): CallTurnFigures {
  const f: CallTurnFigures = { breachTurns: 0, flagged: 0, safeTurns: 0, safeFlagged: 0, labels: 0, byRule: 0, misses: [], falseFlags: [] };
  for (const s of sits) {
    const states = turnStates(s);
    for (const [i, t] of s.turns.entries()) {
      const hits = detectTurnConduct(readText(t.text), states[i]!, { jurisdiction: s.jurisdiction });
      const got = hits.map((h) => h.rule);
      if (t.breaches.length) {
        f.breachTurns++;
        if (got.length) f.flagged++;
        else f.misses.push({ id: s.id, breaches: t.breaches, text: t.text });
      } else {
        f.safeTurns++;
        if (got.length) {
          f.safeFlagged++;
          f.falseFlags.push({ id: s.id, rules: hits.map((h) => (h.byModel ? `${h.rule} (model)` : `${h.rule}: "${h.words}"`)), text: t.text });
        }
      }
      for (const b of t.breaches) {
        f.labels++;
        if (got.includes(b) || (b === 'vulnerable-pressure' && got.includes('borrowing-pressure'))) f.byRule++;
      }
    }
  }
  return f;
}

/** The call state at each turn of a situation: its state, with each turn's changes from that turn on. */
export function turnStates(s: z.infer<typeof CallSituation>): CallState[] {
  let state = situationState(s);
  return s.turns.map((t) => (state = t.state ? { ...state, ...t.state } : state));
}

/** The call state a situation gives its turns. */
export function situationState(s: z.infer<typeof CallSituation>): CallState {
  const { localHour, ...rest } = s.state;
  return { ...rest, ...(localHour !== undefined ? { localHour } : {}) };
}
