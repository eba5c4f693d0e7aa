import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countBySeverity, diagnosticLine, sortDiagnostics } from '../bank/diagnostics.js';
import { doctorLlmChoice, readConfig, type FoundConfig } from '../config/resolve.js';
import { nodeSupported } from '../engines.js';
import { UserError } from '../errors.js';
import { supportedNodeRange } from '../package.js';
import { dataPaths } from '../paths.js';
import { plural } from '../text/plural.js';
import { colourFor } from '../ui/colour.js';
import { loadFor } from './bank.js';
import type { CommandContext } from '../context.js';
import type { BankOptions } from './bank-options.js';

export interface DoctorOptions extends BankOptions {
  grader?: 'llm';
  model?: string;
  baseUrl?: string;
  timeout: number;
  fromDefault?: ReadonlyArray<'timeout'>;
}

export interface Check {
  status: 'pass' | 'fail' | 'skip';
  text: string;
}

function checkNode(version: string): Check {
  return nodeSupported(version)
    ? { status: 'pass', text: `Node.js ${version}` }
    : { status: 'fail', text: `Node.js ${version} is not supported: install ${supportedNodeRange()}` };
}

function checkBank(options: DoctorOptions, ctx: CommandContext): Check {
  try {
    const { bank, diagnostics } = loadFor(options, ctx);
    const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length > 0) {
      const n = countBySeverity(errors).errors;
      return { status: 'fail', text: `question bank: ${plural(n, 'error')}, first: ${diagnosticLine(errors[0]!)} (run "collections-prep validate" for all)` };
    }
    return { status: 'pass', text: `question bank: ${bank.questions.length} questions, ${bank.skills.size} skills, valid` };
  } catch (e) {
    if (e instanceof UserError) return { status: 'fail', text: `question bank: ${e.message}` };
    throw e;
  }
}

function checkDataFolder(env: NodeJS.ProcessEnv): Check {
  const dir = dataPaths(env).data;
  const probe = join(dir, `.doctor-${process.pid}-${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, 'ok');
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

/** One tiny request with a tiny schema: the endpoint, the key, the model and the reply format. */
async function checkLlm(choice: { model: string; baseUrl?: string; timeout: number }, env: NodeJS.ProcessEnv): Promise<Check> {
  const [{ llmSettings }, { createClient, LlmSession, Exhausted }, { z }, { zodResponseFormat }] = await Promise.all([
    import('../grading/llm/setup.js'),
    import('../grading/llm/client.js'),
    import('zod'),
    import('openai/helpers/zod'),
  ]);
  let settings;
  try {
    settings = llmSettings(choice, env);
  } catch (e) {
    if (e instanceof UserError) return { status: 'fail', text: `LLM: ${e.message}` };
    throw e;
  }
  const Ping = z.strictObject({ ok: z.boolean() });
  const session = new LlmSession({
    client: createClient({ baseURL: settings.baseURL, apiKey: settings.apiKey, timeoutSeconds: settings.timeoutSeconds, env }),
    endpoint: settings,
    responseFormat: zodResponseFormat(Ping, 'ping') as unknown as Record<string, unknown>,
    jsonSchema: z.toJSONSchema(Ping) as Record<string, unknown>,
    scrub: settings.scrub,
    policy: { attempts: 2, timeoutAttempts: 1, baseDelayMs: 500 },
  });
  const started = Date.now();
  try {
    const reply = await session.complete([
      { role: 'system', content: 'You are a health check. Reply with one JSON object and nothing else.' },
      { role: 'user', content: 'Reply with the JSON object {"ok": true}.' },
    ]);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let valid = false;
    try {
      valid = Ping.safeParse(JSON.parse(reply.content.trim())).success;
    } catch {
      valid = false;
    }
    const format = `${session.mode === 'json_schema' ? 'structured output (json_schema)' : session.mode === 'json_object' ? 'JSON mode (json_object; no json_schema)' : 'plain text (no JSON modes)'}`;
    const caveat = valid ? '' : '; its reply was not the JSON asked for, so some answers may fall back to the offline grader';
    return { status: 'pass', text: `LLM: ${settings.model} at ${settings.host} answered in ${seconds} s, ${format}${caveat}` };
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
    ctx.stdout.write(`${mark}  ${check.text}\n`);
  };
  const checks: Check[] = [];
  const add = (check: Check) => {
    checks.push(check);
    print(check);
  };

  add(checkNode(nodeVersion));
  const config = await checkConfig(ctx.env);
  add(config.check);
  add(checkBank(options, ctx));
  add(checkDataFolder(ctx.env));
  const choice = doctorLlmChoice(options, ctx.env, config.found?.config ?? {});
  if (choice.configured) add(await checkLlm(choice, ctx.env));
  else add({ status: 'skip', text: 'LLM: not configured (add --grader llm to check the endpoint and model)' });

  const failed = checks.filter((k) => k.status === 'fail').length;
  ctx.stdout.write(failed === 0 ? `${c.green('All checks passed.')}\n` : `${c.red(`${plural(failed, 'check')} failed.`)}\n`);
  return failed === 0 ? 0 : 1;
}
