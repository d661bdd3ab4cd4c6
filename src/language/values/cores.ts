/**
 * Number cores: the bare number of a mention, in digits ("1,500",
 * "1.5bn", "3 million", "Rs 500 crore") or words ("twenty-five", "half a
 * million"), with the currency written before it. Digit runs that belong
 * to dates, times, phone numbers, decades or model names ("S-400",
 * "MH17", "4G") are rejected here, and the scanner skips past them.
 */
import { currencyBefore, type CurrencyMatch } from './currencies.js';
import { GLUED_MAGNITUDES, magnitudeWordValue, MONEY_ONLY_GLUED_MAGNITUDES, parseWordNumber } from './number-words.js';
import { digitValue, glued, sentenceInitial, type Token } from './tokens.js';

export interface Core {
  first: number;
  last: number;
  value: number;
  words: boolean;
  /** Scale written after the number ("billion", "bn", "crore"). */
  magnitude?: number;
  vague: boolean;
  currency?: CurrencyMatch;
  /** A glued sign: "+3%", "-5C". */
  sign?: { value: 1 | -1; token: number };
}

/** Either a core, or the index to resume scanning from when the tokens are not an amount. */
export type CoreResult = { core: Core } | { skipTo: number } | null;

const CHAIN_SEPARATORS = new Set(['-', '–', '/', ':', '.']);
const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

/** Digits joined by separators with no spaces: "2019-05-12", "555-1234", "10:30", "24/7". */
function chainEnd(tokens: readonly Token[], i: number): { end: number; nums: number; seps: string } {
  let k = i;
  let nums = 1;
  let seps = '';
  while (tokens[k + 2] && CHAIN_SEPARATORS.has(tokens[k + 1].text) && glued(tokens, k + 1) && tokens[k + 2].kind === 'num' && glued(tokens, k + 2)) {
    seps += tokens[k + 1].text;
    k += 2;
    nums++;
  }
  return { end: k, nums, seps };
}

const isYearLike = (s: string): boolean => /^\d{4}$/.test(s) && Number(s) >= 1000 && Number(s) <= 2100;

/** A two-part "A-B" that is not a numeric range: "2019-2020", "2019-20", "555-1234", "0800-1200". */
function hyphenPairIsCode(a: string, b: string): boolean {
  if (isYearLike(a) && (isYearLike(b) || /^\d{2}$/.test(b))) return true;
  if (/^0\d/.test(a) || /^0\d/.test(b)) return true;
  return a.length >= 3 && b.length >= 4;
}

