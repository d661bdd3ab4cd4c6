/**
 * Checks parsers use to turn down a match that only looks like a time:
 * a season in a name or a verb, a rate ("$2 million a year"), and the
 * values of half a unit.
 */

/** "half an hour" is PT30M, "half a year" P6M. */
export const HALF_OF: Record<string, string> = { minute: 'PT30S', hour: 'PT30M', day: 'PT12H', year: 'P6M', decade: 'P5Y', century: 'P50Y' };

/** "the Winter Olympics", "the Arab Spring", "prices spring back": a name or a verb, not a season. */
export function seasonIsName(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
  if (/^spring$/.test(m[2]) && !m[1] && /^ (?:back|up|into|from|to|out)\b/.test(after)) return true;
  if (!/^\p{Lu}/u.test(m[2]) || m[1] || m[3] || m[4]) return false;
  return /^ \p{Lu}/u.test(after) || /\p{Lu}[\p{L}.]*,? $/u.test(m.input.slice(Math.max(0, m.index - 12), m.index));
}

/** A quantity right before "a year", "a day": "$1.76 a year", "358,000 a month", "700 seats a week". */
export const RATE_BEFORE = /(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars|pence|seats|flights|hours|times|miles|barrels|tons|units|jobs|shares))\s+$/i;
