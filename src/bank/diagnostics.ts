export type Severity = 'error' | 'warning';

/** One problem in a question file, located as precisely as the YAML allows. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Field path such as `questions[3].skills[1]`; empty for whole-file problems. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function diagnosticLine(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const field = d.path ? `${d.path}: ` : '';
  return `${where}: ${d.severity}: ${field}${d.message}`;
}

/** GitHub Actions workflow command; newlines and % must be escaped in the message. */
export function githubAnnotation(d: Diagnostic): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProp(d.file)}`];
  if (d.line > 0) props.push(`line=${d.line}`, `col=${d.col}`);
  const field = d.path ? `${d.path}: ` : '';
  return `::${d.severity} ${props.join(',')}::${escapeData(field + d.message)}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  // Most neighbours share a file: compared as equal without the (slow) locale comparison.
  return [...list].sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.col - b.col);
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}
