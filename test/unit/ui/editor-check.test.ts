import { describe, expect, it } from 'vitest';
import { editorProblem } from '../../../src/ui/editor-check.js';

describe('editorProblem', () => {
  it('accepts an editor found on PATH or by path, and names a missing one and where it came from', () => {
    expect(editorProblem({ EDITOR: 'sh -c true', PATH: '/bin:/usr/bin' })).toBeUndefined();
    expect(editorProblem({ VISUAL: '/bin/sh' })).toBeUndefined();
    expect(editorProblem({ EDITOR: '/nonexistent/ed' })).toMatch(/cannot start your editor "\/nonexistent\/ed" \(\$EDITOR\): not found/);
    expect(editorProblem({ VISUAL: 'no-such-editor-xyz --wait', PATH: '/bin' })).toMatch(/"no-such-editor-xyz" \(\$VISUAL\)/);
  });
});
