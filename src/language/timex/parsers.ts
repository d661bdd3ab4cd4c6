/**
 * One small parser per shape of time expression (chrono-style): a global
 * regex and a function turning a match into a candidate, or null when the
 * match is not a time expression after all. Values are kept partial here
 * (a weekday, "last year"); resolve.ts turns them into TIMEX3 values
 * against the reference date and the sentence's tense.
 */
import { MONTH_RE, monthNumber, NUMBER_WORD_RE, numberValue, ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_RE, unitOf, WEEKDAY_RE, WEEKDAYS } from './lexicon.js';
import type { Partial, TimexType } from './types.js';
import { HALF_OF, RATE_BEFORE, seasonIsName } from './guards.js';

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly rule: string;
  readonly partial: Partial;
  readonly mod?: string;
}

export interface Parser {
  readonly rule: string;
  /** Lower-case words one of which every match contains: the parser is skipped for texts with none (speed). */
  readonly keys?: readonly string[];
  readonly re: RegExp;
  make(m: RegExpExecArray): Omit<Candidate, 'start' | 'end' | 'rule'> | null;
}

const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2100;
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '((?:1[89]|20)\\d{2})(?!\\d)';
const MOD_WORDS: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', 'the end of': 'END', 'the beginning of': 'START', 'the start of': 'START', 'the middle of': 'MID', 'the first half of': 'START', 'the second half of': 'END' };
const MOD_RE = '(?:\\b(early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]+)?';
const modOf = (w: string | undefined): string | undefined => (w ? MOD_WORDS[w.toLowerCase()] : undefined);

