import type { BankScenario } from '../bank/model.js';
import type { Condition } from '../bank/scenario.js';
import { detectConduct } from '../conduct/detect.js';
import { detectTurnConduct, type CallState } from '../conduct/turn.js';
import { citationFor, conductRule } from '../conduct/rules.js';
import type { CallFlag, CallGoal, CallTurn } from '../history/call-records.js';
import { clauseOf, readText } from '../language/read.js';
import { negatedBetween } from '../conduct/frame.js';
import { findSignal } from './match.js';
import { closeAfter, reactTo, REACTIONS, withoutThanks } from './reactions.js';

// One call, turn by turn, with no terminal and no model: every candidate turn is checked at once
// (the conduct rules' detectors, then the traps the scenario set for that turn), the goals it
// meets are noted with their words, and the customer's next scripted line is chosen from it.

export interface ScriptedLine {
  text: string;
  hangsUp: boolean;
  /** Which line of the script (0 opens the call); -1 for the closing line. */
  index: number;
}

export interface TurnResult {
  turn: number;
  flags: CallFlag[];
  /** Goals this turn met (ids). */
  met: string[];
  /** Goals whose words this turn said but which it did not meet, because it broke a rule (ids). */
  withheld: string[];
  /** The customer's next line, or undefined when the call is over. */
  next: ScriptedLine | undefined;
}

type Jur = 'us' | 'uk' | 'any';
type Sec = 'consumer' | 'commercial' | 'any';

export class Call {
  readonly transcript: CallTurn[] = [];
  // `spoiled`: a trap guarding the goal was sprung first, so meeting it no longer counts; `late`: it was done
  // after all, which ends the trap and counts for where the call stands (identity checked), not for the score.
  readonly goals = new Map<string, { met: boolean; evidence: string | null; why: string | null; turn: number | null; spoiled?: string; late?: boolean }>();
  private turns = 0;
  private over = false;
  hungUp = false;
  /** The customer has reacted to a breach: later lines keep no thanks (reactions.ts). */
  private reacted = false;

  constructor(readonly scenario: BankScenario) {
    if (!scenario.script || !scenario.goals) throw new Error(`scenario ${scenario.id} has no call to practise (it is a QA review: call --qa ${scenario.id})`);
    for (const g of scenario.goals) this.goals.set(g.id, { met: false, evidence: null, why: null, turn: null });
  }

  get script() {
    return this.scenario.script!;
  }

  /** How many candidate turns the call has at most: one answer to each scripted line. */
  get maxTurns(): number {
    return this.script.length;
  }

  get turnCount(): number {
    return this.turns;
  }

  get finished(): boolean {
    return this.over;
  }

  /** The line that opens the call. */
  opening(): ScriptedLine {
    return { text: this.script[0]!.say, hangsUp: false, index: 0 };
  }

  /** Records what the other side said (the scripted line, or a model's in its place). */
  customer(text: string, notice?: string): void {
    this.transcript.push({ speaker: 'customer', text, flags: [], ...(notice ? { notice } : {}) });
  }

  /** A candidate turn: checked, recorded, and answered with the customer's next scripted line. */
  candidate(text: string): TurnResult {
    if (this.over) throw new Error('the call is over');
    const turn = ++this.turns;
    const metBefore = new Set([...this.goals].filter(([, g]) => g.met || g.late).map(([id]) => id));
    const flags = flagsFor(this.scenario, text, turn, metBefore);
    const met: string[] = [];
    const withheld: string[] = [];
    // A turn that breaks a rule meets no goal: the disclosure given in the sentence that also tells
    // a roommate about the debt, or the identity check asked with the balance, is not the goal done.
    // Whichever rule it was: a breach caps the call anyway, and "which goal does this rule touch"
    // would be a guess. A later clean turn can still meet it (by its by_turn), unless the breach was
    // the trap that guards it (below).
    const broke = flags.length ? `not counted, turn ${turn} broke a rule: ${[...new Set(flags.map((f) => f.rule))].join(', ')}` : undefined;
    // A goal a trap guards ("check who it is" before "discussing the account") cannot be met after the trap
    // was sprung: checking identity after giving the balance away is not checking it first (a new user saw ✓).
    for (const t of this.scenario.traps ?? []) {
      const guarded = t.until !== undefined ? this.goals.get(t.until) : undefined;
      if (guarded && !guarded.met && !guarded.spoiled && flags.some((f) => f.rule === t.rule)) guarded.spoiled = `not counted: turn ${turn} came first, ${t.trap.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}`;
    }
    for (const g of this.scenario.goals!) {
      const state = this.goals.get(g.id)!;
      if (state.met) continue;
      // "Ask what happened ... before talking about payment": a turn that goes to the payment first spoils it for the turns
      // after (a new user's threat of arrest over the full balance was followed by a credited "what happened?").
      const first = g.before && !state.spoiled ? findSignal(text, g.before) : undefined;
      if (first && !findSignal(text, g.signals)) {
        state.spoiled = `not counted: turn ${turn} came first ("${first.words}")`;
        continue;
      }
      const hit = findSignal(text, g.signals) ?? findSignal(namedAsPronoun(text, 'him'), g.signals) ?? findSignal(namedAsPronoun(text, 'her'), g.signals);
      if (!hit) continue;
      const why = broke ?? state.spoiled ?? (g.by_turn !== undefined && turn > g.by_turn ? `turn ${turn}: too late, it was due by turn ${g.by_turn}` : undefined);
      if (why) {
        if (broke) withheld.push(g.id);
        if (state.evidence === null) Object.assign(state, { evidence: hit.words, why, turn });
        if (!broke && state.spoiled) state.late = true;
        continue;
      }
      Object.assign(state, { met: true, evidence: hit.words, why: null, turn });
      met.push(g.id);
    }
    this.transcript.push({ speaker: 'candidate', text, flags, turn });
    const next = this.nextLine(text, flags, met);
    if (!next) this.over = true;
    return { turn, flags, met, withheld, next };
  }

