// An answer written in the user's editor (--editor): the file opens with the question (and the
// time limit) as a comment block, which is taken out again when the file is read back.

const MARK = '#';
const END = '# ---- write your answer below this line; lines above it are not part of it ----';

/** The file as the editor opens it: the question as comments, then room for the answer. */
export function editorFile(question: string, wrapped: (text: string) => string, timeLimit?: number): string {
  const lines = [
    ...wrapped(question).split('\n').map((l) => `${MARK} ${l}`),
    ...(timeLimit ? [`${MARK}`, `${MARK} Time limit: ${timeLimit} seconds.`] : []),
    `${MARK} Save and close the file to submit; leave it empty to go back.`,
    END,
    '',
  ];
  return lines.join('\n');
}

/** The answer in the file: everything after the marker line (or, if it was deleted, after any leading comment lines). */
export function answerFromFile(text: string): string {
  const normal = text.replace(/\r\n/g, '\n');
  const at = normal.indexOf(END);
  const body = at >= 0 ? normal.slice(at + END.length) : normal.replace(/^(?:#[^\n]*\n)*/, '');
  return body.replace(/^\s*\n/, '').trim();
}

export type EditorOutcome = { kind: 'text'; text: string } | { kind: 'failed'; status: number };

/** Opens the editor ($VISUAL, $EDITOR, else vim) on the file and waits for it to close. */
export async function editAnswer(initial: string): Promise<EditorOutcome> {
  const { ExternalEditor } = await import('@inquirer/external-editor');
  const editor = new ExternalEditor(initial, { postfix: '.md', mode: 0o600 });
  const text = editor.run();
  if (editor.lastExitStatus !== 0) return { kind: 'failed', status: editor.lastExitStatus };
  return { kind: 'text', text: answerFromFile(text) };
}
