// Fits the two conduct models on TRAINING data only, and writes them with the figures that chose
// their settings. Run: npm run fit-conduct-models. Deterministic: the same data gives the same files.
// - The call-turn model (src/conduct/turn-model.ts, turn-model.json), on call-turns/train*.yaml,
//   the training half of conduct-sentences.yaml and conduct-train2..9.yaml; for each training turn
//   set, what a model fitted without that set flags in it: the fair guess at turns it has not seen.
// - The answer model (src/conduct/harm-model.ts, harm-model.json), on the same sentences and turns
//   (their words only), the harmful words and safe sentences of the blind answer sets, and every
//   sentence of the safe training answers and the bank's example answers; the penalty it gives is
//   chosen by cross-validation by question over the training answers.
// The held-out sets (the test half, answers-fresh.yaml, call-turns/test.yaml and test2.yaml) are never read.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText, type Reading } from '../src/language/read.js';
import type { CallState } from '../src/conduct/turn.js';
import { CONDUCT_RULES } from '../src/conduct/rules.js';
import { modelTurnHit, turnFeatures, type TurnModel } from '../src/conduct/turn-model.js';
import { probability, sentenceFeatures, type LinearModel } from '../src/conduct/lemma-features.js';
import type { HarmModel } from '../src/conduct/harm-model.js';
import { FEATURE_NAMES } from '../src/grading/offline/features.js';
import { ridge } from './ridge.js';
import { corpusBank, gradeConductAnswers, gradeConductAnswers2, gradeCorpus, gradeGoodAnswers, gradeGoodAnswers2, gradeGoodAnswers3, gradeGoodAnswers4, gradeGoodAnswers5, gradeHarmAnswers, gradeSentences, gradeTrain2Answers, gradeTrain3Answers, gradeTrain4Answers, gradeTrain5Answers, gradeTrain6Answers, gradeTrain7Answers, gradeTrain8Answers, gradeTrain9Answers, gradeTrain10Answers, gradeTrain11Answers, gradeTrain12Answers, gradeTrain13Answers, gradeTrain14Answers, gradeTrain15Answers, gradeTrainingSentences, loadCallTurns, pairwise, spearman, turnStates } from '../test/corpus/evaluate.js';

interface Example {
  /** Which file it came from: a turn set is left out whole to measure the model on it. */
  set: string;
  features: string[];
  /** Its words' features alone (a turn without the call's state), for the answer model. */
  words: string[];
  harmful: boolean;
  rules: string[];
  /** A call turn's reading and state, to score it as detectTurnConduct does. */
  turn?: { reading: Reading; state: CallState; jurisdiction: 'us' | 'uk' };
}

const root = process.cwd();
// Chosen on the left-out-set figures below (nine sets): lower thresholds catch more (0.8 and 0.1:
// 475 of 616 breach turns) but flag more compliant ones (24 of 716); these, 430 and 13.
const THRESHOLD = 0.85;
const RULE_THRESHOLD = 0.3;
const LAMBDA = 1e-3;
const EPOCHS = 30;
const RATE = 0.2;

const examples: Example[] = [];
for (const s of [...gradeTrainingSentences(), ...gradeSentences().filter((s) => s.split === 'train')]) {
  const features = [...new Set(readText(s.text).sentences.flatMap(sentenceFeatures))];
  examples.push({ set: `sentences${s.set ?? 1}`, features, words: features, harmful: s.harmful, rules: s.harmful ? [s.category] : [] });
}
const turnFiles = readdirSync(join(root, 'test/corpus/call-turns')).filter((f) => /^train\d*\.yaml$/.test(f)).sort();
for (const file of turnFiles) {
  for (const s of loadCallTurns(file)) {
    const states = turnStates(s);
    for (const [i, t] of s.turns.entries()) {
      const reading = readText(t.text);
      const state = states[i]!;
      const words = [...new Set(reading.sentences.flatMap(sentenceFeatures))];
      examples.push({ set: file, features: turnFeatures(reading.sentences, state, s.jurisdiction), words, harmful: t.breaches.length > 0, rules: t.breaches, turn: { reading, state, jurisdiction: s.jurisdiction } });
    }
  }
}

