/**
 * Parses the date strings pages state (ISO 8601, RFC 2822, "Nov. 19, 2019
 * 2:30 p.m. EST", "19 November 2019", "12. März 2019", dotted day-first
 * dates) into the parts of a PublishedDate, through the shared parser in
 * src/extract/dates, keeping only plausible publication years.
 */
import type { DateCertainty, PublishedDate } from '../../model/article.js';
import { findAllDateTimes, type ParseOptions } from '../dates/parse-datetime.js';

export interface DateParts {
  readonly date: string;
  readonly time: string | null;
  readonly utcOffset: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Web publication dates: from 1990 to next year. */
export function plausibleYear(y: number): boolean {
  return y >= 1990 && y <= new Date().getUTCFullYear() + 1;
}

function build(y: number, m: number, d: number): DateParts | null {
  if (!plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, time: null, utcOffset: null };
}

const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A date found in a string, with where it starts. */
export interface DateHit {
  readonly parts: DateParts;
  readonly start: number;
}

/** Every plausible date in a string, left to right. */
export function allDateParts(raw: string, options: ParseOptions = {}, limit = 20): DateHit[] {
  const out: DateHit[] = [];
  for (const hit of findAllDateTimes(raw, options, limit)) {
    if (!plausibleYear(Number(hit.date.slice(0, 4)))) continue;
    // "14:30:00" is read as 14:30: zero seconds are usually filler.
    const time = hit.time?.endsWith(':00') && hit.time.length === 8 ? hit.time.slice(0, 5) : hit.time;
    out.push({ parts: { date: hit.date, time, utcOffset: time ? hit.utcOffset : null }, start: hit.start });
  }
  return out;
}

/** Parses a machine-readable or textual date (many languages); null when no plausible day is found. */
export function parseDateParts(raw: string, options: ParseOptions = {}): DateParts | null {
  const s = raw.trim().slice(0, 300);
  if (!s) return null;
  const compact = COMPACT_RE.exec(s);
  if (compact) return build(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return allDateParts(s, options, 5)[0]?.parts ?? null;
}

/** Year/month/day in a URL path (`/2021/03/12/`, `/2021-03-12-`, `/20210312/`). */
export function dateFromUrl(url: string): DateParts | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-])/.exec(path);
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function toPublishedDate(parts: DateParts, certainty: DateCertainty, source: string): PublishedDate {
  const iso = parts.date + (parts.time ? `T${parts.time}${parts.utcOffset ?? ''}` : '');
  return { date: parts.date, time: parts.time, utcOffset: parts.utcOffset, iso, certainty, source };
}
