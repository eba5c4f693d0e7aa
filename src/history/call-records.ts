import * as z from 'zod';
import { GRADERS } from '../limits.js';

// The report of a role-played call (`collections-prep call`) or a QA review (`call --qa`): what
// `--format json` prints and what history keeps, one `call` record per call. Defined here, below
// the call engine (src/call), so that history can read it back for stats and exports.

export const CallFlag = z.object({
  rule: z.string(),
  citation: z.string(),
  /** The words of the turn that raised it. */
  words: z.string(),
  /** `rules`: the conduct rules' own detectors; `model`: the fitted turn model (src/conduct/turn-model.ts), where no detector found anything; `trap`: a trap the scenario set for this turn; `key`: a QA answer key's breach. */
  source: z.enum(['rules', 'model', 'trap', 'key']),
});

export const CallTurn = z.object({
  speaker: z.enum(['customer', 'candidate', 'agent']),
  text: z.string(),
  flags: z.array(CallFlag),
  /** Candidate turns are numbered from 1; QA lines too. */
  turn: z.number().int().optional(),
  /** Why this line is not the model's (it broke character and the scripted line was said instead). */
  notice: z.string().optional(),
});

export const CallGoal = z.object({
  id: z.string(),
  goal: z.string(),
  skill: z.string(),
  met: z.boolean(),
  /** The words that show it met (or, for a goal not met, the words that came closest; `why` says why they did not count). */
  evidence: z.string().nullable(),
  /** Why the words in `evidence` did not meet it: said too late, or on a turn that broke a rule (absent in older records). */
  why: z.string().nullable().optional(),
  turn: z.number().int().nullable(),
});

export const CallCriterion = z.object({
  name: z.string(),
  skill_name: z.string(),
  score: z.number(),
  comment: z.string(),
});

export const CallFeedback = z.object({
  text: z.string(),
  /** The turn to say better (the first with the most breaches, else where a goal was due). */
  worst_turn: z.number().int().nullable(),
  said: z.string().nullable(),
  better: z.string().nullable(),
});

export const QaFinding = z.object({
  text: z.string(),
  /** The answer key's line the finding matched; null for an invented one. */
  line: z.number().int().nullable(),
});

export const QaResult = z.object({
  findings: z.array(QaFinding),
  found: z.array(z.object({ line: z.number().int(), rule: z.string(), what: z.string(), finding: z.string() })),
  missed: z.array(z.object({ line: z.number().int(), rule: z.string(), what: z.string() })),
  invented: z.array(z.string()),
});

export const CallSession = z.object({
  id: z.string(),
  started_at: z.string(),
  finished_at: z.string().optional(),
  grader: z.enum(GRADERS),
  model: z.string().optional(),
  mode: z.enum(['interactive', 'batch']),
  interrupted: z.boolean().optional(),
});

export const CallScenarioInfo = z.object({
  id: z.string(),
  title: z.string(),
  roles: z.array(z.string()),
  seniority: z.array(z.string()),
  jurisdiction: z.string(),
  sector: z.string().optional(),
  persona: z.string(),
});

export const CallReport = z.object({
  version: z.literal(1),
  /** `call`: a role-played call; `qa`: a review of a scripted call. */
  kind: z.enum(['call', 'qa']),
  session: CallSession,
  scenario: CallScenarioInfo,
  transcript: z.array(CallTurn),
  goals: z.array(CallGoal),
  score: z.number(),
  criteria: z.array(CallCriterion),
  /** The plain words of every rule broken, once each. */
  red_flags: z.array(z.string()),
  /** Every flag, in turn order (each also on its turn in `transcript`). */
  conduct: z.array(CallFlag.extend({ turn: z.number().int() })),
  feedback: CallFeedback,
  /** How the call ended: the script ran out, the customer hung up, the turns ran out, or it was interrupted. */
  ended: z.enum(['script', 'hung-up', 'turns', 'interrupted']),
  notices: z.array(z.string()),
  qa: QaResult.optional(),
});

export const CallRecord = z.object({
  v: z.literal(1),
  kind: z.literal('call'),
  at: z.string(),
  report: CallReport,
});

export type CallFlag = z.infer<typeof CallFlag>;
export type CallTurn = z.infer<typeof CallTurn>;
export type CallGoal = z.infer<typeof CallGoal>;
export type CallCriterion = z.infer<typeof CallCriterion>;
export type CallFeedback = z.infer<typeof CallFeedback>;
export type CallReport = z.infer<typeof CallReport>;
export type CallRecord = z.infer<typeof CallRecord>;
export type QaResult = z.infer<typeof QaResult>;
export type CallSession = z.infer<typeof CallSession>;
