import { formatPath, type Diagnostic } from './diagnostics.js';
import type { BankQuestion, BankSkill, Source } from './model.js';
import { didYouMean } from '../text/suggest.js';
import { plural } from '../text/plural.js';

export const EXAMPLE_ANSWER_WORDS = { min: 50, max: 300 } as const;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface CheckInput {
  skills: BankSkill[];
  questions: BankQuestion[];
  /** Skills that may be referenced but are not reported on (the built-in ones, when validating a user's files). */
  extraSkills?: Iterable<BankSkill>;
  /** Finds a field inside a file, for pointing at the exact line; defaults to the card's own line. */
  locate?: (file: string, path: readonly PropertyKey[]) => { line: number; col: number } | undefined;
}

/** Checks that span files: unique ids, resolvable skill references, and weak-card warnings. */
export function crossCheck({ skills, questions, extraSkills = [], locate }: CheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (s: Source, path: readonly PropertyKey[], severity: Diagnostic['severity'], message: string) => {
    const pos = locate?.(s.file, path) ?? s;
    out.push({ file: s.file, line: pos.line, col: pos.col, severity, path: formatPath(path), message });
  };
  const where = (s: { file: string; line: number }) => `${s.file}:${s.line}`;

  const skillIndex = new Map<string, BankSkill>();
  skills.forEach((skill) => {
    const first = skillIndex.get(skill.id);
    if (first) at(skill.source, ['skills', skill.source.index, 'id'], 'error', `duplicate skill id "${skill.id}" (first defined at ${where(first.source)})`);
    else skillIndex.set(skill.id, skill);
  });
  const known = new Set(skillIndex.keys());
  for (const skill of extraSkills) known.add(skill.id);

  const questionIndex = new Map<string, BankQuestion>();
  for (const q of questions) {
    const first = questionIndex.get(q.id);
    if (first) at(q.source, ['questions', q.source.index, 'id'], 'error', `duplicate question id "${q.id}" (first defined at ${where(first.source)})`);
    else questionIndex.set(q.id, q);

    q.skills.forEach((id, i) => {
      if (!known.has(id)) {
        const hint = didYouMean(id, known) || (known.size ? `; known skills: ${[...known].sort().join(', ')}` : '; no skills are defined');
        at(q.source, ['questions', q.source.index, 'skills', i], 'error', `unknown skill "${id}"${hint}`);
      }
    });

    const words = wordCount(q.example_answer);
    if (words < EXAMPLE_ANSWER_WORDS.min || words > EXAMPLE_ANSWER_WORDS.max) {
      at(q.source, ['questions', q.source.index, 'example_answer'], 'warning',
        `example answer has ${plural(words, 'word')}; aim for ${EXAMPLE_ANSWER_WORDS.min} to ${EXAMPLE_ANSWER_WORDS.max}`);
    }
    if (!q.key_points?.length) at(q.source, ['questions', q.source.index], 'warning', 'no key_points: graders cannot say what a strong answer shows');
    if (!q.red_flags?.length) at(q.source, ['questions', q.source.index], 'warning', 'no red_flags: graders cannot flag a harmful answer');
  }
  return out;
}
