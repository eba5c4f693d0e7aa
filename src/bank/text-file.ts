// Reading a file as text: size limit, binary and encoding checks. Kept apart from the YAML
// parsers so that commands reading answers need not load them.

/** Files larger than this are refused before parsing: a bank file is text written by people. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface Position {
  line: number;
  col: number;
}

/** The problem with a file over the size limit, found before or after reading it. */
export function sizeProblem(bytes: number): string {
  return `file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB)`;
}

/**
 * Decodes raw bytes as UTF-8 text, refusing what is clearly not a text file. A NUL byte or an
 * invalid UTF-8 sequence is located (line and column) so that the message can point at it.
 */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string; line?: number; col?: number } {
  if (bytes.length > MAX_FILE_BYTES) return { problem: sizeProblem(bytes.length) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problem: 'file looks binary (it contains NUL bytes); expected UTF-8 YAML text', ...bytePosition(bytes, nul) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) return { problem: 'file is not valid UTF-8 text' };
    const hex = bytes[bad]!.toString(16).padStart(2, '0');
    return { problem: `file is not valid UTF-8 text (byte 0x${hex}); save it as UTF-8`, ...bytePosition(bytes, bad) };
  }
}

/** Line and column (in characters, 1-based) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, col: [...before].length + 1 };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    const next = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates, and code points above U+10FFFF.
    if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next > 0x9f) || (c === 0xf0 && next < 0x90) || (c === 0xf4 && next > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}
