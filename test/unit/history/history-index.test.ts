// The history index behind `stats`: it must never change a number, only how fast it comes.
process.env.TZ = 'UTC';

import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHistoryIndexed } from '../../../src/history/history-index.js';
import { readCalls } from '../../../src/history/calls.js';
import { readHistory } from '../../../src/history/store.js';
import { rebuildSessions } from '../../../src/history/sessions.js';
import { computeStats, mergeStats } from '../../../src/history/stats.js';
import { ROOT, tempDir } from '../../helpers/cli.js';
import { historyOf, jsonl, sessionRecords, type SessionSpec } from '../../helpers/history.js';
import { callLine as sharedCallLine } from './call-line.js';

const NOW = new Date('2026-11-26T12:00:00Z');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const t = tempDir();
  cleanup = t.cleanup;
  return { file: t.path('history.jsonl'), index: t.path('cache/history-index.json'), dir: t.dir };
}

/** Statistics straight from the file, without the index. */
function direct(file: string) {
  const sessions = rebuildSessions(readHistory(file).records);
  return computeStats(sessions, NOW);
}
async function indexed(file: string, index: string) {
  const h = await readHistoryIndexed(file, index);
  return { stats: mergeStats(h.summaries, NOW, h.schedule), history: h };
}

function spec(n: number, extra: Partial<SessionSpec> = {}): SessionSpec {
  const day = String(10 + n).padStart(2, '0');
  return {
    id: `s${n}`,
    at: `2026-11-${day}T09:00:00Z`,
    role: n % 2 ? 'supervisor' : 'agent',
    answers: [
      { question: `q${n % 3}`, score: 1 + ((n * 7) % 40) / 10, skills: ['negotiation', 'compliance'], criteria: { compliance: 1 + (n % 5) }, missing: ['Confirms in writing'] },
      { question: `r${n % 4}`, score: 2 + (n % 3), skills: ['empathy'], seniority: ['senior', 'lead'], red: n % 4 ? [] : ['Threatens'] },
      { question: `t${n}`, skipped: n % 5 === 0 },
    ],
    ...extra,
  };
}

const callLine = (at: string, title: string, score: number) => sharedCallLine(at, title, score, { idPrefix: 'c-', text: 'It’s about the £240 balance.' });

