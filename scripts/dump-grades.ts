// Prints every grade and conduct result the grader gives over the corpora, the calibration sets,
// the built-in bank (five answers per card) and the call turns, one JSON line each: diff the output
// before and after a change that must not change any result. Run it bundled (no TypeScript runner):
//   node -e "require('esbuild').buildSync({entryPoints:['scripts/dump-grades.ts'],bundle:true,platform:'node',format:'esm',packages:'external',outfile:'node_modules/.cache/dump-grades.mjs'})"
//   node node_modules/.cache/dump-grades.mjs "$PWD" > before.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gradeCorpus, gradeSentences, gradeTrainingSentences, gradeGoodAnswers, gradeHarmAnswers, corpusBank } from '../test/corpus/evaluate.js';
import { gradeOfflineDetailed } from '../src/grading/offline/grade.js';
import { readText } from '../src/language/read.js';
import { detectTurnConduct } from '../src/conduct/turn.js';
import { detectConduct } from '../src/conduct/detect.js';

const root = process.argv[2] ?? process.cwd();
const out: string[] = [];
const put = (x: unknown) => out.push(JSON.stringify(x));
for (const r of gradeCorpus()) put({ k: 'corpus', q: r.question, grade: r.grade, f: r.features });
for (const r of gradeSentences()) put({ k: 's1', t: r.text, rules: r.rules });
for (const r of gradeTrainingSentences()) put({ k: 's2', t: r.text, rules: r.rules });
for (const r of gradeGoodAnswers()) put({ k: 'good', q: r.question, grade: r.grade });
for (const r of gradeHarmAnswers()) put({ k: 'harm', q: r.question, grade: r.grade });
const bank = corpusBank();
// Every answers file of the corpus, whatever its schema: its answers graded against their cards.
for (const f of readdirSync(join(root, 'test/corpus')).filter((x) => x.endsWith('.yaml')).sort()) {
  const data = parse(readFileSync(join(root, 'test/corpus', f), 'utf8')) as any;
  const list = Array.isArray(data?.answers) ? data.answers : [];
  for (const a of list) {
    const q = bank.questions.find((x) => x.id === a.question);
    if (!q || typeof a.answer !== 'string') continue;
    put({ k: `file:${f}`, q: q.id, grade: gradeOfflineDetailed(q, a.answer, { skills: bank.skills, bank: bank.questions }).grade });
  }
  const sentences = Array.isArray(data) ? data : Array.isArray(data?.sentences) ? data.sentences : [];
  for (const x of sentences) {
    const t = x?.text ?? x?.sentence;
    if (typeof t !== 'string') continue;
    for (const j of [undefined, 'us', 'uk'] as const) put({ k: `sent:${f}`, t, j, c: detectConduct(readText(t), j ? { jurisdiction: j } : {}), s: detectConduct(readText(t), { ...(j ? { jurisdiction: j } : {}), spoken: true }) });
  }
}
const variants = [
  (e: string) => e,
  (e: string) => e.split('. ').slice(0, 3).join('. '),
  () => 'I would tell him he could be arrested and call his employer every day until he pays.',
  () => 'empathy, payment plan, FDCPA, document, escalate, affordable, listen, follow up',
  (e: string) => e.split('. ').reverse().join('. '),
];
for (const q of bank.questions) {
  for (const v of variants) {
    const { grade, analysis } = gradeOfflineDetailed(q, v(q.example_answer), { skills: bank.skills, bank: bank.questions });
    put({ k: 'bank', q: q.id, grade, f: analysis?.features });
  }
  for (const j of [undefined, 'us', 'uk'] as const) put({ k: 'ex-conduct', q: q.id, j, c: detectConduct(readText(q.example_answer), j ? { jurisdiction: j } : {}) });
}
for (const f of ['train.yaml', 'train2.yaml', 'test.yaml']) {
  const sits = parse(readFileSync(join(root, 'test/corpus/call-turns', f), 'utf8')) as any[];
  for (const s of sits) {
    for (const t of s.turns) {
      const { localHour, ...rest } = s.state;
      put({ k: 'turn', t: t.text, c: detectTurnConduct(readText(t.text), { ...rest, ...(localHour !== undefined ? { localHour } : {}) }, { jurisdiction: s.jurisdiction }) });
    }
  }
}
process.stdout.write(out.join('\n') + '\n');
