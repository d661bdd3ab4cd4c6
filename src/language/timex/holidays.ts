/**
 * Holidays news text names as dates: fixed ones (Christmas, New Year's
 * Day) and movable ones (Easter, Thanksgiving, Labor Day), with the date
 * each falls on in a given year. US federal holidays follow their
 * current rules.
 */

type Rule = { m: number; d: number } | { m: number; wd: number; nth: number } | { easter: number };

const HOLIDAYS: Record<string, Rule> = {
  "new year's day": { m: 1, d: 1 },
  "new year's eve": { m: 12, d: 31 },
  "valentine's day": { m: 2, d: 14 },
  'independence day': { m: 7, d: 4 },
  'the fourth of july': { m: 7, d: 4 },
  'halloween': { m: 10, d: 31 },
  'veterans day': { m: 11, d: 11 },
  'christmas eve': { m: 12, d: 24 },
  'christmas': { m: 12, d: 25 },
  'boxing day': { m: 12, d: 26 },
  'martin luther king day': { m: 1, wd: 1, nth: 3 },
  "presidents' day": { m: 2, wd: 1, nth: 3 },
  'memorial day': { m: 5, wd: 1, nth: -1 },
  'labor day': { m: 9, wd: 1, nth: 1 },
  'columbus day': { m: 10, wd: 1, nth: 2 },
  "mother's day": { m: 5, wd: 7, nth: 2 },
  "father's day": { m: 6, wd: 7, nth: 3 },
  'thanksgiving': { m: 11, wd: 4, nth: 4 },
  'election day': { m: 11, wd: 2, nth: 0 },
  'good friday': { easter: -2 },
  'easter': { easter: 0 },
  'easter monday': { easter: 1 },
};

/** Surface forms, longest first so "Christmas Eve" wins over "Christmas". */
export const HOLIDAY_RE =
  "New Year's (?:Day|Eve)|Valentine's Day|Independence Day|the Fourth of July|Halloween|Veterans Day|Christmas Eve|Christmas(?: Day)?|Boxing Day|Martin Luther King(?: Jr\\.)? Day|Presidents'? Day|Memorial Day|Labor Day|Columbus Day|Mother's Day|Father's Day|Thanksgiving(?: Day)?|Election Day|Good Friday|Easter Monday|Easter(?: Sunday| Day)?";

export function holidayName(surface: string): string | null {
  const s = surface
    .toLowerCase()
    .replace(' jr.', '')
    .replace(/^(christmas|thanksgiving|easter) (?:day|sunday)$/, '$1')
    .replace('presidents day', "presidents' day");
  return s in HOLIDAYS ? s : null;
}

/** Whether the holiday has the same date every year. */
export const isFixedHoliday = (name: string): boolean => 'd' in HOLIDAYS[name];

const weekdayOf = (y: number, m: number, d: number): number => ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d0 = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const hh = (19 * a + b - d0 - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - hh - k) % 7;
  const mm = Math.floor((a + 11 * hh + 22 * l) / 451);
  const month = Math.floor((hh + l - 7 * mm + 114) / 31);
  const day = ((hh + l - 7 * mm + 114) % 31) + 1;
  return { m: month, d: day };
}

/** The month and day a holiday falls on in year y. */
export function holidayDate(name: string, y: number): { m: number; d: number } {
  const r = HOLIDAYS[name];
  if ('easter' in r) {
    const e = easter(y);
    const t = new Date(Date.UTC(y, e.m - 1, e.d + r.easter));
    return { m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  if ('d' in r) return { m: r.m, d: r.d };
  if (r.nth === 0) {
    // Election Day: the Tuesday after the first Monday of November.
    const firstMonday = 1 + ((1 - weekdayOf(y, r.m, 1) + 7) % 7);
    return { m: r.m, d: firstMonday + 1 };
  }
  if (r.nth < 0) {
    const last = new Date(Date.UTC(y, r.m, 0)).getUTCDate();
    return { m: r.m, d: last - ((weekdayOf(y, r.m, last) - r.wd + 7) % 7) };
  }
  return { m: r.m, d: 1 + ((r.wd - weekdayOf(y, r.m, 1) + 7) % 7) + 7 * (r.nth - 1) };
}