/** Logistic regression by stochastic gradient descent, in a fixed shuffled order (a seeded generator). */
function fit(rows: readonly { features: string[]; y: boolean }[]): { bias: number; weights: Map<string, number> } {
  const w = new Map<string, number>();
  let b = 0;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.2);
    for (const i of order) {
      const row = rows[i]!;
      let z = b;
      for (const f of row.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (row.y ? 1 : 0);
      b -= rate * g;
      for (const f of row.features) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + LAMBDA * v));
      }
    }
  }
  return { bias: b, weights: w };
}

// Weights this small change no probability in the third decimal; leaving them out keeps the file small.
function kept(m: { bias: number; weights: Map<string, number> }, floor: number): { bias: number; weights: Record<string, number> } {
  const weights: Record<string, number> = {};
  for (const [f, v] of [...m.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(v) >= floor) weights[f] = Math.round(v * 1e4) / 1e4;
  return { bias: Math.round(m.bias * 1e4) / 1e4, weights };
}

const RULE_IDS = new Set(CONDUCT_RULES.map((r) => r.id));

/** The harm model and one model per rule (fitted on the breach examples), from these examples. */
function fitAll(rows: readonly Example[]): TurnModel {
  const harm = kept(fit(rows.map((e) => ({ features: e.features, y: e.harmful }))), 0.1);
  const breaches = rows.filter((e) => e.harmful);
  const ids = [...new Set(breaches.flatMap((e) => e.rules))].filter((r) => RULE_IDS.has(r)).sort();
  const rules: TurnModel['rules'] = {};
  for (const id of ids) rules[id] = kept(fit(breaches.map((e) => ({ features: e.features, y: e.rules.includes(id) }))), 0.2);
  return { threshold: THRESHOLD, ruleThreshold: RULE_THRESHOLD, ...harm, rules };
}

// Each turn set, scored by a model fitted without it, as detectTurnConduct asks it (only the
// model here, not the detectors, which were tuned on every training set).
const figures: Record<string, string> = {};
let total = [0, 0, 0, 0, 0, 0];
for (const file of turnFiles) {
  const m = fitAll(examples.filter((e) => e.set !== file));
  const own = examples.filter((e) => e.set === file);
  const hits = own.map((e) => modelTurnHit(e.turn!.reading, e.turn!.state, e.turn!.jurisdiction, m));
  const breach = own.filter((e) => e.harmful).length;
  const flagged = own.filter((e, i) => e.harmful && hits[i]).length;
  const named = own.filter((e, i) => e.harmful && hits[i] && e.rules.includes(hits[i]!.rule)).length;
  const safe = own.length - breach;
  const safeFlagged = own.filter((e, i) => !e.harmful && hits[i]).length;
  total = total.map((v, j) => v + [flagged, breach, safeFlagged, safe, named, 0][j]!);
  figures[file] = `fitted without it: ${flagged}/${breach} breach turns flagged (${named} with a rule they hold), ${safeFlagged}/${safe} compliant turns flagged`;
  console.log(`${file}: ${figures[file]}`);
}
figures.all = `fitted without each set in turn: ${total[0]}/${total[1]} breach turns flagged (${total[4]} with a rule they hold), ${total[2]}/${total[3]} compliant turns flagged`;
console.log(figures.all);

const model = fitAll(examples);
console.log(`features kept: ${Object.keys(model.weights).length}`);
const out: TurnModel & { figures: Record<string, string> } = { ...model, figures };
writeFileSync(join(root, 'src/conduct/turn-model.json'), `${JSON.stringify(out)}\n`);

// ---- The answer model.
const sentencesOf = (text: string) => readText(text).sentences.map((s) => [...new Set(sentenceFeatures(s))]);
const fixed: { features: string[]; y: boolean }[] = examples.map((e) => ({ features: e.words, y: e.harmful }));
for (const q of corpusBank().questions) if (q.example_answer) for (const f of sentencesOf(q.example_answer)) fixed.push({ features: f, y: false });
for (const g of [...gradeGoodAnswers(), ...gradeGoodAnswers2(), ...gradeGoodAnswers3(), ...gradeGoodAnswers4(), ...gradeGoodAnswers5()]) for (const f of sentencesOf(g.answer)) fixed.push({ features: f, y: false });
for (const g of gradeHarmAnswers()) fixed.push({ features: [...new Set(sentencesOf(g.words).flat())], y: true });
for (const g of [...gradeConductAnswers(), ...gradeConductAnswers2()]) {
  if (g.harmful) fixed.push({ features: [...new Set(sentencesOf(g.words).flat())], y: true });
  else for (const f of sentencesOf(g.answer)) fixed.push({ features: f, y: false });
}
const labelled = [...gradeCorpus().filter((r) => r.split === 'train'), ...gradeTrain2Answers(), ...gradeTrain3Answers(), ...gradeTrain4Answers(), ...gradeTrain5Answers(), ...gradeTrain6Answers(), ...gradeTrain7Answers(), ...gradeTrain8Answers(), ...gradeTrain9Answers(), ...gradeTrain10Answers(), ...gradeTrain11Answers(), ...gradeTrain12Answers(), ...gradeTrain13Answers(), ...gradeTrain14Answers(), ...gradeTrain15Answers()].filter((r) => r.features);
const labelledSentences = labelled.map((r) => sentencesOf(r.answer));
// Every sentence of a safe answer is safe; a harmful answer's harmful sentence is not marked, so it is left out.
const answerModel = (skip: (i: number) => boolean): LinearModel =>
  kept(fit([...fixed, ...labelled.flatMap((r, i) => (r.harmful || skip(i) ? [] : labelledSentences[i]!.map((f) => ({ features: f, y: false }))))]), 0.3);
const likeliest = (m: LinearModel, i: number) => Math.max(0, ...labelledSentences[i]!.map((f) => probability(f, m)));

// Cross-validation by question (8 folds): the likelihood of each answer from a model fitted
// without its fold's answers, the score from a ridge fitted without them, then the caps.
const questions = [...new Set(labelled.map((r) => r.question))].sort();
const FOLDS = 8;
const foldOf = (i: number) => questions.indexOf(labelled[i]!.question) % FOLDS;
const likelihood = new Array<number>(labelled.length).fill(0);
const fitted = new Array<number>(labelled.length).fill(0);
for (let f = 0; f < FOLDS; f++) {
  const m = answerModel((i) => foldOf(i) === f);
  const train = labelled.filter((r, i) => foldOf(i) !== f && !r.harmful && !r.wrong_fact);
  const rm = ridge(train.map((r) => FEATURE_NAMES.map((n) => r.features![n] ?? 0)), train.map((r) => r.label), 0.5);
  labelled.forEach((r, i) => {
    if (foldOf(i) !== f) return;
    likelihood[i] = likeliest(m, i);
    fitted[i] = rm.intercept + FEATURE_NAMES.reduce((sum, n, j) => sum + rm.w[j]! * (r.features![n] ?? 0), 0);
  });
}
const scored = (threshold: number, penalty: number) => {
  const rows = labelled.map((r, i) => {
    const off = likelihood[i]! > threshold ? (penalty * (likelihood[i]! - threshold)) / (1 - threshold) : 0;
    return { ...r, grade: { ...r.grade, score: Math.min(Math.max(1, Math.min(5, fitted[i]! - off)), r.cap ?? 5) } };
  });
  return { spearman: spearman(rows.map((r) => r.label), rows.map((r) => r.grade.score)), pairwise: pairwise(rows) };
};
const none = scored(1, 0);
let best = { threshold: 1, penalty: 0, ...none };
for (const threshold of [0.6, 0.7, 0.8]) {
  for (const penalty of [0.5, 0.75, 1, 1.5]) {
    const r = scored(threshold, penalty);
    if (r.spearman > best.spearman + 1e-9) best = { threshold, penalty, ...r };
  }
}
const cv = `cross-validated by question over ${labelled.length} training answers: Spearman ${none.spearman.toFixed(3)} and pairwise ${none.pairwise.toFixed(3)} without it, ${best.spearman.toFixed(3)} and ${best.pairwise.toFixed(3)} with threshold ${best.threshold} and penalty ${best.penalty}`;
console.log(`answer model: ${cv}`);
const harmModel: HarmModel & { figures: Record<string, string> } = { threshold: best.threshold, penalty: best.penalty, ...answerModel(() => false), figures: { cv } };
console.log(`answer model features kept: ${Object.keys(harmModel.weights).length}`);
writeFileSync(join(root, 'src/conduct/harm-model.json'), `${JSON.stringify(harmModel)}\n`);
