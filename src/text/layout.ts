// Plain-text layout helpers: these know nothing of colour.

const ANSI = /\u001b\[[0-9;]*m/g;

export function visibleLength(s: string): number {
  return s.replace(ANSI, '').length;
}

export function truncate(s: string, width: number): string {
  if (s.length <= width) return s;
  return width <= 1 ? s.slice(0, width) : `${s.slice(0, width - 1)}…`;
}

/** Word-wraps plain text to a width, keeping paragraph breaks and an indent on every line. */
export function wrap(text: string, width: number, indent = ''): string {
  const max = Math.max(20, width - indent.length);
  const out: string[] = [];
  for (const para of text.replace(/\r\n/g, '\n').split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of para.trim().split(/\s+/)) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= max) line += ` ${word}`;
      else {
        out.push(indent + line);
        line = word;
      }
    }
    if (line) out.push(indent + line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** A bullet list with hanging indents. */
export function bullets(items: readonly string[], width: number, marker = '-', indent = '  '): string {
  return items
    .map((item) => {
      const body = wrap(item, width, `${indent}  `).trimStart();
      return `${indent}${marker} ${body}`;
    })
    .join('\n');
}

/** Columns padded to fit; the last column is truncated to the width. */
export function table(rows: string[][], width: number, gap = 2): string {
  if (rows.length === 0) return '';
  const cols = rows[0]!.length;
  const widths = new Array<number>(cols).fill(0);
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, visibleLength(cell))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + gap, 0);
  const last = Math.max(10, width - fixed);
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === cols - 1 ? truncate(cell, last) : cell + ' '.repeat(widths[i]! - visibleLength(cell) + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

export function terminalWidth(columns: number | undefined): number {
  return columns && columns > 0 ? Math.min(columns, 100) : 80;
}
