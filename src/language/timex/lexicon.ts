/** Words time expressions are made of: months, weekdays, units, number words, parts of day. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace('.', '')] ?? 0;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  half: 0.5, couple: 2, dozen: 12,
};
export const NUMBER_WORD_RE = '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|a couple of|couple of|a hundred|one hundred|a dozen|a half|half an|half a|several|a few|few|many|some|a number of)';

/** 3, "three", "twenty-five", "a"; null for vague amounts ("several", "a few"). */
export function numberValue(phrase: string): number | null {
  const p = phrase.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(p)) return Number(p);
  if (/^(?:several|a few|few|many|some|a number of)$/.test(p)) return null;
  if (p === 'a couple of' || p === 'couple of') return 2;
  if (p === 'a hundred' || p === 'one hundred') return 100;
  if (p === 'a dozen') return 12;
  if (p === 'a half' || p === 'half a' || p === 'half an') return 0.5;
  let total = 0;
  for (const part of p.split(/[- ]/)) {
    const v = SMALL[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Unit words → TIMEX3 duration letter and whether it is a time (PT) unit. */
export const UNITS: Record<string, { letter: string; time: boolean; scale?: number }> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, night: { letter: 'D', time: false }, week: { letter: 'W', time: false }, weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false, scale: 2 }, month: { letter: 'M', time: false }, quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false }, decade: { letter: 'DE', time: false }, century: { letter: 'CE', time: false },
};
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

export function unitOf(word: string): { letter: string; time: boolean; scale?: number } | null {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return UNITS[w] ?? null;
}

export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI' };
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
