// Numbers and clock times as people say them: "9pm", "21:30", "ten at night", "half past nine",
// "nine calls", "a dozen times", "twice a day".
import type { Token } from './read.js';

// No prototype: "constructor" or "toString" in an answer is not a number.
const UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, once: 1, twice: 2, thrice: 3, a: 1, an: 1, hundred: 100, several: 3, multiple: 3, many: 4, numerous: 4, loads: 5, countless: 10,
});

const DIGIT_WORDS = /^(one|two|three|four|five|six|seven|eight|nine)$/;

/** The number that starts at token k ("9", "nine", "twenty-five", "a dozen"), and how many tokens it spans. */
export function numberAt(tokens: readonly Token[], k: number): { value: number; length: number } | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  // Most words are not numbers: the grader asks about every token, so leave early and allocate nothing.
  const c = t.w.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && UNITS[t.w] === undefined && !t.w.includes('-')) return undefined;
  const digits = /^\d+(?:[.,]\d+)?$/.test(t.w) ? Number(t.w.replace(/,/g, '')) : undefined;
  if (digits !== undefined && Number.isFinite(digits)) return { value: digits, length: 1 };
  const hyphen = t.w.split('-');
  // "twenty-one": tens and a unit ("seven-fifteen" is a time, not twenty-two).
  if (hyphen.length === 2 && UNITS[hyphen[0]!] !== undefined && UNITS[hyphen[1]!] !== undefined && UNITS[hyphen[0]!]! >= 20 && UNITS[hyphen[0]!]! < 100 && UNITS[hyphen[0]!]! % 10 === 0 && UNITS[hyphen[1]!]! >= 1 && UNITS[hyphen[1]!]! <= 9) {
    return { value: UNITS[hyphen[0]!]! + UNITS[hyphen[1]!]!, length: 1 };
  }
  if (t.w === 'a' || t.w === 'an') {
    // Only "a dozen" / "a hundred"; a lone "a" is an article.
    const next = tokens[k + 1];
    if (next && (next.w === 'dozen' || next.w === 'hundred')) return { value: UNITS[next.w]!, length: 2 };
    return undefined;
  }
  const unit = UNITS[t.w];
  if (unit === undefined) return undefined;
  const next = tokens[k + 1];
  // The tagger splits "forty-five" into three tokens.
  const after = tokens[k + 2];
  if (unit >= 20 && unit < 100 && next?.w === '-' && after && UNITS[after.w] !== undefined && UNITS[after.w]! < 10 && UNITS[after.w]! > 0 && after.w !== 'a' && after.w !== 'an') {
    return { value: unit + UNITS[after.w]!, length: 3 };
  }
  // "thirty-one" said as "thirty one"; "thirty once they're down" is thirty and a conjunction.
  if (unit >= 20 && unit < 100 && next && DIGIT_WORDS.test(next.w)) {
    return { value: unit + UNITS[next.w]!, length: 2 };
  }
  return { value: unit, length: 1 };
}

export interface ClockTime {
  /** 0..23 */
  hour: number;
  minute: number;
  /** Tokens spanned. */
  length: number;
  /** Whether morning/evening was stated (am/pm, "at night") rather than guessed. */
  explicit: boolean;
}

const EVENING = /^(pm|p\.m\.?|p\.m|evening|night|tonight)$/;
const MORNING = /^(am|a\.m\.?|a\.m|morning)$/;