export function readDigitCore(tokens: readonly Token[], i: number): CoreResult {
  const t = tokens[i];
  const chain = chainEnd(tokens, i);
  if (chain.nums >= 3 || /[/:.]/.test(chain.seps)) return { skipTo: chain.end + 1 };
  if (chain.nums === 2 && hyphenPairIsCode(t.text, tokens[i + 2].text)) return { skipTo: chain.end + 1 };
  if (/^0\d/.test(t.text)) return { skipTo: i + 1 };

  const currency = currencyBefore(tokens, i) ?? undefined;
  const prev = tokens[i - 1];
  if (!currency && prev && glued(tokens, i)) {
    // "MH17", "A320", "user123", "#5", "’90s"
    if (prev.kind === 'word' || /^[#№'’@_]$/.test(prev.text)) return { skipTo: i + 1 };
    // "S-400", "Kamov-226", "COVID-19", "mid-2019"
    if ((prev.text === '-' || prev.text === '–') && tokens[i - 2]?.kind === 'word' && glued(tokens, i - 1)) return { skipTo: chain.end + 1 };
  }
  // "+7 495 123 45 67": a phone number.
  if (prev?.text === '+' && glued(tokens, i) && tokens[i + 1]?.kind === 'num' && tokens[i + 1].spaced) {
    let k = i + 1;
    while (tokens[k + 1]?.kind === 'num' && !tokens[k + 1].newline) k++;
    return { skipTo: k + 1 };
  }
  const base = digitValue(t.text);
  if (base === null) return { skipTo: i + 1 };

  let sign: Core['sign'];
  if (prev && glued(tokens, i) && !currency && /^[-−+]$/.test(prev.text) && (prev.spaced || tokens[i - 2]?.text === '(')) {
    sign = { value: prev.text === '+' ? 1 : -1, token: i - 1 };
  }

  let value = base;
  let last = i;
  let magnitude: number | undefined;
  const after = tokens[i + 1];
  if (after && after.kind === 'word' && glued(tokens, i + 1)) {
    const scale = GLUED_MAGNITUDES[after.lower] ?? (currency ? MONEY_ONLY_GLUED_MAGNITUDES[after.lower] : undefined);
    if (scale) {
      value *= scale;
      magnitude = scale;
      last = i + 1;
    }
  }
  // "3 million", "1.5 billion", "500 crore", "3 hundred thousand"
  for (let n = 0; n < 2 && last === i + n; n++) {
    const w = tokens[last + 1];
    if (!w || w.kind !== 'word' || !w.spaced || w.newline) break;
    const scale = magnitudeWordValue(w.lower);
    if (!scale || (magnitude && scale <= magnitude)) break;
    value *= scale;
    magnitude = magnitude ? magnitude * scale : scale;
    last++;
  }
  return { core: { first: i, last, value, words: false, magnitude, vague: false, currency, sign } };
}

const DETERMINERS_BEFORE_ONE = new Set('no the this that every any each which another some someone anyone such'.split(' '));
const FRACTIONS = new Set('half halves third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths'.split(' '));

const capitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];

/**
 * A capitalised number word inside a name: "Formula One", "Group of Seven",
 * "the Big Four", "Three Gorges Dam". A capital at the start of a sentence does not count.
 */
export function insideName(tokens: readonly Token[], first: number, last: number): boolean {
  if (!capitalised(tokens[first]) || sentenceInitial(tokens, first)) return false;
  const prev = tokens[first - 1];
  if (capitalised(prev) || (prev?.lower === 'of' && capitalised(tokens[first - 2]))) return true;
  return capitalised(tokens[last + 1]) && tokens[last + 1].spaced;
}

export function readWordCore(tokens: readonly Token[], i: number): CoreResult {
  const parsed = parseWordNumber(tokens, i);
  if (!parsed) return null;
  const { last } = parsed;
  if (insideName(tokens, i, last)) return { skipTo: last + 1 };
  const next = tokens[last + 1];
  // "two-thirds", "one third", "one-sided", "three-way": fractions and compound adjectives.
  if (next && next.kind === 'word' && FRACTIONS.has(next.lower)) return { skipTo: last + 2 };
  if (next?.text === '-' && glued(tokens, last + 1) && tokens[last + 2]?.kind === 'word' && FRACTIONS.has(tokens[last + 2].lower)) return { skipTo: last + 3 };
  if (tokens[i].lower === 'one' && last === i) {
    const prev = tokens[i - 1];
    if (prev && DETERMINERS_BEFORE_ONE.has(prev.lower)) return { skipTo: i + 1 };
    if (next && (next.lower === 'another' || (next.text === '’' || next.text === "'"))) return { skipTo: i + 1 };
  }
  const currency = currencyBefore(tokens, i) ?? undefined;
  return { core: { first: i, last, value: parsed.value, words: true, magnitude: parsed.magnitude, vague: parsed.vague, currency } };
}

export function readCore(tokens: readonly Token[], i: number): CoreResult {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return readDigitCore(tokens, i);
  if (t.kind === 'word') return readWordCore(tokens, i);
  return null;
}

/** "18th", "1st": a digit run with an ordinal suffix glued on. */
export function digitOrdinal(tokens: readonly Token[], i: number): { last: number; value: number } | null {
  const t = tokens[i];
  const s = tokens[i + 1];
  if (t?.kind !== 'num' || !/^\d{1,4}$/.test(t.text) || !s || s.kind !== 'word' || !glued(tokens, i + 1) || !ORDINAL_SUFFIX.test(s.lower)) return null;
  return { last: i + 1, value: Number(t.text) };
}
