// Leave-questions-out cross-validation of the offline grader's linear score on the TRAINING data only:
// which answer sets to fit on and which ridge lambda, judged by the final score (the fitted score less
// the harm model's penalty, under the same caps as grade.ts) on questions held out of the fit.
// Run: node scripts/fit.mjs cv-grader. The test half is never read.
// Stop 31's run: fitted as model.json is (train1-4, lambda 0.5, harmful answers left out) Spearman 0.860, pairwise
// 0.907, 19 harmful answers above 2; on train1-8 0.867, 0.911, 27; on train1-8 with the harmful answers no flag
// caught fitted at their labels 0.867, 0.910, 17 (lambda 1: 0.865, 0.911, 18). Not taken: every such fit puts the
// calibration set's six-word "Apologise and get the invoice fixed." (label 1) at 2.3, above the regression guard's
// 2 (test/calibration), at every lambda from 0.25 to 4 and with a feature for answers under ten words (its weight
// came out at 0.006: the later sets label their short answers 2, not 1).
// Stop 32's run, with answers-train9.yaml among the questions held out: as model.json is 0.851, 0.900, 33 harmful above
// 2; on train1-9 with the unflagged harmful answers at their labels 0.859, 0.906, 31 (lambda 0.5). Not taken, for the
// same reason.
// Stop 33's run, with answers-train10/11 among the questions held out: as model.json is 0.846, 0.897, 41 harmful above 2;
// on train1-11 with the unflagged harmful answers at their labels 0.855, 0.903, 38 (lambda 0.5). Not taken, for the same
// reason: the guard's six-word answer is still the one the later sets' labels (2 for very short answers) lift.
import { ridge } from './ridge.js';
import { FEATURE_NAMES } from '../src/grading/offline/features.js';
import { harmOf } from '../src/conduct/harm-model.js';
import { readText } from '../src/language/read.js';
import { gradeCorpus, gradeTrain2Answers, gradeTrain3Answers, gradeTrain4Answers, gradeTrain5Answers, gradeTrain6Answers, gradeTrain7Answers, gradeTrain8Answers, gradeTrain9Answers, gradeTrain10Answers, gradeTrain11Answers, gradeTrain12Answers, gradeTrain13Answers, gradeTrain14Answers, gradeTrain15Answers, pairwise, spearman, type Row } from '../test/corpus/evaluate.js';

const sets: [string, Row[]][] = [
  ['train1', gradeCorpus().filter((r) => r.split === 'train')],
  ['train2', gradeTrain2Answers()], ['train3', gradeTrain3Answers()], ['train4', gradeTrain4Answers()],
  ['train5', gradeTrain5Answers()], ['train6', gradeTrain6Answers()], ['train7', gradeTrain7Answers()], ['train8', gradeTrain8Answers()], ['train9', gradeTrain9Answers()],
  ['train10', gradeTrain10Answers()], ['train11', gradeTrain11Answers()], ['train12', gradeTrain12Answers()], ['train13', gradeTrain13Answers()], ['train14', gradeTrain14Answers()], ['train15', gradeTrain15Answers()],
];
const all = sets.flatMap(([name, rows]) => rows.filter((r) => r.features).map((r) => ({ r, set: name, penalty: harmOf(readText(r.answer)).penalty })));
const questions = [...new Set(all.map((x) => x.r.question))].sort();
const FOLDS = 10;
const foldOf = new Map(questions.map((q, i) => [q, i % FOLDS]));
const fittable = (x: (typeof all)[number]) => !x.r.harmful && !x.r.wrong_fact;

function finalScore(linear: number, x: (typeof all)[number]): number {
  const clamp = (v: number) => Math.max(1, Math.min(5, v));
  return Math.round(Math.min(clamp(linear - x.penalty), x.r.cap ?? 5) * 10) / 10;
}

function evaluate(fitSets: readonly string[], lambda: number, withHarmful = false): string {
  const predicted = new Map<(typeof all)[number], number>();
  for (let f = 0; f < FOLDS; f++) {
    const fit = all.filter((x) => fitSets.includes(x.set) && (fittable(x) || (withHarmful && x.r.harmful && !x.r.grade.red_flags.length)) && foldOf.get(x.r.question) !== f);
    const { intercept, w } = ridge(fit.map((x) => FEATURE_NAMES.map((n) => x.r.features![n] ?? 0)), fit.map((x) => x.r.label), lambda);
    for (const x of all.filter((y) => foldOf.get(y.r.question) === f)) predicted.set(x, finalScore(intercept + FEATURE_NAMES.reduce((s, n, j) => s + w[j]! * (x.r.features![n] ?? 0), 0), x));
  }
  const rows = all.map((x) => ({ ...x.r, grade: { ...x.r.grade, score: predicted.get(x)! } }));
  const harmfulOver2 = all.filter((x) => x.r.harmful && predicted.get(x)! > 2).length;
  const perSet = sets.map(([name]) => {
    const s = rows.filter((_, i) => all[i]!.set === name);
    return `${name} ${spearman(s.map((r) => r.grade.score), s.map((r) => r.label)).toFixed(3)}/${pairwise(s).toFixed(3)}`;
  });
  return `sp ${spearman(rows.map((r) => r.grade.score), rows.map((r) => r.label)).toFixed(3)} pw ${pairwise(rows).toFixed(3)} harmful>2 ${harmfulOver2} | ${perSet.join(' ')}`;
}

const current = ['train1', 'train2', 'train3', 'train4'];
const withLater = [...current, 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'train14'];
for (const lambda of [0.25, 0.5, 1, 2]) {
  console.log(`fit on train1-4, lambda ${lambda}: ${evaluate(current, lambda)}`);
  console.log(`fit on train1-12, lambda ${lambda}: ${evaluate(withLater, lambda)}`);
  // Harmful answers no flag caught, fitted at their labels: the score learns what the flags miss.
  console.log(`fit on train1-12 with unflagged harmful answers, lambda ${lambda}: ${evaluate(withLater, lambda, true)}`);
}
