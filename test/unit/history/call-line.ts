// A history line holding one call report, as the call command writes it: shared by the history tests.
export function callLine(at: string, title: string, score: number, opts: { idPrefix?: string; text?: string } = {}): string {
  return JSON.stringify({
    v: 1,
    kind: 'call',
    at,
    report: {
      version: 1,
      kind: 'call',
      session: { id: `${opts.idPrefix ?? 's-'}${at}`, started_at: at, grader: 'offline', mode: 'batch' },
      scenario: { id: 'uk-hardship', title, roles: ['agent'], seniority: ['junior'], jurisdiction: 'uk', persona: 'Ann' },
      transcript: [{ speaker: 'candidate', text: opts.text ?? 'Can you confirm your date of birth? It’s about the £240 balance.', flags: [], turn: 1 }],
      goals: [],
      score,
      criteria: [],
      red_flags: [],
      conduct: [],
      feedback: { text: 'Fine.', worst_turn: null, said: null, better: null },
      ended: 'script',
      notices: [],
    },
  });
}
