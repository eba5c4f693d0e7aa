import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadBank } from '../../src/bank/load.js';
import { gradeOffline } from '../../src/grading/offline/grade.js';

const Labelled = z.object({
  answers: z.array(
    z.strictObject({
      question: z.string(),
      label: z.number().int().min(1).max(5),
      harmful: z.boolean(),
      trap: z.enum(['none', 'negated-red-flag', 'keyword-stuffing', 'off-topic', 'very-short', 'paraphrase', 'harmful']),
      answer: z.string(),
    }),
  ),
});
export type LabelledAnswer = z.infer<typeof Labelled>['answers'][number];

const DEFAULT_ROOT = join(new URL('.', import.meta.url).pathname, '..', '..');

export function loadCalibration(ROOT = DEFAULT_ROOT) {
  const HERE = join(ROOT, 'test', 'calibration');
  const { bank, diagnostics } = loadBank({ cwd: ROOT, paths: [join(HERE, 'no-signals.yaml')], builtin: { dir: join(ROOT, 'questions') } });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`calibration bank invalid: ${errors[0]!.message}`);
  const answers = ['answers.yaml', 'no-signals-answers.yaml'].flatMap((f) => Labelled.parse(parse(readFileSync(join(HERE, f), 'utf8'))).answers);
  return { bank, answers };
}

export function gradeAll(root?: string) {
  const { bank, answers } = loadCalibration(root);
  return answers.map((a) => {
    const q = bank.questions.find((x) => x.id === a.question);
    if (!q) throw new Error(`unknown question ${a.question}`);
    return { ...a, grade: gradeOffline(q, a.answer, { skills: bank.skills, bank: bank.questions }) };
  });
}

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[order[k]![1]] = avg;
    i = j + 1;
  }
  return r;
}

/** Spearman's rank correlation, with ties given their average rank. */
export function spearman(a: number[], b: number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}
