/**
 * Repeated times (TIMEX3 SET) and weeks named by a day in them: "every
 * Thursday", "each July", "on Mondays", "twice a week", "three times a year", "the
 * week of March 6". Same contract as parsers.ts.
 */
import { MONTH_RE, monthNumber, PARTS_OF_DAY, WEEKDAYS } from './lexicon.js';
import type { Parser } from './parsers.js';

const PERIOD: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };

export const SET_PARSERS: Parser[] = [
  {
    // "every Thursday", "each Sunday morning": that weekday in every week.
    rule: 'set-weekday',
    re: /\b(?:every|each) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (morning|afternoon|evening|night))?\b/gi,
    make: (m) => {
      const wd = WEEKDAYS[m[1].toLowerCase()];
      return wd ? { type: 'SET', partial: { k: 'set', v: `XXXX-WXX-${wd}${m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase()]}` : ''}` } } : null;
    },
  },
  {
    // "on Mondays", "Sunday mornings" (a plural weekday is a habit, not a date).
    rule: 'set-weekday',
    re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b/g,
    make: (m) => ({ type: 'SET', partial: { k: 'set', v: `XXXX-WXX-${WEEKDAYS[m[1].toLowerCase()]}` } }),
  },
  {
    // "each July", "every December": that month in every year.
    rule: 'set-month',
    re: new RegExp(`\\b(?:every|each) (${MONTH_RE})(?!\\w)`, 'g'),
    make: (m) => {
      const month = monthNumber(m[1]);
      return month ? { type: 'SET', partial: { k: 'set', v: `XXXX-${String(month).padStart(2, '0')}` } } : null;
    },
  },
  {
    // "twice a week", "three times a year", "once a month"
    rule: 'set-frequency',
    re: /\b(?:once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times) (?:a|an|per|every|each) (day|week|month|year)\b/gi,
    make: (m) => ({ type: 'SET', partial: { k: 'set', v: PERIOD[m[1].toLowerCase()] } }),
  },
  {
    // "the week of March 6": the calendar week that day falls in.
    rule: 'week-of',
    re: new RegExp(`\\bthe week of (${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d{2})\\b)?`, 'g'),
    make: (m) => {
      const month = monthNumber(m[1]);
      const d = +m[2];
      return month && d >= 1 && d <= 31 ? { type: 'DATE', partial: { k: 'weekof', m: month, d, y: m[3] ? +m[3] : undefined } } : null;
    },
  },
];
