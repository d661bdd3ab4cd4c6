/**
 * English number words: "six", "twenty-five", "two hundred and fifty",
 * "a million", "half a million", "two and a half billion", "a dozen",
 * and the vague plurals ("dozens", "hundreds of thousands"). The parser
 * walks forward over at most a few tokens, following the grammar of
 * written numbers, so a run like "one one one" stops after the first.
 */
import type { Token } from './tokens.js';

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Spelled-out magnitudes, also valid after digits ("3 million", "Rs 500 crore"). */
export const MAGNITUDE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
};

/** Magnitudes written straight after digits: "1.5bn", "100k". "m"/"b" count only next to a currency ("$3m"). */
export const GLUED_MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, cr: 1e7, crore: 1e7, lakh: 1e5,
};
export const MONEY_ONLY_GLUED_MAGNITUDES: Readonly<Record<string, number>> = { m: 1e6, b: 1e9 };

/** Vague plural amounts; the value given is the least the plural implies (two of them). */
const PLURAL_MAGNITUDES: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
};

export interface WordNumber {
  /** Index of the last token that belongs to the number. */
  last: number;
  value: number;
  /** A vague plural ("dozens", "thousands of"): the value is a lower bound. */
  vague: boolean;
  /** The number ends in a magnitude word ("two million"); used to scale the first half of a range. */
  magnitude?: number;
}

/**
 * The tables as Maps for lookups on every word: `in` and indexing with
 * arbitrary strings are slow on objects, and find "constructor" there.
 */
const SMALL_VALUES = new Map(Object.entries(SMALL_NUMBERS));
const MAGNITUDE_VALUES = new Map(Object.entries(MAGNITUDE_WORDS));
const PLURAL_VALUES = new Map(Object.entries(PLURAL_MAGNITUDES));

/** Value of a spelled-out magnitude word ("million"), undefined for other words. */
export const magnitudeWordValue = (word: string): number | undefined => MAGNITUDE_VALUES.get(word);

/** A spelled-out number, magnitude or vague plural ("two", "million", "dozens"), lower-cased. */
export const isNumberWord = (word: string): boolean => SMALL_VALUES.has(word) || MAGNITUDE_VALUES.has(word) || PLURAL_VALUES.has(word);

type Part = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | 'dozen' | 'half';

const isWord = (tokens: readonly Token[], j: number, ...words: string[]): boolean =>
  j < tokens.length && tokens[j].kind === 'word' && words.includes(tokens[j].lower);

/** Index of the token that continues a number after token j: a space, a hyphen ("twenty-five") or "and". */
function nextPart(tokens: readonly Token[], j: number, last: Part): number {
  const t = tokens[j + 1];
  if (!t) return -1;
  if (t.kind === 'punct' && (t.text === '-' || t.text === '‑') && !t.spaced && tokens[j + 2] && !tokens[j + 2].spaced) return j + 2;
  if (t.kind !== 'word' || !t.spaced) return -1;
  // "two hundred and fifty", "one thousand and one": "and" joins only after a magnitude, before a small number.
  if (t.lower === 'and' && (last === 'hundred' || last === 'big') && SMALL_VALUES.has(tokens[j + 2]?.lower ?? '')) return j + 2;
  return j + 1;
}

function vaguePlural(tokens: readonly Token[], i: number): WordNumber | null {
  const word = tokens[i].lower;
  // "tens of thousands", "hundreds of millions"
  if (isWord(tokens, i + 1, 'of') && PLURAL_VALUES.has(tokens[i + 2]?.lower ?? '') && (word === 'tens' || PLURAL_VALUES.has(word))) {
    const outer = word === 'tens' ? 10 : PLURAL_VALUES.get(word)!;
    const inner = PLURAL_VALUES.get(tokens[i + 2].lower)!;
    if (inner > outer) return { last: i + 2, value: 2 * outer * inner, vague: true };
  }
  const plural = PLURAL_VALUES.get(word);
  if (plural !== undefined) return { last: i, value: 2 * plural, vague: true };
  return null;
}

