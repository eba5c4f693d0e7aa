// Offline grading throughput, measured inside one process (bundled by bench.mjs with esbuild):
// the built-in bank's questions, each answered with a strong, a middling, a harmful and a
// keyword answer in turn, until 1,000 answers are graded. Prints the grading time alone.
import { join } from 'node:path';
import { loadBank } from '../src/bank/load.js';
import { gradeOffline, warmUpOffline } from '../src/grading/offline/grade.js';

const root = process.argv[2] ?? process.cwd();
const { bank } = loadBank({ cwd: root, builtin: { dir: join(root, 'questions') } });
const variants = [
  (example: string) => example,
  (example: string) => example.split('. ').slice(0, 3).join('. '),
  () => 'I would tell him he could be arrested and call his employer every day until he pays.',
  () => 'empathy, payment plan, FDCPA, document, escalate, affordable, listen, follow up',
];
// The figure is the grading after the language model has loaded: load it (and index the
// bank) first, and report that time on its own.
const loading = performance.now();
warmUpOffline(bank.questions);
const load_ms = Math.round(performance.now() - loading);
const started = performance.now();
const cpu0 = process.cpuUsage();
let total = 0;
for (let i = 0; i < 1000; i++) {
  const q = bank.questions[i % bank.questions.length]!;
  total += gradeOffline(q, variants[i % variants.length]!(q.example_answer), { skills: bank.skills, bank: bank.questions }).score ?? 0;
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(`${JSON.stringify({ answers: 1000, grading_ms: Math.round(ms), cpu_ms: Math.round((cpu.user + cpu.system) / 1000), load_ms, average: Math.round((total / 1000) * 10) / 10 })}\n`);
