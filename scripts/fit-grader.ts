// Fits the offline grader's linear model on the TRAINING half of the labelled corpus (with the
// first edition's calibration set and the later training sets, answers-train2.yaml to answers-train4.yaml), writes src/grading/offline/model.json, and prints the figures
// on both halves. Run: npm run fit-grader. The test half is never used to fit or tune.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ridge } from './ridge.js';
import { FEATURE_NAMES } from '../src/grading/offline/features.js';
import { figures, gradeCorpus, gradeSentences, gradeTrain2Answers, gradeTrain3Answers, gradeTrain4Answers } from '../test/corpus/evaluate.js';

const root = process.cwd();
const rows = gradeCorpus();
// Harmful and wrong-fact answers are scored by their caps; fitting on them would teach the
// model that good-looking features mean a bad answer.
const train2 = gradeTrain2Answers();
const train3 = gradeTrain3Answers();
const train4 = gradeTrain4Answers();
const fit = [...rows, ...train2, ...train3, ...train4].filter((r) => r.split === 'train' && !r.harmful && !r.wrong_fact && r.features);
const X = fit.map((r) => FEATURE_NAMES.map((n) => r.features![n] ?? 0));
const y = fit.map((r) => r.label);


// Leave-questions-out cross-validation on the training data (2026-12-02, .dev-style script over these
// rows): Spearman of the linear score on held-out training questions 0.852 at lambda 0.5, 0.866 at 0.05.
// The gain at small lambda comes almost all from 'long' (300+ words), whose weight grows from -2.3 to
// -11.5 (-3.8 at 0.5): every rambling answer the writers gave was long, so the fit learns "long is bad", and a strong
// 400-word answer would lose five points. Lambda 0.5 keeps that weight modest.
// A second round (2026-12-02): length past 200 words ('long200') with a credit for staying close to
// the card ('long_x_own') raised the same CV from 0.841 to 0.856 Spearman and 0.890 to 0.893 pairwise:
// rambling answers' mean error fell from +1.65 to +1.13, long strong answers' rose from -0.44 to -0.53.
const lambda = Number(process.env.LAMBDA ?? 0.5);
const { intercept, w } = ridge(X, y, lambda);
const weights = Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, Math.round(w[j]! * 10000) / 10000]));
const model = { intercept: Math.round(intercept * 10000) / 10000, weights, fitted_on: `${fit.length} training answers (corpus train half + calibration + answers-train2, -train3 and -train4), ridge lambda ${lambda}` };
writeFileSync(join(root, 'src', 'grading', 'offline', 'model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model, null, 2));
console.log('(re-run the figures after a rebuild: the grade above used the previous model)');
console.log('train', figures(rows.filter((r) => r.split === 'train')));
console.log('train2', figures(train2));
console.log('train3', figures(train3));
console.log('train4', figures(train4));
// The test half's figures are not printed here: measure them once, at the end of a stop, with the corpus test.
const sentences = gradeSentences();
for (const half of ['train'] as const) {
  const s = sentences.filter((x) => x.split === half);
  console.log(half, 'conduct sentences: harmful flagged', s.filter((x) => x.harmful && x.rules.length).length, '/', s.filter((x) => x.harmful).length, '; safe flagged', s.filter((x) => !x.harmful && x.rules.length).length, '/', s.filter((x) => !x.harmful).length);
}
