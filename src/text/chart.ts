// Text charts that read without colour: the shape is in the characters, the value beside them.

const SPARKS = '▁▂▃▄▅▆▇█';

/** One character per value, from ▁ (min) to █ (max); scores run from 1 to 5. */
export function sparkline(values: readonly number[], min = 1, max = 5): string {
  return values
    .map((v) => {
      const t = (Math.min(max, Math.max(min, v)) - min) / (max - min);
      return SPARKS[Math.round(t * (SPARKS.length - 1))]!;
    })
    .join('');
}

/** A horizontal bar of `width` cells for a value from 0 to `max`: filled █, empty ░. */
export function bar(value: number, width: number, max = 5): string {
  const filled = Math.max(0, Math.min(width, Math.round((value / max) * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
