import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The package's own files: the built-in bank, its compiled copy and schema (written by the
// build), and package.json.

// Both the sources (src/*.ts) and the bundle (dist/*.js) sit one folder below the package root.
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILTIN_DIR = fileURLToPath(new URL('../questions/', import.meta.url));
export const COMPILED_BANK = fileURLToPath(new URL('../dist/bank.json', import.meta.url));
/** The compiled bank's relevance index (see bank/prebuilt.ts). */
export const BANK_INDEX = fileURLToPath(new URL('../dist/bank-index.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../questions/question-file.schema.json', import.meta.url));

function packageJson(): Record<string, unknown> {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}

export function packageVersion(): string {
  const version = packageJson().version;
  return typeof version === 'string' ? version : '0.0.0';
}

/** The Node.js versions the package supports: `engines.node` of package.json, the one source. */
export function supportedNodeRange(): string {
  const engines = packageJson().engines as { node?: unknown } | undefined;
  return typeof engines?.node === 'string' ? engines.node : '>=20';
}
