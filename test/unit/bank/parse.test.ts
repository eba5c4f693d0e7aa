import { describe, expect, test } from 'vitest';
import {
  countBySeverity,
  diagnosticLine,
  formatPath,
  githubAnnotation,
  sortDiagnostics,
  type Diagnostic,
} from '../../../src/bank/diagnostics.js';
import { MAX_ALIAS_COUNT, parseQuestionFile } from '../../../src/bank/parse.js';
import { decodeText, MAX_FILE_BYTES } from '../../../src/bank/text-file.js';
import { questionFileJsonSchema } from '../../../src/bank/schema.js';
import { questionsFile, questionYaml, skillsFile, skillYaml } from '../../helpers/bank.js';

/** The one-line form of every problem that parsing `text` as f.yaml finds. */
function problems(text: string): string[] {
  return parseQuestionFile(text, 'f.yaml').diagnostics.map(diagnosticLine);
}

const CARD = questionsFile(questionYaml('q-one'));

describe('parseQuestionFile: valid input', () => {
  test('a complete card parses with no diagnostics and keeps every field', () => {
    const parsed = parseQuestionFile(CARD, 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    const q = parsed.data?.questions?.[0];
    expect(q).toMatchObject({
      id: 'q-one',
      roles: ['agent'],
      seniority: ['mid'],
      type: 'situational',
      skills: ['negotiation'],
      how_to_answer: ['Listen first.'],
      what_not_to_say: ['Threats.'],
      key_points: [{ point: 'Listens before asking for money', signals: ['listen'] }],
      red_flags: [{ flag: 'Threatens action that is not lawful', signals: ['jail'] }],
    });
  });

  test('a skills-only file parses; rubric levels 2 and 4 are optional', () => {
    const parsed = parseQuestionFile(skillsFile(skillYaml('my-skill')), 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data?.skills?.[0]?.rubric).toEqual({ 1: 'Weak.', 3: 'Adequate.', 5: 'Excellent.' });
  });

  test('the yaml-language-server comment line is allowed', () => {
    expect(problems(`# yaml-language-server: $schema=./question-file.schema.json\n${CARD}`)).toEqual([]);
  });

  test('locate() points at cards and fields, and at the nearest existing ancestor for a missing one', () => {
    const parsed = parseQuestionFile(CARD, 'f.yaml');
    expect(parsed.locate(['questions', 0])).toEqual({ line: 2, col: 5 });
    expect(parsed.locate(['questions', 0, 'skills', 0])).toEqual({ line: 7, col: 14 });
    expect(parsed.locate(['questions', 0, 'red_flags', 0, 'flag'])).toEqual({ line: 18, col: 15 });
    expect(parsed.locate(['questions', 0, 'no_such_field'])).toEqual({ line: 2, col: 5 });
  });
});

describe('parseQuestionFile: YAML syntax', () => {
  test('an unclosed flow sequence', () => {
    expect(problems('questions:\n  - id: a\n    text: [unclosed\n')).toEqual([
      'f.yaml:4:1: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  test('a line indented wrongly', () => {
    expect(problems('questions:\n  - id: a\n   text: b\n')).toEqual(['f.yaml:3:1: error: YAML syntax: Sequence item without - indicator']);
  });

  test('a tab in a card gives one error, not the cascade of parser errors after it', () => {
    const lines = CARD.split('\n');
    const typeLine = lines.findIndex((l) => l.startsWith('    type:'));
    const listLine = lines.findIndex((l) => l === '      - Listen first.');
    const withLine = (n: number, text: string) => lines.map((l, i) => (i === n ? text : l)).join('\n');
    expect(problems(withLine(typeLine, '\ttype: situational'))).toEqual([`f.yaml:${typeLine + 1}:1: error: YAML syntax: tab used for indentation; indent with spaces`]);
    expect(problems(withLine(typeLine, '  \ttype: situational'))).toEqual([`f.yaml:${typeLine + 1}:3: error: YAML syntax: tab used for indentation; indent with spaces`]);
    expect(problems(withLine(listLine, '\t- Listen first.'))).toEqual([`f.yaml:${listLine + 1}:1: error: YAML syntax: tab used for indentation; indent with spaces`]);
    expect(problems(withLine(1, '  -\tid: q-one'))).toEqual(['f.yaml:2:4: error: YAML syntax: tab used for indentation; indent with spaces']);
  });

  test('a second document is one message of ours, naming the line where it starts', () => {
    const n = CARD.split('\n').length;
    expect(problems(`${CARD}---\nskills: []\n`)).toEqual([
      `f.yaml:${n}:1: error: YAML syntax: a second YAML document starts at line ${n}; a bank file holds one document (remove the \`---\` there, or move what follows into a file of its own)`,
    ]);
  });

  test('a key with a line break in it is shown escaped, on one line', () => {
    expect(problems('? |\n  two\n  lines\n: x\n')).toEqual(['f.yaml:1:3: error: "two\\nlines\\n": unknown field `"two\\nlines\\n"`; allowed: roles, skills, questions, scenarios']);
  });

  test('tab indentation says to indent with spaces', () => {
    expect(problems('questions:\n\t- id: a\n')).toEqual(['f.yaml:2:1: error: YAML syntax: tab used for indentation; indent with spaces']);
  });

  test('a duplicate top-level key names the key, at its second occurrence', () => {
    expect(problems('skills: []\nskills: []\n')).toEqual([
      'f.yaml:2:1: error: YAML syntax: duplicate key "skills" (each key may appear once in a mapping)',
    ]);
  });

  test('a duplicate key inside a card, quoted or not, is found too; every one is reported', () => {
    const text = CARD.replace('    type: situational\n', '    type: situational\n    "type": technical\n') + '  - id: b\n    id: c\n';
    expect(problems(text)).toEqual([
      'f.yaml:7:5: error: YAML syntax: duplicate key "type" (each key may appear once in a mapping)',
      'f.yaml:22:5: error: YAML syntax: duplicate key "id" (each key may appear once in a mapping)',
    ]);
  });
});

describe('parseQuestionFile: empty files', () => {
  test('an empty file', () => {
    expect(problems('')).toEqual(['f.yaml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`']);
  });

  test('a file of comments only', () => {
    expect(problems('# just a comment\n\n# another\n')).toEqual(['f.yaml:1:1: error: file is empty; expected `roles:`, `skills:` and/or `questions:`']);
  });

  test('a mapping with neither skills nor questions', () => {
    expect(problems('{}\n')).toEqual(['f.yaml:1:1: error: file has none of `roles:`, `skills:` and `questions:`']);
  });

  test('`questions:` with nothing under it', () => {
    expect(problems('questions:\n')).toEqual(['f.yaml:1:11: error: questions: `questions` must be a list, got an empty value']);
  });

  test('a top-level list or scalar is not a question file', () => {
    expect(problems('- a\n- b\n')).toEqual(['f.yaml:1:1: error: the file must be a mapping with `roles:`, `skills:` and/or `questions:`, got a list']);
    expect(problems('hello\n')).toEqual(['f.yaml:1:1: error: the file must be a mapping with `roles:`, `skills:` and/or `questions:`, got text']);
  });
});

describe('parseQuestionFile: unknown keys', () => {
  test('a misspelt field gets one line with a suggestion (not a second "missing" line)', () => {
    expect(problems(CARD.replace('    example_answer:', '    exmaple_answer:'))).toEqual([
      'f.yaml:13:5: error: questions[0].exmaple_answer: unknown field `exmaple_answer` (did you mean "example_answer"?)',
    ]);
  });

  test('a misspelt top-level key', () => {
    expect(problems(`question:\n${questionYaml('q')}`)).toEqual([
      'f.yaml:1:1: error: question: unknown field `question` (did you mean "questions"?)',
    ]);
  });

  test('a misspelt key inside key_points', () => {
    expect(problems(CARD.replace('      - point: Listens', '      - pint: Listens'))).toEqual([
      'f.yaml:15:9: error: questions[0].key_points[0].pint: unknown field `pint` (did you mean "point"?)',
    ]);
  });

  test('an unknown key with no near match lists the allowed keys, and the missing field is still reported', () => {
    const lines = problems(CARD.replace('    why_asked: Tests whether you stay calm and within the law.', '    zzzzzzzz: Tests.'));
    expect(lines).toEqual([
      'f.yaml:2:5: error: questions[0].why_asked: missing required field `why_asked` (text)',
      'f.yaml:8:5: error: questions[0].zzzzzzzz: unknown field `zzzzzzzz`; allowed: id, text, roles, seniority, type, skills, why_asked, how_to_answer, what_not_to_say, example_answer, key_points, red_flags, jurisdiction, sector, references, follow_ups, wrong_claims, stage',
    ]);
  });
});

describe('parseQuestionFile: wrong types and values', () => {
  test('a mapping where a list belongs', () => {
    expect(problems(CARD.replace('      - Listen first.', '      step: Listen first.'))).toEqual([
      'f.yaml:10:7: error: questions[0].how_to_answer: `how_to_answer` must be a list, got a mapping',
    ]);
  });

  test('text where a list belongs', () => {
    expect(problems(CARD.replace('    roles: [agent]', '    roles: agent'))).toEqual([
      'f.yaml:4:12: error: questions[0].roles: `roles` must be a list, got text',
    ]);
  });

  test('an empty list where one item is required', () => {
    expect(problems(CARD.replace('    roles: [agent]', '    roles: []'))).toEqual([
      'f.yaml:4:12: error: questions[0].roles: `roles` needs at least 1 item',
    ]);
    expect(problems(CARD.replace('    skills: [negotiation]', '    skills: []'))).toEqual([
      'f.yaml:7:13: error: questions[0].skills: `skills` needs at least 1 item',
    ]);
  });

  test('a number where text belongs suggests quotes', () => {
    expect(problems(CARD.replace('    text: A customer says they will not pay. What do you do?', '    text: 42'))).toEqual([
      'f.yaml:3:11: error: questions[0].text: `text` must be text, got a number (put it in quotes: "42")',
    ]);
  });

  test('empty text', () => {
    expect(problems(CARD.replace('    text: A customer says they will not pay. What do you do?', '    text: "  "'))).toEqual([
      'f.yaml:3:11: error: questions[0].text: `text` must not be empty',
    ]);
  });

  test('a bad type value suggests the nearest and lists all', () => {
    expect(problems(CARD.replace('    type: situational', '    type: situatonal'))).toEqual([
      'f.yaml:6:11: error: questions[0].type: "situatonal" is not allowed (did you mean "situational"?); expected one of: behavioral, situational, technical, motivational',
    ]);
  });

  test('a bad seniority level points at the list item', () => {
    expect(problems(CARD.replace('    seniority: [mid]', '    seniority: [mid, seniorr]'))).toEqual([
      'f.yaml:5:22: error: questions[0].seniority[1]: "seniorr" is not allowed (did you mean "senior"?); expected one of: junior, mid, senior, lead, manager, director',
    ]);
  });

  test('an id that is not kebab-case', () => {
    expect(problems(CARD.replace('  - id: q-one', '  - id: Q One'))).toEqual([
      'f.yaml:2:9: error: questions[0].id: `id` must be kebab-case (lower-case letters, digits and single hyphens), e.g. "my-question"',
    ]);
  });

  test('a missing required field points at its card', () => {
    expect(problems(CARD.replace('    why_asked: Tests whether you stay calm and within the law.\n', ''))).toEqual([
      'f.yaml:2:5: error: questions[0].why_asked: missing required field `why_asked` (text)',
    ]);
  });

  test('every problem in a file is reported, not just the first', () => {
    const text = CARD.replace('    roles: [agent]', '    roles: []').replace('    type: situational', '    type: nope').replace('    example_answer:', '    exmaple_answer:');
    expect(problems(text).map((l) => l.split(': error: ')[0])).toEqual(['f.yaml:4:12', 'f.yaml:6:11', 'f.yaml:13:5']);
  });
});

describe('parseQuestionFile: rubrics', () => {
  test('a rubric missing level 3', () => {
    const text = skillsFile(skillYaml('my-skill').replace('      3: Adequate.\n', ''));
    expect(problems(text)).toEqual([
      'f.yaml:6:7: error: skills[0].rubric.3: rubric level 3 is missing; levels 1, 3 and 5 are required (2 and 4 optional)',
    ]);
  });

  test('a rubric missing levels 1 and 5 reports both', () => {
    const text = skillsFile(skillYaml('my-skill').replace('      1: Weak.\n', '').replace('      5: Excellent.\n', ''));
    expect(problems(text)).toEqual([
      'f.yaml:6:7: error: skills[0].rubric.1: rubric level 1 is missing; levels 1, 3 and 5 are required (2 and 4 optional)',
      'f.yaml:6:7: error: skills[0].rubric.5: rubric level 5 is missing; levels 1, 3 and 5 are required (2 and 4 optional)',
    ]);
  });

  test('a level outside 1 to 5', () => {
    const text = skillsFile(skillYaml('my-skill').replace('      5: Excellent.\n', '      5: Excellent.\n      6: Beyond.\n'));
    expect(problems(text)).toEqual(['f.yaml:9:7: error: skills[0].rubric.6: unknown rubric level `6`; levels are 1 to 5 (1, 3 and 5 required)']);
  });
});

describe('parseQuestionFile: alias bombs', () => {
  test('a billion-laughs file fails fast with a message about aliases', () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
    const started = performance.now();
    const result = problems(`${lines.join('\n')}\n`);
    const elapsed = performance.now() - started;
    expect(result).toEqual([`f.yaml:1:1: error: too many YAML alias expansions (limit ${MAX_ALIAS_COUNT})`]);
    // 10^30 strings if expanded; refusing must take a moment, not minutes (a loose bound, not a benchmark).
    expect(elapsed).toBeLessThan(2000);
  });

  test('a few aliases within the limit are fine', () => {
    const text = `${questionsFile(questionYaml('q-one').replace('    roles: [agent]', '    roles: &roles [agent]'), questionYaml('q-two').replace('    roles: [agent]', '    roles: *roles'))}`;
    const parsed = parseQuestionFile(text, 'f.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data?.questions?.[1]?.roles).toEqual(['agent']);
  });
});

describe('decodeText', () => {
  test('plain UTF-8 decodes, and a byte-order mark is dropped', () => {
    expect(decodeText(Buffer.from('questions: []\n'))).toEqual({ text: 'questions: []\n' });
    expect(decodeText(Buffer.from('\ufeffskills: []\n'))).toEqual({ text: 'skills: []\n' });
    expect(decodeText(Buffer.from('text: Café – “quoted” ✓\n'))).toEqual({ text: 'text: Café – “quoted” ✓\n' });
  });

  test('NUL bytes mean a binary file, located at the first NUL', () => {
    expect(decodeText(Buffer.from('skills:\nab\0cd\0'))).toEqual({
      problem: 'file looks binary (it contains NUL bytes); expected UTF-8 YAML text',
      line: 2,
      col: 3,
    });
  });

  test('invalid UTF-8 is located at the bad byte, counting columns in characters', () => {
    const bytes = Buffer.concat([Buffer.from('questions:\n  - text: é'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    expect(decodeText(bytes)).toEqual({ problem: 'file is not valid UTF-8 text (byte 0xff); save it as UTF-8', line: 2, col: 12 });
  });

  test('Latin-1 text (a common wrong encoding) and a truncated sequence are refused', () => {
    expect(decodeText(Buffer.from('text: caf\xe9\n', 'latin1')).problem).toBe('file is not valid UTF-8 text (byte 0xe9); save it as UTF-8');
    expect(decodeText(Buffer.from([0x61, 0xe2, 0x82])).problem).toBe('file is not valid UTF-8 text (byte 0xe2); save it as UTF-8');
    // An encoded UTF-16 surrogate is not valid UTF-8 either.
    expect(decodeText(Buffer.from([0xed, 0xa0, 0x80])).problem).toBe('file is not valid UTF-8 text (byte 0xed); save it as UTF-8');
  });

  test('files over MAX_FILE_BYTES (1 MiB) are refused; exactly the limit is allowed', () => {
    expect(MAX_FILE_BYTES).toBe(1024 * 1024);
    expect(decodeText(Buffer.alloc(MAX_FILE_BYTES, 0x23)).text).toHaveLength(MAX_FILE_BYTES);
    expect(decodeText(Buffer.alloc(MAX_FILE_BYTES + 1, 0x23))).toEqual({
      problem: `file is ${MAX_FILE_BYTES + 1} bytes; the limit is 1048576 bytes (1 MiB)`,
    });
  });
});

describe('diagnostics formatting', () => {
  const d: Diagnostic = { file: 'dir/f.yaml', line: 3, col: 7, severity: 'error', path: 'questions[3].skills[1]', message: 'unknown skill "x"' };

  test('formatPath joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['questions', 3, 'skills', 1])).toBe('questions[3].skills[1]');
    expect(formatPath(['skills', 0, 'rubric', '3'])).toBe('skills[0].rubric.3');
    expect(formatPath([])).toBe('');
  });

  test('text: file:line:col: severity: path: message', () => {
    expect(diagnosticLine(d)).toBe('dir/f.yaml:3:7: error: questions[3].skills[1]: unknown skill "x"');
    expect(diagnosticLine({ ...d, severity: 'warning', path: '' })).toBe('dir/f.yaml:3:7: warning: unknown skill "x"');
  });

  test('text: a whole-file problem with no position names just the file', () => {
    expect(diagnosticLine({ ...d, line: 0, col: 0, path: '', message: 'no such file or folder' })).toBe('dir/f.yaml: error: no such file or folder');
  });

  test('github: a workflow command with file, line and col', () => {
    expect(githubAnnotation(d)).toBe('::error file=dir/f.yaml,line=3,col=7::questions[3].skills[1]: unknown skill "x"');
    expect(githubAnnotation({ ...d, severity: 'warning' })).toMatch(/^::warning file=dir\/f\.yaml,line=3,col=7::/);
    expect(githubAnnotation({ ...d, line: 0, col: 0, path: '' })).toBe('::error file=dir/f.yaml::unknown skill "x"');
  });

  test('github: %, CR and LF are escaped in the message; also : and , in properties', () => {
    const odd: Diagnostic = { ...d, file: 'C:\\a,b.yaml', path: '', message: '100% wrong\r\nsecond line' };
    expect(githubAnnotation(odd)).toBe('::error file=C%3A\\a%2Cb.yaml,line=3,col=7::100%25 wrong%0D%0Asecond line');
  });

  test('sortDiagnostics orders by file, line, column; countBySeverity counts', () => {
    const list: Diagnostic[] = [
      { ...d, file: 'b.yaml', line: 1 },
      { ...d, file: 'a.yaml', line: 9, col: 2, severity: 'warning' },
      { ...d, file: 'a.yaml', line: 9, col: 1 },
      { ...d, file: 'a.yaml', line: 0, col: 0 },
    ];
    expect(sortDiagnostics(list).map((x) => `${x.file}:${x.line}:${x.col}`)).toEqual(['a.yaml:0:0', 'a.yaml:9:1', 'a.yaml:9:2', 'b.yaml:1:7']);
    expect(countBySeverity(list)).toEqual({ errors: 3, warnings: 1 });
  });
});

describe('JSON Schema', () => {
  test('is draft 2020-12 and describes the question-file fields', () => {
    const schema = questionFileJsonSchema() as { $schema: string; properties: Record<string, unknown>; additionalProperties: unknown };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual(['roles', 'skills', 'questions', 'scenarios']);
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    for (const field of ['why_asked', 'how_to_answer', 'what_not_to_say', 'example_answer', 'key_points', 'red_flags', 'rubric', 'jurisdiction', 'sector', 'references', 'follow_ups', 'when_missing', 'wrong_claims', 'pattern', 'correct', 'stage', 'levels', 'title', 'aliases']) {
      expect(text).toContain(`"${field}"`);
    }
  });
});

describe('the fast road for valid files', () => {
  test('reports the same card positions as the full parse, for every built-in file', async () => {
    const { readFileSync } = await import('node:fs');
    const { builtinFiles } = await import('../../../src/bank/files.js');
    const { listItemStarts } = await import('../../../src/bank/locate.js');
    const { parseDocument, LineCounter } = await import('yaml');
    const dir = new URL('../../../questions/', import.meta.url).pathname;
    for (const file of builtinFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter });
      const starts = listItemStarts(text);
      for (const list of ['roles', 'skills', 'questions'] as const) {
        const seq = doc.get(list, true) as { items: { range: [number, number, number] }[] } | undefined;
        const expected = (seq?.items ?? []).map((item) => counter.linePos(item.range[0]));
        expect(starts[list], `${file} ${list}`).toEqual(expected);
      }
    }
  });

  test('falls back to the full parse for flow style, anchors and aliases', () => {
    const flow = parseQuestionFile('questions: []\nskills: [{id: a, name: A, description: d, rubric: {1: x, 3: y, 5: z}}]\n', 'f.yaml');
    expect(flow.diagnostics).toEqual([]);
    expect(flow.locate(['skills', 0])).toEqual({ line: 2, col: 10 });
    const anchors = parseQuestionFile('skills:\n  - &s\n    id: a\n    name: A\n    description: d\n    rubric: {1: x, 3: y, 5: z}\n', 'a.yaml');
    expect(anchors.diagnostics).toEqual([]);
    expect(anchors.data?.skills).toHaveLength(1);
  });
});
