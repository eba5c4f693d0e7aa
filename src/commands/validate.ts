import { countBySeverity, diagnosticLine, githubAnnotation, sortDiagnostics } from '../bank/diagnostics.js';
import { checkFiles } from '../bank/load.js';
import { BUILTIN_DIR } from '../package.js';
import { builtinSource } from './bank.js';
import { colourFor } from '../ui/colour.js';
import { progressLine } from '../ui/progress-line.js';
import type { CommandContext } from '../context.js';
import type { ValidateFormat } from '../limits.js';
import { plural } from '../text/plural.js';

export interface ValidateOptions {
  paths: string[];
  /** With paths: check them beside the built-in bank (false: as a bank of their own). */
  builtin: boolean;
  format: ValidateFormat;
  strict: boolean;
}

export async function validateCommand(options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const own = options.paths.length > 0;
  // With paths, the files are checked as drill would load them: beside the built-in bank (ids
  // must not clash with it, and its skills may be referenced), or with --no-builtin on their own
  // (built-in skills may still be referenced, as drill --no-builtin allows). The built-in bank's
  // pre-validated copy serves for that; checking the built-in bank itself reads its YAML.
  const progress = progressLine(ctx.stderr, ctx.env, 'Checking files');
  const onProgress = (p: { done: number; total: number }) => progress.update(p.done, p.total);
  let result;
  try {
    result = own
      ? checkFiles({ cwd: ctx.cwd, paths: options.paths, builtin: builtinSource(ctx.cwd), builtinSkillsOnly: !options.builtin, onProgress })
      : checkFiles({ cwd: ctx.cwd, builtin: { dir: BUILTIN_DIR }, onProgress });
  } finally {
    progress.clear();
  }
  // Only what the given files hold is reported and counted, not the built-in bank beside them.
  const shown = new Set(result.files);
  const builtinFiles = new Set([...result.questions, ...result.skills].map((x) => x.source.file).filter((f) => !shown.has(f)));
  const diagnostics = sortDiagnostics(result.diagnostics.filter((d) => !own || !builtinFiles.has(d.file)));
  const { errors, warnings } = countBySeverity(diagnostics);
  const failed = errors > 0 || (options.strict && warnings > 0);
  const questions = own ? result.questions.filter((q) => shown.has(q.source.file)).length : result.questions.length;
  const skills = own ? result.skills.filter((s) => shown.has(s.source.file)).length : result.skills.length;
  const files = result.files.length;

  if (options.format === 'json') {
    const report = { valid: !failed, strict: options.strict, files, questions, skills, errors, warnings, diagnostics };
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  // Written in chunks rather than a write per line: a bank with 30,000 warnings is otherwise
  // 30,000 writes.
  let chunk = '';
  const emit = (line: string) => {
    chunk += `${line}\n`;
    if (chunk.length >= 64 * 1024) {
      ctx.stdout.write(chunk);
      chunk = '';
    }
  };
  if (options.format === 'github') {
    for (const d of diagnostics) emit(githubAnnotation(options.strict ? { ...d, severity: 'error' } : d));
  } else {
    const c = colourFor(ctx.stdout, ctx.env);
    for (const d of diagnostics) {
      const line = diagnosticLine(d);
      emit(d.severity === 'error' ? c.red(line) : c.yellow(line));
    }
  }
  if (chunk) ctx.stdout.write(chunk);
  const c = colourFor(ctx.stdout, ctx.env);
  const counted = `${plural(files, 'file')}, ${plural(questions, 'question')}`;
  if (!failed) {
    const note = warnings > 0 ? ` (${plural(warnings, 'warning')})` : '';
    ctx.stdout.write(`${c.green('✓ valid')}: ${counted}${note}\n`);
  } else {
    const why = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${options.strict && errors === 0 ? ' (--strict: warnings fail)' : ''}`;
    ctx.stdout.write(`${c.red('✗ invalid')}: ${why} in ${counted}\n`);
  }
  return failed ? 1 : 0;
}
