/**
 * Parses a stated publication date/time as bylines and scraper headers write
 * it ("7 November 2019 07:16 (UTC+04:00)", "Nov. 7, 2019 9:41 AM EST",
 * "2019-11-07T07:16:00+04:00"). Each pattern is a small parser that returns
 * null when it does not apply (chrono-style); the first full match wins.
 */
import { normalizeOffset, ZONE_OFFSETS } from './zones.js';

export interface ParsedDateTime {
  readonly date: string; // YYYY-MM-DD
  readonly time: string | null; // HH:MM or HH:MM:SS
  readonly utcOffset: string | null;
  /** Index in the input where the match starts and ends. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY_RE = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const WEEKDAY_AFTER = '(?:,?\\s+(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)?';
const TIME_RE = '(?:(?:\\s*[,;|/·–-]\\s*|\\s+)(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?';
const ZONE_RE = '(?:\\s*\\(?\\s*(?:(?:UTC|GMT)\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?|([+\\-−])(\\d{2}):?(\\d{2})|([A-Z]{2,5}))\\s*\\)?)?';

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function timeOf(h?: string, min?: string, sec?: string, ampm?: string): string | null | undefined {
  if (h === undefined || min === undefined) return null;
  let hour = Number(h);
  const minute = Number(min);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (sec !== undefined && Number(sec) > 59)) return undefined;
  return `${String(hour).padStart(2, '0')}:${min}${sec !== undefined ? `:${sec}` : ''}`;
}

/** Offset from the zone groups: UTC±h(:mm) | ±hh:mm | abbreviation; undefined = unknown abbreviation. */
function zoneOf(g: (string | undefined)[]): string | null | undefined {
  const [s1, h1, m1, s2, h2, m2, abbr] = g;
  if (s1 !== undefined && h1 !== undefined) return normalizeOffset(s1, h1, m1 ?? '0') ?? undefined;
  if (s2 !== undefined && h2 !== undefined) return normalizeOffset(s2, h2, m2 ?? '0') ?? undefined;
  if (abbr !== undefined) return ZONE_OFFSETS[abbr] ?? undefined;
  return null;
}

interface Pattern {
  rule: string;
  re: RegExp;
  /** Maps match groups to y/m/d, and the index where time groups begin. */
  ymd: (m: RegExpExecArray) => [number, number, number];
  timeAt: number;
}

const PATTERNS: Pattern[] = [
  {
    rule: 'iso',
    re: new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:(Z)|([+\\-])(\\d{2}):?(\\d{2}))?)?`, 'yd'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: -1,
  },
  {
    rule: 'day-month-year',
    re: new RegExp(`${WEEKDAY_RE}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})${WEEKDAY_AFTER}${TIME_RE}${ZONE_RE}`, 'iyd'),
    ymd: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
    timeAt: 4,
  },
  {
    rule: 'month-day-year',
    re: new RegExp(`${WEEKDAY_RE}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_RE}${ZONE_RE}`, 'iyd'),
    ymd: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
    timeAt: 4,
  },
  {
    rule: 'dotted-dmy',
    re: new RegExp(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
    timeAt: 4,
  },
  {
    // 14/05/2024 or 23-09-2024: day first or month first is decided only when one part exceeds 12.
    rule: 'slashed-unambiguous',
    re: new RegExp(`(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return [Number(m[3]), b, a];
      if (b > 12 && a <= 12) return [Number(m[3]), a, b];
      return [0, 0, 0]; // ambiguous: refused rather than guessed
    },
    timeAt: 4,
  },
  {
    rule: 'slashed-ymd',
    re: new RegExp(`(\\d{4})/(\\d{1,2})/(\\d{1,2})${TIME_RE}${ZONE_RE}`, 'yd'),
    ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
    timeAt: 4,
  },
];

/** Tries every pattern at `index`; returns the longest valid match. */
export function parseDateTimeAt(text: string, index: number, timeFirst = true): ParsedDateTime | null {
  let best: ParsedDateTime | null = timeFirst ? parseTimeFirst(text, index) : null;
  for (const p of PATTERNS) {
    p.re.lastIndex = index;
    const m = p.re.exec(text);
    if (!m) continue;
    const [y, mo, d] = p.ymd(m);
    const date = isoDate(y, mo, d);
    if (!date) continue;
    let time: string | null | undefined;
    let offset: string | null | undefined;
    if (p.timeAt < 0) {
      time = m[4] !== undefined ? `${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}` : ''}` : null;
      offset = m[7] ? '+00:00' : m[8] ? normalizeOffset(m[8], m[9], m[10]) : null;
    } else {
      time = timeOf(m[p.timeAt], m[p.timeAt + 1], m[p.timeAt + 2], m[p.timeAt + 3]);
      offset = zoneOf(m.slice(p.timeAt + 4, p.timeAt + 11));
    }
    let end = index + m[0].length;
    if (time === undefined) {
      // Invalid time ("25:10"): keep the date, consume nothing after it.
      const hourStart = m.indices?.[p.timeAt]?.[0] ?? end;
      end = index + text.slice(index, hourStart).replace(/[,;|\s]*(?:at\s*)?$/, '').length;
      time = null;
      offset = null;
    }
    else if (offset === undefined) {
      // Unknown zone word: keep the date/time, but do not consume the word.
      offset = null;
      end = index + m[0].replace(/\s*\(?\s*[A-Z]{2,5}\s*\)?$/i, '').length;
    }
    if (!best || end - index > best.end - best.start) best = { date, time, utcOffset: offset, start: index, end, rule: p.rule };
  }
  return best;
}

const TIME_FIRST = new RegExp(`(\\d{1,2})[:.](\\d{2})\\s*(am|pm|a\\.m\\.|p\\.m\\.)?${ZONE_RE}\\s*(?:,|\\bon\\b)?\\s+`, 'iyd');

/** "6:15 PM EAT, December 9, 2021": a time (and zone) before the date. */
function parseTimeFirst(text: string, index: number): ParsedDateTime | null {
  TIME_FIRST.lastIndex = index;
  const m = TIME_FIRST.exec(text);
  if (!m) return null;
  const time = timeOf(m[1], m[2], undefined, m[3]);
  const offset = zoneOf(m.slice(4, 11));
  if (!time || offset === undefined) return null;
  const date = parseDateTimeAt(text, index + m[0].length, false);
  if (!date || date.time !== null) return null;
  return { date: date.date, time, utcOffset: offset, start: index, end: date.end, rule: `time-first/${date.rule}` };
}

/** Finds the first date/time anywhere in `text`. */
export function findDateTime(text: string): ParsedDateTime | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isDigit && !isLetter) continue;
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue; // only at word starts
    const hit = parseDateTimeAt(text, i);
    if (hit) return hit;
  }
  return null;
}

export function toIso(p: { date: string; time: string | null; utcOffset: string | null }): string {
  if (!p.time) return p.date;
  const t = p.time.length === 5 ? `${p.time}:00` : p.time;
  return `${p.date}T${t}${p.utcOffset ?? ''}`;
}
