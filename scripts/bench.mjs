#!/usr/bin/env node
// Start-up and throughput benchmarks (`npm run bench`, which builds first). Each command is run
// as a user would run it, in a fresh process: a few warm-up runs, then timed runs; the median
// counts. Figures are compared with bare `node -e 0` on the same machine, so that the targets
// hold on slow and fast machines alike. These are measurements, not tests: a missed target is
// reported (and makes `--check` exit 1), nothing more.
//
//   node scripts/bench.mjs                 all benchmarks
//   node scripts/bench.mjs list validate   only those whose name contains one of the words
//   node scripts/bench.mjs --json          the results as JSON, for scripts
//   node scripts/bench.mjs --check         exit 1 if a target is missed
//   node scripts/bench.mjs ajv             only validate against ajv-cli (bench-validate.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { llmBenchmarks } from './bench-llm.mjs';
import { conductPiecesDefine } from './conduct-pieces.mjs';
import { compareWithAjv, formatComparison } from './bench-validate.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Built like the CLI's bundle (scripts/build.mjs), with the conduct prefilter worked out ahead.
const benchDefine = await conductPiecesDefine(ROOT);
export const BIN = join(ROOT, 'bin', 'collections-prep.js');
const GRADE_SCRIPT = join(ROOT, 'node_modules', '.cache', 'collections-prep-bench-grade.mjs');
const SCREEN = join(ROOT, 'scripts', 'bench-screen.py');

/** Built-in skill ids, read from the bank so that generated questions reference real skills. */
export function builtinSkillIds() {
  const text = readFileSync(join(ROOT, 'questions', 'skills.yaml'), 'utf8');
  return [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]);
}

const LADDERS = {
  agent: ['junior', 'mid', 'senior', 'lead', 'manager'],
  supervisor: ['mid', 'lead', 'senior', 'manager', 'director'],
};
const LEVELS = ['junior', 'mid', 'senior', 'lead', 'manager', 'director'];
const TYPES = ['behavioral', 'situational', 'technical', 'motivational'];
const ANSWER = Array.from({ length: 10 }, () => 'I listened first, then agreed a plan.').join(' ');

/**
 * One valid card (about 1 kB of YAML), warning-free; with `warnings`, one that draws three
 * (an example answer too short, no key_points, no red_flags), as a rushed first draft does.
 */
function card(id, i, skills, warnings = false) {
  const s1 = skills[i % skills.length];
  const s2 = skills[(i * 7 + 3) % skills.length];
  const role = i % 3 === 0 ? 'supervisor' : 'agent';
  const ladder = LADDERS[role];
  const head = `  - id: ${id}
    text: Question ${i} of the benchmark bank. A customer says they cannot pay this month; what do you do?
    roles: [${role}]
    seniority: [${ladder[i % ladder.length]}, ${ladder[(i + 1) % ladder.length]}]
    type: ${TYPES[i % TYPES.length]}
    skills: [${s1}${s2 === s1 ? '' : `, ${s2}`}]
    why_asked: Tests whether you stay calm, find the reason behind a refusal, and stay within the law.
    how_to_answer:
      - Review the account history before the call.
      - Ask open questions to find out why the customer is not paying.
    what_not_to_say:
      - Threatening consequences that the company would not or could not carry out.
    example_answer: |
`;
  if (warnings) return `${head}      I listened first, then agreed a plan.\n`;
  return `${head}      ${ANSWER}
    key_points:
      - point: Finds out why the customer is refusing
        signals: [ask why, reason, understand]
      - point: Offers an affordable plan within policy
        signals: [plan, afford, instalment]
    red_flags:
      - flag: Threatens action that is not intended or not lawful
        signals: [arrest, jail, tell your employer]
`;
}

/**
 * Writes `questions` valid questions spread evenly over `files` files; returns the folder and its
 * size. With `{ warnings: true }` every card draws three warnings.
 */
