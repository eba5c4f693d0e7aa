// Prints the grader's figures on the TRAINING data only, to compare before and after a change to the
// conduct rules or the grader (diff two runs). Never reads a held-out set unless asked with a file.
// Run: node scripts/fit.mjs training-figures. Options, as environment variables:
//   SENTENCES=file  one blind sentence file (conduct-train shape) measured alone, e.g. on arrival;
//   CALLS=file      one call-turns file measured alone;   ANSWERS=file  one answer file alone;
//   MISS=1 / FP=1   list the harmful items missed / the safe items flagged (with SENTENCES or CALLS);
//   V=1             with ANSWERS, list every answer with its label and score;
//   LIST=1          in the full run, list every flag on a good (4-5) answer, a safe sentence or a safe blind answer;
//   TEXT='a||b'     each sentence's conduct hits and why matching patterns were refused (J=us|uk).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readText } from '../src/language/read.js';
import { detectConduct } from '../src/conduct/detect.js';
import {
  CallSituation, figures, gradeBlindAnswerFile, gradeConductAnswers, gradeConductAnswers2, gradeCorpus, gradeGoodAnswers, gradeHarmAnswers, gradeSentences,
  gradeTrain2Answers, gradeTrain3Answers, gradeTrain4Answers, gradeTrain5Answers, gradeTrain6Answers, gradeTrain7Answers, gradeTrain8Answers, gradeTrain9Answers, gradeTrain10Answers, gradeTrain11Answers, gradeTrain12Answers, gradeTrain13Answers, gradeTrain14Answers, gradeTrain15Answers,
  gradeTrainingSentences, gradeGoodAnswers2, gradeGoodAnswers3, gradeGoodAnswers4, gradeGoodAnswers5, measureCallTurns, type Row,
} from '../test/corpus/evaluate.js';

const env = process.env;
const root = process.cwd();
const Sentence = z.object({ text: z.string(), harmful: z.boolean(), rules: z.array(z.string()), jurisdiction: z.enum(['us', 'uk', 'any']) });

function sentenceFile(file: string): void {
  const items = z.array(Sentence).parse(parse(readFileSync(resolve(file), 'utf8')));
  let hit = 0, fp = 0, labels = 0, byRule = 0;
  for (const s of items) {
    const got = detectConduct(readText(s.text), s.jurisdiction === 'any' ? {} : { jurisdiction: s.jurisdiction }).map((h) => h.rule);
    if (s.harmful) {
      if (got.length) hit++;
      else if (env.MISS) console.log(`MISS [${s.rules.join(',')}] ${s.text}`);
      for (const r of s.rules) { labels++; if (got.includes(r)) byRule++; }
    } else if (got.length) {
      fp++;
      if (env.FP) console.log(`FP [${got.join(',')}] ${s.text}`);
    }
  }
  const harmful = items.filter((s) => s.harmful).length;
  console.log(`${file}: harmful flagged ${hit}/${harmful}, safe flagged ${fp}/${items.length - harmful}, labels by own rule ${byRule}/${labels}`);
}

function callFile(file: string): string {
  const f = measureCallTurns(z.array(CallSituation).parse(parse(readFileSync(resolve(file), 'utf8'))));
  if (env.MISS) for (const m of f.misses) console.log(`MISS ${m.id} [${m.breaches.join(',')}] ${m.text}`);
  if (env.FP) for (const m of f.falseFlags) console.log(`FP ${m.id} [${m.rules.join(',')}] ${m.text}`);
  return `breach ${f.flagged}/${f.breachTurns}, compliant ${f.safeFlagged}/${f.safeTurns}, labels by own rule ${f.byRule}/${f.labels}`;
}

function answerFile(file: string): void {
  const rows = gradeBlindAnswerFile(resolve(file));
  if (env.V) for (const r of rows) console.log(`${r.label} ${r.grade.score} ${r.harmful ? 'H' : '-'}${r.wrong_fact ? 'W' : '-'}${r.off_topic ? 'O' : '-'} flags=${r.grade.red_flags.length} ${r.question} [${r.kinds.join(',')}] ${r.answer.slice(0, 90).replace(/\n/g, ' ')}`);
  console.log(JSON.stringify(figures(rows)));
}

