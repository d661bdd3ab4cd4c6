/**
 * Assembles one value mention from the token at which a number starts:
 * core → suffix (type and unit) → range ("$5-6 billion") → filters
 * (years, dates, labels) → hedges, change direction, and a restatement
 * in other units ("400 kilometers (250 miles)").
 */
import { changeAround, hedgeAfter, hedgeBefore, isDayOfMonth, isIdentifierLabel, readsAsYear, type Hedge } from './context.js';
import { CURRENCY_SYMBOLS } from './currencies.js';
import { digitOrdinal, insideName, readCore, type Core } from './cores.js';
import { parseOrdinalWord } from './number-words.js';
import { readSuffix, type Suffix } from './suffixes.js';
import { glued, sentenceInitial, type Token } from './tokens.js';
import type { ValueMention } from './types.js';

export interface Step {
  mention?: ValueMention;
  /** Token index to continue scanning from. */
  next: number;
}

const ORDINAL_DATE_NOUNS = new Set(['century', 'centuries', 'millennium', 'quarter']);

function ordinalAt(tokens: readonly Token[], i: number): Step | null {
  const digits = digitOrdinal(tokens, i);
  const words = digits ? null : parseOrdinalWord(tokens, i);
  const found = digits ?? words;
  if (!found) return null;
  const skip = { next: found.last + 1 };
  const prev = tokens[i - 1];
  const next = tokens[found.last + 1];
  if (next && ORDINAL_DATE_NOUNS.has(next.lower)) return skip;
  if (digits && isDayOfMonth(tokens, i, found.last, found.value)) return skip;
  if (words) {
    // "a third of", "two-thirds", "a second", "every second": fractions and time, not ranks.
    if (prev && /^(a|an|per|every|split|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(prev.lower)) return skip;
    if (prev?.kind === 'num' || (prev?.text === '-' && glued(tokens, i))) return skip;
    if (insideName(tokens, i, found.last)) return skip;
  }
  const second = words && tokens[i].lower === 'second';
  return {
    next: found.last + 1,
    mention: {
      start: tokens[i].start,
      end: tokens[found.last].end,
      type: 'ORDINAL',
      value: found.value,
      rule: digits ? 'ordinal-digits' : 'ordinal-words',
      confidence: second ? 0.7 : digits ? 0.9 : 0.85,
    },
  };
}

interface Range {
  second: Core;
  suffix: Suffix | null;
  min: number;
  max: number;
}

/** "5-6", "5 to 6 billion", "$5 billion to $6 billion", "between 10 and 15 percent". */
function rangeAfter(tokens: readonly Token[], core: Core, suffix: Suffix | null, start: number, allowTo: boolean): Range | { time: number } | null {
  const j = (suffix ? suffix.last : core.last) + 1;
  const conn = tokens[j];
  if (!conn || conn.newline) return null;
  const dash = conn.text === '-' || conn.text === '–' || conn.text === '—';
  const ok = dash || (allowTo && conn.lower === 'to') || (conn.lower === 'and' && tokens[start - 1]?.lower === 'between');
  if (!ok) return null;
  // The second number may repeat the currency: "$5 billion to $6 billion".
  let k = j + 1;
  if (tokens[k]?.kind === 'punct' && tokens[k].text in CURRENCY_SYMBOLS) k++;
  else if (tokens[k]?.text === 'US' && tokens[k + 1]?.text === '$') k += 2;
  const read = readCore(tokens, k);
  if (!read || !('core' in read)) return null;
  const second = read.core;
  if (second.vague || second.sign) return null;
  const suffix2 = readSuffix(tokens, second, second.last);
  if (suffix2 && 'time' in suffix2) return { time: suffix2.last };
  if (core.currency) {
    if (suffix2 && (suffix2.type !== 'MONEY' || suffix2.unit !== core.currency.code)) return null;
  } else if (suffix) {
    if (!suffix2 || suffix2.type !== suffix.type || suffix2.unit !== suffix.unit) return null;
  }
  let min = core.value;
  const max = second.value;
  // "$5-6 billion": the magnitude written once applies to both ends.
  if (!core.magnitude && second.magnitude && min <= max / second.magnitude) min *= second.magnitude;
  if (!(min < max)) return null;
  return { second, suffix: suffix2, min, max };
}

/** "400 kilometers (250 miles)", "Rs 2,000 crore ($270 million)", "250 miles, or about 400 km". */
function alternateAfter(tokens: readonly Token[], mention: ValueMention, last: number): (NonNullable<ValueMention['alternate']> & { last: number }) | null {
  let k = last + 1;
  const open = tokens[k]?.text === '(';
  if (!open) {
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'or') return null;
  }
  k++;
  // An optional hedge, then the number (whose span may begin with a currency symbol).
  let c = k;
  for (let x = k + 1; x <= k + 3; x++) {
    if (hedgeBefore(tokens, x)?.edge === k) c = x;
  }
  for (let x = c; x <= c + 2 && x < tokens.length; x++) {
    const step = mentionAt(tokens, x, false);
    const m = step?.mention;
    if (!step || !m) continue;
    if (m.start !== tokens[c].start || m.type !== mention.type || !m.unit || m.unit === mention.unit) return null;
    if (open && tokens[step.next]?.text !== ')') return null;
    return { value: m.value, unit: m.unit, start: m.start, end: m.end, ...(m.range ? { range: m.range } : {}), last: open ? step.next : step.next - 1 };
  }
  return null;
}

const isCapitalisedWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];

/** Reads the mention starting at token i. Null when token i starts no number. */
export function mentionAt(tokens: readonly Token[], i: number, withAlternate = true): Step | null {
  const ordinal = ordinalAt(tokens, i);
  if (ordinal) return ordinal;
  const read = readCore(tokens, i);
  if (!read) return null;
  if ('skipTo' in read) return { next: Math.max(read.skipTo, i + 1) };
  const core = read.core;
  const first = core.currency?.edge ?? core.sign?.token ?? core.first;

  const suffixed = readSuffix(tokens, core, core.last);
  if (suffixed && 'time' in suffixed) return { next: suffixed.last + 1 };
  let suffix = suffixed;
  let last = suffix ? suffix.last : core.last;
  // "4G", "3D", "737MAX", "1990s": letters glued to digits that are no unit or scale.
  if (!core.words && tokens[last + 1]?.kind === 'word' && glued(tokens, last + 1)) return { next: last + 2 };

  const hedge: Hedge | null = hedgeBefore(tokens, first);
  const changeFirst = hedge ? hedge.edge : first;
  const allowTo = tokens[changeFirst - 1]?.lower !== 'from' && !changeAround(tokens, changeFirst, core.last, false);
  const range = rangeAfter(tokens, core, suffix, first, allowTo);
  if (range && 'time' in range) return { next: range.time + 1 };
  let value = core.value;
  if (range) {
    suffix = suffix ?? range.suffix;
    last = range.suffix ? range.suffix.last : range.second.last;
    value = range.min;
  }

  const type = suffix?.type ?? 'CARDINAL';
  if (type === 'CARDINAL' && !core.words && !core.magnitude) {
    const skip = { next: last + 1 };
    if (isDayOfMonth(tokens, core.first, core.last, core.value)) return skip;
    if (readsAsYear(tokens, core.first, core.last, !!hedge)) {
      if (!range || range.second.first === range.second.last) return skip;
    }
    if (isIdentifierLabel(tokens, first - 1)) return skip;
  }

  const scale = suffix?.minor ? 0.01 : 1;
  const sign = core.sign?.value ?? 1;
  const mention: ValueMention = {
    start: tokens[first].start,
    end: tokens[last].end,
    type,
    value: roundFloat(sign * value * scale),
    rule: suffix?.rule ?? (core.vague ? 'cardinal-vague' : core.words ? 'cardinal-words' : 'cardinal-digits'),
    confidence: suffix?.confidence ?? (core.vague ? 0.7 : core.words ? 0.8 : 0.85),
  };
  if (suffix) mention.unit = suffix.unit;
  if (range) mention.range = { min: roundFloat(sign * range.min * scale), max: roundFloat(range.max * scale) };
  if (type === 'CARDINAL' && !core.words && isCapitalisedWord(tokens[first - 1]) && !sentenceInitial(tokens, first - 1) && !hedge) {
    mention.rule = 'cardinal-after-name';
    mention.confidence = 0.45;
  }
  if (type === 'CARDINAL' && core.words && tokens[core.first].lower === 'one' && core.last === core.first) mention.confidence = 0.6;

  const after = hedgeAfter(tokens, last);
  const hedgeUsed = hedge ?? after;
  if (hedgeUsed) {
    mention.approximate = true;
    mention.bound = hedgeUsed.bound;
    const from = hedge ? tokens[hedge.edge].start : tokens[last + 1].start;
    const to = hedge ? tokens[first - 1].end : tokens[after!.edge].end;
    mention.hedge = { text: hedgeUsed.text, start: from, end: to };
  } else if (core.vague) {
    mention.approximate = true;
    mention.bound = 'min';
  }
  const change = core.sign ? (core.sign.value > 0 ? 'up' : 'down') : changeAround(tokens, changeFirst, last, type === 'CARDINAL');
  // A sign reads as a change only on percentages ("+2%"); "-5C" is a temperature below zero.
  if (change && (!core.sign || type === 'PERCENT')) mention.change = change;

  let next = (after ? after.edge : last) + 1;
  if (withAlternate && (type === 'QUANTITY' || type === 'MONEY')) {
    const alt = alternateAfter(tokens, mention, next - 1);
    if (alt) {
      const { last: _altLast, ...alternate } = alt;
      mention.alternate = alternate;
      next = alt.last + 1;
    }
  }
  return { mention, next };
}

/** Keeps products like 1.1 * 1e9 from printing as 1100000000.0000002. */
function roundFloat(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}
