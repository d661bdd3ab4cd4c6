/**
 * Refiners: turn partial values into TIMEX3 values against the reference
 * (publication) date. Weekdays and bare months resolve by the tense of the
 * sentence around them: "said on Wednesday" is the Wednesday before the
 * reference, "will meet on Wednesday" the one after. Without a reference
 * the unknown parts stay X ("XXXX-12-21").
 */
import { holidayDate, isFixedHoliday } from './holidays.js';
import type { Partial, Tense } from './types.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const dayString = (d: Day): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday 1..7. */
const weekday = (d: Day): number => ((new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7) + 1;

function isoWeek(d: Day): string {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const day = weekday(d);
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function shiftMonth(d: Day, n: number): { y: number; m: number } {
  const total = d.y * 12 + (d.m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

export interface Resolved {
  value: string;
  inferred: boolean;
}

/** `anchor`: the value of the last date the text named before this expression, for "the following year" and the like. */
export function resolve(p: Partial, referenceIso: string | null, tense: Tense, anchor: string | null = null): Resolved {
  const ref = parseDay(referenceIso);
  const stated = (value: string): Resolved => ({ value, inferred: false });
  const inferred = (value: string): Resolved => ({ value, inferred: true });
  switch (p.k) {
    case 'date': {
      const time = p.h !== undefined ? `T${pad(p.h)}:${pad(p.min ?? 0)}` : '';
      if (p.y !== undefined) return stated(`${p.y}-${pad(p.m)}-${pad(p.d)}${time}`);
      if (!ref) return inferred(`XXXX-${pad(p.m)}-${pad(p.d)}${time}`);
      // A stated weekday picks the year in which the day falls on it ("Saturday, April 25"), if one is near.
      const fits = p.wd === undefined ? [] : [ref.y, ref.y + 1, ref.y - 1].filter((y) => weekday({ y, m: p.m, d: p.d }) === p.wd);
      return inferred(`${fits[0] ?? yearFor(p.m, p.d, ref, tense)}-${pad(p.m)}-${pad(p.d)}${time}`);
    }
    case 'month':
      if (p.y !== undefined) return stated(`${p.y}-${pad(p.m)}`);
      if (p.yOff !== undefined) return ref ? inferred(`${ref.y + p.yOff}-${pad(p.m)}`) : inferred(`XXXX-${pad(p.m)}`);
      // "last December" is before the reference month, "next March" after it, "this September" in its year.
      if (p.dir !== undefined && ref) return inferred(`${ref.y + (p.dir < 0 ? (p.m >= ref.m ? -1 : 0) : p.dir > 0 ? (p.m <= ref.m ? 1 : 0) : 0)}-${pad(p.m)}`);
      return ref ? inferred(`${yearFor(p.m, 0, ref, tense)}-${pad(p.m)}`) : inferred(`XXXX-${pad(p.m)}`);
    case 'year':
      return stated(String(p.y));
    case 'decade':
      return stated(p.y3);
    case 'weekday': {
      const part = p.part ? `T${p.part}` : '';
      if (!ref) return inferred(`XXXX-WXX-${p.wd}${part}`);
      const today = weekday(ref);
      let diff = p.wd - today;
      if (tense === 'future') diff = diff < 0 || (diff === 0 && p.strict) ? diff + 7 : diff;
      else if (tense === 'past') diff = diff > 0 || (diff === 0 && p.strict) ? diff - 7 : diff;
      else if (diff > 3) diff -= 7;
      else if (diff < -3) diff += 7;
      return inferred(dayString(addDays(ref, diff)) + part);
    }
    case 'rel': {
      if (!ref) return inferred(p.offset === 0 && p.unit === 'day' ? 'PRESENT_REF' : p.offset < 0 ? 'PAST_REF' : 'FUTURE_REF');
      const part = p.part ? `T${p.part}` : '';
      switch (p.unit) {
        case 'hour':
        case 'minute':
        case 'second':
          return inferred(clockBack(referenceIso!, p.unit, p.offset) ?? dayString(ref));
        case 'day':
        case 'night':
          return inferred(dayString(addDays(ref, p.offset)) + part);
        case 'week':
          return inferred(isoWeek(addDays(ref, 7 * p.offset)));
        case 'weekend': {
          // "the weekend" told in the past tense on a weekday, or early in the week without tense, is the one just gone.
          const back = p.offset === 0 && weekday(ref) < 6 && (tense === 'past' || (tense === 'present' && weekday(ref) <= 3)) ? -1 : p.offset;
          return inferred(`${isoWeek(addDays(ref, 7 * back))}-WE`);
        }
        case 'month': {
          const x = shiftMonth(ref, p.offset);
          return inferred(`${x.y}-${pad(x.m)}`);
        }
        case 'quarter': {
          const x = shiftMonth(ref, 3 * p.offset);
          return inferred(`${x.y}-Q${Math.floor((x.m - 1) / 3) + 1}`);
        }
        case 'decade':
          return inferred(String(Math.floor((ref.y + 10 * p.offset) / 10)));
        case 'century':
          return inferred(String(Math.floor((ref.y + 100 * p.offset) / 100)));
        default:
          return inferred(String(ref.y + p.offset));
      }
    }
    case 'ref':
      return stated(p.v);
    case 'dur': {
      const unit = p.unit;
      const letter: Record<string, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', night: 'D', week: 'W', weekend: 'WE', fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };
      const time = unit === 'second' || unit === 'minute' || unit === 'hour';
      if (unit === 'quarter') return stated(`P${p.n === null ? 'X' : p.n * 3}M`);
      const n = p.n === null ? 'X' : String(unit === 'fortnight' ? p.n * 2 : p.n);
      return stated(`P${time ? 'T' : ''}${n}${letter[unit] ?? 'D'}`);
    }
    case 'set':
      return stated(p.v);
    case 'time': {
      // A clock time falls on the last day the text named ("On Oct. 3 ... at 10 p.m."), else on the reference day.
      const day = anchor ? /^\d{4}-\d{2}-\d{2}/.exec(anchor)?.[0] : undefined;
      if (day) return inferred(`${day}T${pad(p.h)}:${pad(p.min)}`);
      return ref ? inferred(`${dayString(ref)}T${pad(p.h)}:${pad(p.min)}`) : inferred(`XXXX-XX-XXT${pad(p.h)}:${pad(p.min)}`);
    }
    case 'quarter':
      return p.y !== undefined ? stated(`${p.y}-Q${p.q}`) : ref ? inferred(`${ref.y + (p.yOff ?? 0)}-Q${p.q}`) : inferred(`XXXX-Q${p.q}`);
    case 'fiscal': {
      if (!ref) return inferred(p.q ? `XXXX-Q${p.q}` : 'XXXX-QX');
      const current = Math.floor((ref.m - 1) / 3) + 1;
      // Reports name the quarter just ended: a named quarter not yet begun is last year's.
      if (p.q) return inferred(`${(p.q > current ? ref.y - 1 : ref.y) - (p.yearBack ?? 0)}-Q${p.q}`);
      const last = current === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: current - 1 };
      return inferred(`${last.y - (p.yearBack ?? 0)}-Q${last.q}`);
    }
    case 'half':
      return p.y !== undefined ? stated(`${p.y}-H${p.h}`) : ref ? inferred(`${ref.y + (p.yOff ?? 0)}-H${p.h}`) : inferred(`XXXX-H${p.h}`);
    case 'fixed':
      return stated(p.v);
    case 'anaphor':
      return inferred(anaphor(p, anchor, ref));
    case 'holiday': {
      if (!ref) {
        const d = holidayDate(p.name, 2000);
        return inferred(isFixedHoliday(p.name) ? `XXXX-${pad(d.m)}-${pad(d.d)}` : 'XXXX-XX-XX');
      }
      return inferred(dayString(holidayFor(p.name, ref, p.dir === -1 ? 'past' : p.dir === 1 ? 'future' : p.dir === 0 ? 'present' : tense, p.dir === 0)));
    }
    case 'weekof': {
      const day = resolve({ k: 'date', m: p.m, d: p.d, y: p.y }, referenceIso, tense);
      const parsed = parseDay(day.value);
      return { value: parsed ? isoWeek(parsed) : `XXXX-WXX`, inferred: day.inferred };
    }
    case 'season': {
      if (p.y !== undefined) return stated(`${p.y}-${p.s}`);
      if (!ref) return inferred(`XXXX-${p.s}`);
      // "this past spring": this year's once it has begun (winter begins in December), else last year's.
      if (p.recent) return inferred(`${ref.y - (ref.m >= SEASON_START[p.s] ? 0 : 1)}-${p.s}`);
      return inferred(`${ref.y + (p.offset ?? 0)}-${p.s}`);
    }
  }
}

/** "two hours ago" from a reference with a clock time ("2013-03-22T14:30"): the time then, to the minute; null without one. */
function clockBack(iso: string, unit: string, offset: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return null;
  const ms = { hour: 3600000, minute: 60000, second: 1000 }[unit] ?? 0;
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) + offset * ms);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const NEAR_MONTHS = 3;

/** The year of a month (and day) without one: the nearest such date in the direction of the tense. */
function yearFor(m: number, d: number, ref: Day, tense: Tense): number {
  // News dates without a year are nearly always within months of the report; tense only decides far ones.
  const months = m - ref.m + (d && d < ref.d ? -0.5 : 0);
  const after = m > ref.m || (m === ref.m && d > ref.d);
  const before = m < ref.m || (m === ref.m && d > 0 && d < ref.d);
  if (Math.abs(months) <= NEAR_MONTHS) return ref.y;
  if (tense === 'past') return after ? ref.y - 1 : ref.y;
  if (tense === 'future') return before ? ref.y + 1 : ref.y;
  // Present or unknown: within six months either way.
  const diff = (m - ref.m + 12) % 12;
  if (diff === 0) return ref.y;
  return diff <= 6 ? (after ? ref.y : ref.y + 1) : before ? ref.y : ref.y - 1;
}

/** The holiday's date nearest the reference in the direction of the tense (this year's for "this Christmas"). */
function holidayFor(name: string, ref: Day, tense: Tense, thisYear: boolean): Day {
  if (thisYear) return { y: ref.y, ...holidayDate(name, ref.y) };
  const options = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, ...holidayDate(name, y) }));
  const key = (d: Day): number => Date.UTC(d.y, d.m - 1, d.d);
  const now = key(ref);
  if (tense === 'past') return options.filter((d) => key(d) <= now).pop()!;
  if (tense === 'future') return options.find((d) => key(d) >= now)!;
  return options.reduce((a, b) => (Math.abs(key(b) - now) < Math.abs(key(a) - now) ? b : a));
}

