import { describe, expect, it } from 'vitest';
import { outputWidth } from '../../../src/context.js';

const sink = { write: () => true };

describe('outputWidth', () => {
  it("is the terminal's width, else COLUMNS, else the width of the terminal standard error still shows, else 80", () => {
    expect(outputWidth({ stdout: { ...sink, isTTY: true, columns: 72 }, env: {} })).toBe(72);
    expect(outputWidth({ stdout: sink, env: { COLUMNS: '66' }, stderr: { ...sink, isTTY: true, columns: 60 } })).toBe(66);
    // `list | head` in a 60-column window: stdout is a pipe, stderr still the terminal (a new user saw 80-wide lines).
    expect(outputWidth({ stdout: sink, env: {}, stderr: { ...sink, isTTY: true, columns: 60 } })).toBe(60);
    expect(outputWidth({ stdout: sink, env: {}, stderr: { ...sink, isTTY: false, columns: 60 } })).toBe(80);
    expect(outputWidth({ stdout: sink, env: {} })).toBe(80);
  });
});