describe('readHistoryIndexed', () => {
  it('gives the call records readCalls reads from the whole file: first run, from the index, after an append, with a last line still being written', async () => {
    const { file, index } = setup();
    const titles = (records: readonly { report: { scenario: { title: string } } }[]) => records.map((r) => r.report.scenario.title);
    writeFileSync(file, `${jsonl(historyOf(spec(1)))}${callLine('2026-11-12T10:00:00Z', 'First — “hardship”', 3.5)}\n${jsonl(historyOf(spec(2)))}`);
    const first = await readHistoryIndexed(file, index);
    expect(first.sessions).toBeDefined();
    expect(first.calls).toEqual(readCalls(file).records);
    expect(titles(first.calls)).toEqual(['First — “hardship”']);
    const again = await readHistoryIndexed(file, index);
    expect(again.sessions).toBeUndefined();
    expect(again.calls).toEqual(readCalls(file).records);
    appendFileSync(file, `${callLine('2026-11-20T10:00:00Z', 'Second £', 4)}\n${jsonl(historyOf(spec(3)))}${callLine('2026-11-21T10:00:00Z', 'No newline yet', 2)}`);
    const appended = await readHistoryIndexed(file, index);
    expect(appended.sessions).toBeUndefined();
    expect(titles(appended.calls)).toEqual(['First — “hardship”', 'Second £', 'No newline yet']);
    expect(appended.calls).toEqual(readCalls(file).records);
    appendFileSync(file, '\n');
    const done = await readHistoryIndexed(file, index);
    expect(done.calls).toEqual(readCalls(file).records);
    expect((await readHistoryIndexed(file, index, { full: true })).calls).toEqual(readCalls(file).records);
  });

  it('gives the same statistics as a full read, first run and next runs', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(...[1, 2, 3, 4, 5, 6].map((n) => spec(n)))));
    const first = await indexed(file, index);
    expect(first.history.sessions).toBeDefined(); // no index yet: a full read
    expect(existsSync(index)).toBe(true);
    expect(first.stats).toEqual(direct(file));
    const second = await indexed(file, index);
    expect(second.history.sessions).toBeUndefined(); // from the index alone
    expect(second.stats).toEqual(direct(file));
  });

  it('reads only what was appended, and still agrees with a full read', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2))));
    await indexed(file, index);
    for (const n of [3, 4, 5]) {
      appendFileSync(file, jsonl(sessionRecords(spec(n))));
      const next = await indexed(file, index);
      expect(next.history.sessions).toBeUndefined();
      expect(next.stats).toEqual(direct(file));
    }
    // The first line is the hash of the rest.
    const saved = JSON.parse(readFileSync(index, 'utf8').split('\n').slice(1).join('\n'));
    expect(saved.summaries).toHaveLength(5);
    // No answer text in the index.
    expect(readFileSync(index, 'utf8')).not.toContain('An answer to');
  });

  it('re-reads everything when a session it holds gets more lines (stats during a session)', async () => {
    const { file, index } = setup();
    const records = sessionRecords(spec(7));
    const cut = records.findIndex((r) => r.kind === 'grade');
    writeFileSync(file, jsonl([...historyOf(spec(1)), ...records.slice(0, cut)]));
    await indexed(file, index);
    appendFileSync(file, jsonl(records.slice(cut)));
    const next = await indexed(file, index);
    expect(next.history.sessions).toBeDefined();
    expect(next.stats).toEqual(direct(file));
    expect((await indexed(file, index)).history.sessions).toBeUndefined();
  });

  it('re-reads everything when a new review is older than the last one replayed', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(5))));
    await indexed(file, index);
    appendFileSync(file, jsonl(sessionRecords(spec(2)))); // written late, answered earlier
    const next = await indexed(file, index);
    expect(next.history.sessions).toBeDefined();
    expect(next.stats).toEqual(direct(file));
    expect(next.stats.sessions.map((s) => s.id)).toEqual(['s2', 's5']);
  });

  it('notices a replaced history (cleared, then new sessions) and starts again', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2), spec(3))));
    await indexed(file, index);
    rmSync(file);
    writeFileSync(file, jsonl(historyOf(spec(4), spec(5), spec(6), spec(8))));
    const next = await indexed(file, index);
    expect(next.stats).toEqual(direct(file));
    expect(next.stats.sessions.map((s) => s.id)).toEqual(['s4', 's5', 's6', 's8']);
  });

  it('notices an edit inside the part already read', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2))));
    await indexed(file, index);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"score":1.7', '"score":4.9'));
    expect(readFileSync(file, 'utf8')).not.toBe(text);
    expect((await indexed(file, index)).stats).toEqual(direct(file));
  });

  it('ignores a damaged or foreign index', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2))));
    mkdirSync(join(index, '..'), { recursive: true });
    for (const junk of ['{not json', '{"v":99}', '[]', 'null', '{"v":1,"source":{"size":0}}']) {
      writeFileSync(index, junk);
      expect((await indexed(file, index)).stats).toEqual(direct(file));
    }
  });

  it('works (more slowly) when the cache folder cannot be written', async () => {
    const { file, dir } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2))));
    writeFileSync(join(dir, 'cache'), 'a file where the cache folder should be');
    const index = join(dir, 'cache', 'history-index.json');
    for (let i = 0; i < 2; i++) {
      const r = await indexed(file, index);
      expect(r.history.sessions).toBeDefined();
      expect(r.stats).toEqual(direct(file));
    }
  });

  it('reports damaged lines, old and new, with their line numbers', async () => {
    const { file, index } = setup();
    writeFileSync(file, `${jsonl(historyOf(spec(1)))}{broken\n`);
    expect((await readHistoryIndexed(file, index)).skipped).toEqual([9]);
    appendFileSync(file, `${jsonl(sessionRecords(spec(2)))}also broken\n`);
    expect((await readHistoryIndexed(file, index)).skipped).toEqual([9, 18]);
    expect(readHistory(file).skipped).toEqual([9, 18]);
    // A torn last line (no newline) is read again each time, never stored.
    appendFileSync(file, '{"v":1,"kind":"ses');
    expect((await readHistoryIndexed(file, index)).skipped).toEqual([9, 18, 19]);
    expect((await readHistoryIndexed(file, index)).skipped).toEqual([9, 18, 19]);
    expect((await indexed(file, index)).stats).toEqual(direct(file));
  });

  it('reads the hand-written v1 fixture like a full read does', async () => {
    const { file, index } = setup();
    writeFileSync(file, readFileSync(join(ROOT, 'test', 'fixtures', 'history-v1.jsonl')));
    for (let i = 0; i < 2; i++) {
      const r = await indexed(file, index);
      expect(r.stats).toEqual(direct(file));
      expect(r.history.skipped).toEqual([15]);
    }
  });

  it('has nothing to say about a missing history', async () => {
    const { file, index } = setup();
    const r = await readHistoryIndexed(file, index);
    expect(r.summaries).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('treats a damaged or hand-edited index as absent, never as a crash', async () => {
    const { file, index } = setup();
    writeFileSync(file, jsonl(historyOf(spec(1), spec(2))));
    await indexed(file, index);
    const [hash, body] = [readFileSync(index, 'utf8').split('\n')[0]!, readFileSync(index, 'utf8').split('\n').slice(1).join('\n')];
    const broken = JSON.parse(body);
    broken.cards = [{ q: 'x' }];
    broken.summaries = [{ id: 's' }];
    writeFileSync(index, `${hash}\n${JSON.stringify(broken)}`);
    const again = await indexed(file, index);
    expect(again.stats).toEqual(direct(file));
  });

  it('rebuilds a session that was still in progress (no answers yet) when its answers arrive', async () => {
    const { file, index } = setup();
    const records = sessionRecords(spec(1));
    const [start, ...rest] = records;
    writeFileSync(file, jsonl([start]));
    await indexed(file, index);
    appendFileSync(file, jsonl(rest));
    const next = await indexed(file, index);
    expect(next.stats).toEqual(direct(file));
  });
});