/** A clock time that starts at token k, if there is one. */
export function timeAt(tokens: readonly Token[], k: number): ClockTime | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  // Every time below starts at a number (as numberAt reads one), "half", "quarter" or a named hour:
  // leave early for the other words, as the grader asks about every token.
  const c = t.w.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && UNITS[t.w] === undefined && !t.w.includes('-') && !HOUR_WORDS.has(t.w)) return undefined;
  // "I called once that morning": a count, not one o'clock.
  if (/^(once|twice|thrice|several|multiple|many|numerous|loads|countless|dozen)$/.test(t.w)) return undefined;
  if (t.w === 'midnight') return { hour: 24, minute: 0, length: 1, explicit: true };
  if (t.w === 'noon' || t.w === 'midday') return { hour: 12, minute: 0, length: 1, explicit: true };
  // "Sunday mornings at seven", "weeknights at ten": the part of the day comes first.
  const dayPart = /^(at|around|about|from|by)$/.test(tokens[k - 1]?.w ?? '') ? tokens[k - 2]?.w.replace(/s$/, '') ?? '' : '';
  if (dayPart && (/^(evening|night|weeknight|tonight)$/.test(dayPart) || dayPart === 'morning')) {
    const n = numberAt(tokens, k);
    if (n && n.value >= 1 && n.value <= 12 && Number.isInteger(n.value) && !markerAfter(tokens, k + n.length)) {
      const h = dayPart === 'morning' ? n.value % 12 : (n.value % 12) + 12;
      return { hour: h, minute: 0, length: n.length, explicit: true };
    }
  }
  // "9pm", "9:30pm", "21:30", "7am"
  const glued = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?\.?$/.exec(t.w);
  let hour: number | undefined;
  let minute = 0;
  let length = 1;
  let half: 'am' | 'pm' | undefined;
  if (glued) {
    hour = Number(glued[1]);
    minute = glued[2] ? Number(glued[2]) : 0;
    if (glued[3]) half = glued[3].startsWith('p') ? 'pm' : 'am';
    // A bare number is a time only with a marker after it: "9 pm", "9 o'clock", "9 at night".
    if (!glued[2] && !glued[3] && !markerAfter(tokens, k + 1)) return undefined;
  } else if ((t.w === 'half' || t.w === 'quarter') && tokens[k + 1] && /^(past|to)$/.test(tokens[k + 1]!.w)) {
    const n = numberAt(tokens, k + 2);
    if (!n || n.value < 1 || n.value > 12) return undefined;
    const mins = t.w === 'half' ? 30 : 15;
    hour = tokens[k + 1]!.w === 'past' ? n.value : n.value - 1;
    minute = tokens[k + 1]!.w === 'past' ? mins : 60 - mins;
    length = 2 + n.length;
    if (!markerAfter(tokens, k + length) && !/\d/.test(tokens[k + 2]!.w)) {
      // "half past nine" with nothing after it: the hour is ambiguous, keep it as said.
    }
  } else if (/^[a-z]+$/.test(t.w) && tokens[k + (numberAt(tokens, k)?.length ?? 0)]?.w === 'past' && numberAt(tokens, k + numberAt(tokens, k)!.length + 1)) {
    // "ten past six", "twenty-five past nine": minutes past the hour, in words.
    const mins = numberAt(tokens, k)!;
    const n = numberAt(tokens, k + mins.length + 1)!;
    if (mins.value < 1 || mins.value > 29 || !Number.isInteger(mins.value) || n.value < 1 || n.value > 12 || !Number.isInteger(n.value)) return undefined;
    hour = n.value;
    minute = mins.value;
    length = mins.length + 1 + n.length;
  } else if (t.w === 'half' && tokens[k + 1] && /^[a-z]+$/.test(tokens[k + 1]!.w) && numberAt(tokens, k + 1)) {
    // British "half nine": half past nine, a time only with a marker after it ("half nine at night").
    const n = numberAt(tokens, k + 1)!;
    // Without a marker it is still a time after a time preposition ("run until half ten"), left ambiguous.
    // ("at about half nine": the hedge sits between the preposition and the time.)
    const prep = /^(about|around|roughly|approximately)$/.test(tokens[k - 1]?.w ?? '') ? tokens[k - 2]?.w ?? '' : tokens[k - 1]?.w ?? '';
    if (n.value < 1 || n.value > 12 || !Number.isInteger(n.value) || !(markerAfter(tokens, k + 1 + n.length) || /^(until|till|til|at|from|after|gone|past)$/.test(prep))) return undefined;
    hour = n.value;
    minute = 30;
    length = 1 + n.length;
  } else {
    const n = numberAt(tokens, k);
    if (!n || n.value < 1 || n.value > 12 || !Number.isInteger(n.value)) return undefined;
    // "seven thirty in the morning", "nine forty-five at night", "seven-fifteen in the morning" (split at the
    // hyphen by the tagger): hour and minutes as words, then a marker.
    const dash = tokens[k + n.length]?.w === '-' ? 1 : 0;
    const m = markerAfter(tokens, k + n.length) ? undefined : numberAt(tokens, k + n.length + dash);
    if (m && m.value >= 10 && m.value <= 59 && Number.isInteger(m.value) && !/\d/.test(tokens[k + n.length + dash]!.w) && markerAfter(tokens, k + n.length + dash + m.length)) {
      minute = m.value;
      length = n.length + dash + m.length;
    } else {
      if (!markerAfter(tokens, k + n.length)) return undefined;
      length = n.length;
    }
    hour = n.value;
  }
  if (hour === undefined || hour > 24 || minute > 59) return undefined;
  // Markers after the number: "pm", "o'clock", "at night", "in the morning".
  let j = k + length;
  const at = (n: number) => tokens[j + n]?.w;
  if (at(0) && (at(0) === "o'clock" || at(0) === 'o’clock' || at(0) === 'oclock' || at(0) === 'sharp')) j++;
  // "half past nine tomorrow night": the day named before the part of the day.
  if (at(0) === 'tomorrow' && at(1) && (EVENING.test(at(1)!) || MORNING.test(at(1)!))) j++;
  const weekday = weekdayPart(tokens, j);
  if (weekday) {
    half = weekday.half;
    j += weekday.length;
  } else if (at(0) && EVENING.test(at(0)!)) {
    half = 'pm';
    j++;
  } else if (at(0) && MORNING.test(at(0)!)) {
    half = 'am';
    j++;
  } else if (at(0) && /^(that|this|one|last|every|each|next)$/.test(at(0)!) && at(1) && (EVENING.test(at(1)!.replace(/s$/, '')) || MORNING.test(at(1)!.replace(/s$/, '')))) {
    // "at ten that night", "at seven this morning", "half nine one evening" (a new user's "I rang her back at ten that night").
    half = EVENING.test(at(1)!.replace(/s$/, '')) ? 'pm' : 'am';
    j += 2;
  } else if (at(0) === 'the' && at(1) && /^(same|next|following)$/.test(at(1)!) && at(2) && (EVENING.test(at(2)!) || MORNING.test(at(2)!))) {
    half = EVENING.test(at(2)!) ? 'pm' : 'am';
    j += 3;
  } else if ((at(0) === 'at' || at(0) === 'in') && at(1) && (EVENING.test(at(1)!) || MORNING.test(at(1)!) || (at(1) === 'the' && at(2) && (EVENING.test(at(2)!) || MORNING.test(at(2)!))))) {
    const word = at(1) === 'the' ? at(2)! : at(1)!;
    half = EVENING.test(word) ? 'pm' : 'am';
    j += at(1) === 'the' ? 3 : 2;
  }
  length = j - k;
  let h = hour % 24;
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  return { hour: h, minute, length, explicit: half !== undefined || hour > 12 };
}

