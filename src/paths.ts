import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Both the sources (src/*.ts) and the bundle (dist/*.js) sit one folder below the package root.
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILTIN_DIR = fileURLToPath(new URL('../questions/', import.meta.url));
export const COMPILED_BANK = fileURLToPath(new URL('../dist/bank.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../questions/question-file.schema.json', import.meta.url));

export function packageVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}
