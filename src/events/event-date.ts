/**
 * When an event happened: the date of the time expression in its sentence
 * that most likely anchors it ("on Wednesday", "in October"), else the
 * reference (publication) date, marked as a fallback. The GDELT complaint is
 * events dated by the article; `certainty` keeps the two apart.
 */

export interface TimeSpan {
  readonly start: number;
  readonly end: number;
  /** TIMEX3 value, e.g. `2019-11-06`, `2018-10`. */
  readonly value: string | null;
  readonly type: string;
}

export interface EventDate {
  readonly value: string;
  /** `stated` by a time expression in the sentence; `reference` = the publication/reference date, a fallback. */
  readonly certainty: 'stated' | 'reference';
  readonly start: number | null;
  readonly end: number | null;
}

/** A calendar date, or the date part of a time ("1998-02-11T22:00", "1998-01-19TNI": last night). */
const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?(?=$|T)/;

/** The trigger's sentence: its words (text offsets), their part-of-speech tags when known, and the trigger's word. */
export interface DateContext {
  readonly words: ReadonlyArray<{ readonly start: number; readonly end: number; readonly text: string }>;
  readonly pos: readonly string[] | null;
  readonly head: number;
}

/** Words before a time expression that make it a starting point or a limit, not when something happened. */
const NOT_AN_ANCHOR = new Set(['since']);

/** Whether the time expression `t` can date an event of the sentence. */
function canAnchor(t: TimeSpan, context: DateContext | undefined): boolean {
  if (!context) return true;
  const before = context.words.findIndex((w) => w.end > t.start) - 1;
  const prev = before >= 0 ? context.words[before].text.toLowerCase() : '';
  if (NOT_AN_ANCHOR.has(prev)) return false;
  return true;
}

/** The date of the event whose trigger spans `trigger`, from the time expressions of its sentence. */
export function eventDate(times: readonly TimeSpan[], trigger: { start: number; end: number }, referenceDate: string | null, context?: DateContext): EventDate | null {
  let best: TimeSpan | null = null;
  let bestDistance = Infinity;
  let bestValue: string | null = null;
  for (const t of times) {
    const value = t.value && (t.type === 'DATE' || t.type === 'TIME') ? CALENDAR_VALUE.exec(t.value)?.[0] : undefined;
    if (!value || !canAnchor(t, context)) continue;
    const d = t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end + 20; // after the trigger reads more often as its date
    if (d < bestDistance) {
      best = t;
      bestValue = value;
      bestDistance = d;
    }
  }
  // "She estimates her properties, worth $130 million in October, ...": a verb in the present tells the
  // state of things when the story was written, unless the time follows it closely ("meets Monday").
  if (best && context && isPresent(context) && !(best.start >= trigger.end && wordsBetween(context, trigger.end, best.start) <= NEAR_AFTER)) best = null;
  if (best && bestValue) return { value: bestValue, certainty: 'stated', start: best.start, end: best.end };
  return referenceDate ? { value: referenceDate, certainty: 'reference', start: null, end: null } : null;
}

/** Words a time may stand after a present-tense trigger and still date it ("meets on Monday"). */
const NEAR_AFTER = 3;
const BE_PRESENT = new Set(['is', 'are', "'s", 'am']);

/** The trigger is a verb in the present: "says", "hope", "is expected", "are increasing". */
function isPresent(context: DateContext): boolean {
  const tag = context.pos?.[context.head] ?? '';
  if (tag === 'VBZ' || tag === 'VBP') return true;
  if (tag !== 'VBN' && tag !== 'VBG') return false;
  for (let k = context.head - 1; k >= Math.max(0, context.head - 3); k--) {
    const w = context.words[k].text.toLowerCase();
    if (BE_PRESENT.has(w)) return true;
    if (!w.endsWith('ly') && w !== 'not' && w !== 'being') return false;
  }
  return false;
}

function wordsBetween(context: DateContext, from: number, to: number): number {
  return context.words.filter((w) => w.start >= from && w.end <= to).length;
}