const HOUR_WORDS = new Set(['midnight', 'noon', 'midday', 'half', 'quarter']);

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|week)s?$/;

/** "on a Saturday morning", "on Sunday evenings": the half of the day, and the words it takes. */
function weekdayPart(tokens: readonly Token[], j: number): { half: 'am' | 'pm'; length: number } | undefined {
  if (tokens[j]?.w !== 'on') return undefined;
  let m = j + 1;
  if (/^(a|the)$/.test(tokens[m]?.w ?? '')) m++;
  if (!WEEKDAY.test(tokens[m]?.w ?? '')) return undefined;
  const part = tokens[m + 1]?.w ?? '';
  if (EVENING.test(part)) return { half: 'pm', length: m + 2 - j };
  if (MORNING.test(part)) return { half: 'am', length: m + 2 - j };
  return undefined;
}

function markerAfter(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.w;
  if (!w) return false;
  // "at seven sharp", "seven on a Saturday morning".
  if (w === 'sharp' || weekdayPart(tokens, j)) return true;
  if (w === "o'clock" || w === 'o’clock' || w === 'oclock') return true;
  // "7 am", "9 pm"; but "one morning" is not a time.
  if (/^(am|pm|a\.m\.?|p\.m\.?)$/.test(w)) return true;
  const w2 = tokens[j + 1]?.w;
  // "ten that night", "seven the next morning" (the part of the day named with its day).
  if (/^(that|this|one|last|every|each|next)$/.test(w) && !!w2 && (EVENING.test(w2.replace(/s$/, '')) || MORNING.test(w2.replace(/s$/, '')))) return true;
  if (w === 'the' && !!w2 && /^(same|next|following)$/.test(w2) && !!tokens[j + 2] && (EVENING.test(tokens[j + 2]!.w) || MORNING.test(tokens[j + 2]!.w))) return true;
  return (w === 'at' || w === 'in') && !!w2 && (EVENING.test(w2) || MORNING.test(w2) || w2 === 'the');
}

