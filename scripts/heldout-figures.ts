// Prints the grader's figures on the HELD-OUT data: the test half, the fresh answer sets, the test half of the
// single conduct sentences and the held-out call-turn sets. Run it once, at the end of a stop, to report them
// (node scripts/fit.mjs heldout-figures); never to choose a change. test/corpus/corpus.test.ts holds floors below them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { figures, gradeCorpus, gradeFresh2Answers, gradeFresh3Answers, gradeFresh4Answers, gradeFresh5Answers, gradeFreshAnswers, gradeSentences, loadCallTurns, measureCallTurns } from '../test/corpus/evaluate.js';

const show = (name: string, rows: Parameters<typeof figures>[0]) => console.log(name, JSON.stringify(figures(rows)));
show('test half', gradeCorpus().filter((r) => r.split === 'test'));
show('fresh', gradeFreshAnswers());
show('fresh2', gradeFresh2Answers());
show('fresh3', gradeFresh3Answers());
show('fresh4', gradeFresh4Answers());
show('fresh5', gradeFresh5Answers());
const s = gradeSentences().filter((x) => x.split === 'test');
console.log('sentences test half: harmful flagged', s.filter((x) => x.harmful && x.rules.length).length, '/', s.filter((x) => x.harmful).length, '; safe flagged', s.filter((x) => !x.harmful && x.rules.length).length, '/', s.filter((x) => !x.harmful).length);
for (const file of readdirSync(join(process.cwd(), 'test/corpus/call-turns')).filter((f) => /^test\d*\.yaml$/.test(f)).sort()) {
  const f = measureCallTurns(loadCallTurns(file));
  console.log(`calls ${file}: breach ${f.flagged}/${f.breachTurns}, compliant ${f.safeFlagged}/${f.safeTurns}, labels by own rule ${f.byRule}/${f.labels}`);
}
