// A copy of wink's English core model (wink-eng-lite-web-model's eng-core-web-model.json, 3 MB)
// for the bundle, with every character outside ASCII written as a JSON \u escape: the same JSON
// value, but a file that reads as one-byte text (latin1) and parses faster than the original
// (which holds a few curly quotes, so that UTF-8 decoding makes all 3 MB two-byte text): about
// 13 ms against 24 ms at every first grade. Its first line records the original's size, which
// src/language/wink-model.ts checks against the installed file before it trusts the copy.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const CORE_MODEL = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** JSON text with each UTF-16 code unit above 0x7F escaped: the same value, in ASCII. */
export function asciiJson(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The copy's text: a header line ({ bytes, sha256 } of the original), then the model in ASCII. */
export function coreCopy(original = readFileSync(require.resolve(CORE_MODEL))) {
  const header = { bytes: original.length, sha256: createHash('sha256').update(original).digest('hex') };
  return `${JSON.stringify(header)}\n${asciiJson(original.toString('utf8'))}`;
}

export function writeCoreCopy(file) {
  writeFileSync(file, coreCopy(), 'latin1');
}