  /** Ends the call early (the candidate hung up, the turns ran out, Ctrl-C). */
  end(): void {
    this.over = true;
  }

  private holds(c: Condition, text: string, flags: readonly CallFlag[], met: readonly string[]): boolean {
    if (c.did !== undefined && !met.includes(c.did)) return false;
    const notYet = c.not_yet !== undefined ? this.goals.get(c.not_yet) : undefined;
    if (notYet && (notYet.met || notYet.late)) return false;
    if (c.breach !== undefined && !flags.some((f) => c.breach === 'any' || f.rule === c.breach)) return false;
    if (c.said !== undefined && !findSignal(text, c.said)) return false;
    return true;
  }

  private nextLine(text: string, flags: readonly CallFlag[], met: readonly string[]): ScriptedLine | undefined {
    const index = this.turns;
    const line = this.script[index];
    // A breach no branch answers: the customer reacts to it (reactions.ts).
    const reacting = this.scenario.persona.role === undefined || this.scenario.persona.role === 'customer' ? flags.map((f) => f.rule).find((r) => r in REACTIONS) : undefined;
    if (!line) {
      if (this.scenario.closing && index === this.script.length) {
        return { text: reacting ? closeAfter(reacting, this.scenario.closing) : this.reacted ? withoutThanks(this.scenario.closing) : this.scenario.closing, hangsUp: true, index: -1 };
      }
      return undefined;
    }
    const branch = line.branches?.find((b) => this.holds(b.if, text, flags, met));
    const say = branch?.say ?? line.say;
    // Once the collector has broken a rule, no later line thanks them for their kindness (a new user was thanked
    // two turns after threatening court).
    const spoken = reacting && branch?.if.breach === undefined ? reactTo(reacting, say) : this.reacted && !branch?.if.did ? withoutThanks(say) : say;
    if (reacting) this.reacted = true;
    const chosen = { text: spoken, hangsUp: branch?.hangs_up === true, index };
    if (chosen.hangsUp) this.hungUp = true;
    return chosen;
  }

  goalResults(): CallGoal[] {
    return this.scenario.goals!.map((g) => {
      const s = this.goals.get(g.id)!;
      return { id: g.id, goal: g.goal, skill: g.skill, met: s.met, evidence: s.evidence, why: s.why ?? s.spoiled ?? null, turn: s.turn };
    });
  }
}

/** What the agent did, put to them: "you told her ...", "on the recording you said ...", "I heard you ...". */
const PUT_TO_AGENT = /\byou (?:told|said|mentioned|discussed|gave|went through|explained|let|left|called|rang|asked|shared|disclosed|threatened|warned)\b|\b(?:on|in) the (?:call )?(?:review|recording|playback|transcript)\b|\bi (?:heard|listened to|saw|noticed) (?:you|that you|the call)\b/i;

