/**
 * Parsers for longer shapes of time expression: a month or quarter with a
 * relative year ("June last year", "this year's third quarter"), years
 * and decades in words ("nineteen ninety-six", "the nineties"), centuries
 * ("the 20th century") and holidays ("Thanksgiving", "last Christmas").
 * Same contract as parsers.ts: one global regex each, a match in, a
 * candidate (or null) out.
 */
import { MONTH_RE, monthNumber, NUMBER_WORD_RE, numberValue, ORDINALS, PARTS_OF_DAY, SEASONS } from './lexicon.js';
import { HOLIDAY_RE, holidayName } from './holidays.js';
import type { Parser } from './parsers.js';

const REL_YEAR = '(this|last|next|the previous|the following|the next|the same) year';
const yearOffset = (w: string): number => (/last|previous/i.test(w) ? -1 : /next|following/i.test(w) ? 1 : 0);

const UNITS_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TENS_RE = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNIT_WORD_RE = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN_RE = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** "ninety-six", "seventy", "twelve", "oh five": the last two digits of a year in words. */
const TWO_DIGITS_RE = `(?:${TENS_RE}(?:[- ]${UNIT_WORD_RE})?|${TEEN_RE}|oh[- ]${UNIT_WORD_RE})`;

function twoDigits(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[- ]/)) n += TENS[w] ?? TEENS[w] ?? UNITS_WORDS[w] ?? 0;
  return n;
}

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const CENTURY_WORDS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };

