import type { Bank, BankQuestion } from '../bank/model.js';
import { wrap } from '../text/layout.js';
import type { InterviewStage } from './order.js';

/** The key of a follow-up answer in an answers file by id. */
export const FOLLOW_UP_KEY = '/follow-up';

/**
 * An answers file for an interview (`interview --template`): each question as comments, its id,
 * and under it `<id>/follow-up` with the card's possible follow-ups as comments. Only the one the
 * main answer calls for is asked, so answer the one that fits, or leave it empty.
 */
export function interviewTemplate(questions: readonly BankQuestion[], stages: readonly InterviewStage[], bank: Bank, command: string): string {
  const out = [
    '# collections-prep mock interview answers. Write each answer under its question, indented by',
    '# two spaces. A follow-up is asked only after an answer that scores below 4 and misses a key',
    '# point: the card chooses it by the point missed. Answer the follow-up you expect under',
    '# <id>/follow-up, or leave it empty. Then grade them all with:',
    `#   ${command}`,
    '',
  ];
  questions.forEach((q, i) => {
    const skills = q.skills.map((id) => bank.skills.get(id)?.name ?? id).join(', ');
    out.push(`# ${i + 1}/${questions.length} · ${stages[i] ?? 'main'} · ${q.seniority.join(', ')} · ${q.type} · ${skills}`);
    out.push(...wrap(q.text, 96, '# ').split('\n'));
    out.push(`${q.id}: |`, '  ', '');
    const followUps = q.follow_ups ?? [];
    if (followUps.length) {
      out.push('# Possible follow-ups:');
      for (const f of followUps) out.push(...wrap(`- ${f.when_missing ? `if it misses "${f.when_missing.replace(/\.$/, '')}": ` : ''}${f.question}`, 96, '#   ', { hanging: '#     ' }).split('\n'));
    } else out.push('# This card has no follow-ups: nothing under it is graded.');
    out.push(`${q.id}${FOLLOW_UP_KEY}: |`, '  ', '');
  });
  return out.join('\n');
}
