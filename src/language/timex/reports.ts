/**
 * Shapes of company and economic reports: "Q1 2013", "H1", "the
 * January-March quarter", "first-quarter 2013", "last fiscal year", and
 * clock times in military style ("0930 GMT"). Same contract as parsers.ts.
 */
import { MONTH_RE, monthNumber } from './lexicon.js';
import type { Parser } from './parsers.js';

const Y = '((?:19|20)\\d{2})(?!\\d)';

export const REPORT_PARSERS: Parser[] = [
  {
    // "Q1 2013", "Q3", "H1 2012", "2Q"; a bare quarter is the last one of that number reported.
    rule: 'quarter-code',
    keys: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', '1q', '2q', '3q', '4q', '1h', '2h'],
    re: new RegExp(`\\b(?:(Q|H)([1-4])|([1-4])(Q|H))(?:(?:,? | of )${Y}|'(\\d{2})\\b)?(?![\\w-])`, 'g'),
    make: (m) => {
      const half = (m[1] ?? m[4]) === 'H';
      const n = +(m[2] ?? m[3]);
      if (half && n > 2) return null;
      const y = m[5] ? +m[5] : m[6] ? 2000 + +m[6] : undefined;
      if (half) return { type: 'DATE', partial: { k: 'half', h: n, y } };
      return { type: 'DATE', partial: y === undefined ? { k: 'fiscal', q: n } : { k: 'quarter', q: n, y } };
    },
  },
  {
    // "the January-March quarter", "the July-September period": the quarter those months make.
    rule: 'month-range-quarter',
    keys: ['quarter', 'period'],
    re: new RegExp(`\\b(?:the )?(${MONTH_RE})[-–](${MONTH_RE}) (?:quarter|period)(?: of ${Y})?`, 'g'),
    make: (m) => {
      const from = monthNumber(m[1]);
      const to = monthNumber(m[2]);
      if (from % 3 !== 1 || to !== from + 2) return null;
      const q = (from + 2) / 3;
      return { type: 'DATE', partial: m[3] ? { k: 'quarter', q, y: +m[3] } : { k: 'fiscal', q } };
    },
  },
  {
    // "first-quarter 2013 results", "the fourth-quarter of 2012"
    rule: 'quarter',
    keys: ['quarter'],
    re: new RegExp(`\\b(?:the )?(first|second|third|fourth)-quarter(?: of)? ${Y}`, 'gi'),
    make: (m) => ({ type: 'DATE', partial: { k: 'quarter', q: ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1, y: +m[2] } }),
  },
  {
    // "last fiscal year", "this fiscal year", "next financial year"
    rule: 'relative-unit',
    keys: ['fiscal year', 'financial year'],
    re: /\b(last|this|next|the previous|the current|the next) (?:fiscal|financial) year\b/gi,
    make: (m) => {
      const w = m[1].toLowerCase();
      return { type: 'DATE', partial: { k: 'rel', unit: 'year', offset: /last|previous/.test(w) ? -1 : /next/.test(w) ? 1 : 0 } };
    },
  },
  {
    // "0930 GMT", "2000 GMT": a 24-hour clock with its zone; "10:35 a.m. (0735 GMT)" restates the time before it.
    rule: 'clock',
    keys: ['gmt', 'utc'],
    re: /\b(?<!\( ?)([01]\d|2[0-3])([0-5]\d) ?(?:GMT|UTC)\b/g,
    make: (m) => ({ type: 'TIME', partial: { k: 'time', h: +m[1], min: +m[2] } }),
  },
];
