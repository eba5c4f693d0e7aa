// The fitted score: a linear model over the features, its coefficients fitted on the training
// half of the labelled corpus by scripts/fit-grader.ts and kept in model.json.
import coefficients from './model.json' with { type: 'json' };
import { FEATURE_NAMES } from './features.js';

interface Coefficients {
  intercept: number;
  weights: Record<string, number>;
}

const model = coefficients as Coefficients;

export function fittedScore(features: Record<string, number>): number {
  let s = model.intercept;
  for (const name of FEATURE_NAMES) s += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return s;
}