export const TIME_WORDS = /^(day|days|week|weeks|hour|hours|month|months)$/;

const SPELLED_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a|and)';
const SPELLED_ONLY = new RegExp(`^${SPELLED_WORD}$`);
const SPELLED_PERCENT = new RegExp(String.raw`\b(${SPELLED_WORD}(?:[\s-]+${SPELLED_WORD})*)\s+(per\s?cent|percent)\b`, 'gi');
const SPELLED_UNITS = new RegExp(String.raw`\b(${SPELLED_WORD}(?:[\s-]+${SPELLED_WORD})*)\s+(per\s?cent|percent|days?)\b`, 'gi');

/** The value of a number said in words ("one hundred and ten", "seventy-five"), or undefined when the words are not one. */
export function spelledValue(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!parts.length || parts[0] === 'and') return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    if (w === 'a') {
      if (parts[i + 1] !== 'hundred' && parts[i + 1] !== 'thousand') return undefined;
      current += 1;
    } else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const v = UNITS[w];
      // Only the number words themselves: UNITS also reads "many" and "several" as rough counts.
      if (v === undefined || v > 90 || !SPELLED_ONLY.test(w)) return undefined;
      current += v;
    }
    any = true;
  }
  return any ? total + current : undefined;
}

/** "a CEI of one hundred and ten per cent" -> "a CEI of 110 per cent": percentages said in words, in digits, for the checks that read figures. */
export function spelledPercentsInDigits(text: string): string {
  if (!/per\s?cent/i.test(text)) return text;
  return inDigits(text, SPELLED_PERCENT);
}

/** spelledPercentsInDigits for days too: "fifty-four days" -> "54 days". */
export function spelledUnitsInDigits(text: string): string {
  if (!/per\s?cent|\bdays?\b/i.test(text)) return text;
  return inDigits(text, SPELLED_UNITS);
}

function inDigits(text: string, re: RegExp): string {
  return text.replace(re, (whole, words: string, unit: string) => {
    // "a" alone starts the words only as "a hundred": "a fifty percent" is not a number.
    const trimmed = words.replace(/^(?:a|and)\s+(?!hundred|thousand)/i, '');
    const v = spelledValue(trimmed);
    return v === undefined ? whole : whole.replace(words, words.slice(0, words.length - trimmed.length) + String(v)).replace(unit, unit);
  });
}

/** The numbers a text states in digits ("54", "0.6", "1,400,000", "70%"), as plain digit strings. */
export function digitsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(n)) out.push(String(n));
  }
  return out;
}

const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;

/** The numbers an answer states, in digits or in words ("fifty-four days", "one hundred and ten"). */
export function statedNumbers(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    const v = run.length ? spelledValue(run.join(' ')) : undefined;
    if (v !== undefined) out.add(String(v));
    run = [];
  };
  for (const w of words) {
    for (const n of digitsIn(w)) out.add(n);
    // "eighty-odd", "ten-ish", "eighty-plus": the number, hedged.
    const parts = w.split('-').filter((p, i, all) => !(i === all.length - 1 && i > 0 && /^(odd|ish|plus|something)$/.test(p)));
    if (parts.every((p) => NUMBER_WORD.test(p))) run.push(...parts);
    else if (!(w === 'and' && run.length)) flush();
  }
  flush();
  return out;
}
