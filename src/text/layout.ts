// Plain-text layout: every screen wraps through these, so no line is cut mid-word or overflows.
// Colour codes may be inside the text: widths count what is visible.

const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(s: string): number {
  return s.replace(ANSI, '').length;
}

export function truncate(s: string, width: number): string {
  if (visibleLength(s) <= width) return s;
  const plain = s.replace(ANSI, '');
  return width <= 1 ? plain.slice(0, width) : `${plain.slice(0, width - 1)}…`;
}

/** The narrowest line that wrapping still fills: below it, text runs on rather than one word a line. */
const MIN_ROOM = 12;

/** Splits a word too long for any line into pieces that fit (a URL, a long id). */
function pieces(word: string, room: number): string[] {
  if (visibleLength(word) <= room) return [word];
  const plain = word.replace(ANSI, '');
  const out: string[] = [];
  for (let i = 0; i < plain.length; i += room) out.push(plain.slice(i, i + room));
  return out;
}

export interface WrapOptions {
  /** The prefix of continuation lines (default: the first line's indent). */
  hanging?: string;
}

/**
 * Word-wraps text to a width: breaks only between words (a word longer than a whole line is
 * the one thing split), keeps paragraph breaks, puts `indent` before the first line of each
 * paragraph and `hanging` (default: the same indent) before the lines that continue it.
 * Non-breaking spaces keep words together and come out as spaces.
 */
export function wrap(text: string, width: number, indent = '', options: WrapOptions = {}): string {
  const hanging = options.hanging ?? indent;
  const out: string[] = [];
  for (const para of text.replace(/\r\n/g, '\n').split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    let prefix = indent;
    let line = '';
    const room = () => Math.max(MIN_ROOM, width - visibleLength(prefix));
    const flush = () => {
      out.push(prefix + line);
      prefix = hanging;
      line = '';
    };
    for (const word of para.trim().split(/[ \t]+/)) {
      for (const piece of pieces(word, Math.max(MIN_ROOM, width - visibleLength(hanging)))) {
        if (line === '') line = piece;
        else if (visibleLength(line) + 1 + visibleLength(piece) <= room()) line += ` ${piece}`;
        else {
          flush();
          line = piece;
        }
      }
    }
    if (line) flush();
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n').replace(/\u00a0/g, ' ');
}

/**
 * Items in a row joined by a separator (`a · b · c`), wrapped so that a line breaks between items
 * rather than inside one; an item too long for a line of its own wraps at its spaces.
 */
export function wrapItems(items: readonly string[], width: number, indent = '', options: WrapOptions & { separator?: string } = {}): string {
  const sep = options.separator ?? ' · ';
  const glued = items.filter((i) => i !== '').map((item) => item.replace(/ /g, '\u00a0'));
  // Non-breaking inside an item; the separator's last space is where a line may break.
  const trimmed = sep.replace(/ +$/, '');
  return wrap(glued.join(`${trimmed.replace(/ /g, '\u00a0')} `), width, indent, options);
}

/** A bullet list with hanging indents. */
export function bullets(items: readonly string[], width: number, marker = '-', indent = '  '): string {
  const hanging = `${indent}${' '.repeat(visibleLength(marker) + 1)}`;
  return items.map((item) => wrap(item, width, `${indent}${marker} `, { hanging })).join('\n');
}

export interface TableOptions {
  gap?: number;
  /** Columns aligned to the right (numbers). */
  right?: readonly number[];
  /** Columns that may be narrowed, their cells wrapping onto more lines (default: every column). */
  shrink?: readonly number[];
}

/**
 * Columns padded to fit `width`: when the natural widths are too wide, the widest shrinkable
 * columns are narrowed and their cells wrap at word boundaries onto further lines of the row,
 * so a table never overflows the terminal and never cuts a word.
 */
export function table(rows: string[][], width: number, options: TableOptions | number = {}): string {
  const opts: TableOptions = typeof options === 'number' ? { gap: options } : options;
  const gap = opts.gap ?? 2;
  if (rows.length === 0) return '';
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = new Array<number>(cols).fill(0);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, visibleLength(cell))));
  const shrinkable = new Set(opts.shrink ?? widths.map((_, i) => i));
  const longestWord = (i: number) =>
    Math.max(4, ...rows.map((r) => Math.max(0, ...(r[i] ?? '').replace(ANSI, '').split(/\s+/).map((w) => w.length))));
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (cols - 1);
  // Narrow the widest shrinkable column a step at a time, first down to its longest word, then
  // (if it must) below that, where words are split.
  for (const floor of [longestWord, () => 4]) {
    while (total() > width) {
      let widest = -1;
      for (let i = 0; i < cols; i++) if (shrinkable.has(i) && widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  const right = new Set(opts.right ?? []);
  const out: string[] = [];
  for (const row of rows) {
    const cells = widths.map((w, i) => {
      const cell = row[i] ?? '';
      return visibleLength(cell) <= w ? [cell] : wrap(cell, w).split('\n').flatMap((l) => pieces(l, w));
    });
    const height = Math.max(...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const parts = cells.map((c, i) => {
        const text = c[line] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i]! - visibleLength(text)));
        return right.has(i) ? pad + text : text + pad;
      });
      out.push(parts.join(' '.repeat(gap)).trimEnd());
    }
  }
  return out.join('\n');
}

/**
 * The width to lay text out at: the terminal's, or when the output is piped, the COLUMNS the
 * user set (as `COLUMNS=60 collections-prep rules | less` asks), else 80; never past 100.
 */
export function terminalWidth(columns: number | undefined, envColumns?: string): number {
  const set = envColumns !== undefined && /^\d+$/.test(envColumns.trim()) ? Number(envColumns) : 0;
  const w = columns && columns > 0 ? columns : set > 0 ? Math.max(set, 20) : 80;
  return Math.min(w, 100);
}