/** "the following year" after "in 1995" is 1996; with no date named before it, the reference date stands in. */
function anaphor(p: { unit: string; offset: number; part?: string }, anchor: string | null, ref: Day | null): string {
  const a = anchor ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q(\d))?/.exec(anchor) : null;
  const base: { y: number; m?: number; d?: number; q?: number } | null = a
    ? { y: +a[1], m: a[2] ? +a[2] : undefined, d: a[3] ? +a[3] : undefined, q: a[4] ? +a[4] : undefined }
    : ref;
  if (!base) return p.offset < 0 ? 'PAST_REF' : p.offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  const part = p.part ? `T${p.part}` : '';
  switch (p.unit) {
    case 'year':
      return String(base.y + p.offset);
    case 'quarter': {
      const q = base.q ?? (base.m ? Math.floor((base.m - 1) / 3) + 1 : undefined);
      if (q === undefined) return `${base.y}-QX`;
      const total = base.y * 4 + q - 1 + p.offset;
      return `${Math.floor(total / 4)}-Q${(total % 4) + 1}`;
    }
    case 'month': {
      if (base.m === undefined) return `${base.y}-XX`;
      const x = shiftMonth({ y: base.y, m: base.m, d: 1 }, p.offset);
      return `${x.y}-${pad(x.m)}`;
    }
    default: {
      if (base.m === undefined) return `${base.y}-XX-XX`;
      if (base.d === undefined) return `${base.y}-${pad(base.m)}-XX`;
      const day = { y: base.y, m: base.m, d: base.d };
      if (p.unit === 'week') return isoWeek(addDays(day, 7 * p.offset));
      if (p.unit === 'weekend') return `${isoWeek(addDays(day, 7 * p.offset))}-WE`;
      return dayString(addDays(day, p.offset)) + part;
    }
  }
}