export const PARSERS: Parser[] = [
  {
    rule: 'iso-date',
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b/g,
    make: (m) => ({ type: m[4] ? 'TIME' : 'DATE', partial: { k: 'date', y: +m[1], m: +m[2], d: +m[3], ...(m[4] ? { h: +m[4], min: +m[5] } : {}) } }),
  },
  {
    rule: 'numeric-date',
    re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d{2})\b/g,
    make: (m) => {
      const y = m[3].length === 2 ? 1900 + +m[3] + (+m[3] < 50 ? 100 : 0) : +m[3];
      return +m[1] <= 12 && +m[2] <= 31 ? { type: 'DATE', partial: { k: 'date', y, m: +m[1], d: +m[2] } } : null;
    },
  },
  {
    // "Aug. 7, 1998", "August 7", "Wednesday, Nov. 6"
    rule: 'month-day',
    re: new RegExp(`\\b(?:(${WEEKDAY_RE}),? )?(${MONTH_RE}) ${D}\\b(?:,? ${Y})?`, 'g'),
    make: (m) => ({ type: 'DATE', partial: { k: 'date', y: m[4] ? +m[4] : undefined, m: monthNumber(m[2]), d: +m[3], wd: m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined } }),
  },
  {
    // "7 November 2019", "6 Nov", "Sunday 24 March", "the 15th of March"
    rule: 'day-month',
    re: new RegExp(`\\b(?:(${WEEKDAY_RE}),? )?(?:the (?=\\d{1,2}(?:st|nd|rd|th)? of ))?${D} (?:of )?(${MONTH_RE})(?:,? ${Y})?(?![\\w])`, 'g'),
    // "3 May" needs a year, a weekday or a preposition before it ("11 May be" is a modal).
    make: (m) => (/^May$/.test(m[3]) && !m[4] && !m[1] && !/\b(?:on|since|until|till|by|from|before|after|to|and)\s+$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index)) ? null : { type: 'DATE', partial: { k: 'date', y: m[4] ? +m[4] : undefined, m: monthNumber(m[3]), d: +m[2], wd: m[1] ? WEEKDAYS[m[1].toLowerCase()] : undefined } }),
  },
  {
    // "October 1998", "early March", "the end of December"; a bare "May"/"March" needs a year or a preposition.
    rule: 'month-year',
    re: new RegExp(`\\b${MOD_RE}(${MONTH_RE})(?:,? ${Y})?(?![\\w])`, 'gi'),
    make: (m) => {
      const month = m[2];
      if (!/^\p{Lu}/u.test(month)) return null;
      // "May" the modal and abbreviations alone are not months, unless a modifier comes first ("mid-March", "late May").
      if (/^(?:May|March|Jan|Mar|Jun|Jul|Aug|Oct|Dec|Sep|Sept|Nov|Feb|Apr)$/.test(month) && !m[3] && !(m[1] && /^(?:May|March)$/.test(month))) return null;
      return { type: 'DATE', partial: { k: 'month', m: monthNumber(month), y: m[3] ? +m[3] : undefined }, mod: modOf(m[1]) };
    },
  },
  {
    rule: 'month-after-preposition',
    re: new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Oo]f|[Tt]he|(?<=\\b(?:January|February|April|June|July|August|September|October|November|December) )to|through) )(May|March)\\b(?! \\d)`, 'g'),
    make: (m) => ({ type: 'DATE', partial: { k: 'month', m: monthNumber(m[1]) } }),
  },
  {
    rule: 'weekday',
    re: new RegExp(`\\b(${WEEKDAY_RE})(?:(?:'s)? (morning|afternoon|evening|night))?\\b`, 'g'),
    make: (m) => ({ type: m[2] ? 'TIME' : 'DATE', partial: { k: 'weekday', wd: WEEKDAYS[m[1].toLowerCase()], part: m[2] ? PARTS_OF_DAY[m[2]] : undefined } }),
  },
  {
    rule: 'decade',
    keys: ['0s', '0\'s', '0’s'],
    re: /\b(?:the )?(?:(early|late|mid)[- ])?((?:1[89]|20)\d)0'?s\b|\bthe '(\d)0s\b/gi,
    make: (m) => ({ type: 'DATE', partial: { k: 'decade', y3: m[2] ?? `19${m[3]}` }, mod: modOf(m[1]) }),
  },
  {
    rule: 'year',
    re: new RegExp(`(?<![$€£¥\\d.,/-])${MOD_RE}(?:(fiscal|FY) ?)?${Y}(?![\\d%]|,\\d|\\.\\d| ?(?:GMT|UTC|hrs|hours\\b|percent|per cent|people|troops|soldiers|km|miles|kilometers|tons|tonnes|dollars|points|workers|jobs|employees|protesters|demonstrators|students|police|officers|residents|refugees|civilians|deaths|votes|seats|homes|houses|meters|metres|feet|barrels|shares|members|delegates|cases|families|prisoners|patients|rebels|militants|migrants|passengers|children|men|women)\\b)`, 'gi'),
    make: (m) => (plausibleYear(+m[3]) ? { type: 'DATE', partial: { k: 'year', y: +m[3] }, mod: modOf(m[1]) } : null),
  },
  {
    rule: 'quarter',
    keys: ['quarter'],
    re: new RegExp(`\\b(?:the )?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of ${Y})?`, 'gi'),
    make: (m) => ({ type: 'DATE', partial: { k: 'quarter', q: ORDINALS[m[1].toLowerCase()], y: m[2] ? +m[2] : undefined } }),
  },
  {
    rule: 'half',
    keys: ['half', 'two quarters'],
    // "the first half of 1990", "the first two quarters of 1990", "the last two quarters of 1990"
    re: new RegExp(`\\b(?:the )?(first|second|last) (?:half|two quarters)(?: of ${Y})?`, 'gi'),
    make: (m) => (/^last$/i.test(m[1]) && !m[2] ? null : { type: 'DATE', partial: { k: 'half', h: /^first$/i.test(m[1]) ? 1 : 2, y: m[2] ? +m[2] : undefined } }),
  },
  {
    rule: 'season',
    keys: ['spring', 'summer', 'autumn', 'winter', 'fall'],
    re: new RegExp(`\\b(?:the |this past )?(?:(this|last|next|early|late) )?(spring|summer|autumn|winter|(?<=(?:this|last|next|early|late|the|past) )fall(?! of (?!(?:19|20)\\d{2}\\b)))(?: of ${Y}| ${Y})?\\b`, 'gi'),
    make: (m) => (seasonIsName(m) ? null : { type: 'DATE', partial: { k: 'season', s: SEASONS[m[2].toLowerCase()], y: m[3] || m[4] ? +(m[3] ?? m[4]) : undefined, recent: /^this past/i.test(m[0]) || undefined, offset: m[1] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[m[1].toLowerCase()] : undefined }, mod: modOf(m[1]) }),
  },
  {
    rule: 'deictic-day',
    keys: ['today', 'yesterday', 'tomorrow', 'tonight'],
    // "today's world", "many of today's computers" mean the present age, not the day.
    re: /\b(?<!\bof )(today|yesterday|tomorrow|tonight)(?!['’]s (?:world|youth|society|generation|young|children|standards|economy|technology)\b)(?: (morning|afternoon|evening|night))?\b/gi,
    make: (m) => {
      const word = m[1].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = word === 'tonight' ? 'NI' : m[2] ? PARTS_OF_DAY[m[2].toLowerCase()] : undefined;
      return { type: part ? 'TIME' : 'DATE', partial: { k: 'rel', unit: 'day', offset, part } };
    },
  },
  {
    rule: 'this-part-of-day',
    keys: ['morning', 'afternoon', 'evening', 'night'],
    re: /\b(this|last|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday) (morning|afternoon|evening|night)\b/gi,
    make: (m) => (/^(this|last)$/i.test(m[1]) ? { type: 'TIME', partial: { k: 'rel', unit: 'day', offset: /last/i.test(m[1]) && m[2] === 'night' ? -1 : 0, part: PARTS_OF_DAY[m[2].toLowerCase()] } } : null),
  },
  {
    // "last week", "this year", "next month", "earlier this year", "the past year" (a duration when "past")
    rule: 'relative-unit',
    keys: ['week', 'fortnight', 'month', 'year', 'quarter', 'decade', 'century'],
    re: /\b(?:(earlier|later) )?(this past|this|last|next|past|coming|previous|current|the past|the last|the coming|the next|the previous|the current) (week|weekend|fortnight|month|year|quarter|decade|century)\b/gi,
    make: (m) => {
      const which = m[2].toLowerCase();
      const unit = m[3].toLowerCase();
      // "the past fortnight" is a span (P2W); "last fortnight" names no calendar unit.
      if (unit === 'fortnight' && !/^the (?:past|last|next|coming)$/.test(which)) return null;
      // "The next year, he married": without a preposition of extent before it, the year after the one in view.
      if (/^the next$/.test(which) && !/^(?:decade|century)$/.test(unit) && !/\b(?:over|in|within|during|for|through|throughout|by|until|till|into)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "over the past year", "the next year or so": TimeBank and AQUAINT give the calendar year before or after.
      if (unit === 'year' && /^the (past|last|next|coming)$/.test(which)) return { type: 'DATE', partial: { k: 'rel', unit, offset: /past|last/.test(which) ? -1 : 1 } };
      // TIMEX3 writes decades and centuries in years: "the past decade" is P10Y.
      if (/^the (past|last|next|coming)$/.test(which)) return { type: 'DURATION', partial: { k: 'dur', ...(unit === 'decade' ? { n: 10, unit: 'year' } : unit === 'century' ? { n: 100, unit: 'year' } : { n: 1, unit }) } };
      const offset = /last|past|previous/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
      return { type: 'DATE', partial: { k: 'rel', unit, offset } };
    },
  },
  {
    // "two years ago", "three days earlier"
    rule: 'ago',
    keys: ['ago', 'earlier', 'before', 'later', 'from now', 'hence'],
    re: new RegExp(`\\b(${NUMBER_WORD_RE}) (${UNIT_RE})(?: or so)? (ago|earlier|before|later|from now|hence)\\b`, 'gi'),
    make: (m) => {
      const n = numberValue(m[1]);
      const unit = unitOf(m[2]);
      if (!unit || m[1].toLowerCase() === 'some') return null;
      // "three days later", "30 days before the vote", "a day earlier": TIMEX3 marks the span ("three days") as a duration
      // and the word as a signal; only "a year earlier" (the comparison period) names a date.
      if (/^(?:later|before)$/i.test(m[3]) || (/^earlier$/i.test(m[3]) && !/^years?$/i.test(m[2]))) return null;
      const sign = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
      return { type: 'DATE', partial: n === null ? { k: 'ref', v: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } : /^fortnights?$/i.test(m[2]) ? { k: 'rel', unit: 'week', offset: 2 * sign * n } : { k: 'rel', unit: m[2].toLowerCase().replace(/s$/, ''), offset: sign * n } };
    },
  },
  {
    // "three years", "48 hours", "a decade", "several months", "two-day", "the past three years"
    rule: 'duration',
    re: new RegExp(`\\b(?:the (?:past|last|next|first|coming) |the (?=(?:${NUMBER_WORD_RE}) (?:(?:more|additional|straight|consecutive|full) )?${UNIT_RE}(?<=s)\\b(?!-)))?(${NUMBER_WORD_RE})(?:[- ])(?:(?:more|additional|straight|consecutive|full) )?(${UNIT_RE})(?:-long)?\\b(?!-old| old| of age\\b)(?<!quarters?(?= of\\b))`, 'gi'),
    make: (m) => {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      if (/^(?:a|an|one)$/i.test(m[1]) && /s$/i.test(m[2])) return null;
      // "$2 million a year", "24 hours a day", "four flights a week": a rate, not a span ("a year earlier" is the ago rule's).
      if (/^(?:a|an)$/i.test(m[1]) && RATE_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "a second attempt" is an ordinal.
      if (/^(?:a|an)$/i.test(m[1]) && /^second$/i.test(m[2]) && /^ (?!(?:later|ago|earlier|before|after|or|and|of|to|in)\b)[a-z]/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
      const unitWord = m[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
      const n = numberValue(m[1]);
      // "the 1988 quarter", "200 day" are not spans: several units take the plural.
      if (n !== null && n > 1 && /^\d/.test(m[1]) && !/s$/i.test(m[2]) && !m[0].includes('-')) return null;
      // TIMEX3 writes decades and centuries in years: "two decades" is P20Y.
      // "half an hour" is PT30M, "half a year" P6M: the half is written in the next smaller unit.
      const half = n === 0.5 ? HALF_OF[unitWord] : undefined;
      if (half) return { type: 'DURATION', partial: { k: 'fixed', v: half } };
      if (unitWord === 'decade' || unitWord === 'century') return { type: 'DURATION', partial: { k: 'dur', n: n === null ? null : n * (unitWord === 'decade' ? 10 : 100), unit: 'year' } };
      return { type: 'DURATION', partial: { k: 'dur', n, unit: unitWord } };
    },
  },
  {
    // "recent days", "the coming months": spans of unstated length.
    rule: 'plural-unit',
    keys: ['days', 'weeks', 'months', 'years', 'decades'],
    re: /\b(recent|past|coming|next|many|several|few|the last few|the past few|the next few|the coming) (days|weeks|months|years|decades)\b/gi,
    make: (m) => {
      const w = m[1].toLowerCase();
      return { type: 'DURATION', partial: { k: 'dur', n: null, unit: m[2].toLowerCase().replace(/s$/, '') } };
    },
  },
  {
    // "the weeks ahead", "the days to come": a span of unstated length from now.
    rule: 'plural-unit',
    keys: ['ahead', 'to come'],
    re: /\bthe (days|weeks|months|years) (?:ahead|to come)\b/gi,
    make: (m) => ({ type: 'DURATION', partial: { k: 'dur', n: null, unit: m[1].toLowerCase().replace(/s$/, '') } }),
  },
  {
    // "for years", "within weeks", "the first time in decades": a bare plural unit after a preposition of extent.
    rule: 'plural-unit',
    keys: ['hours', 'days', 'weeks', 'months', 'years', 'decades'],
    re: /(?<=\b(?:[Ff]or|[Ww]ithin|[Aa]fter|in) )(hours|days|weeks|months|years|decades)\b(?! (?:of|ago|earlier|later|before|after)\b)/g,
    make: (m) => {
      // TIMEX3 writes decades in years, as "the past decade" (P10Y).
      const unit = m[1] === 'decades' ? 'year' : m[1].replace(/s$/, '');
      return { type: 'DURATION', partial: { k: 'dur', n: null, unit } };
    },
  },
  {
    // Company reports: "third-quarter profit", "the latest quarter", "the year-ago period".
    rule: 'fiscal-quarter',
    keys: ['quarter', 'period', 'year-earlier', 'year-ago'],
    re: /\b(?:fiscal )?(first|second|third|fourth)-(?:quarter|period)\b|\bthe (?:latest |most recent |current |just-ended |recent )?quarter\b|\bthe (?:latest|most recent|just-ended) period\b|\b(?:the |a )?(?:comparable )?(year-earlier|year-ago)(?: (?:quarter|period))?\b/gi,
    make: (m) => {
      if (m[1]) return { type: 'DATE', partial: { k: 'fiscal', q: ORDINALS[m[1].toLowerCase()] } };
      return { type: 'DATE', partial: { k: 'fiscal', q: 0, yearBack: m[2] ? 1 : 0 } };
    },
  },
  {
    rule: 'weekend',
    keys: ['weekend'],
    re: /\b(the|this|last|next|that) weekend\b/gi,
    make: (m) => ({ type: 'DATE', partial: { k: 'rel', unit: 'weekend', offset: /last/i.test(m[1]) ? -1 : /next/i.test(m[1]) ? 1 : 0 } }),
  },
  {
    rule: 'period-end',
    keys: ['end', 'beginning', 'start', 'middle'],
    // "the end of the month", "the beginning of next year", "year-end"
    re: /\b(?:the )?(end|beginning|start|middle) of (the|this|next|last) (year|month|week|decade)\b|\b(?:the )?year(?:[- ]|['’]s )end\b/gi,
    make: (m) => {
      const offset = m[2] ? ({ next: 1, last: -1 } as Record<string, number>)[m[2].toLowerCase()] ?? 0 : 0;
      return { type: 'DATE', partial: { k: 'rel', unit: (m[3] ?? 'year').toLowerCase(), offset }, mod: m[1] ? MOD_WORDS[`the ${m[1].toLowerCase()} of`] : 'END' };
    },
  },
  {
    rule: 'set',
    keys: ['every', 'each', 'per ', 'daily', 'annually', 'hourly', 'nightly', 'weekly', 'monthly', 'yearly'],
    re: /\b(?:every|each|per) (day|week|month|year|quarter|morning|night|weekend)\b|\b(daily|annually|hourly|nightly)\b|\b(weekly|monthly|yearly)\b(?! [a-z])/gi,
    make: (m) => {
      const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const map: Record<string, string> = { day: 'P1D', daily: 'P1D', week: 'P1W', weekly: 'P1W', month: 'P1M', monthly: 'P1M', year: 'P1Y', yearly: 'P1Y', annually: 'P1Y', quarter: 'P3M', quarterly: 'P3M', hourly: 'PT1H', morning: 'TMO', night: 'TNI', nightly: 'TNI', weekend: 'P1WE' };
      return { type: 'SET', partial: { k: 'set', v: map[word] ?? 'P1D' } };
    },
  },
  {
    rule: 'reference-word',
    re: /\b(now|currently|recently|nowadays|these days|the future|the near future|the near term|the short term|a later date|the past|right now|at present|presently|soon|former(?:ly)?)\b/gi,
    make: (m) => {
      const w = m[1].toLowerCase();
      if (/former|soon/.test(w)) return null;
      // "Now, ..." opens a sentence as a discourse marker; "Now officials are ..." is the present.
      if (m[1] === 'Now' && /^\s*[,;:-]/.test(m.input.slice(m.index + 3, m.index + 6))) return null;
      const v = /recent|the past/.test(w) ? 'PAST_REF' : /future|near term|short term|later date/.test(w) ? 'FUTURE_REF' : 'PRESENT_REF';
      return { type: 'DATE', partial: { k: 'ref', v } };
    },
  },
  {
    // "current market conditions", "his current wife": the present, as TIMEX3 marks it; "the then current price" was the past.
    rule: 'current',
    keys: ['current'],
    re: /\b(then[- ])?current(?! (?:account|accounts|affairs|events|carrying|flowing|flows?)\b)\b/gi,
    make: (m) => ({ type: 'DATE', partial: { k: 'ref', v: m[1] ? 'PAST_REF' : 'PRESENT_REF' } }),
  },
  {
    rule: 'clock',
    re: /\b(\d{1,2})(?:[:.](\d{2}))? ?(a\.m\.|p\.m\.|am\b|pm\b)|\b(\d{1,2}):(\d{2})(?: ?(?:GMT|UTC|EST|EDT|CST|PST))?\b|\b(noon|midnight)\b/gi,
    make: (m) => {
      if (m[6]) return { type: 'TIME', partial: { k: 'time', h: m[6].toLowerCase() === 'noon' ? 12 : 24, min: 0 } };
      let h = +(m[1] ?? m[4]);
      const min = +(m[2] ?? m[5] ?? 0);
      if (m[3]) {
        if (h < 1 || h > 12) return null;
        h = (h % 12) + (/^p/i.test(m[3]) ? 12 : 0);
      }
      return h <= 23 && min <= 59 ? { type: 'TIME', partial: { k: 'time', h, min } } : null;
    },
  },
];
