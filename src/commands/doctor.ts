import { rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdirPrivate, PRIVATE_FILE } from '../files.js';
import type { Bank, BankQuestion } from '../bank/model.js';
import type { Skill } from '../bank/schema.js';
import { join } from 'node:path';
import { countBySeverity, diagnosticLine, sortDiagnostics } from '../bank/diagnostics.js';
import { doctorLlmChoice, readConfig, type FoundConfig, type LlmCheckFlags } from '../config/resolve.js';
import { nodeSupported } from '../engines.js';
import { UserError } from '../errors.js';
import { supportedNodeRange } from '../package.js';
import { dataPaths, historyFile } from '../paths.js';
import { plural } from '../text/plural.js';
import { colourFor } from '../ui/colour.js';
import { loadFor } from './bank.js';
import { outputWidth, type CommandContext } from '../context.js';
import { wrap } from '../text/layout.js';
import type { BankOptions } from './bank-options.js';

/** The bank flags, and the LLM flags that config/resolve.ts resolves for the check. */
export interface DoctorOptions extends BankOptions, LlmCheckFlags {}

export interface Check {
  status: 'pass' | 'fail' | 'skip';
  text: string;
}

function checkNode(version: string): Check {
  return nodeSupported(version)
    ? { status: 'pass', text: `Node.js ${version}` }
    : { status: 'fail', text: `Node.js ${version} is not supported: install ${supportedNodeRange()}` };
}

function checkBank(options: DoctorOptions, ctx: CommandContext): { check: Check; bank?: Bank } {
  try {
    const { bank, diagnostics } = loadFor(options, ctx);
    const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length > 0) {
      const n = countBySeverity(errors).errors;
      return { check: { status: 'fail', text: `question bank: ${plural(n, 'error')}, first: ${diagnosticLine(errors[0]!)} (run "collections-prep validate" for all)` } };
    }
    return { check: { status: 'pass', text: `question bank: ${bank.questions.length} questions, ${bank.skills.size} skills, valid` }, bank };
  } catch (e) {
    if (e instanceof UserError) return { check: { status: 'fail', text: `question bank: ${e.message}` } };
    throw e;
  }
}

