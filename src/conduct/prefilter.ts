// A cheap test that rules a pattern out before it runs: the literal pieces of text that every
// match of a pattern must contain (as RE2 and code search prefilters do), worked out from the
// pattern's source. Most detectors cannot match most sentences, and running (and, the first time,
// compiling) each of them on every sentence is most of what conduct detection costs. One search
// for all the pieces at once tells which detectors might match; the others are skipped, which
// changes no result: a sentence that holds none of a pattern's pieces holds no match of it.
//
// The analysis is conservative: anything it does not understand (a back-reference, an unknown
// construct) leaves that pattern without a prefilter, so it always runs.

/** What the matches of a piece of pattern can be: every string (when few), and pieces each match holds. */
interface Info {
  /** Every string the piece can match, when there are at most LIMIT; otherwise null. */
  exact: Set<string> | null;
  /** Each match contains one of these; null when nothing can be said. */
  factors: Set<string> | null;
}

const LIMIT = 16;
const MIN_FACTOR = 3;

class Unsupported extends Error {}

/** A character that stands for itself (anything else goes through the parser's other cases). */
const PLAIN = /^[^\\^$.|?*+()[\]{}]$/;
const QUANT = /^[?*+{]$/;

const ANY: Info = { exact: null, factors: null };
const EMPTY = (): Info => ({ exact: new Set(['']), factors: null });

/** The better of two factor sets: longer shortest piece first, then fewer pieces. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  const ma = a ? shortestOf(a) : 0;
  const mb = b ? shortestOf(b) : 0;
  if (ma === 0) return mb > 0 ? b : null;
  if (mb === 0) return a;
  if (ma !== mb) return ma > mb ? a : b;
  return a!.size <= b!.size ? a : b;
}

/** The length of a set's shortest piece; 0 for an empty set or one holding the empty string. */
function shortestOf(f: Set<string>): number {
  let m = f.size ? Infinity : 0;
  for (const s of f) if (s.length < m) m = s.length;
  return m;
}

function factorsOf(info: Info): Set<string> | null {
  return better(info.exact, info.factors);
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > LIMIT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private disjunction(): Info {
    const alts = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    if (alts.length === 1) return alts[0]!;
    let exact: Set<string> | null = new Set();
    for (const a of alts) {
      if (!a.exact || !exact) {
        exact = null;
        break;
      }
      for (const s of a.exact) exact.add(s);
      if (exact.size > LIMIT) exact = null;
    }
    let factors: Set<string> | null = new Set();
    for (const a of alts) {
      const f = factorsOf(a);
      if (!f) {
        factors = null;
        break;
      }
      for (const s of f) factors.add(s);
    }
    return { exact, factors };
  }

  private alternative(): Info {
    let exactAll: Set<string> | null = new Set(['']);
    let run: Set<string> = new Set(['']);
    let best: Set<string> | null = null;
    const closeRun = () => {
      best = better(best, run);
      run = new Set(['']);
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.term();
      exactAll = exactAll && item.exact ? product(exactAll, item.exact) : null;
      if (item.exact) {
        const next = product(run, item.exact);
        if (next) run = next;
        else {
          closeRun();
          run = item.exact;
        }
      } else {
        closeRun();
        best = better(best, item.factors);
      }
    }
    closeRun();
    return { exact: exactAll, factors: best };
  }

  private term(): Info {
    const c = this.src[this.i]!;
    // Assertions: zero width.
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (c === '\\' && (this.src[this.i + 1] === 'b' || this.src[this.i + 1] === 'B')) {
      this.i += 2;
      return EMPTY();
    }
    if (this.src.startsWith('(?=', this.i) || this.src.startsWith('(?!', this.i) || this.src.startsWith('(?<=', this.i) || this.src.startsWith('(?<!', this.i)) {
      this.i += this.src[this.i + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      // A lookahead or lookbehind may be quantified in this mode; it stays zero width.
      this.quantifier();
      return EMPTY();
    }
    // A run of plain characters is one piece (not one set per character), all but a last one
    // that a quantifier applies to ("arrests?").
    if (PLAIN.test(c) && !QUANT.test(this.src[this.i + 1] ?? '')) {
      let j = this.i + 1;
      while (j < this.src.length && PLAIN.test(this.src[j]!) && !QUANT.test(this.src[j + 1] ?? '')) j++;
      const text = this.src.slice(this.i, j);
      this.i = j;
      return { exact: new Set([text]), factors: null };
    }
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (q.min === 0) return { exact: q.max === 1 && atom.exact ? new Set([...atom.exact, '']) : null, factors: null };
    if (q.min === 1 && q.max === 1) return atom;
    return { exact: null, factors: factorsOf(atom) };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined; // a literal brace
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private expect(c: string): void {
    if (this.src[this.i] !== c) throw new Unsupported(`expected ${c}`);
    this.i++;
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (this.src.startsWith('(?<', this.i)) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported('group name');
        this.i = end + 1;
      } else if (this.src[this.i + 1] === '?') throw new Unsupported('group kind');
      else this.i++;
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '[') {
      this.i++;
      if (this.src[this.i] === '^') this.i++;
      // A ']' first in a class is a literal in this mode.
      if (this.src[this.i] === ']') this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.expect(']');
      return ANY;
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Unsupported(`stray ${c}`);
    this.i++;
    return { exact: new Set([c]), factors: null };
  }

  private escape(): Info {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    if ('dDwWsS'.includes(e)) return ANY;
    if (/[1-9k]/.test(e)) throw new Unsupported('back-reference');
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (simple[e]) return { exact: new Set([simple[e]!]), factors: null };
    // \0, \x, \u, \c and the rest: left alone rather than decoded.
    if (/[0xuc]/.test(e)) throw new Unsupported(`escape \\${e}`);
    // An identity escape (\. \- \' \$ ...): the character itself.
    if (/[A-Za-z]/.test(e)) throw new Unsupported(`escape \\${e}`);
    return { exact: new Set([e]), factors: null };
  }
}

/**
 * Pieces of text at least one of which every match of the pattern holds (the pattern compiled as
 * `new RegExp(source, 'g')`: case-sensitive, not Unicode), or null when none can be named.
 */
export function requiredPieces(source: string): string[] | null {
  try {
    const f = factorsOf(new Parser(source).parse());
    if (!f || [...f].some((s) => s.length < MIN_FACTOR)) return null;
    return [...f];
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

export interface Prefilter {
  /** For each pattern, in order: whether it can match the text (true for a pattern without pieces). */
  candidates(text: string): boolean[];
}

/** The pieces of a list of patterns, worked out ahead (at build time): used when the sources are the same. */
export interface KnownPieces {
  sources: readonly string[];
  pieces: readonly (readonly string[] | null)[];
}

/** The pieces of every pattern: those worked out ahead when they are for these very sources. */
export function piecesOf(sources: readonly string[], known?: KnownPieces): (readonly string[] | null)[] {
  if (known && known.sources.length === sources.length && known.pieces.length === sources.length && known.sources.every((s, i) => s === sources[i])) return [...known.pieces];
  return sources.map(requiredPieces);
}

/** One pass over the text for the pieces of every pattern, through their first characters. */
export function buildPrefilter(sources: readonly string[], known?: KnownPieces): Prefilter {
  const pieces = piecesOf(sources, known);
  // Pieces are bucketed by a hash of their first 8 characters, or 5, or 3 for shorter ones: most
  // pieces are a space and a word or two, and a shorter head ("keep ", " the ") would put dozens of
  // pieces in one bucket, each tried at every place the head occurs. A bucket is a guess;
  // startsWith decides.
  const windows = WINDOWS.map((w) => ({ w, pow: power(31, w - 1), seen: new Uint32Array(SLOTS >>> 5), buckets: new Map<number, Entry[]>() }));
  const entries = new Map<string, Entry>();
  pieces.forEach((list, i) => {
    for (const piece of list ?? []) {
      let e = entries.get(piece);
      if (!e) {
        entries.set(piece, (e = { piece, patterns: [] }));
        const win = windows.find((x) => piece.length >= x.w)!;
        const key = hashAt(piece, 0, win.w);
        // A bit per hash value says whether any piece starts so: most places start none, and the
        // bit says so without a map lookup.
        win.seen[(key & (SLOTS - 1)) >>> 5]! |= 1 << (key & 31);
        const bucket = win.buckets.get(key);
        if (bucket) bucket.push(e);
        else win.buckets.set(key, [e]);
      }
      e.patterns.push(i);
    }
  });
  const used = windows.filter((x) => x.buckets.size > 0);
  return {
    candidates(text: string): boolean[] {
      const may = pieces.map((p) => p === null);
      const n = text.length;
      for (const { w, pow, seen, buckets } of used) {
        if (n < w) continue;
        // A rolling hash: each place's hash from the one before (mod 2^32, as hashAt).
        let h = 0;
        for (let j = 0; j < w - 1; j++) h = (Math.imul(h, 31) + text.charCodeAt(j)) | 0;
        for (let at = 0; at + w <= n; at++) {
          h = (Math.imul(h, 31) + text.charCodeAt(at + w - 1)) | 0;
          const k = h & 0x7fffffff;
          if ((seen[(k & (SLOTS - 1)) >>> 5]! & (1 << (k & 31))) !== 0) {
            const bucket = buckets.get(k);
            if (bucket) for (const e of bucket) if (text.startsWith(e.piece, at)) for (const i of e.patterns) may[i] = true;
          }
          h = (h - Math.imul(text.charCodeAt(at), pow)) | 0;
        }
      }
      return may;
    },
  };
}

/**
 * The head lengths pieces are bucketed by, longest first (the last is MIN_FACTOR, the shortest
 * piece). Over the built-in bank's example answers this scan took 24 ms where the one before it
 * (buckets by three and five characters, looked up in a map at every place) took 68 ms.
 */
const WINDOWS = [8, 5, MIN_FACTOR];
// A small table (8 kB of bits each) stays in the processor's cache between sentences; a byte per
// slot over 2^18 slots ran four times slower inside grading than in a loop of its own.
const SLOTS = 1 << 16;

function power(base: number, exp: number): number {
  let p = 1;
  for (let i = 0; i < exp; i++) p = Math.imul(p, base);
  return p;
}

interface Entry {
  piece: string;
  patterns: number[];
}

/** The first `w` UTF-16 code units from `at`, hashed to 31 bits (not exact: a bucket's pieces are checked). */
function hashAt(s: string, at: number, w: number): number {
  let h = 0;
  for (let j = 0; j < w; j++) h = (Math.imul(h, 31) + s.charCodeAt(at + j)) | 0;
  return h & 0x7fffffff;
}