export function generateBank(dir, questions, files, { warnings = false } = {}) {
  const skills = builtinSkillIds();
  if (skills.length === 0) throw new Error('no skill ids found in questions/skills.yaml');
  mkdirSync(dir, { recursive: true });
  const perFile = Math.ceil(questions / files);
  let n = 0;
  let bytes = 0;
  for (let f = 0; f < files && n < questions; f++) {
    let text = '# yaml-language-server: $schema=../question-file.schema.json\nquestions:\n';
    for (let k = 0; k < perFile && n < questions; k++, n++) text += card(`bench-${f}-${k}`, n, skills, warnings);
    writeFileSync(join(dir, `bank-${String(f).padStart(3, '0')}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes, note: bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB of YAML` : `${Math.round(bytes / 1e3)} kB of YAML` };
}

/**
 * Writes a history of `answers` graded answers as `drill` records them (five per session, a
 * session about every day, scores improving with some noise) to `file`. Deterministic; returns
 * the size in bytes.
 */
export function generateHistory(file, answers) {
  const skills = builtinSkillIds();
  let state = 42;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const perSession = 5;
  const sessions = Math.ceil(answers / perSession);
  const start = Date.parse('2020-01-01T09:00:00Z');
  const lines = [];
  let n = 0;
  for (let s = 0; s < sessions && n < answers; s++) {
    const at = new Date(start + s * 21 * 3600 * 1000);
    const id = `${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-')}-${(s % 65536).toString(16).padStart(4, '0')}`;
    const role = s % 3 === 0 ? 'supervisor' : 'agent';
    lines.push({ v: 1, kind: 'session', id, started_at: at.toISOString(), role, levels: ['mid'], grader: 'offline', seed: s, count: perSession, mode: 'batch' });
    for (let k = 0; k < perSession && n < answers; k++, n++) {
      const question = `bench-q-${(s * perSession + k) % 400}`;
      const qSkills = [...new Set([skills[(s + k) % skills.length], skills[(s * 3 + k + 1) % skills.length]])];
      const when = new Date(at.getTime() + k * 60_000).toISOString();
      const score = Math.min(5, Math.max(1, Math.round((1.5 + (3 * s) / sessions + random() * 1.5) * 10) / 10));
      lines.push({ v: 1, kind: 'answer', session: id, question, at: when, answer: ANSWER, roles: [role], seniority: [LEVELS[(s + k) % LEVELS.length]], skills: qSkills, type: TYPES[k % TYPES.length], text: `Question ${question}: a customer says they cannot pay this month; what do you do?` });
      lines.push({
        v: 1, kind: 'grade', session: id, question, at: when,
        grade: {
          grader: 'offline', score, criteria: qSkills.map((name) => ({ name, score: Math.round(score), comment: 'Covers part of the rubric.' })),
          matched_points: ['Finds out why the customer is refusing'], missing_points: ['Offers an affordable plan within policy'], red_flags: [],
          feedback: 'A fair answer: say how you would confirm the plan in writing.', suggestions: ['Name the policy you follow.'],
        },
      });
    }
    lines.push({ v: 1, kind: 'end', session: id, at: new Date(at.getTime() + perSession * 60_000).toISOString() });
  }
  const text = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/**
 * What to measure. Each entry:
 *   name        shown in the table
 *   args        arguments to `node`, or a function (given the scratch folder) returning them
 *   setup       optional: prepares files in the scratch folder before the runs; may return
 *               { note } for the table (e.g. how big a generated bank is)
 *   runs        timed runs (default 15); warmup: untimed runs first (default 3)
 *   target      optional: { ratio: n } (median at most n times bare node) and/or { ms: n }
 *   expect      optional exit code (default 0); any other code aborts the benchmark
 *   screen      optional: text on screen: the command runs in a pseudo-terminal and is timed until
 *               the text shows (then killed), not until it exits
 *   env         optional: a function (given the scratch folder) returning environment variables
 *               to add for this benchmark (e.g. a data folder of its own)
 *   ideal       optional: { ms, plus, within }: the median must be at most `within` times the
 *               ideal `ms` plus the median of the benchmark named `plus` (its fixed cost)
 *   linear      optional: { from, to, factor }: names of a smaller and a tiny benchmark of the
 *               same command; the time above the tiny one (the fixed start-up cost) must grow
 *               no more than 1.3 x factor when the input grows factor times
 * Entries without setup are short start-up measurements: they are run round-robin, so that a
 * busy machine slows the baseline and the command alike.
 */
export const benchmarks = [
  { name: 'node -e 0 (baseline)', args: ['-e', '0'], baseline: true },
  { name: 'collections-prep --version', args: [BIN, '--version'], target: { ratio: 1.5 } },
  { name: 'collections-prep list (built-in bank)', args: [BIN, 'list'], target: { ratio: 2.5 } },
  {
    name: 'validate 10 questions / 1 file',
    setup: (scratch) => generateBank(join(scratch, 'bank-10'), 10, 1),
    args: (scratch) => [BIN, 'validate', join(scratch, 'bank-10')],
  },
  {
    name: 'validate 1,000 questions / 10 files',
    setup: (scratch) => generateBank(join(scratch, 'bank-1k'), 1_000, 10),
    args: (scratch) => [BIN, 'validate', join(scratch, 'bank-1k')],
    runs: 7,
    warmup: 1,
  },
  {
    name: 'validate 10,000 questions / 100 files',
    setup: (scratch) => generateBank(join(scratch, 'bank-10k'), 10_000, 100),
    args: (scratch) => [BIN, 'validate', join(scratch, 'bank-10k')],
    runs: 5,
    warmup: 1,
    target: { ms: 3000 },
    linear: { from: 'validate 1,000 questions / 10 files', fixed: 'validate 10 questions / 1 file', factor: 10 },
  },

  {
    // Issue 6: stats reads, validates (zod) and summarises the whole history at every run. Its
    // own data folder, so that no other benchmark reads (or writes) this large history.
    name: 'stats over 10,000 answers (2,000 sessions)',
    setup: (scratch) => ({ note: `${(generateHistory(join(scratch, 'home-stats', 'history.jsonl'), 10_000) / 1e6).toFixed(1)} MB` }),
    args: [BIN, 'stats'],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-stats') }),
    runs: 10,
    warmup: 2,
    target: { ratio: 3 },
  },

  // Issue 5: LLM grading against a loopback server (see bench-llm.mjs).
  ...llmBenchmarks({ BIN, generateBank }),

  // Issue 4: a batch drill as a user runs it (history read for recency, then written), and the
  // offline grader's throughput.
  {
    // Plain-text answers in order go to the questions that --seed selects: the reproducible
    // batch run of scripts and CI. History is written (its own data folder).
    name: 'drill --answers, 5 plain-text answers, --seed',
    setup: (scratch) => {
      writeFileSync(join(scratch, 'five.txt'), Array.from({ length: 5 }, (_, i) => `Answer ${i}: ${ANSWER}`).join('\n---\n'));
      return {};
    },
    args: (scratch) => [BIN, 'drill', '--role', 'agent', '--seed', '7', '--answers', join(scratch, 'five.txt')],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-drill5') }),
    // The grader's language model loads in this run (about 110 ms on this machine).
    target: { ratio: 4.5 },
  },
  {
    // Answers by question id: the YAML parser and zod are loaded to read and check the file.
    name: 'drill --answers, 5 answers by id (YAML)',
    setup: (scratch) => {
      const ids = ['agent-mid-refuses-to-pay', 'agent-junior-unexpected-charge', 'supervisor-lead-team-missing-targets', 'supervisor-mid-daily-task-prioritisation', 'agent-senior-silent-debtor-new-channel'];
      writeFileSync(join(scratch, 'five.yaml'), ids.map((id) => `${id}: ${ANSWER}`).join('\n'));
      return {};
    },
    args: (scratch) => [BIN, 'drill', '--answers', join(scratch, 'five.yaml')],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-drill5-yaml') }),
  },
  // Issue 15: a batch mock interview as a user runs it: six plain-text answers to the questions
  // that --seed puts in an interviewer's order, each graded, a follow-up chosen for the thin ones,
  // the verdict, the report printed and history written. Held to drill's ratio.
  {
    name: 'interview --answers, 6 plain-text answers, --seed',
    setup: (scratch) => {
      writeFileSync(join(scratch, 'six.txt'), Array.from({ length: 6 }, (_, i) => `Answer ${i}: ${ANSWER}`).join('\n---\n'));
      return {};
    },
    args: (scratch) => [BIN, 'interview', '--job', 'Collections Agent', '--seed', '7', '--answers', join(scratch, 'six.txt')],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-interview6') }),
    target: { ratio: 4.5 },
  },
  {
    // Without --seed, the history is read (and every line validated) to hold back questions
    // answered recently: this grows with the history (here, the runs' own sessions).
    name: 'drill --answers, 5 plain-text answers, no seed',
    setup: (scratch) => {
      writeFileSync(join(scratch, 'five.txt'), Array.from({ length: 5 }, (_, i) => `Answer ${i}: ${ANSWER}`).join('\n---\n'));
      return {};
    },
    args: (scratch) => [BIN, 'drill', '--role', 'agent', '--answers', join(scratch, 'five.txt')],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-drill5-noseed') }),
  },
  // Issue 16: a batch call as a user runs it: seven turns, each checked by the conduct rules and
  // the scenario's traps, the customer's line chosen from each, the report printed, history written.
  {
    name: 'call --turns, 7 turns (us-medical-bills-hardship)',
    setup: (scratch) => {
      const turns = [
        'Hi, may I speak with Dana Whitfield, please?',
        'Thanks, Dana. My name is Sam from Northfield Recovery. Before I go on, can you confirm your date of birth for me?',
        "Thank you. I'm calling from Northfield Recovery, a debt collector. This is an attempt to collect a debt.",
        "I'm sorry to hear things have been hard. Can you tell me what's happened?",
        'What could you comfortably afford each month? We can set up a payment plan around that.',
        "Sixty a month works. I'll send you a letter confirming the plan.",
        'Thank you, Dana. Take care.',
      ];
      writeFileSync(join(scratch, 'turns.txt'), turns.join('\n---\n'));
      return {};
    },
    args: (scratch) => [BIN, 'call', '--scenario', 'us-medical-bills-hardship', '--turns', join(scratch, 'turns.txt')],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-call') }),
  },
  {
    // Issue 10: an interactive drill in a real terminal (a pseudo-terminal, see bench-screen.py),
    // timed from the start of the process until the first question's answer prompt is on screen;
    // the grader's language model loads while the question is up, after this point.
    name: 'drill, first interactive question on screen (--role agent --seed)',
    screen: 'Enter 3 times to finish',
    args: [BIN, 'drill', '--role', 'agent', '--count', '3', '--seed', '11'],
    env: (scratch) => ({ COLLECTIONS_PREP_HOME: join(scratch, 'home-screen'), TERM: 'xterm-256color' }),
    target: { ratio: 2.5 },
  },
  {
    // Wall time of a process that loads the bank and grades 1,000 answers: start-up included, so
    // the grading alone is faster still (the script prints it: node scripts/bench-grade.mjs).
    name: 'offline grading of 1,000 answers (one process)',
    setup: (scratch) => {
      // Built under node_modules/.cache so that wink-nlp (loaded at run time) resolves from it.
      buildSync({ define: benchDefine, entryPoints: [join(ROOT, 'scripts', 'bench-grade.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: GRADE_SCRIPT, logLevel: 'warning', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
      const out = spawnSync(process.execPath, [GRADE_SCRIPT, ROOT], { encoding: 'utf8' });
      const figure = JSON.parse(out.stdout || '{}');
      return { note: `grading alone ${figure.grading_ms} ms, target < 1000; language model and bank index ${figure.load_ms} ms` };
    },
    args: () => [GRADE_SCRIPT, ROOT],
    runs: 7,
    warmup: 1,
  },

  // ---------------------------------------------------------------------------------------
  // LATER BENCHMARKS GO HERE: add entries of the same shape.
  // ---------------------------------------------------------------------------------------
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Copies the built package (bin, dist, questions, package.json: the bundle holds its
 * dependencies but wink-nlp, linked from node_modules) into the scratch folder and returns its bin. Benchmarks run that copy, so a
 * rebuild of dist/ while they run (npm test does one) cannot break or skew them.
 */
function snapshotPackage(scratch) {
  const pkg = join(scratch, 'package');
  const bin = join(pkg, 'bin', 'collections-prep.js');
  const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (let attempt = 1; ; attempt++) {
    // A build in progress empties dist/ first: wait for it to finish, copy, and check the copy.
    for (let i = 0; i < 120 && !(existsSync(join(ROOT, 'dist', 'main.js')) && existsSync(join(ROOT, 'dist', 'bank.json'))); i++) pause(500);
    rmSync(pkg, { recursive: true, force: true });
    try {
      for (const part of ['bin', 'dist', 'questions', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
      // The grader's language model (wink-nlp) is loaded from node_modules at run time, not bundled.
      symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
      if (spawnSync(process.execPath, [bin, 'list', '--format', 'json'], { stdio: 'ignore' }).status === 0) return bin;
    } catch {
      // copied while dist/ was being rebuilt
    }
    if (attempt === 5) throw new Error('could not take a working copy of the built package; run "npm run build" and try again');
    pause(2000);
  }
}

/** A function that runs the benchmark's command once and returns the time in milliseconds. */
function runner(bench, scratch, env, bin = BIN) {
  // BIN in an entry's arguments stands for the package copy that is measured.
  const args = (typeof bench.args === 'function' ? bench.args(scratch) : bench.args).map((a) => (a === BIN ? bin : a));
  if (bench.env) env = { ...env, ...bench.env(scratch) };
  if (bench.screen) {
    // Time to first screen, measured inside the pseudo-terminal's driver (python's start-up is not counted).
    return () => {
      const r = spawnSync('python3', [SCREEN, bench.screen, process.execPath, ...args], { cwd: scratch, env, encoding: 'utf8' });
      const ms = Number(r.stdout.trim());
      if (r.status !== 0 || !Number.isFinite(ms)) throw new Error(`${bench.name}: "${bench.screen}" never showed\n${String(r.stderr).slice(0, 2000)}`);
      return ms;
    };
  }
  return () => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: scratch, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== (bench.expect ?? 0)) {
      throw new Error(`${bench.name}: exit code ${r.status} (expected ${bench.expect ?? 0})\n${String(r.stderr).slice(0, 2000)}`);
    }
    return ms;
  };
}

/** Measures benchmarks round-robin (warm-ups, then timed runs); returns the timings of each. */
export function measure(group, scratch, env, bin = BIN) {
  const once = group.map((b) => runner(b, scratch, env, bin));
  const times = group.map(() => []);
  const rounds = Math.max(...group.map((b) => (b.warmup ?? 3) + (b.runs ?? 15)));
  for (let round = 0; round < rounds; round++) {
    group.forEach((b, i) => {
      const warmup = b.warmup ?? 3;
      if (round >= warmup + (b.runs ?? 15)) return;
      const ms = once[i]();
      if (round >= warmup) times[i].push(ms);
    });
  }
  return times;
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export async function main(argv = process.argv.slice(2)) {
  const asJson = argv.includes('--json');
  const check = argv.includes('--check');
  const words = argv.filter((a) => !a.startsWith('--'));
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) {
    console.error('dist/ is missing: run "npm run build" first (npm run bench does).');
    return 1;
  }
  const chosen = benchmarks.filter((b) => b.baseline || words.length === 0 || words.some((w) => b.name.includes(w)));
  const scratch = mkdtempSync(join(tmpdir(), 'cprep-bench-'));
  // Like a user's terminal-less run: no colour, a data folder of its own.
  const env = { ...process.env, NO_COLOR: '1', COLLECTIONS_PREP_HOME: join(scratch, 'home') };
  delete env.FORCE_COLOR;
  const results = [];
  let missed = 0;
  let ajv;
  const record = (bench, times, note) =>
    results.push({ name: bench.name, median: median(times), min: Math.min(...times), runs: times.length, bench, note });
  try {
    const bin = snapshotPackage(scratch);
    const quick = chosen.filter((b) => !b.setup);
    if (!asJson) process.stderr.write(`  measuring ${quick.map((b) => b.name).join(', ')} (round-robin) ...\n`);
    measure(quick, scratch, env, bin).forEach((times, i) => record(quick[i], times));
    for (const bench of chosen.filter((b) => b.setup)) {
      if (!asJson) process.stderr.write(`  measuring ${bench.name} ...\n`);
      const info = bench.setup(scratch);
      record(bench, measure([bench], scratch, env, bin)[0], info?.note);
    }
    if (words.length === 0 || words.some((w) => 'validate against ajv-cli'.includes(w))) {
      ajv = compareWithAjv({ root: ROOT, bin, scratch, env, generateBank, log: (line) => !asJson && process.stderr.write(`${line}\n`) });
      if (ajv.rows) missed += ajv.rows.filter((r) => !r.met).length;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // In the order of the list, whatever the order of measuring.
  results.sort((a, b) => chosen.indexOf(a.bench) - chosen.indexOf(b.bench));

  const base = results.find((r) => r.bench.baseline)?.median ?? NaN;
  const byName = new Map(results.map((r) => [r.name, r]));
  const rows = results.map((r) => {
    const ratio = r.median / base;
    const notes = [];
    let ok = true;
    const t = r.bench.target;
    if (t?.ratio !== undefined) {
      notes.push(`≤ ${t.ratio}x node`);
      ok &&= ratio <= t.ratio;
    }
    if (t?.ms !== undefined) {
      notes.push(`< ${fmt(t.ms)}`);
      ok &&= r.median < t.ms;
    }
    let growth;
    const linear = r.bench.linear;
    if (linear) {
      const from = byName.get(linear.from);
      const fixed = byName.get(linear.fixed);
      if (from && fixed) {
        // Time above the same command on a tiny input, so that the fixed start-up cost neither hides nor fakes the scaling.
        growth = (r.median - fixed.median) / (from.median - fixed.median);
        notes.push(`${linear.factor}x input: ${growth.toFixed(1)}x time (linear: ${linear.factor}x)`);
        ok &&= growth <= linear.factor * 1.3;
      }
    }
    if (r.bench.ideal) {
      const { ms, plus, within } = r.bench.ideal;
      const startup = byName.get(plus)?.median ?? 0;
      const bound = ms + startup;
      notes.push(`ideal ${fmt(ms)} + start-up ${fmt(startup)} = ${fmt(bound)}: ${(r.median / bound).toFixed(2)}x (≤ ${within}x)`);
      ok &&= r.median <= within * bound;
    }
    const hasTarget = t !== undefined || linear !== undefined || r.bench.ideal !== undefined;
    if (hasTarget && !ok) missed++;
    return { name: r.name, note: r.note, median_ms: Number(r.median.toFixed(1)), min_ms: Number(r.min.toFixed(1)), runs: r.runs, ratio: Number(ratio.toFixed(2)), growth: growth === undefined ? undefined : Number(growth.toFixed(2)), target: notes.join('; '), met: hasTarget ? ok : null };
  });

  if (asJson) {
    console.log(JSON.stringify({ node: process.version, baseline_ms: Number(base.toFixed(1)), results: rows, validate_vs_ajv: ajv }, null, 2));
  } else {
    const head = ['benchmark', 'median', 'min', 'runs', 'x node', 'target', 'met'];
    const body = rows.map((r) => [r.note ? `${r.name} (${r.note})` : r.name, fmt(r.median_ms), fmt(r.min_ms), String(r.runs), `${r.ratio.toFixed(2)}x`, r.target || '-', r.met === null ? '' : r.met ? 'yes' : 'NO']);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
    console.log(`\nNode ${process.version}, ${process.platform}-${process.arch}; median of the timed runs after warm-ups.\n`);
    console.log(line(head));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const b of body) console.log(line(b));
    if (ajv) console.log(`\n${formatComparison(ajv).join('\n')}`);
    console.log(missed ? `\n${missed} target${missed === 1 ? '' : 's'} missed.` : '\nAll targets met.');
  }
  return check && missed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
