// Prints the grader's figures on the HELD-OUT data: the test half, the fresh answer sets, the test half of the
// single conduct sentences and the held-out call-turn sets. Run it once, at the end of a stop, to report them
// (node scripts/fit.mjs heldout-figures); never to choose a change. test/corpus/corpus.test.ts holds floors below them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../src/language/read.js';
import { detectTurnConduct } from '../src/conduct/turn.js';
import { figures, gradeCorpus, gradeFresh2Answers, gradeFresh3Answers, gradeFreshAnswers, gradeSentences, loadCallTurns, situationState } from '../test/corpus/evaluate.js';

const show = (name: string, rows: Parameters<typeof figures>[0]) => console.log(name, JSON.stringify(figures(rows)));
show('test half', gradeCorpus().filter((r) => r.split === 'test'));
show('fresh', gradeFreshAnswers());
show('fresh2', gradeFresh2Answers());
show('fresh3', gradeFresh3Answers());
const s = gradeSentences().filter((x) => x.split === 'test');
console.log('sentences test half: harmful flagged', s.filter((x) => x.harmful && x.rules.length).length, '/', s.filter((x) => x.harmful).length, '; safe flagged', s.filter((x) => !x.harmful && x.rules.length).length, '/', s.filter((x) => !x.harmful).length);
for (const file of readdirSync(join(process.cwd(), 'test/corpus/call-turns')).filter((f) => /^test\d*\.yaml$/.test(f)).sort()) {
  let b = 0, f = 0, c = 0, cf = 0, labels = 0, own = 0;
  for (const sit of loadCallTurns(file)) for (const t of sit.turns) {
    const got = detectTurnConduct(readText(t.text), situationState(sit), { jurisdiction: sit.jurisdiction }).map((h) => h.rule);
    if (t.breaches.length) { b++; if (got.length) f++; } else { c++; if (got.length) cf++; }
    for (const r of t.breaches) { labels++; if (got.includes(r) || (r === 'vulnerable-pressure' && got.includes('borrowing-pressure'))) own++; }
  }
  console.log(`calls ${file}: breach ${f}/${b}, compliant ${cf}/${c}, labels by own rule ${own}/${labels}`);
}
