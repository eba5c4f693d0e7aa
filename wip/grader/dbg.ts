import { gradeCorpus } from '../test/corpus/evaluate.ts';
const rows = gradeCorpus().filter(r => r.split === 'train');
const mode = process.argv[2];
for (const r of rows) {
  if (mode === 'fp' && r.label >= 3 && !r.harmful && r.grade.red_flags.length) console.log('FP', r.label, r.question, JSON.stringify(r.grade.conduct), r.grade.red_flags.join('|'));
  if (mode === 'fn' && r.harmful && !r.grade.red_flags.length) console.log('FN', r.kinds.join(','), '|', r.note, '\n   ', r.answer.replace(/\s+/g,' ').slice(0, 600));
  if (mode === 'fact' && r.wrong_fact && !r.grade.fact_errors?.length && !r.harmful) console.log('FACT', r.question, '|', r.note);
  if (mode === 'factfp' && !r.wrong_fact && r.grade.fact_errors?.length) console.log('FACTFP', r.question, JSON.stringify(r.grade.fact_errors));
}
