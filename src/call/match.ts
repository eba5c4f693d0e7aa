// Finding a scenario's words and phrases in what someone said on a call: case, punctuation and
// common word endings aside ("verify" finds "verified", "verifying"; "date of birth" finds
// "date-of-birth"), and always on word boundaries ("pay" does not find "repay" or "paid off" does
// not find "paid offer").

const compiled = new Map<string, RegExp>();

function wordPattern(word: string): string {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w) || w.length < 4) return escape(w);
  // A short stem with the endings English puts on it: verif(y|ied|ies|ying), confirm(s|ed|ing).
  const stem = w.replace(/(?:e|y|ies|es|s|ed|ing)$/, '');
  return `${escape(stem.length >= 3 ? stem : w)}[a-z]{0,4}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression for one signal. */
export function signalPattern(signal: string): RegExp {
  let re = compiled.get(signal);
  if (!re) {
    const words = signal
      .trim()
      .split(/[\s\-–—/]+/)
      .filter(Boolean)
      .map(wordPattern);
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-–—/,]+')}(?![\\p{L}\\p{N}])`, 'iu');
    compiled.set(signal, re);
  }
  return re;
}

export interface SignalHit {
  signal: string;
  /** The sentence of the text that holds it: the evidence a report quotes. */
  words: string;
  /** Where in the text the signal starts. */
  index: number;
}

/** Splits into sentences the simple way: enough to quote the words that matter. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’']?|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The first signal found in the text, with the sentence it is in; undefined when none is. */
export function findSignal(text: string, signals: readonly string[]): SignalHit | undefined {
  let best: { signal: string; index: number } | undefined;
  for (const signal of signals) {
    const m = signalPattern(signal).exec(text);
    if (m && (best === undefined || m.index < best.index)) best = { signal, index: m.index };
  }
  if (!best) return undefined;
  const sentence = sentencesOf(text).find((s, i, all) => best!.index >= s.start && (i === all.length - 1 || best!.index < all[i + 1]!.start));
  return { signal: best.signal, words: sentence?.text ?? text.trim(), index: best.index };
}
