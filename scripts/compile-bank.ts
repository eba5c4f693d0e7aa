// Build step: validate the built-in bank and save it as JSON (see src/bank/compiled.ts), and
// write the JSON Schema that the bank's files point their editors at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileBank, compiledLoader } from '../src/bank/compiled.js';
import { storedIndex } from '../src/grading/offline/relevance.js';
import { diagnosticLine, sortDiagnostics } from '../src/bank/diagnostics.js';
import { loadBank } from '../src/bank/load.js';
import { questionFileSchemaText } from '../src/bank/schema.js';
import { BANK_INDEX, BUILTIN_DIR, COMPILED_BANK, PACKAGE_ROOT, SCHEMA_FILE } from '../src/package.js';

/** `indexId`: the id the bundle was built with (bank/prebuilt.ts), written into the relevance index's file. */
export function compileBuiltin(indexId?: string): { ok: boolean; messages: string[] } {
  const schema = questionFileSchemaText();
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // first build
  }
  if (current !== schema) writeFileSync(SCHEMA_FILE, schema);

  const { bank, diagnostics } = loadBank({ cwd: PACKAGE_ROOT, builtin: { dir: BUILTIN_DIR } });
  const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) return { ok: false, messages: errors.map(diagnosticLine) };
  const compiled = compileBank(BUILTIN_DIR, [...bank.ladders.values()], [...bank.skills.values()], bank.questions, PACKAGE_ROOT, bank.scenarios);
  mkdirSync(dirname(COMPILED_BANK), { recursive: true });
  writeFileSync(COMPILED_BANK, JSON.stringify(compiled));
  if (indexId !== undefined) {
    // From the compiled copy as commands load it: the very cards a drill's grades see.
    const loaded = compiledLoader(COMPILED_BANK, PACKAGE_ROOT)(BUILTIN_DIR);
    if (loaded) writeFileSync(BANK_INDEX, JSON.stringify(storedIndex(loaded.questions, indexId)));
  }
  return { ok: true, messages: [`built-in bank: ${bank.questions.length} questions, ${bank.skills.size} skills, ${bank.ladders.size} roles, ${bank.scenarios.length} scenarios`] };
}
