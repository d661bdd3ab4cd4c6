/**
 * Time expressions (TIMEX3) in text, resolved against a reference date:
 * `findTimes(text, { reference })`. Parsers propose candidates
 * (parsers.ts); refiners keep the longest non-overlapping ones, read the
 * tense around each and the word bounding it, and resolve values
 * (resolve.ts). Linear in the text: every parser is one regex pass.
 */
import { candidates, type Candidate } from './parsers.js';
import { resolve } from './resolve.js';
import type { Tense, TimeExpression } from './types.js';

export type { TimeExpression, TimexType } from './types.js';

export interface FindTimesOptions {
  /** Publication date (YYYY-MM-DD...) that relative expressions are resolved against; null when unknown. */
  readonly reference: string | null;
}

/** Longest first, then earliest; candidates overlapping a kept one are dropped. */
function selectLongest(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const FUTURE = /\b(?:will|'ll|shall|going to|plans? to|planned|scheduled|expected to|due to|is to|are to|set to|would|next|upcoming|later this)\b/i;
const PAST = /\b(?:said|says|was|were|had|did|ago|last|earlier|\w{3,}ed)\b/i;

/** The tense of the clause around a time expression: the nearest marker before it wins, then any after it. */
function tenseAround(text: string, start: number, end: number): Tense {
  const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), start - 160);
  const before = text.slice(Math.max(0, sentenceStart), start);
  let stop = text.indexOf('. ', end);
  if (stop < 0 || stop - end > 100) stop = end + 100;
  const after = text.slice(end, stop);
  const lastMarker = (s: string): Tense | null => {
    let best: { at: number; tense: Tense } | null = null;
    for (const [re, tense] of [[FUTURE, 'future'], [PAST, 'past']] as const) {
      const g = new RegExp(re.source, 'gi');
      for (const m of s.matchAll(g)) if (!best || m.index! > best.at) best = { at: m.index!, tense };
    }
    return best?.tense ?? null;
  };
  return lastMarker(before) ?? firstMarker(after) ?? 'present';
}

function firstMarker(s: string): Tense | null {
  const f = FUTURE.exec(s);
  const p = PAST.exec(s);
  if (f && (!p || f.index < p.index)) return 'future';
  return p ? 'past' : null;
}

const BOUND = /\b(until|till|through|since|by|before|after|from)\s+$/i;
const BOUNDS: Record<string, TimeExpression['bound']> = { until: 'until', till: 'until', through: 'until', to: 'until', since: 'since', by: 'by', before: 'before', after: 'after', from: 'from' };
const DIRECTION = /\b(last|past|next|coming|this)\s+$/i;

export function findTimes(text: string, options: FindTimesOptions): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const c of selectLongest(candidates(text))) {
    let start = c.start;
    let tense = tenseAround(text, c.start, c.end);
    // "last Friday", "next March": the word fixes the direction and belongs to the expression.
    if (c.partial.k === 'weekday' || c.partial.k === 'month') {
      const dir = DIRECTION.exec(text.slice(Math.max(0, c.start - 12), c.start));
      if (dir) {
        start = c.start - dir[0].length;
        const w = dir[1].toLowerCase();
        tense = w === 'last' || w === 'past' ? 'past' : w === 'this' ? tense : 'future';
      }
    }
    const { value, inferred } = resolve(c.partial, options.reference, tense);
    const boundWord = BOUND.exec(text.slice(Math.max(0, start - 10), start));
    out.push({
      start,
      end: c.end,
      type: c.type,
      value,
      certainty: inferred ? 'inferred' : 'stated',
      ...(c.mod ? { mod: c.mod } : {}),
      ...(boundWord && c.type !== 'DURATION' ? { bound: BOUNDS[boundWord[1].toLowerCase()] } : {}),
      rule: `${c.rule}${inferred ? `/${tense}` : ''}`,
    });
  }
  return out;
}