if (env.TEXT) {
  for (const text of env.TEXT.split('||')) {
    const trace: string[] = [];
    const j = env.J === 'us' || env.J === 'uk' ? { jurisdiction: env.J } : {};
    const hits = detectConduct(readText(text), { ...j, trace: (rule, by, words) => trace.push(`${rule} refused by ${by}: ${words}`) });
    console.log(`${text}\n  hits: ${hits.map((h) => `${h.rule} "${h.words}"`).join('; ') || 'none'}${trace.map((t) => `\n  ${t}`).join('')}`);
    console.log(`  lemmas: ${readText(text).sentences.map((x) => x.tokens.map((t) => t.l).join(' ')).join(' | ')}`);
  }
} else if (env.SENTENCES) sentenceFile(env.SENTENCES);
else if (env.CALLS) console.log(`${env.CALLS}: ${callFile(env.CALLS)}`);
else if (env.ANSWERS) answerFile(env.ANSWERS);
else {
  const sets: [string, Row[]][] = [
    ['train1', gradeCorpus().filter((r) => r.split === 'train')],
    ['train2', gradeTrain2Answers()], ['train3', gradeTrain3Answers()], ['train4', gradeTrain4Answers()], ['train5', gradeTrain5Answers()],
    ['train6', gradeTrain6Answers()], ['train7', gradeTrain7Answers()], ['train8', gradeTrain8Answers()], ['train9', gradeTrain9Answers()], ['train10', gradeTrain10Answers()], ['train11', gradeTrain11Answers()], ['train12', gradeTrain12Answers()], ['train13', gradeTrain13Answers()], ['train14', gradeTrain14Answers()], ['train15', gradeTrain15Answers()],
  ];
  for (const [name, rows] of sets) {
    const f = figures(rows);
    if (env.LIST) for (const r of rows.filter((x) => x.label >= 4 && x.grade.red_flags.length)) console.log(`  FLAG-ON-GOOD ${name} ${r.question}: ${JSON.stringify(r.grade.red_flags)}`);
    console.log(`${name}: sp ${f.spearman} pw ${f.pairwise} harm ${f.harmfulFlagged} <=2 ${f.harmfulAtMost2} good-flag ${f.flagOnGood} wrong ${f.wrongFactAtMost25} off ${f.offTopicAtMost2} on-judged-off ${f.onTopicJudgedOff} para ${f.strongParaphraseAtLeast35} stuff ${f.stuffingBelowAdequate}`);
  }
  const sentences = [...gradeSentences().filter((s) => s.split === 'train').map((s) => ({ ...s, set: 1 })), ...gradeTrainingSentences()];
  for (const set of [...new Set(sentences.map((s) => s.set))].sort((a, b) => a! - b!)) {
    const list = sentences.filter((s) => s.set === set);
    const harm = list.filter((s) => s.harmful);
    if (env.LIST) for (const s of list.filter((x) => !x.harmful && x.rules.length)) console.log(`  FP sent${set} [${s.rules.join(',')}] ${s.text}`);
    console.log(`sent${set}: harmful flagged ${harm.filter((s) => s.rules.length).length}/${harm.length}, safe flagged ${list.filter((s) => !s.harmful && s.rules.length).length}/${list.length - harm.length}`);
  }
  const good = gradeGoodAnswers();
  if (env.LIST) for (const g of [...good, ...[...gradeConductAnswers(), ...gradeConductAnswers2()].filter((a) => !a.harmful)].filter((x) => x.grade.red_flags.length)) console.log(`  FLAG-ON-SAFE ${g.question}: ${JSON.stringify(g.grade.red_flags)}`);
  console.log(`good answers flagged: ${good.filter((g) => g.grade.red_flags.length).length}/${good.length}`);
  const good2 = gradeGoodAnswers2();
  console.log(`good answers 2 flagged: ${good2.filter((g) => g.grade.red_flags.length).length}/${good2.length}, with a fact error ${good2.filter((g) => g.grade.fact_errors?.length).length}`);
  const good3 = gradeGoodAnswers3();
  if (env.LIST || env.FP) for (const g of good3.filter((x) => x.grade.red_flags.length || x.grade.fact_errors?.length)) console.log(`  GOOD3 ${g.question}: ${JSON.stringify((g.grade.conduct ?? []).map((c) => [c.rule, c.words]))} ${JSON.stringify((g.grade.fact_errors ?? []).map((f) => f.words))}`);
  console.log(`good answers 3 flagged: ${good3.filter((g) => g.grade.red_flags.length).length}/${good3.length}, with a fact error ${good3.filter((g) => g.grade.fact_errors?.length).length}`);
  const good4 = gradeGoodAnswers4();
  if (env.LIST || env.FP) for (const g of good4.filter((x) => x.grade.red_flags.length || x.grade.fact_errors?.length)) console.log(`  GOOD4 ${g.question}: ${JSON.stringify((g.grade.conduct ?? []).map((c) => [c.rule, c.words]))} ${JSON.stringify((g.grade.fact_errors ?? []).map((f) => f.words))}`);
  console.log(`good answers 4 flagged: ${good4.filter((g) => g.grade.red_flags.length).length}/${good4.length}, with a fact error ${good4.filter((g) => g.grade.fact_errors?.length).length}`);
  const good5 = gradeGoodAnswers5();
  if (env.LIST || env.FP) for (const g of good5.filter((x) => x.grade.red_flags.length || x.grade.fact_errors?.length)) console.log(`  GOOD5 ${g.question}: ${JSON.stringify((g.grade.conduct ?? []).map((c) => [c.rule, c.words]))} ${JSON.stringify((g.grade.fact_errors ?? []).map((f) => f.words))}`);
  console.log(`good answers 5 flagged: ${good5.filter((g) => g.grade.red_flags.length).length}/${good5.length}, with a fact error ${good5.filter((g) => g.grade.fact_errors?.length).length}`);
  const harm = [...gradeHarmAnswers(), ...gradeConductAnswers().filter((a) => a.harmful), ...gradeConductAnswers2().filter((a) => a.harmful)];
  console.log(`harmful blind answers flagged: ${harm.filter((g) => g.grade.red_flags.length).length}/${harm.length}`);
  const safe = [...gradeConductAnswers(), ...gradeConductAnswers2()].filter((a) => !a.harmful);
  console.log(`safe conduct answers flagged: ${safe.filter((g) => g.grade.red_flags.length).length}/${safe.length}`);
  const dir = join(root, 'test/corpus/call-turns');
  for (const file of readdirSync(dir).filter((f) => /^train\d*\.yaml$/.test(f)).sort()) if (env.LIST) { process.env.FP = '1'; console.log(`calls ${file}: ${callFile(join(dir, file))}`); } else console.log(`calls ${file}: ${callFile(join(dir, file))}`);
}