/** The flags of one candidate turn: the conduct rules' detectors first, then the scenario's live traps; one per rule. */
export function flagsFor(scenario: BankScenario, text: string, turn: number, metBefore: ReadonlySet<string>): CallFlag[] {
  const jurisdiction = scenario.jurisdiction as Jur;
  const sector = scenario.sector as Sec | undefined;
  const cite = (rule: string) => {
    const r = conductRule(rule);
    return r ? citationFor(r, jurisdiction, sector) : rule;
  };
  const out: CallFlag[] = [];
  if (text.trim()) {
    const ctx = { jurisdiction, ...(sector ? { sector } : {}) };
    // A call turn is the act itself, judged by where the call stands; a coaching conversation with
    // an agent is talk about conduct, judged as an interview answer is.
    const coaching = scenario.persona.role === 'agent';
    const reading = readText(text);
    // In coaching, "On the call review, you told the customer's mother that her son owed us money" is the
    // agent's breach put to them, not the supervisor's (a new user's coaching call was flagged for it).
    const hits = coaching
      ? detectConduct(reading, ctx).filter((h) => !PUT_TO_AGENT.test(reading.sentences[h.sentence]?.text ?? ''))
      : detectTurnConduct(reading, callStateOf(scenario, metBefore, turn), ctx);
    for (const h of hits) {
      out.push({ rule: h.rule, citation: cite(h.rule), words: h.words, source: h.byModel ? 'model' : 'rules' });
    }
  }
  for (const t of scenario.traps ?? []) {
    if (out.some((f) => f.rule === t.rule)) continue;
    if (t.turns && !t.turns.includes(turn)) continue;
    if (t.until !== undefined && metBefore.has(t.until)) continue;
    const hit = findSignal(text, t.signals);
    if (!hit || (t.unless && findSignal(text, t.unless))) continue;
    // "Because it's so old, we can't take you to court over this debt": the trap's word, denied in its clause (a new
    // user's compliant turn was flagged and the customer hung up). A signal that is itself a denial stands.
    // (Only for what is said as a claim or a threat: the balance mentioned before the checks is told, denied or not.)
    if (DENIABLE.has(t.rule) && !DENIAL.test(hit.signal) && deniedAt(text, hit.index)) continue;
    out.push({ rule: t.rule, citation: cite(t.rule), words: hit.words, source: 'trap' });
  }
  return out;
}

/**
 * "Could you ask Daniel to call Jo back?": a goal's signals say "ask him to call"; a name after "ask", "tell" or "get" is
 * the same person (a new user's turn missed the goal for naming him).
 */
function namedAsPronoun(text: string, pronoun: 'him' | 'her'): string {
  return text.replace(/\b(ask|tell|get|have|let|remind)(\s+)(?!I\b)[A-Z][a-z]+\b/g, `$1$2${pronoun}`);
}

const DENIABLE = new Set(['threat-arrest', 'threat-unlawful-action', 'false-statement', 'impersonation', 'shaming-abuse', 'borrowing-pressure']);
const DENIAL = /\b(?:not|no|never|n't|cannot|can't|won't|without)\b/i;

/** Whether the word at a character offset of the text is denied in its clause ("we can't take you to court"). */
function deniedAt(text: string, index: number): boolean {
  for (const s of readText(text).sentences) {
    const k = s.tokens.findIndex((t) => t.start <= index && index < t.end);
    // ("so it doesn't have to end up in front of a judge": the "not" is the threat's own.)
    if (k >= 0) return negatedBetween(s, clauseOf(s, k).from, k) && !/\b(?:not|n't) (?:have|need) to\b/.test(s.tokens.slice(clauseOf(s, k).from, k).map((t) => t.l).join(' '));
  }
  return false;
}

/**
 * Where the call stands at a candidate turn: from the scenario's persona and call_state, and the
 * goals met before it. A call_state fact given as a number holds from that turn on.
 */
export function callStateOf(scenario: BankScenario, metBefore: ReadonlySet<string>, turn: number): CallState {
  const f = scenario.call_state ?? {};
  const holds = (v: boolean | number | undefined) => (typeof v === 'number' ? turn >= v : v);
  const verifyGoal = f.verified_by ?? (scenario.goals?.some((g) => g.id === 'verify-identity') ? 'verify-identity' : undefined);
  const verified = verifyGoal === undefined ? true : metBefore.has(verifyGoal);
  const third = scenario.persona.role === 'third-party';
  const listener: CallState['listener'] = f.spouse ? 'spouse' : third ? 'third-party' : verified ? 'consumer' : 'unknown';
  const authorised = holds(f.authorised);
  const disputed = holds(f.disputed);
  const ceased = holds(f.ceased);
  const represented = holds(f.represented);
  const workForbidden = holds(f.work_forbidden);
  const vulnerable = holds(f.vulnerable);
  return {
    listener,
    verified: !third && verified,
    ...(authorised !== undefined ? { authorised } : {}),
    ...(f.voicemail !== undefined ? { voicemail: f.voicemail } : {}),
    ...(disputed !== undefined ? { disputed } : {}),
    ...(ceased !== undefined ? { ceased } : {}),
    ...(represented !== undefined ? { represented } : {}),
    ...(workForbidden !== undefined ? { workForbidden } : {}),
    ...(vulnerable !== undefined ? { vulnerable } : {}),
    ...(f.local_hour !== undefined ? { localHour: f.local_hour } : {}),
  };
}
