// Clock times as candidates say them: the conduct rules and the fact checks read hours from these.
import { describe, expect, test } from 'vitest';
import { numberAt, spelledPercentsInDigits, spelledValue, timeAt } from '../../../src/language/numbers.js';
import { readText } from '../../../src/language/read.js';

/** The first clock time in the text, as hour and minute. */
function firstTime(text: string): { hour: number; minute: number; explicit: boolean } | undefined {
  const toks = readText(text).sentences[0]!.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = timeAt(toks, k);
    if (t) return { hour: t.hour, minute: t.minute, explicit: t.explicit };
  }
  return undefined;
}

describe('timeAt', () => {
  test('times in words and digits', () => {
    // At the end of a sentence the tagger keeps the full stop on the token ("9pm.").
    expect(firstTime('We called at 9pm.')).toEqual({ hour: 21, minute: 0, explicit: true });
    expect(firstTime('We called at 9:30pm and stopped.')).toEqual({ hour: 21, minute: 30, explicit: true });
    expect(firstTime('We called at half past ten at night.')).toEqual({ hour: 22, minute: 30, explicit: true });
    // The part of the day named with its day (a new user's "I rang her back at ten that night").
    expect(firstTime('I rang her back at ten that night.')).toEqual({ hour: 22, minute: 0, explicit: true });
    expect(firstTime('I called him at seven the next morning.')).toEqual({ hour: 7, minute: 0, explicit: true });
    expect(firstTime('I called once that morning and renegotiated.')).toBeUndefined();
    expect(firstTime('We called at six in the morning.')).toEqual({ hour: 6, minute: 0, explicit: true });
    expect(firstTime("Let's say half past nine tomorrow night instead.")).toEqual({ hour: 21, minute: 30, explicit: true });
    // Minutes past the hour in words; a count before "past" is not one ("forty past the limit").
    expect(firstTime('A quick call at ten past six in the morning.')).toEqual({ hour: 6, minute: 10, explicit: true });
    expect(firstTime('We rang at twenty-five past nine at night.')).toEqual({ hour: 21, minute: 25, explicit: true });
    expect(firstTime('We were forty past the limit.')).toBeUndefined();
    expect(firstTime('I could give you a quick call at seven-fifteen in the morning.')).toEqual({ hour: 7, minute: 15, explicit: true });
  });

  test('the part of the day said before the hour', () => {
    expect(firstTime('Calls went out on Sunday mornings at seven.')).toEqual({ hour: 7, minute: 0, explicit: true });
    expect(firstTime('The late team rang on weeknights at ten.')).toEqual({ hour: 22, minute: 0, explicit: true });
    expect(firstTime('Sunday mornings around seven we did a push.')).toEqual({ hour: 7, minute: 0, explicit: true });
  });

  test('midnight and noon', () => {
    expect(firstTime('The shift ran until midnight.')).toEqual({ hour: 24, minute: 0, explicit: true });
    expect(firstTime('We stopped at noon.')).toEqual({ hour: 12, minute: 0, explicit: true });
  });

  test('hour and minutes both in words', () => {
    expect(firstTime('We started calling from seven thirty in the morning.')).toEqual({ hour: 7, minute: 30, explicit: true });
    expect(firstTime('The last call went out at nine forty-five at night.')).toEqual({ hour: 21, minute: 45, explicit: true });
    // Minutes need the marker after them: "seven thirty" alone could be a count.
    expect(firstTime('I made seven thirty-second calls.')).toBeUndefined();
  });

  test('British "half ten" after a time word, ambiguous without a marker', () => {
    expect(firstTime('The shifts run until half ten.')).toEqual({ hour: 10, minute: 30, explicit: false });
    expect(firstTime('I owe half ten pounds.')).toBeUndefined();
  });

  test('a tens word joins only a digit word after it', () => {
    const toks = readText('We made thirty once and thirty one later.').sentences[0]!.tokens;
    expect(numberAt(toks, 2)).toEqual({ value: 30, length: 1 });
    expect(numberAt(toks, 5)).toEqual({ value: 31, length: 2 });
    // One hyphenated token: tens and a unit make a number; an hour and its minutes do not.
    const one = (w: string) => numberAt([{ w, l: w, pos: 'NUM', i: 0, start: 0, end: w.length, antecedent: false, clauseStart: true, quoted: false }], 0);
    expect(one('twenty-one')).toEqual({ value: 21, length: 1 });
    expect(one('seven-fifteen')).toBeUndefined();
  });

  test('a bare number is not a time', () => {
    expect(firstTime('I made seven calls.')).toBeUndefined();
  });
});

describe('numbers said in words, for the checks that read figures', () => {
  test('reads whole numbers up to the thousands', () => {
    expect(spelledValue('one hundred and ten')).toBe(110);
    expect(spelledValue('seventy-five')).toBe(75);
    expect(spelledValue('a hundred')).toBe(100);
    expect(spelledValue('two thousand three hundred')).toBe(2300);
    expect(spelledValue('a')).toBeUndefined();
    expect(spelledValue('many')).toBeUndefined();
  });

  test('puts percentages said in words in digits, and leaves the rest of the text alone', () => {
    expect(spelledPercentsInDigits('a CEI of one hundred and ten per cent this year')).toBe('a CEI of 110 per cent this year');
    expect(spelledPercentsInDigits('we reached ninety-two percent, and one agent left')).toBe('we reached 92 percent, and one agent left');
    expect(spelledPercentsInDigits('up by a fifty percent margin')).toBe('up by a 50 percent margin');
    expect(spelledPercentsInDigits('one agent, two calls')).toBe('one agent, two calls');
  });
});
