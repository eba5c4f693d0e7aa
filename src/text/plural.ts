/** "1 answer", "2 answers": a count and its noun, the plural made with -s unless given. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The noun alone, for a count already shown: "answer" or "answers". */
export function noun(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}
