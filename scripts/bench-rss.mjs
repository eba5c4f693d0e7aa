// Loaded with `node --import` by the validate benchmark (bench-validate.mjs) into both tools
// alike: writes the process's peak resident memory (KiB) to BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
