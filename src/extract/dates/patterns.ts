/**
 * The date shapes the parser knows, each a sticky regex plus a mapping of its
 * groups to year/month/day and the index where its time groups begin. Shared
 * by the text extractor's header lines and the HTML extractor's metadata.
 */
import { MONTH_ALTERNATION, monthNumber } from './months.js';

export interface ParseOptions {
  /**
   * How to read "05/10/2023": true = day first (most of the world), false =
   * month first (US); null/undefined = refuse ambiguous slashed dates.
   */
  readonly dayFirst?: boolean | null;
  /** Accept two-digit years in dotted dates ("28.01.22"), as page bylines write them. */
  readonly shortYear?: boolean;
}

export interface Pattern {
  readonly rule: string;
  readonly re: RegExp;
  /** Year, month, day from the match; [0, 0, 0] when the match is not a date under `options`. */
  readonly ymd: (m: RegExpExecArray, options: ParseOptions) => [number, number, number];
  /** Index of the hour group (minute, second, meridiem follow, then seven zone groups); -1 for ISO. */
  readonly timeAt: number;
}

const MONTH_RE = `(${MONTH_ALTERNATION})\\.?(?![\\p{L}])`;
const WEEKDAY_RE = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const WEEKDAY_AFTER = '(?:,?\\s+(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)?';
/** Words that join a date to its time: "at", "um", "à", "às", "alle", "a las", "o". */
const TIME_JOINER = '(?:(?:at|um|à|às|as|alle|a\\s+las|o|kl\\.?|klo)\\s+)?';
export const TIME_RE = `(?:(?:\\s*[,;|/·–-]\\s*|\\s+)${TIME_JOINER}(\\d{1,2})(?:[:.]|h(?=\\d))(\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?`;
export const ZONE_RE = '(?:\\s*\\(?\\s*(?:(?:UTC|GMT)\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+\\-−])(\\d{2}):?(\\d{2})|([A-Z]{2,5}))\\s*\\)?)?';
const NO_DIGIT_AFTER = '(?!\\d)';

/** Two-digit years: 00 up to next year's are this century, the rest the last. */
function fullYear(yy: string): number {
  const n = Number(yy);
  if (yy.length === 4) return n;
  const next = (new Date().getUTCFullYear() + 1) % 100;
  return n <= next ? 2000 + n : 1900 + n;
}

function slashed(m: RegExpExecArray, options: ParseOptions): [number, number, number] {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const y = Number(m[4]);
  if (a > 12 && b <= 12) return [y, b, a];
  if (b > 12 && a <= 12) return [y, a, b];
  if (a === b) return [y, a, b];
  if (options.dayFirst === true) return [y, b, a];
  if (options.dayFirst === false) return [y, a, b];
  return [0, 0, 0]; // ambiguous: refused rather than guessed
}

export const PATTERNS: readonly Pattern[] = [
  {
    rule: 'iso',
    re: new RegExp(`(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+)(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?:\\s*(Z)|\\s*([+\\-])(\\d{2}):?(\\d{2})?)?)?${NO_DIGIT_AFTER}`, 'yd'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: -1,
  },
  {
    rule: 'day-month-year',
    re: new RegExp(`${WEEKDAY_RE}(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?(?:\\s*-\\s*|\\s+|(?<=\\.))(?:of\\s+|de\\s+)?${MONTH_RE}(?:\\s*-\\s*|,?\\s+(?:de\\s+)?)(\\d{4})${NO_DIGIT_AFTER}(?:\\s*(?:г\\.|р\\.|roku|r\\.))?${WEEKDAY_AFTER}${TIME_RE}${ZONE_RE}`, 'iyud'),
    ymd: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
    timeAt: 4,
  },
  {
    rule: 'month-day-year',
    re: new RegExp(`${WEEKDAY_RE}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${NO_DIGIT_AFTER}${TIME_RE}${ZONE_RE}`, 'iyud'),
    ymd: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
    timeAt: 4,
  },
  {
    rule: 'cjk',
    re: new RegExp(`(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]${TIME_RE}${ZONE_RE}`, 'yud'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: 4,
  },
  {
    rule: 'dotted-dmy',
    re: new RegExp(`(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2}(?![\\d.]))${NO_DIGIT_AFTER}${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m, o) => (m[3].length === 2 && !o.shortYear ? [0, 0, 0] : [fullYear(m[3]), Number(m[2]), Number(m[1])]),
    timeAt: 4,
  },
  {
    rule: 'dotted-ymd',
    re: new RegExp(`(\\d{4})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})\\.?${NO_DIGIT_AFTER}${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: 4,
  },
  {
    // 14/05/2024, 05/14/2024 or 23-09-2024; "05/10/2023" only with a day-first/month-first hint.
    rule: 'slashed',
    re: new RegExp(`(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})${NO_DIGIT_AFTER}${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: slashed,
    timeAt: 5,
  },
  {
    rule: 'slashed-ymd',
    re: new RegExp(`(\\d{4})/(\\d{1,2})/(\\d{1,2})${NO_DIGIT_AFTER}${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: 4,
  },
];