function checkDataFolder(env: NodeJS.ProcessEnv): Check {
  const paths = dataPaths(env);
  const dir = paths.data;
  // A folder or a device where the history should be: every drill would fail to record.
  const history = historyFile(paths);
  let kind: 'file' | 'missing' | 'other' = 'missing';
  try {
    kind = statSync(history).isFile() ? 'file' : 'other';
  } catch {
    kind = 'missing';
  }
  if (kind === 'other') return { status: 'fail', text: `history ${history} is not a regular file (a folder?): move it away, or set COLLECTIONS_PREP_HOME to another folder` };
  const probe = join(dir, `.doctor-${process.pid}-${Date.now()}.tmp`);
  try {
    mkdirPrivate(dir);
    writeFileSync(probe, 'ok', { mode: PRIVATE_FILE });
    rmSync(probe, { force: true });
    return { status: 'pass', text: `data folder ${dir} is writable` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { status: 'fail', text: `data folder ${dir} is not writable (${code ?? (e as Error).message}): set COLLECTIONS_PREP_HOME to a folder you own` };
  }
}

async function checkConfig(env: NodeJS.ProcessEnv): Promise<{ check: Check; found?: FoundConfig }> {
  try {
    const found = await readConfig(env);
    return found.exists
      ? { check: { status: 'pass', text: `config file ${found.file} is valid` }, found }
      : { check: { status: 'skip', text: `no config file (${found.file}); built-in defaults apply` }, found };
  } catch (e) {
    if (e instanceof UserError) return { check: { status: 'fail', text: `config file: ${e.message}` } };
    throw e;
  }
}

/** The question a grade round trip uses when there is no bank to take one from. */
const SAMPLE_SKILLS = new Map<string, Skill>([
  ['negotiation', { id: 'negotiation', name: 'Negotiation', description: 'Reaching a payment arrangement the customer can keep.', rubric: { 1: 'Demands full payment.', 3: 'Offers a standard plan.', 5: 'Explores the situation and offers options within policy.' } }],
  ['compliance', { id: 'compliance', name: 'Compliance', description: 'Stays within the law and policy.', rubric: { 1: 'Threatens or discloses.', 3: 'Follows the rules.', 5: 'Applies the rules with judgement.' } }],
]);
const SAMPLE_QUESTION: BankQuestion = {
  id: 'doctor-sample',
  text: 'A customer says they cannot pay this month. What do you do?',
  roles: ['agent'],
  seniority: ['mid'],
  type: 'situational',
  skills: ['negotiation', 'compliance'],
  why_asked: 'Tests whether you find out why and offer what fits.',
  how_to_answer: ['Listen, check affordability, offer a plan.'],
  what_not_to_say: ['Threats.'],
  example_answer: 'I would listen, ask what changed, check what they can afford and offer a plan within policy, confirmed in writing.',
  source: { file: '(doctor)', line: 1, col: 1, index: 0 },
};
const SAMPLE_ANSWER =
  'I would listen first and ask what changed this month, then check what they can afford and offer a short payment plan within policy, and confirm it in writing.';

/**
 * A real grade round trip, with the reply format a drill sends (the schema built for the
 * question): the endpoint, the key, the model, the reply mode, and that the replies are grades a
 * drill can use. A server that answers but whose replies a drill would throw away fails.
 */
async function checkLlm(choice: { model: string; baseUrl?: string; timeout: number }, env: NodeJS.ProcessEnv, bank: Bank | undefined): Promise<Check> {
  const [{ llmSettings, createLlmGrader }, { Exhausted }] = await Promise.all([import('../grading/llm/setup.js'), import('../grading/llm/client.js')]);
  let settings;
  try {
    settings = llmSettings(choice, env);
  } catch (e) {
    if (e instanceof UserError) return { status: 'fail', text: `LLM: ${e.message}` };
    throw e;
  }
  // The drill's own set-up, with no cache (the round trip must reach the server), no first-use
  // notice (doctor sends a made-up answer, not the user's) and a short retry: a check, not a session.
  const grader = createLlmGrader(settings, { skills: bank?.skills ?? SAMPLE_SKILLS, improve: false, env }, { policy: { attempts: 2, timeoutAttempts: 1, baseDelayMs: 500 } });
  const { session } = grader;
  const question = bank?.questions.find((q) => q.skills.length > 1) ?? bank?.questions[0] ?? SAMPLE_QUESTION;
  const started = Date.now();
  try {
    const grade = await grader.grade(question, SAMPLE_ANSWER);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const format = `${session.mode === 'json_schema' ? 'structured output (json_schema)' : session.mode === 'json_object' ? 'JSON mode (json_object; no json_schema)' : 'plain text (no JSON modes)'}`;
    if (grade.grader !== 'llm') {
      return { status: 'fail', text: `LLM: ${settings.model} at ${settings.host} did not give a grade that a drill can use, so drills would be graded offline: ${settings.scrub(grade.notice ?? '')}` };
    }
    return { status: 'pass', text: `LLM: ${settings.model} at ${settings.host} graded a sample answer in ${seconds} s, ${format}` };
  } catch (e) {
    if (e instanceof UserError) return { status: 'fail', text: `LLM: ${e.message}` };
    if (e instanceof Exhausted) return { status: 'fail', text: `LLM: ${settings.model} at ${settings.host} did not answer (${settings.scrub(e.reason)})` };
    throw e;
  }
}

/** Checks the set-up and prints a pass/fail line for each check; exit 1 when any fails. */
export async function doctorCommand(options: DoctorOptions, ctx: CommandContext, nodeVersion: string = process.versions.node): Promise<number> {
  const c = colourFor(ctx.stdout, ctx.env);
  const print = (check: Check) => {
    const mark = check.status === 'pass' ? c.green('✓ pass') : check.status === 'fail' ? c.red('✗ FAIL') : c.dim('- skip');
    // Wrapped under its mark, so that a long FAIL line never breaks mid-word ("serv / er" at 80 columns, a new user).
    ctx.stdout.write(`${mark}  ${wrap(check.text, outputWidth(ctx) - 8, '', { hanging: ' '.repeat(8) })}\n`);
  };
  const checks: Check[] = [];
  const add = (check: Check) => {
    checks.push(check);
    print(check);
  };

  add(checkNode(nodeVersion));
  const config = await checkConfig(ctx.env);
  add(config.check);
  const bank = checkBank(options, ctx);
  add(bank.check);
  add(checkDataFolder(ctx.env));
  const choice = doctorLlmChoice(options, ctx.env, config.found?.config ?? {});
  if (choice.configured) add(await checkLlm(choice, ctx.env, bank.bank));
  else add({ status: 'skip', text: 'LLM: not configured (add --grader llm to check the endpoint and model)' });

  const failed = checks.filter((k) => k.status === 'fail').length;
  ctx.stdout.write(failed === 0 ? `${c.green('All checks passed.')}\n` : `${c.red(`${plural(failed, 'check')} failed.`)}\n`);
  return failed === 0 ? 0 : 1;
}
