// Question-file fixtures with known line numbers, so tests can assert exact positions.
// Edits made with String.replace keep one line per field, so the line map below stays true.

/** 60 words: inside the 50 to 300 range, so a card built from it has no word-count warning. */
export const EXAMPLE_ANSWER = Array.from({ length: 10 }, () => 'I listened, then agreed a plan.').join(' ');

/**
 * One complete, warning-free question card. Line numbers inside a file that starts with
 * `questions:` (line 1) and holds only this card:
 *
 *  2 `  - id: ...`          9 `    how_to_answer:`     14 `    key_points:`
 *  3 `    text: ...`       10 `      - Listen first.`  15 `      - point: ...`
 *  4 `    roles: [agent]`  11 `    what_not_to_say:`   16 `        signals: [listen]`
 *  5 `    seniority: ...`  12 `      - Threats.`       17 `    red_flags:`
 *  6 `    type: ...`       13 `    example_answer: ..` 18 `      - flag: ...`
 *  7 `    skills: [...]`                               19 `        signals: [jail]`
 *  8 `    why_asked: ...`
 */
export function questionYaml(
  id: string,
  fields: { roles?: string; seniority?: string; type?: string; skills?: string } = {},
): string {
  return [
    `  - id: ${id}`,
    '    text: A customer says they will not pay. What do you do?',
    `    roles: ${fields.roles ?? '[agent]'}`,
    `    seniority: ${fields.seniority ?? '[mid]'}`,
    `    type: ${fields.type ?? 'situational'}`,
    `    skills: ${fields.skills ?? '[negotiation]'}`,
    '    why_asked: Tests whether you stay calm and within the law.',
    '    how_to_answer:',
    '      - Listen first.',
    '    what_not_to_say:',
    '      - Threats.',
    `    example_answer: ${EXAMPLE_ANSWER}`,
    '    key_points:',
    '      - point: Listens before asking for money',
    '        signals: [listen]',
    '    red_flags:',
    '      - flag: Threatens action that is not lawful',
    '        signals: [jail]',
    '',
  ].join('\n');
}

/** A file with one question per id, each made by questionYaml. */
export function questionsFile(...cards: string[]): string {
  return `questions:\n${cards.join('')}`;
}

/** A skill with a full rubric; lines inside a file that starts with `skills:` (line 1): id on 2, rubric on 5, levels on 6 to 8. */
export function skillYaml(id: string): string {
  return [
    `  - id: ${id}`,
    `    name: ${id}`,
    '    description: A skill made for a test.',
    '    rubric:',
    '      1: Weak.',
    '      3: Adequate.',
    '      5: Excellent.',
    '',
  ].join('\n');
}

export function skillsFile(...skills: string[]): string {
  return `skills:\n${skills.join('')}`;
}
