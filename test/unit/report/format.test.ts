// "Format from the file name" decided once, with each command's own default.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, SESSION_FORMATS } from '../../../src/limits.js';
import { formatFromName } from '../../../src/report/format.js';

describe('formatFromName', () => {
  it('reads the extension, whatever its case, and not the folders', () => {
    expect(formatFromName('out/Report.JSON', SESSION_FORMATS, 'text')).toBe('json');
    expect(formatFromName('a.md', SESSION_FORMATS, 'text')).toBe('markdown');
    expect(formatFromName('a.markdown', SESSION_FORMATS, 'text')).toBe('markdown');
    expect(formatFromName('a.htm', EXPORT_FORMATS, 'markdown')).toBe('html');
    expect(formatFromName('a.txt', SESSION_FORMATS, 'json')).toBe('text');
    expect(formatFromName('notes.md/report', SESSION_FORMATS, 'text')).toBe('text');
  });

  it("gives the command's default for no file, or a name without an extension", () => {
    expect(formatFromName(undefined, EXPORT_FORMATS, 'markdown')).toBe('markdown');
    expect(formatFromName('report', SESSION_FORMATS, 'text')).toBe('text');
    expect(formatFromName('.profile', SESSION_FORMATS, 'text')).toBe('text');
  });

  it('leaves an extension that names none of the command’s formats to the command', () => {
    expect(formatFromName('a.pdf', SESSION_FORMATS, 'text')).toBeUndefined();
    // export writes no plain text: .txt names nothing it offers.
    expect(formatFromName('a.txt', EXPORT_FORMATS, 'markdown')).toBeUndefined();
  });
});
