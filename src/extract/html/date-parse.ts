/**
 * Parses the date strings pages state (ISO 8601, RFC 2822, "Nov. 19, 2019
 * 2:30 p.m. EST", "19 November 2019", dotted day-first dates) into the parts
 * of a PublishedDate: day, local time, UTC offset.
 */
import type { DateCertainty, PublishedDate } from '../../model/article.js';

/** Month names and abbreviations: English, German, French, Spanish, Italian, Portuguese, Dutch. */
const MONTH_NAMES: readonly string[] = [
  'jan january januar jänner janvier janv enero gennaio janeiro januari',
  'feb february februar février févr febrero febbraio fevereiro februari',
  'mar march märz mär mars marzo março maart',
  'apr april avril avr abril aprile',
  'may mai mayo maggio maio mei',
  'jun june juni juin junio giugno junho',
  'jul july juli juillet juil julio luglio julho',
  'aug august août agosto augustus',
  'sep sept september septembre septiembre setiembre settembre setembro',
  'oct october oktober okt octobre octubre ottobre outubro',
  'nov november novembre noviembre novembro',
  'dec december dezember dez décembre déc diciembre dicembre dezembro',
];
const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.split(' ').map((n): [string, number] => [n, i + 1])));

/** Offsets implied by common zone abbreviations (`ET`/`CT`/`PT` are left out: their offset depends on the season). */
const ZONES: Readonly<Record<string, string>> = {
  z: '+00:00', utc: '+00:00', gmt: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', hkt: '+08:00',
  sgt: '+08:00', aest: '+10:00', aedt: '+11:00', wib: '+07:00', wat: '+01:00', cat: '+02:00', eat: '+03:00',
};

export interface DateParts {
  readonly date: string;
  readonly time: string | null;
  readonly utcOffset: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > new Date().getUTCFullYear() + 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function offsetFrom(raw: string | undefined): string | null {
  if (!raw) return null;
  const z = ZONES[raw.toLowerCase()];
  if (z) return z;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${m[2]}:${pad(minutes)}`;
}

function timeFrom(h: string | undefined, min: string | undefined, sec: string | undefined, meridiem?: string): string | null {
  if (h === undefined || min === undefined) return null;
  let hours = Number(h);
  const minutes = Number(min);
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (hours < 1 || hours > 12) return null;
    if (pm && hours < 12) hours += 12;
    if (!pm && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59) return null;
  const seconds = sec !== undefined && Number(sec) > 0 && Number(sec) < 60 ? `:${pad(Number(sec))}` : '';
  return `${pad(hours)}:${pad(minutes)}${seconds}`;
}

function build(y: number, m: number, d: number, time: string | null, offset: string | null): DateParts | null {
  if (!validDay(y, m, d)) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, time, utcOffset: time ? offset : null };
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}\b|[A-Z]{2,4}\b)?)?/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const DOTTED_DMY_RE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:[,\s]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?/;
const TIME_RE = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,4}|[+-]\d{2}:?\d{2})\)?)?/i;
const MONTH_NAME = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const MDY_RE = new RegExp(`${NOT_LETTER_BEFORE}${MONTH_NAME}${NOT_LETTER_AFTER}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const DMY_RE = new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH_NAME}${NOT_LETTER_AFTER},?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');

/** Parses a machine-readable or textual date (seven languages); null when no valid day is found. */
export function parseDateParts(raw: string): DateParts | null {
  const s = raw.trim().slice(0, 200);
  if (!s) return null;
  let m = ISO_RE.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), timeFrom(m[4], m[5], m[6]), offsetFrom(m[7]));
  m = COMPACT_RE.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), timeFrom(m[4], m[5], m[6]), offsetFrom(m[7]));
  m = SLASH_YMD_RE.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), timeFrom(m[4], m[5], m[6]), null);
  const textual = parseTextualDate(s);
  if (textual) return textual;
  m = DOTTED_DMY_RE.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]), timeFrom(m[4], m[5], m[6]), null);
  return null;
}

function parseTextualDate(s: string): DateParts | null {
  let y: number, mo: number, d: number, rest: string;
  let m = MDY_RE.exec(s);
  if (m) {
    mo = MONTHS.get(m[1].toLowerCase()) ?? 0;
    d = Number(m[2]);
    y = Number(m[3]);
  } else {
    m = DMY_RE.exec(s);
    if (!m) return null;
    d = Number(m[1]);
    mo = MONTHS.get(m[2].toLowerCase()) ?? 0;
    y = Number(m[3]);
  }
  if (!mo) return null;
  // A time is read from the same string, before or after the day.
  rest = s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length);
  const t = TIME_RE.exec(rest);
  const time = t ? timeFrom(t[1], t[2], t[3], t[4]?.replace(/\./g, '')) : null;
  return build(y, mo, d, time, t ? offsetFrom(t[5]) : null);
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
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3]), null, null) : null;
}

export function toPublishedDate(parts: DateParts, certainty: DateCertainty, source: string): PublishedDate {
  const iso = parts.date + (parts.time ? `T${parts.time}${parts.utcOffset ?? ''}` : '');
  return { date: parts.date, time: parts.time, utcOffset: parts.utcOffset, iso, certainty, source };
}
