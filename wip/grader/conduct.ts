import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readText } from '../src/language/read.ts';
import { detectConduct } from '../src/conduct/detect.ts';
const file = process.argv[2]!;
const data = parse(readFileSync(file, 'utf8'));
let tp = 0, fn = 0, fp = 0, tn = 0;
const half = process.argv[3]; // 'even' | 'odd' | undefined
data.sentences.forEach((s: any, i: number) => {
  if (half === 'even' && i % 2) return; if (half === 'odd' && !(i % 2)) return;
  const hits = detectConduct(readText(s.text), { jurisdiction: s.jurisdiction === 'any' ? undefined : s.jurisdiction });
  const flagged = hits.length > 0;
  if (s.harmful && flagged) tp++; else if (s.harmful) { fn++; console.log('MISS', s.category, '|', s.text); }
  else if (flagged) { fp++; console.log('FALSE', s.category, hits.map(h=>h.rule).join(','), '|', s.text); } else tn++;
});
console.log({ tp, fn, fp, tn });
