import type { Bank, BankQuestion } from '../bank/model.js';
import { wrap } from '../text/layout.js';

/**
 * An answers file for the given questions (`drill --template`): each question as comments, then
 * its id with an empty block to write the answer in. Read back with `drill --answers FILE`.
 */
export function answersTemplate(questions: readonly BankQuestion[], bank: Bank, program = 'collections-prep'): string {
  const out = [
    '# collections-prep answers. Write each answer under its question, indented by two spaces,',
    `# then grade them all with:  ${program} drill --answers <this file>`,
    '',
  ];
  questions.forEach((q, i) => {
    const skills = q.skills.map((id) => bank.skills.get(id)?.name ?? id).join(', ');
    out.push(`# ${i + 1}/${questions.length} · ${q.roles.join(', ')} · ${q.seniority.join(', ')} · ${q.type} · ${skills}`);
    out.push(...wrap(q.text, 96, '# ').split('\n'));
    out.push(`${q.id}: |`, '  ', '');
  });
  return `${out.join('\n')}`;
}
