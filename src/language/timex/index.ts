/**
 * Time expressions (TIMEX3) in text, resolved against a reference date:
 * `findTimes(text, { reference })`. Parsers propose candidates
 * (parsers.ts); refiners keep the longest non-overlapping ones, read the
 * tense around each and the word bounding it, and resolve values
 * (resolve.ts). Linear in the text: every parser is one regex pass.
 */
import { candidates } from './candidates.js';
import type { Candidate } from './parsers.js';
import { resolve } from './resolve.js';
import { tenseAround } from './tense.js';
import { isTitle } from './titles.js';
import type { Partial, TimeExpression } from './types.js';

export type { TimeExpression, TimexType } from './types.js';

export interface FindTimesOptions {
  /** Publication date (YYYY-MM-DD...) that relative expressions are resolved against; null when unknown. */
  readonly reference: string | null;
}

/**
 * Longest first, then earliest; candidates overlapping a kept one are dropped.
 * Overlaps only happen within runs of touching candidates, so each run is
 * settled on its own (linear overall for text with many expressions).
 */
function selectLongest(found: Candidate[]): Candidate[] {
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let run: Candidate[] = [];
  let runEnd = -1;
  const settle = (): void => {
    const chosen: Candidate[] = [];
    for (const c of [...run].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    run = [];
  };
  for (const c of byStart) {
    if (run.length > 0 && c.start >= runEnd) settle();
    run.push(c);
    runEnd = Math.max(runEnd, c.end);
  }
  if (run.length > 0) settle();
  return kept;
}

const BOUND = /\b(until|till|through|since|by|before|after|from)\s+$/i;
const BOUNDS: Record<string, TimeExpression['bound']> = { until: 'until', till: 'until', through: 'until', to: 'until', since: 'since', by: 'by', before: 'before', after: 'after', from: 'from' };
const DIRECTION = /\b(last|past|next|coming|this)\s+$/i;

const RANGE_GAP = /^\s*(?:to|through|until|till|-|–)\s*$/i;
const ANAPHORIC_WEEKDAY = /\bthe (previous|prior|preceding|following) $/i;
const MOD_LEAD = /\b(early|late)\s+$/i;
const MOD_RULES = /^(?:relative-unit|weekday|deictic-day|this-part-of-day|weekend|holiday|anaphoric)$/;
const AMOUNT_LEAD = /\b(about|around|roughly|approximately|some|almost|nearly|less than|more than|at least|up to)\s+$/i;
const AMOUNT_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  almost: 'LESS_THAN', nearly: 'LESS_THAN', 'less than': 'LESS_THAN', 'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', 'up to': 'EQUAL_OR_LESS',
};
const AMOUNT_RULES = /^(?:duration|ago|half-duration)$/;
const ANCHOR_VALUE = /^\d{4}(?:-(?:\d{2}|Q\d)|$)/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^XXXX-WXX-\d$/;