export const COMPOUND_PARSERS: Parser[] = [
  {
    // "June last year", "in January this year", "March of next year"
    rule: 'month-rel-year',
    re: new RegExp(`\\b(${MONTH_RE}),? (?:of )?${REL_YEAR}\\b`, 'g'),
    make: (m) => ({ type: 'DATE', partial: { k: 'month', m: monthNumber(m[1]), yOff: yearOffset(m[2]) } }),
  },
  {
    // "this year's third quarter", "the fourth quarter of last year", "last year's first half"
    rule: 'quarter-rel-year',
    keys: ['quarter', 'half'],
    // "the second half of the year", "the last quarter of the current year": this year's.
    re: new RegExp(`\\b(this|last|next) year's (first|second|third|fourth) (quarter|half)\\b|\\b(?:the )?(first|second|third|fourth|last|final) (quarter|half) of (?:${REL_YEAR}|the (?:current |calendar )?year)\\b`, 'gi'),
    make: (m) => {
      const half = (m[3] ?? m[5]).toLowerCase() === 'half';
      const word = (m[2] ?? m[4]).toLowerCase();
      const n = /^(?:last|final)$/.test(word) ? (half ? 2 : 4) : ORDINALS[word];
      if (half && n > 2) return null;
      return { type: 'DATE', partial: { k: half ? 'half' : 'quarter', ...(half ? { h: n } : { q: n }), yOff: m[1] ?? m[6] ? yearOffset(m[1] ?? m[6]) : 0 } as never };
    },
  },
  {
    // "the quarter a year ago", "last year's quarter", "the corresponding period last year": the reported quarter, a year back.
    rule: 'year-back-quarter',
    keys: ['quarter', 'period'],
    re: /\b(?:the (?:(?:same|corresponding|comparable|year-ago) )?(?:quarter|period) (?:a year (?:ago|earlier)|last year|of last year)|last year's (?:quarter|period))\b/gi,
    make: () => ({ type: 'DATE', partial: { k: 'fiscal', q: 0, yearBack: 1 } }),
  },
  {
    // "the 1988 second quarter", "the year-ago third quarter", "the 1988 period" (the period in focus, that year)
    rule: 'year-quarter',
    keys: ['quarter', 'period'],
    re: /\b(?:the )?(?:((?:19|20)\d{2})|(year-ago|year-earlier|prior-year|year-before)) (?:(first|second|third|fourth)[- ]quarter|(quarter|period))\b/gi,
    make: (m) => {
      const q = m[3] ? ORDINALS[m[3].toLowerCase()] : 0;
      if (m[1]) return { type: 'DATE', partial: q ? { k: 'quarter', q, y: +m[1] } : { k: 'year', y: +m[1] } };
      return { type: 'DATE', partial: { k: 'fiscal', q, yearBack: 1 } };
    },
  },
  {
    // Company reports: "the year ended June 30" is a year-long span; "the full year", "the current fiscal year" this year.
    rule: 'report-year',
    keys: ['year'],
    // "for the year", "the first nine months of the year": the report's own year, unless another one follows.
    re: /\bthe (?:(full|current|current fiscal|fiscal) )?year\b(?=( ended\b| ending\b)|)/gi,
    make: (m) => {
      if (m[2]) return { type: 'DURATION', partial: { k: 'dur', n: 1, unit: 'year' } };
      if (m[1]) return { type: 'DATE', partial: { k: 'rel', unit: 'year', offset: 0 } };
      const before = m.input.slice(Math.max(0, m.index - 9), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const own = /\b(?:[Ff]or|of|during|through) $/.test(before) && !/^(?:['’]s|\s*(?:\d|two|nineteen|ago|earlier|before|after|that|when|in which|since|of|to|\p{Lu}))/u.test(after);
      return own ? { type: 'DATE', partial: { k: 'rel', unit: 'year', offset: 0 } } : null;
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand", "two thousand and one" (not "two thousand troops")
    rule: 'year-in-words',
    keys: ['nineteen', 'eighteen', 'two thousand'],
    re: new RegExp(`\\b(?:(the year) |(${MONTH_RE}),? |(?:the )?(spring|summer|autumn|fall|winter) of )?(?:(?:(nineteen|eighteen) (${TWO_DIGITS_RE}))|(?:two thousand(?:,? and|,)? (${UNIT_WORD_RE}|${TEEN_RE}|twenty))|(two thousand))\\b(?!-)`, 'gi'),
    make: (m) => {
      const [, theYear, monthWord, season, hundreds, lastTwo, afterTwoThousand] = m;
      // "two thousand and one nights", "nineteen ninety-six troops": a count of something.
      const next = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (!theYear && /^ (?!(?:has|was|is|as|this|his|its|does)\b)[a-z]+s\b/.test(next)) return null;
      let y: number;
      if (hundreds) y = (hundreds.toLowerCase() === 'nineteen' ? 1900 : 1800) + twoDigits(lastTwo);
      else if (afterTwoThousand) y = 2000 + twoDigits(afterTwoThousand);
      else if (theYear) y = 2000;
      else return null;
      const month = monthWord && /^\p{Lu}/u.test(monthWord) ? monthNumber(monthWord) : 0;
      // "the winter of nineteen ninety-four"
      if (season) return { type: 'DATE', partial: { k: 'season', s: SEASONS[season.toLowerCase()], y } };
      return { type: 'DATE', partial: month ? { k: 'month', m: month, y } : { k: 'year', y } };
    },
  },
  {
    rule: 'decade-in-words',
    keys: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    re: /\b(?:the )?(?:(early|late|mid)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    make: (m) => {
      // "the nineties" is a decade only with "the"; "in his fifties" is an age.
      if (!/^the /i.test(m[0])) return null;
      return { type: 'DATE', partial: { k: 'decade', y3: `19${DECADE_WORDS[m[2].toLowerCase()]}` }, mod: m[1] ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[m[1].toLowerCase()] : undefined };
    },
  },
  {
    // "the 20th century", "the nineteenth century", "21st-century", "the early 21st century"
    rule: 'century',
    keys: ['century'],
    re: /\b(?:the )?(?:(early|late|mid)[- ])?(?:(\d{1,2})(?:st|nd|rd|th)|(eighteenth|nineteenth|twentieth|twenty-first))[- ]century\b/gi,
    make: (m) => {
      const n = m[2] ? +m[2] : CENTURY_WORDS[m[3].toLowerCase()];
      if (n < 1 || n > 21) return null;
      const mod = m[1] ? ({ early: 'START', late: 'END', mid: 'MID' } as Record<string, string>)[m[1].toLowerCase()] : undefined;
      return { type: 'DATE', partial: { k: 'fixed', v: String(n - 1).padStart(2, '0') }, ...(mod ? { mod } : {}) };
    },
  },
  {
    // The second day in "April 24 and 25", "March 3 to 5", "March 9-10": a date of its own in the same month.
    rule: 'second-day',
    re: new RegExp(`(?<=\\b(${MONTH_RE}) \\d{1,2}(?:st|nd|rd|th)?(?: (?:and|or|to|through|-|–) |[-–]))(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,\\d|\\.\\d| ?%)`, 'g'),
    make: (m) => (+m[2] >= 1 && +m[2] <= 31 ? { type: 'DATE', partial: { k: 'date', m: monthNumber(m[1]), d: +m[2] } } : null),
  },
  {
    // "midday", "4 in the morning", "11 at night"
    rule: 'clock-words',
    keys: ['midday', 'morning', 'afternoon', 'evening', 'at night'],
    re: /\b(?:(midday)|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:o'clock )?in the (morning|afternoon|evening)|(\d{1,2}) at night)\b/gi,
    make: (m) => {
      if (m[1]) return { type: 'TIME', partial: { k: 'time', h: 12, min: 0 } };
      const h = m[2] ? numberValue(m[2]) : +m[4];
      if (h === null || h < 1 || h > 12) return null;
      const pm = m[3] ? !/morning/i.test(m[3]) : h < 5 || h === 12 ? false : true;
      return { type: 'TIME', partial: { k: 'time', h: (h % 12) + (pm ? 12 : 0), min: 0 } };
    },
  },
  {
    // "2 1/2 years", "five and a half hours", "a minute and a half": the half is written in the next smaller unit.
    rule: 'half-duration',
    keys: ['half', '1/2'],
    re: new RegExp(`\\b(${NUMBER_WORD_RE})(?: 1/2|[- ]and[- ]a[- ]half)[- ](years?|days?|hours?|minutes?)\\b|\\b(a|an|one) (year|day|hour|minute) and a half\\b`, 'gi'),
    make: (m) => {
      const n = numberValue(m[1] ?? m[3]);
      if (n === null || !Number.isInteger(n)) return null;
      const unit = (m[2] ?? m[4]).toLowerCase().replace(/s$/, '');
      const value = { year: `P${n}Y6M`, day: `P${n}DT12H`, hour: `PT${n}H30M`, minute: `PT${n}M30S` }[unit];
      return value ? { type: 'DURATION', partial: { k: 'fixed', v: value } } : null;
    },
  },
  {
    // "the following year", "later that month", "that same day", "the next morning": told from the last date named.
    rule: 'anaphoric',
    re: /\b(?:(?:later|earlier) )?(that|that same|the same|the following|the next|the previous|the prior|the preceding) (day|morning|afternoon|evening|night|week|weekend|month|year|quarter)\b/gi,
    make: (m) => {
      const which = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      // "the next year" alone is a span ahead ("over the next year"): relative-unit keeps it.
      const offset = /following|next/.test(which) ? 1 : /previous|prior|preceding/.test(which) ? -1 : 0;
      const part = PARTS_OF_DAY[unit];
      return { type: part ? 'TIME' : 'DATE', partial: { k: 'anaphor', unit: part ? 'day' : unit, offset, part } };
    },
  },
  {
    // "earlier in the year", "later in the day", "in the morning", "mid afternoon": within the day (or year) in view.
    rule: 'within-period',
    keys: ['morning', 'afternoon', 'evening', 'earlier in', 'later in'],
    re: /\b(?:(?:earlier|later) in the (day|week|month|year)|(?<=\b(?:in|during) )the (morning|afternoon|evening)|(?:mid|late|early)[- ]?(morning|afternoon))\b/gi,
    make: (m) => {
      const part = m[2] ?? m[3];
      if (part) return { type: 'TIME', partial: { k: 'anaphor', unit: 'day', offset: 0, part: PARTS_OF_DAY[part.toLowerCase()] } };
      const unit = m[1].toLowerCase();
      // The day is the one narrated; "earlier in the year" is the current year.
      return { type: 'DATE', partial: unit === 'day' ? { k: 'anaphor', unit, offset: 0 } : { k: 'rel', unit, offset: 0 } };
    },
  },
  {
    rule: 'deictic-day',
    keys: ['the day'],
    re: /\bthe day (before yesterday|after tomorrow)\b/gi,
    make: (m) => ({ type: 'DATE', partial: { k: 'rel', unit: 'day', offset: /^before/i.test(m[1]) ? -2 : 2 } }),
  },
  {
    // "Thanksgiving", "Christmas Day", "last Easter", "Election Day"
    rule: 'holiday',
    keys: ['day', 'eve', 'july', 'halloween', 'christmas', 'thanksgiving', 'easter', 'good friday'],
    re: new RegExp(`\\b(?:(last|next|this) )?(${HOLIDAY_RE})\\b`, 'g'),
    make: (m) => {
      const name = holidayName(m[2]);
      if (!name) return null;
      const dir = m[1]?.toLowerCase();
      return { type: 'DATE', partial: { k: 'holiday', name, dir: dir === 'last' ? -1 : dir === 'next' ? 1 : dir === 'this' ? 0 : undefined } };
    },
  },
];
