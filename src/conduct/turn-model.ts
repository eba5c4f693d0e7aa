// A second reader for call turns: a logistic model over the turn's lemmas (single words and
// pairs, marked when negated, quoted or inside an "if ..." clause) and the call's state, fitted
// on the blind training turns and sentences (scripts/fit-conduct-models.ts). The hand-written
// detectors know a phrasing or miss it: on turn sets they had never seen they caught about six
// breaches in ten and flagged about one compliant turn in ten; this model, fitted without the set
// it was tried on, catches about seven in ten and flags about one in fifty (the figures are in
// turn-model.json). It is asked only when no detector found anything in the turn, and names the
// likeliest rule that the call's state allows.
import type { Reading, Sentence } from '../language/read.js';
import { othersMayHear, type CallState } from './call-state.js';
import type { ConductHit } from './detect.js';
import type { Jurisdiction } from './rules.js';
import { probability, sentenceFeatures, type LinearModel } from './lemma-features.js';
import model from './turn-model.json' with { type: 'json' };
import { sentenceNotOwnNow } from './restated.js';

export interface TurnModel extends LinearModel {
  /** Flag a turn when the model's probability reaches this. */
  threshold: number;
  /** ...and the likeliest rule the call's state allows is at least this likely. */
  ruleThreshold: number;
  /** One model per rule, over the same features, fitted on breach turns: which rule a flag names. */
  rules: Record<string, LinearModel>;
}

/** What the call's state says about who is listening and what has been asked, as features. */
export function stateFeatures(state: CallState, jurisdiction: Jurisdiction | undefined): string[] {
  const t: string[] = [];
  const third = othersMayHear(state, jurisdiction);
  if (third) t.push('ST:third');
  if (!state.verified && !state.authorised && !third) t.push('ST:unverified');
  if (state.disputed) t.push('ST:disputed');
  if (state.ceased) t.push('ST:ceased');
  if (state.represented) t.push('ST:represented');
  if (state.workForbidden) t.push('ST:workForbidden');
  if (state.atWork) t.push('ST:atWork');
  if (state.vulnerable) t.push('ST:vulnerable');
  if (state.localHour !== undefined && (state.localHour < 8 || state.localHour > 21) && !state.hourAgreed) t.push('ST:late');
  return t;
}

/**
 * Whether the call's state lets a turn break the rule at all: a disclosure needs someone else
 * listening, skipped checks an unconfirmed listener, and so on. The hour of a call is read
 * exactly by the detectors (hours in words and digits), which a model over words cannot do.
 */
function possible(rule: string, state: CallState, jurisdiction: Jurisdiction | undefined): boolean {
  switch (rule) {
    case 'third-party-disclosure':
      return othersMayHear(state, jurisdiction);
    case 'skipping-id-checks':
      return !state.verified && !state.authorised;
    case 'ignoring-dispute-or-cease':
      return state.disputed === true || state.ceased === true;
    case 'represented-consumer':
      return state.represented === true;
    case 'work-contact-after-told':
      return state.workForbidden === true;
    case 'inconvenient-time':
      return false;
    default:
      return true;
  }
}

/** The turn's features: its sentences', the state's, and each state feature with each lemma. */
export function turnFeatures(sentences: readonly Sentence[], state: CallState, jurisdiction: Jurisdiction | undefined): string[] {
  // What the listener said, read back, and an apology for an earlier breach are not the collector's turn (restated.ts).
  const words = sentences.filter((s) => !sentenceNotOwnNow(s)).flatMap(sentenceFeatures);
  const st = stateFeatures(state, jurisdiction);
  const cross = st.flatMap((s) => words.filter((f) => !f.includes('_')).map((f) => `${s}*${f}`));
  return [...new Set([...words, ...st, ...cross])];
}

const TURN_MODEL: TurnModel = model;

/**
 * The model's flag for a turn that no detector flagged, or none. The words shown are the
 * sentence the model rates highest.
 */
export function modelTurnHit(r: Reading, state: CallState, jurisdiction: Jurisdiction | undefined, m: TurnModel = TURN_MODEL): ConductHit | undefined {
  if (!r.sentences.length) return undefined;
  const features = turnFeatures(r.sentences, state, jurisdiction);
  if (probability(features, m) < m.threshold) return undefined;
  // The rule named is the likeliest that this call's state lets the turn break; when every rule
  // the state allows is unlikely, what the model saw was the state's doing, and it names nothing.
  let rule = '';
  let best = m.ruleThreshold;
  for (const [id, rm] of Object.entries(m.rules)) {
    if (!possible(id, state, jurisdiction)) continue;
    const p = probability(features, rm);
    if (p > best) [rule, best] = [id, p];
  }
  if (!rule) return undefined;
  const st = stateFeatures(state, jurisdiction);
  let sentence = 0;
  let top = -1;
  r.sentences.forEach((s, si) => {
    if (sentenceNotOwnNow(s)) return;
    const p = probability(turnFeatures([s], state, jurisdiction).concat(st), m);
    if (p > top) [sentence, top] = [si, p];
  });
  return { rule, words: r.sentences[sentence]!.text.trim(), sentence, byModel: true };
}
