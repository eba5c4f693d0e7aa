import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BankQuestion, BankRole, BankScenario, BankSkill } from './model.js';
import { builtinFiles, displayPath } from './files.js';

/**
 * The built-in bank, validated at build time and saved as JSON, so that everyday commands need
 * neither the YAML parser nor zod. It is used only while its fingerprint matches the YAML on disk.
 */
export interface CompiledBank {
  /** 2: with `roles` and the second-edition card fields. */
  format: 2;
  fingerprint: string;
  roles: BankRole[];
  skills: BankSkill[];
  questions: BankQuestion[];
  /** Call scenarios; absent in a copy made before they existed. */
  scenarios?: BankScenario[];
}

export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of builtinFiles(dir)) {
    hash.update(relative(dir, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Makes the JSON form; sources are stored relative to the bank folder. */
export function compileBank(dir: string, roles: BankRole[], skills: BankSkill[], questions: BankQuestion[], cwd: string, scenarios: BankScenario[] = []): CompiledBank {
  const rel = <T extends { source: { file: string } }>(item: T): T => ({
    ...item,
    source: { ...item.source, file: relative(dir, join(cwd, item.source.file)).split('\\').join('/') },
  });
  return { format: 2, fingerprint: fingerprint(dir), roles: roles.map(rel), skills: skills.map(rel), questions: questions.map(rel), scenarios: scenarios.map(rel) };
}

function isCompiledBank(value: unknown): value is CompiledBank {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 2 &&
    typeof (value as { fingerprint?: unknown }).fingerprint === 'string' &&
    Array.isArray((value as { roles?: unknown }).roles) &&
    Array.isArray((value as { skills?: unknown }).skills) &&
    Array.isArray((value as { questions?: unknown }).questions)
  );
}

export function compiledLoader(jsonPath: string, cwd: string) {
  return (dir: string): { roles: BankRole[]; skills: BankSkill[]; questions: BankQuestion[]; scenarios: BankScenario[] } | undefined => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(jsonPath, 'utf8'));
    } catch {
      return undefined;
    }
    if (!isCompiledBank(parsed) || parsed.fingerprint !== fingerprint(dir)) return undefined;
    const abs = <T extends { source: { file: string } }>(item: T): T => ({
      ...item,
      source: { ...item.source, file: displayPath(join(dir, item.source.file), cwd) },
    });
    return { roles: parsed.roles.map(abs), skills: parsed.skills.map(abs), questions: parsed.questions.map(abs), scenarios: (parsed.scenarios ?? []).map(abs) };
  };
}
