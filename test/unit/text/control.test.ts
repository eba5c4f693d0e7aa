import { describe, expect, it } from 'vitest';
import { printable, printableDeep } from '../../../src/text/control.js';

describe('printable', () => {
  it('removes escape sequences whole and other control characters, keeping newline and tab', () => {
    expect(printable('Title\u001b]0;pwned\u0007 set')).toBe('Title set');
    expect(printable('clear\u001b[2J\u001b[H screen')).toBe('clear screen');
    expect(printable('bell\u0007 back\bspace\r\u009b31m c1')).toBe('bell backspace c1');
    expect(printable('red \u001b[31mtext\u001b[0m')).toBe('red text');
    expect(printable('lines\n\tand tabs')).toBe('lines\n\tand tabs');
    expect(printable('é ✓ “quotes” — fine')).toBe('é ✓ “quotes” — fine');
  });

  it('cleans every string of a value, Maps and arrays included, and keeps what needs nothing', () => {
    const clean = { a: ['x'], m: new Map([['k', { t: 'y' }]]) };
    expect(printableDeep(clean)).toBe(clean);
    const dirty = { a: ['x\u001b[2J'], m: new Map([['k', { t: 'y\u001b]0;t\u0007' }]]), n: 3 };
    expect(printableDeep(dirty)).toEqual({ a: ['x'], m: new Map([['k', { t: 'y' }]]), n: 3 });
  });
});
