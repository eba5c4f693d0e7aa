import { describe, expect, it } from 'vitest';
import { answerFromFile, editorFile } from '../../../src/ui/editor-answer.js';

describe('the --editor file', () => {
  const file = editorFile('A customer will not pay. What do you do?', (t) => t, 90);
  it('holds the question and the time limit as comments', () => {
    expect(file).toContain('# A customer will not pay. What do you do?');
    expect(file).toContain('# Time limit: 90 seconds.');
  });
  it('gives back only what was written below the marker', () => {
    expect(answerFromFile(`${file}I would ask why.\n\n# a heading of my own\nThen agree a plan.\n`)).toBe('I would ask why.\n\n# a heading of my own\nThen agree a plan.');
    expect(answerFromFile(file)).toBe('');
  });
  it('strips leading comment lines when the marker was deleted', () => {
    expect(answerFromFile('# the question\n# more\nMy answer.\n')).toBe('My answer.');
  });
});
