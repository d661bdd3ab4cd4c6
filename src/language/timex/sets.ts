/**
 * Repeated times (TIMEX3 SET) and weeks named by a day in them: "every
 * Thursday", "each July", "on Mondays", "twice a week", "three times a year",
 * "every six weeks", "the week of March 6". Same contract as parsers.ts.
 */
import { MONTH_RE, monthNumber, PARTS_OF_DAY, WEEKDAYS } from './lexicon.js';
import type { Parser } from './parsers.js';

const PERIOD: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
const LETTER: Record<string, string> = { hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'couple of': 2 };

export const SET_PARSERS: Parser[] = [
  {
    // "every Thursday", "each Sunday morning": that weekday in every week.
    rule: 'set-weekday',
    keys: ['every', 'each'],
    re: /\b(?:every|each) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (morning|afternoon|evening|night))?\b/gi,
    make: (m) => {
      const wd = WEEKDAYS[m[1].toLowerCase()];
      return wd ? { type: 'SET', partial: { k: 'set', v: `XXXX-WXX-${wd}${m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase()]}` : ''}` } } : null;
    },
  },
  {
    // "on Mondays", "Sunday mornings" (a plural weekday is a habit, not a date).
    rule: 'set-weekday',
    keys: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
    re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b/g,
    make: (m) => ({ type: 'SET', partial: { k: 'set', v: `XXXX-WXX-${WEEKDAYS[m[1].toLowerCase()]}` } }),
  },
  {
    // "each July", "every December": that month in every year.
    rule: 'set-month',
    keys: ['every', 'each'],
    re: new RegExp(`\\b(?:every|each) (${MONTH_RE})(?!\\w)`, 'g'),
    make: (m) => {
      const month = monthNumber(m[1]);
      return month ? { type: 'SET', partial: { k: 'set', v: `XXXX-${String(month).padStart(2, '0')}` } } : null;
    },
  },
  {
    // "twice a week", "three times a year", "once a month"
    rule: 'set-frequency',
    keys: ['times', 'once', 'twice'],
    re: /\b(?:once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) times) (?:a|an|per|every|each) (day|week|month|year)\b/gi,
    make: (m) => ({ type: 'SET', partial: { k: 'set', v: PERIOD[m[1].toLowerCase()] } }),
  },
  {
    // "every six weeks", "every two years", "every few days", "every other month": a period of that length.
    rule: 'set-every',
    keys: ['every', 'each'],
    re: /\b(?:every|each) (other|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|couple of) (hours?|days?|weeks?|months?|years?)\b/gi,
    make: (m) => {
      const unit = m[2].toLowerCase().replace(/s$/, '');
      const word = m[1].toLowerCase();
      const n = word === 'other' ? 2 : /^\d+$/.test(word) ? +word : NUMBERS[word] ?? null;
      if (word !== 'other' && n !== null && n > 1 && !/s$/i.test(m[2])) return null;
      return { type: 'SET', partial: { k: 'set', v: `P${unit === 'hour' ? 'T' : ''}${n ?? 'X'}${LETTER[unit]}` } };
    },
  },
  {
    // "the week of March 6": the calendar week that day falls in.
    rule: 'week-of',
    keys: ['the week of'],
    re: new RegExp(`\\bthe week of (${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d{2})\\b)?`, 'g'),
    make: (m) => {
      const month = monthNumber(m[1]);
      const d = +m[2];
      return month && d >= 1 && d <= 31 ? { type: 'DATE', partial: { k: 'weekof', m: month, d, y: m[3] ? +m[3] : undefined } } : null;
    },
  },
];
