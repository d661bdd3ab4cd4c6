/**
 * Parses a stated publication date/time as bylines and scraper headers write
 * it ("7 November 2019 07:16 (UTC+04:00)", "Nov. 7, 2019 9:41 AM EST",
 * "2019-11-07T07:16:00+04:00"). Each pattern is a small parser that returns
 * null when it does not apply (chrono-style); the first full match wins.
 */
import { PATTERNS, ZONE_RE, type ParseOptions } from './patterns.js';
import { normalizeOffset, ZONE_OFFSETS } from './zones.js';

export type { ParseOptions } from './patterns.js';

export interface ParsedDateTime {
  readonly date: string; // YYYY-MM-DD
  readonly time: string | null; // HH:MM or HH:MM:SS
  readonly utcOffset: string | null;
  /** Index in the input where the match starts and ends. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
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

/** Tries every pattern at `index`; returns the longest valid match. */
export function parseDateTimeAt(text: string, index: number, timeFirst = true, options: ParseOptions = {}): ParsedDateTime | null {
  let best: ParsedDateTime | null = timeFirst ? parseTimeFirst(text, index, options) : null;
  for (const p of PATTERNS) {
    p.re.lastIndex = index;
    const m = p.re.exec(text);
    if (!m) continue;
    const [y, mo, d] = p.ymd(m, options);
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
function parseTimeFirst(text: string, index: number, options: ParseOptions): ParsedDateTime | null {
  TIME_FIRST.lastIndex = index;
  const m = TIME_FIRST.exec(text);
  if (!m) return null;
  const time = timeOf(m[1], m[2], undefined, m[3]);
  const offset = zoneOf(m.slice(4, 11));
  if (!time || offset === undefined) return null;
  const date = parseDateTimeAt(text, index + m[0].length, false, options);
  if (!date || date.time !== null) return null;
  return { date: date.date, time, utcOffset: offset, start: index, end: date.end, rule: `time-first/${date.rule}` };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MAY_START = /[\p{L}\d]/u;
/**
 * Every pattern holds a year: four digits, or two after a dotted day and
 * month ("28.01.22"). A date starts at most this many characters before its
 * year ("10:30 a.m. EST, Wednesday, September 23rd, 2021"), so positions
 * farther from any year are not tried: text without years costs one scan.
 */
const YEAR_ANCHOR = /\d{4}|\d\.\s?\d{1,2}\.\s?\d\d/g;
const MAX_LEAD = 100;

function yearAnchors(text: string): number[] {
  const out: number[] = [];
  YEAR_ANCHOR.lastIndex = 0;
  for (let m = YEAR_ANCHOR.exec(text); m; m = YEAR_ANCHOR.exec(text)) out.push(m.index + m[0].length);
  return out;
}

/** Every date/time in `text`, left to right, not overlapping; at most `limit`. */
export function findAllDateTimes(text: string, options: ParseOptions = {}, limit = Infinity): ParsedDateTime[] {
  const out: ParsedDateTime[] = [];
  const anchors = yearAnchors(text);
  let next = 0; // first anchor not yet behind the scan position
  for (let i = 0; i < text.length && out.length < limit; i++) {
    while (next < anchors.length && anchors[next] <= i) next++;
    if (next >= anchors.length) break;
    if (anchors[next] - i > MAX_LEAD) {
      i = anchors[next] - MAX_LEAD - 1;
      continue;
    }
    if (!MAY_START.test(text[i])) continue;
    if (i > 0 && WORD_CHAR.test(text[i - 1])) continue; // only at word starts
    const hit = parseDateTimeAt(text, i, true, options);
    if (hit) {
      out.push(hit);
      i = hit.end - 1;
    }
  }
  return out;
}

/** Finds the first date/time anywhere in `text`. */
export function findDateTime(text: string, options: ParseOptions = {}): ParsedDateTime | null {
  return findAllDateTimes(text, options, 1)[0] ?? null;
}

export function toIso(p: { date: string; time: string | null; utcOffset: string | null }): string {
  if (!p.time) return p.date;
  const t = p.time.length === 5 ? `${p.time}:00` : p.time;
  return `${p.date}T${t}${p.utcOffset ?? ''}`;
}