/** Reads a spelled-out number starting at token i, or returns null. */
export function parseWordNumber(tokens: readonly Token[], i: number): WordNumber | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const plural = vaguePlural(tokens, i);
  if (plural) return plural;

  let total = 0;
  let current = 0;
  let last: Part = 'none';
  let lastBig = Infinity;
  let magnitude: number | undefined;
  let end = -1;
  let j = i;

  // "a million", "a dozen", "a hundred"; "half a million"
  if (first.lower === 'a' || first.lower === 'an' || first.lower === 'half') {
    const half = first.lower === 'half';
    const k = half ? i + 2 : i + 1;
    if (half && !isWord(tokens, i + 1, 'a')) return null;
    const next = tokens[k]?.lower;
    if (!next || !(MAGNITUDE_VALUES.has(next) || next === 'dozen') || /^(mn|mln|bn|bln|tn|trn)$/.test(next)) return null;
    const scale = next === 'dozen' ? 12 : MAGNITUDE_VALUES.get(next)!;
    const value = (half ? 0.5 : 1) * scale;
    // "a hundred thousand", "a million and a half" are rare enough to stop here.
    return { last: k, value, vague: false, magnitude: next === 'dozen' ? undefined : scale };
  }

  for (;;) {
    const w = tokens[j]?.kind === 'word' ? tokens[j].lower : '';
    const v = SMALL_VALUES.get(w);
    if (v !== undefined) {
      const kind: Part = v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens';
      const fits = last === 'none' || last === 'hundred' || last === 'big' || (last === 'tens' && kind === 'unit');
      if (!fits || (last === 'hundred' && current % 100 !== 0)) break;
      current += v;
      last = kind;
    } else if (w === 'hundred') {
      if (!(last === 'unit' || last === 'teen' || last === 'half') || current >= 100) break;
      current *= 100;
      last = 'hundred';
    } else if ((MAGNITUDE_VALUES.get(w) ?? 0) >= 1e3 && !/^(mn|mln|bn|bln|tn|trn)$/.test(w)) {
      const scale = MAGNITUDE_VALUES.get(w)!;
      if (last === 'none' || last === 'big' || scale >= lastBig) break;
      total += current * scale;
      current = 0;
      lastBig = scale;
      magnitude = scale;
      last = 'big';
    } else if (w === 'dozen') {
      if (!(last === 'unit' || last === 'teen' || last === 'half')) break;
      current *= 12;
      last = 'dozen';
    } else break;
    end = j;
    // "two and a half million"
    if ((last === 'unit' || last === 'teen' || last === 'tens') && isWord(tokens, j + 1, 'and') && isWord(tokens, j + 2, 'a') && isWord(tokens, j + 3, 'half')) {
      current += 0.5;
      last = 'half';
      end = j + 3;
      j = j + 3;
    }
    const next = nextPart(tokens, j, last);
    if (next < 0) break;
    j = next;
  }
  if (end < 0) return null;
  return { last: end, value: total + current, vague: false, magnitude: last === 'big' ? magnitude : undefined };
}

/** "first", "twenty-first", "twenty first", "hundredth"; null otherwise. */
const ORDINAL_VALUES = new Map(Object.entries(ORDINAL_WORDS));
const TENS_VALUES = new Map(Object.entries(SMALL_NUMBERS).filter(([, v]) => v >= 20 && v % 10 === 0));

export function parseOrdinalWord(tokens: readonly Token[], i: number): { last: number; value: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const ordinal = ORDINAL_VALUES.get(t.lower);
  if (ordinal !== undefined) return { last: i, value: ordinal };
  const tens = TENS_VALUES.get(t.lower);
  if (tens === undefined) return null;
  const hyphen = tokens[i + 1]?.text === '-' && !tokens[i + 1].spaced;
  const k = hyphen ? i + 2 : i + 1;
  const unit = tokens[k];
  if (!unit || unit.kind !== 'word' || (hyphen && unit.spaced)) return null;
  const v = ORDINAL_VALUES.get(unit.lower);
  return v !== undefined && v < 10 ? { last: k, value: tens + v } : null;
}
