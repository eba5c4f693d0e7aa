import type { BankScenario } from '../bank/model.js';
import type { CallGraderKind } from '../limits.js';
import type { CallReport, CallSession, CallTurn } from '../history/call-records.js';
import { Call, type ScriptedLine, type TurnResult } from './engine.js';
import { scoreCall } from './score.js';

// A call from its opening line to its report, with no terminal: turns come from a source (the
// --turns file, or a terminal prompt), the other side from a customer (the script, or a model
// that plays the persona with the scripted line to fall back on).

export interface CustomerInput {
  scenario: BankScenario;
  /** The call so far, the candidate's last turn included. */
  transcript: readonly CallTurn[];
  /** What the script says here: the offline customer's line, and the fallback for a model's. */
  scripted: ScriptedLine;
  signal?: AbortSignal;
}

/** Who speaks the other side of the call. */
export interface Customer {
  kind: CallGraderKind;
  model?: string;
  say(input: CustomerInput): Promise<{ text: string; notice?: string }>;
}

export const scriptedCustomer: Customer = {
  kind: 'offline',
  say: async ({ scripted }) => ({ text: scripted.text }),
};

/** The candidate's next turn: its text, `end` (they closed the call), or `interrupted`. */
export type NextTurn = (turn: number) => Promise<{ text: string } | 'end' | 'interrupted'>;

export interface CallEvents {
  /** The other side spoke (shown at once in a terminal). */
  onCustomer?: (text: string, notice?: string) => void;
  /** A candidate turn was checked: its flags, shown at once. */
  onTurn?: (result: TurnResult) => void;
}

export interface RunCallInput {
  scenario: BankScenario;
  customer: Customer;
  nextTurn: NextTurn;
  session: Omit<CallSession, 'finished_at'>;
  skillNames: ReadonlyMap<string, { name: string }>;
  now: () => Date;
  events?: CallEvents;
  signal?: AbortSignal;
}

export async function runCall(input: RunCallInput): Promise<CallReport> {
  const { scenario, customer, events = {}, signal } = input;
  const call = new Call(scenario);
  const notices: string[] = [];
  const speak = async (scripted: ScriptedLine) => {
    let reply: { text: string; notice?: string };
    try {
      reply = await customer.say({ scenario, transcript: call.transcript, scripted, ...(signal ? { signal } : {}) });
    } catch (e) {
      if (signal?.aborted) throw e;
      reply = { text: scripted.text, notice: `the customer model failed (${(e as Error).message}): the scripted line was said instead` };
    }
    if (reply.notice) notices.push(`turn ${call.turnCount}: ${reply.notice}`);
    call.customer(reply.text, reply.notice);
    events.onCustomer?.(reply.text, reply.notice);
  };

  let ended: CallReport['ended'] = 'script';
  await speak(call.opening());
  for (;;) {
    if (signal?.aborted) {
      ended = 'interrupted';
      break;
    }
    const next = await input.nextTurn(call.turnCount + 1);
    if (next === 'interrupted') {
      ended = 'interrupted';
      break;
    }
    if (next === 'end') {
      ended = 'turns';
      break;
    }
    const result = call.candidate(next.text);
    events.onTurn?.(result);
    if (!result.next) break;
    await speak(result.next);
    if (result.next.hangsUp) {
      ended = result.next.index === -1 ? 'script' : 'hung-up';
      break;
    }
  }
  call.end();
  return callReport(call, input, ended, notices);
}

function callReport(call: Call, input: RunCallInput, ended: CallReport['ended'], notices: string[]): CallReport {
  const { scenario } = input;
  const goals = call.goalResults();
  const scored = scoreCall(scenario, call.transcript, goals, input.skillNames);
  return {
    version: 1,
    kind: 'call',
    session: { ...input.session, finished_at: input.now().toISOString(), ...(ended === 'interrupted' ? { interrupted: true } : {}) },
    scenario: scenarioInfo(scenario),
    transcript: call.transcript,
    goals,
    score: scored.score,
    criteria: scored.criteria,
    red_flags: scored.red_flags,
    conduct: scored.conduct,
    feedback: scored.feedback,
    ended,
    notices,
  };
}

export function scenarioInfo(s: BankScenario): CallReport['scenario'] {
  return { id: s.id, title: s.title, roles: s.roles, seniority: s.seniority, jurisdiction: s.jurisdiction, ...(s.sector ? { sector: s.sector } : {}), persona: s.persona.name };
}
