// The validate benchmark of issue 14, used by scripts/bench.mjs: `collections-prep validate`
// against ajv-cli (the tool a CI user could pick instead, with the JSON Schema that `schema`
// prints) on the same generated banks of 10,000 questions in 100 files: one of clean cards, one
// where every card draws three warnings (30,000 in all). The two tools run interleaved, in fresh
// processes, so that a busy machine slows both alike; medians of time and of peak memory count.
// Targets: within 1.2x of ajv-cli's time and 1.5x of its peak memory.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const TARGET = { time: 1.2, memory: 1.5 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** ajv-cli's entry script, from the devDependency; undefined when it is not installed. */
function ajvCli(root) {
  try {
    const require = createRequire(join(root, 'package.json'));
    const pkg = require.resolve('ajv-cli/package.json');
    const bin = JSON.parse(readFileSync(pkg, 'utf8')).bin;
    return join(pkg, '..', typeof bin === 'string' ? bin : bin.ajv);
  } catch {
    return undefined;
  }
}

/**
 * Runs the comparison; returns one row per bank, or { skipped } when ajv-cli is missing.
 * `generateBank(dir, questions, files, { warnings })` comes from bench.mjs.
 */
export function compareWithAjv({ root, bin, scratch, env, generateBank, runs = 7, warmup = 1, log = () => {} }) {
  const ajv = ajvCli(root);
  if (!ajv) return { skipped: 'ajv-cli is not installed (npm ci installs it as a devDependency)' };
  const schema = join(scratch, 'question-file.schema.json');
  const out = spawnSync(process.execPath, [bin, 'schema'], { env, encoding: 'utf8' });
  writeFileSync(schema, out.stdout);
  const hook = join(root, 'scripts', 'bench-rss.mjs');
  const rssFile = join(scratch, 'rss');
  const once = (args) => {
    rmSync(rssFile, { force: true });
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', hook, ...args], {
      cwd: scratch, env: { ...env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit code ${r.status}\n${String(r.stderr).slice(0, 2000)}`);
    return { ms, kib: Number(readFileSync(rssFile, 'utf8')) };
  };
  const banks = [
    { name: 'clean cards', warnings: false },
    { name: '30,000 warnings', warnings: true },
  ];
  const rows = [];
  for (const bank of banks) {
    const dir = join(scratch, `bank-ajv-${bank.warnings ? 'warn' : 'clean'}`);
    const { note } = generateBank(dir, 10_000, 100, { warnings: bank.warnings });
    log(`  measuring validate against ajv-cli, 10,000 questions / 100 files, ${bank.name} (${note}) ...`);
    const ours = [bin, 'validate', dir];
    // ajv-cli 5 reads YAML data files itself; "regex" is not a format it knows, hence --strict=false.
    const theirs = [ajv, 'validate', '--spec=draft2020', '--strict=false', '-s', schema, '-d', join(dir, '*.yaml')];
    const times = { ours: [], ajv: [] };
    const memory = { ours: [], ajv: [] };
    for (let round = 0; round < warmup + runs; round++) {
      // Alternate which goes first, so that neither always runs on a cache the other warmed.
      const order = round % 2 ? ['ajv', 'ours'] : ['ours', 'ajv'];
      for (const who of order) {
        const r = once(who === 'ours' ? ours : theirs);
        if (round < warmup) continue;
        times[who].push(r.ms);
        memory[who].push(r.kib);
      }
    }
    const t = { ours: median(times.ours), ajv: median(times.ajv) };
    const m = { ours: median(memory.ours), ajv: median(memory.ajv) };
    const timeRatio = t.ours / t.ajv;
    const memoryRatio = m.ours / m.ajv;
    rows.push({
      bank: bank.name,
      note,
      runs,
      ours_ms: Number(t.ours.toFixed(1)),
      ajv_ms: Number(t.ajv.toFixed(1)),
      time_ratio: Number(timeRatio.toFixed(2)),
      ours_mib: Number((m.ours / 1024).toFixed(1)),
      ajv_mib: Number((m.ajv / 1024).toFixed(1)),
      memory_ratio: Number(memoryRatio.toFixed(2)),
      met: timeRatio <= TARGET.time && memoryRatio <= TARGET.memory,
    });
  }
  return { rows };
}

/** The comparison as lines of text, for the benchmark's report. */
export function formatComparison(result) {
  if (result.skipped) return [`validate against ajv-cli: skipped (${result.skipped})`];
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const head = ['10,000 questions / 100 files', 'validate', 'ajv-cli', 'ratio', 'validate MiB', 'ajv-cli MiB', 'ratio', 'met'];
  const body = result.rows.map((r) => [
    r.bank, fmt(r.ours_ms), fmt(r.ajv_ms), `${r.time_ratio.toFixed(2)}x`, r.ours_mib.toFixed(0), r.ajv_mib.toFixed(0), `${r.memory_ratio.toFixed(2)}x`, r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [
    `validate against ajv-cli (interleaved runs, medians of ${result.rows[0]?.runs ?? 0}; peak memory is maxRSS; targets: time ≤ ${TARGET.time}x, memory ≤ ${TARGET.memory}x):`,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ];
}
