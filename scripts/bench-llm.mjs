// The LLM-grading benchmark (issue 5), used by scripts/bench.mjs: 100 answers graded through a
// loopback OpenAI-compatible server that takes 200 ms per reply, at --concurrency 8. The ideal is
// 100 / 8 x 0.2 s = 2.5 s plus what the same drill costs without an LLM (start-up, bank, offline
// checks, report), measured by the first entry; the target is within 1.3x of that.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNT = 100;
const CONCURRENCY = 8;
const LATENCY_MS = 200;
const ANSWER = 'First I listened and asked why they could not pay, then I checked the account and offered a plan within policy that they could afford, and confirmed it in writing.';
export const LLM_STARTUP = `drill ${COUNT} answers, offline grader (start-up for the LLM run)`;

// The server runs in its own process: the benchmarks run the CLI with spawnSync, which blocks
// the benchmark's own event loop. It writes its port to a file and exits when its stdin closes
// (that is, when the benchmark process ends).
const SERVER = `
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
const [latency, portFile] = process.argv.slice(1);
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (d) => (raw += d));
  req.on('end', () => {
    const text = (JSON.parse(raw || '{}').messages ?? []).map((m) => m.content).join(' ');
    // The skill ids as the prompt lists them (src/grading/llm/prompt.ts), the criteria keyed by
    // them as the schema sent asks: a reply the grader takes at the first ask.
    const skills = (/keyed by the id: ([a-z0-9, -]+)/.exec(text)?.[1] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const criteria = Object.fromEntries(skills.map((skill) => [skill, { evidence: [], comment: 'ok', score: 4 }]));
    const grade = { criteria, score: 4, matched_points: [],
      missing_points: [], red_flags: [], feedback: 'ok', suggestions: [], improved_answer: null };
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(grade) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 900, completion_tokens: 120 } }));
    }, Number(latency));
  });
});
server.listen(0, '127.0.0.1', () => writeFileSync(portFile, String(server.address().port)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

function startServer(scratch) {
  const portFile = join(scratch, 'llm-port');
  if (existsSync(portFile)) return;
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER, String(LATENCY_MS), portFile], { stdio: ['pipe', 'ignore', 'inherit'] });
  // Neither the child nor its stdin keeps the benchmark alive; when it exits, the pipe closes.
  child.unref();
  child.stdin.unref();
  process.on('exit', () => child.kill());
  // setup runs synchronously: wait for the port file without an event loop.
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 500 && !existsSync(portFile); i++) Atomics.wait(cell, 0, 0, 10);
  if (!existsSync(portFile)) throw new Error('the loopback LLM server did not start');
}

/** The benchmark entries; `generateBank(dir, questions, files)` comes from bench.mjs. */
export function llmBenchmarks({ BIN, generateBank }) {
  const files = (scratch) => {
    const dir = join(scratch, `bank-llm-${COUNT}`);
    if (!existsSync(dir)) {
      generateBank(dir, COUNT, 1);
      const ids = Array.from({ length: COUNT }, (_, k) => `bench-0-${k}`);
      writeFileSync(join(scratch, 'answers-llm.yaml'), ids.map((id) => `${id}: ${ANSWER}\n`).join(''));
    }
  };
  const drill = (scratch) => [
    BIN, 'drill', '--questions', join(scratch, `bank-llm-${COUNT}`), '--no-builtin',
    '--answers', join(scratch, 'answers-llm.yaml'), '--format', 'json', '--no-history',
  ];
  const llmArgs = (scratch) => [
    ...drill(scratch), '--grader', 'llm', '--concurrency', String(CONCURRENCY), '--no-cache', '--model', 'bench-model',
    '--base-url', `http://127.0.0.1:${readFileSync(join(scratch, 'llm-port'), 'utf8').trim()}/v1`,
  ];
  // Every answer must be graded by the (mock) LLM at the first ask: a reply the grader rejects is
  // asked again and then graded offline, and the run would time twice the requests (as it did
  // once the prompt and reply schema changed and the server here did not).
  const checkReplies = (scratch) => {
    const r = spawnSync(process.execPath, llmArgs(scratch), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', COLLECTIONS_PREP_HOME: join(scratch, 'home-llm-check') } });
    let results = [];
    try {
      results = JSON.parse(r.stdout).results ?? [];
    } catch {
      // reported below
    }
    const byLlm = results.filter((x) => x.grader === 'llm' && !x.notice).length;
    if (r.status !== 0 || byLlm !== COUNT) {
      throw new Error(`the loopback LLM server's replies were not taken: ${byLlm} of ${COUNT} answers graded by it (exit ${r.status}); ${results.find((x) => x.notice)?.notice ?? String(r.stderr).slice(0, 500)}`);
    }
  };
  return [
    { name: LLM_STARTUP, setup: files, args: (scratch) => [...drill(scratch), '--grader', 'offline'], runs: 5, warmup: 1 },
    {
      name: `drill ${COUNT} answers, LLM grader (${LATENCY_MS} ms replies, --concurrency ${CONCURRENCY})`,
      setup: (scratch) => {
        files(scratch);
        startServer(scratch);
        checkReplies(scratch);
      },
      args: llmArgs,
      runs: 3,
      warmup: 1,
      ideal: { ms: (COUNT / CONCURRENCY) * LATENCY_MS, plus: LLM_STARTUP, within: 1.3 },
    },
  ];
}