/** "10 p.m. Wednesday", "Thursday at noon": a clock time next to a day is one TIME on that day. */
function mergeClockWithDay(found: TimeExpression[], text: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && /^\s*(?:(?:GMT|UTC|BST|CET|[ECMP][SD]?T|local time)\b,?)?\s*(?:,|on|at)?\s*$/i.test(text.slice(a.end, b.start))) {
      const isClock = (t: TimeExpression): boolean => t.rule.startsWith('clock') || (t.rule.startsWith('within-period') && t.type === 'TIME');
      const clock = isClock(a) ? a : isClock(b) ? b : null;
      const day = clock === a ? b : a;
      if (clock && clock !== day && DAY_VALUE.test(day.value)) {
        const time = clock.value.slice(clock.value.indexOf('T'));
        out.push({ ...day, start: a.start, end: b.end, type: 'TIME', value: day.value + time, rule: `${day.rule}+clock` });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

export function findTimes(text: string, options: FindTimesOptions): TimeExpression[] {
  return mergeClockWithDay(findTimesUnmerged(text, options), text);
}

function findTimesUnmerged(text: string, options: FindTimesOptions): TimeExpression[] {
  const out: TimeExpression[] = [];
  // The reporting quarter the text is about ("third-quarter profit"): "a year earlier" then means that quarter a year before.
  let focusQuarter: { y: number; q: number } | null = null;
  // The last date named, which "the following year", "that day" are told from.
  let anchor: string | null = null;
  for (const c of selectLongest(candidates(text)).filter((x) => !isTitle(text, x))) {
    let start = c.start;
    let tense = tenseAround(text, c.start, c.end);
    let partial = c.partial;
    // "last Friday", "next March": the word fixes the direction and belongs to the expression.
    if (c.partial.k === 'weekday' || (c.partial.k === 'month' && c.partial.yOff === undefined)) {
      const dir = DIRECTION.exec(text.slice(Math.max(0, c.start - 12), c.start));
      if (dir) {
        start = c.start - dir[0].length;
        const w = dir[1].toLowerCase();
        tense = w === 'last' || w === 'past' ? 'past' : w === 'this' ? tense : 'future';
        // "last Wednesday" said on a Wednesday is a week ago; "this September" is this year's.
        if (c.partial.k === 'weekday' && w !== 'this') partial = { ...c.partial, strict: true };
        if (c.partial.k === 'month') partial = { ...c.partial, dir: w === 'this' ? 0 : w === 'last' || w === 'past' ? -1 : 1 };
      }
    }
    // "the previous Friday", "the following Monday": told from the last day named, not from the reference.
    const relative = c.partial.k === 'weekday' ? ANAPHORIC_WEEKDAY.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    const anchorDay: string | null | undefined = anchor && /^\d{4}-\d{2}-\d{2}/.exec(anchor)?.[0];
    let { value, inferred }: { value: string; inferred: boolean } = relative && anchorDay
      ? resolve({ ...partial, strict: true } as Partial, anchorDay, /previous|prior|preceding/i.test(relative[1]) ? 'past' : 'future', anchor)
      : resolve(partial, options.reference, tense, anchor);
    if (relative && anchorDay) start = c.start - relative[0].length;
    let rule = `${c.rule}${inferred ? `/${tense}` : ''}${relative && anchorDay ? '+anaphoric' : ''}`;
    // "from Monday to Wednesday": the end of a range of days is the first such day on or after its start.
    const prev = out[out.length - 1];
    const rangeStart = c.partial.k === 'weekday' && !relative && prev?.rule.startsWith('weekday') && RANGE_GAP.test(text.slice(prev.end, start)) ? /^\d{4}-\d{2}-\d{2}/.exec(prev.value)?.[0] : undefined;
    if (rangeStart) {
      value = resolve(partial, rangeStart, 'future', anchor).value;
      rule += '+range';
    }
    // "the 1988 period": that year's quarter in focus.
    if (c.rule === 'year-quarter' && partial.k === 'year' && focusQuarter) value = `${partial.y}-Q${focusQuarter.q}`;
    const quarter = /^(\d{4})-Q(\d)$/.exec(value);
    if (quarter && !(partial.k === 'fiscal' && partial.yearBack) && c.rule !== 'year-quarter') focusQuarter = { y: +quarter[1], q: +quarter[2] };
    // Only "a year ago/earlier" compares with the period in focus; "last year", "next year" name whole years.
    else if (focusQuarter && c.rule === 'ago' && partial.k === 'rel' && partial.unit === 'year' && partial.offset === -1 && /^\d{4}$/.test(value)) {
      value = `${focusQuarter.y - 1}-Q${focusQuarter.q}`;
      rule += '+quarter-focus';
    }
    if ((c.type === 'DATE' || c.type === 'TIME') && ANCHOR_VALUE.test(value)) anchor = value;
    // "late last year", "early Tuesday", "late yesterday": the word belongs to the expression as its mod.
    let mod = c.mod;
    const lead = !mod && c.type !== 'DURATION' && MOD_RULES.test(c.rule) ? MOD_LEAD.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (lead) {
      start -= lead[0].length;
      mod = lead[1].toLowerCase() === 'early' ? 'START' : 'END';
    }
    // "nearly two years", "more than four hours ago", "at least 30 days": the measure word is part of the span.
    const measure = !mod && AMOUNT_RULES.test(c.rule) ? AMOUNT_LEAD.exec(text.slice(Math.max(0, start - 16), start)) : null;
    if (measure) {
      start -= measure[0].length;
      mod = AMOUNT_MODS[measure[1].toLowerCase().replace(/\s+/g, ' ')];
    }
    const boundWord = BOUND.exec(text.slice(Math.max(0, start - 10), start));
    out.push({
      start,
      end: c.end,
      type: c.type,
      value,
      certainty: inferred ? 'inferred' : 'stated',
      ...(mod ? { mod } : {}),
      ...(boundWord && c.type !== 'DURATION' ? { bound: BOUNDS[boundWord[1].toLowerCase()] } : {}),
      rule,
    });
  }
  return out;
}
