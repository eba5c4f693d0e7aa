// A fitted second reader for answers: how much the likeliest sentence of an answer reads like
// conduct the rules forbid, from a logistic model over its lemmas and pairs of lemmas
// (lemma-features.ts), fitted on the blind training sentences, turns and answers
// (scripts/fit-conduct-models.ts). It raises no flag: a flag needs a detector, which knows who did
// what. On answers it was not fitted on, a sentence model alone flagged as many safe answers as it
// caught harmful ones that the detectors missed, so it only takes points off, as much as
// cross-validation on the training answers found best (the figures are in harm-model.json).
import type { Reading } from '../language/read.js';
import { sentenceProbability, type LinearModel } from './lemma-features.js';
import model from './harm-model.json' with { type: 'json' };

export interface HarmModel extends LinearModel {
  /** Below this likelihood nothing is taken off. */
  threshold: number;
  /** Points taken off at a likelihood of 1, in proportion above the threshold. */
  penalty: number;
}

const HARM_MODEL: HarmModel = model;

export interface HarmReading {
  /** The likeliest sentence's likelihood of describing forbidden conduct (0 to 1). */
  likelihood: number;
  /** That sentence, by index. */
  sentence: number;
  /** Points to take off the fitted score. */
  penalty: number;
}

export function harmOf(r: Reading, m: HarmModel = HARM_MODEL): HarmReading {
  let likelihood = 0;
  let sentence = 0;
  r.sentences.forEach((s, si) => {
    const p = sentenceProbability(s, m);
    if (p > likelihood) [likelihood, sentence] = [p, si];
  });
  const penalty = likelihood > m.threshold ? (m.penalty * (likelihood - m.threshold)) / (1 - m.threshold) : 0;
  return { likelihood, sentence, penalty };
}
