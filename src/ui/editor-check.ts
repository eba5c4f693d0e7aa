import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Why --editor cannot work here, if it cannot: the editor command is not installed. The default
 * is the one @inquirer/external-editor falls back to (vim), so the check and the launch agree.
 */
export function editorProblem(env: NodeJS.ProcessEnv): string | undefined {
  const command = (env.VISUAL || env.EDITOR || (process.platform.startsWith('win') ? 'notepad' : 'vim')).trim();
  const program = command.split(/\s+/)[0] ?? '';
  const found = program.includes('/') || program.includes('\\')
    ? existsSync(program)
    : (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, program)));
  if (found) return undefined;
  const from = env.VISUAL ? '$VISUAL' : env.EDITOR ? '$EDITOR' : 'the default editor';
  return `cannot start your editor "${program}" (${from}): not found; set VISUAL or EDITOR to an installed editor, or drop --editor to type answers inline`;
}
