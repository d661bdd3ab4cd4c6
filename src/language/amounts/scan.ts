/**
 * Values in text: MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL with
 * normalised numbers. One regex pass finds number cores (digits or number
 * words, with an optional magnitude: "11 billion", "1.5bn", "Rs 500
 * crore"); refiners then read the currency before or after, the percent
 * sign or unit after, a bracketed conversion ("400 kilometers (250 miles)"),
 * the direction ("up 17%") and hedges ("more than", "about").
 */
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, MAGNITUDES, NUMBER_WORDS, ORDINAL_WORDS, UNITS } from './lexicon.js';

export type ValueType = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

export interface ValueMention {
  start: number;
  end: number;
  type: ValueType;
  value: number;
  unit?: string;
  alternate?: { value: number; unit: string; start: number; end: number };
  bound?: 'min' | 'max' | 'approx';
  change?: 'up' | 'down';
  rule: string;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = `(?:(?:${TENS})(?:-(?:${UNITS_WORDS}))?|${UNITS_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens)`;
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const MAGNITUDE = '(?:[ -](hundred|thousand|million|billion|trillion|crores?|lakhs?)|(bn|mn|mln|bln|tn|m|k|b)(?![\\p{L}\\d]))';
const CORE = new RegExp(`(?<![\\p{L}\\d.,\\-/:])(${DIGITS}|\\b${WORD_NUMBER}\\b)${MAGNITUDE}?(?![\\d]|[.,]\\d|-\\d|(?:st|nd|rd|th)\\b)`, 'giu');
const ORDINAL = /(?<![\p{L}\d])(\d{1,4})(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b/giu;

const SYMBOL_BEFORE = /(US\$|U\.S\.\$|[A-Z]{1,2}\$|[$€£¥₹₽₺₩₴₼]|Rs\.?|\b(?:USD|EUR|GBP|JPY|CNY|INR|RUB|AZN|TRY|CHF|CAD|AUD|SAR|AED|UAH|KRW|BRL|ZAR|PKR|IRR|NGN|EGP))\s?$/;
const PERCENT_AFTER = /^\s?(%|percent\b|per cent\b|percentage points?\b|pct\b)/i;
const WORD_AFTER = /^[ -]((?:square|cubic|metric|nautical) \p{L}+|barrels per day|[\p{L}°/]+[23]?)/iu;
const CHANGE_UP = /\b(?:up|rose|risen|rising|increased?|grew|grown|gained?|jumped|climbed|higher|surged|soared)\s+(?:by\s+)?(?:(?:about|nearly|almost|more than|over|some)\s+)?$/i;
const CHANGE_DOWN = /\b(?:down|fell|fallen|dropped|declined?|decreased?|lower|slumped|plunged|shrank|cut)\s+(?:by\s+)?(?:(?:about|nearly|almost|more than|over|some)\s+)?$/i;
const HEDGE = /\b(about|around|nearly|almost|roughly|approximately|some|more than|over|at least|less than|under|up to|fewer than|as many as|as much as)\s+(?:[$€£¥₹₽]|US\$)?$/i;

function numberOf(core: string): number | null {
  const c = core.toLowerCase();
  if (/^[\d,.]+$/.test(c)) return Number(c.replace(/,/g, ''));
  if (c === 'a dozen') return 12;
  if (c === 'dozens') return 24;
  let total = 0;
  for (const part of c.split('-')) {
    const v = NUMBER_WORDS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

function hedgeOf(before: string): ValueMention['bound'] | undefined {
  const h = HEDGE.exec(before)?.[1]?.toLowerCase();
  if (!h) return undefined;
  if (/more than|over|at least|as many as|as much as/.test(h)) return 'min';
  if (/less than|under|up to|fewer than/.test(h)) return 'max';
  return 'approx';
}

export function findValues(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    const base = numberOf(m[1]);
    if (base === null) continue;
    const magWord = (m[2] ?? m[3] ?? '').toLowerCase();
    // A bare "m"/"b"/"k" is a magnitude only right after a currency amount ("$3m"); elsewhere it is a unit or a letter.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const symbol = SYMBOL_BEFORE.exec(before);
    if (m[3] && !symbol) {
      CORE.lastIndex = m.index + m[1].length;
      continue;
    }
    const value = base * (MAGNITUDES[magWord] ?? 1);
    let start = m.index;
    let end = m.index + m[0].length;
    const mention: ValueMention = { start, end, type: 'CARDINAL', value, rule: /\d/.test(m[1]) ? 'digits' : 'words' };
    const after = text.slice(end, end + 40);
    if (symbol) {
      start = m.index - symbol[0].length;
      Object.assign(mention, { start, type: 'MONEY', unit: CURRENCY_SYMBOLS[symbol[1]] ?? CURRENCY_SYMBOLS[symbol[1].replace(/\.$/, '')] ?? 'USD', rule: 'currency-symbol' });
    } else {
      const pct = PERCENT_AFTER.exec(after);
      const word = WORD_AFTER.exec(after);
      const unitKey = word?.[1].toLowerCase();
      if (pct) {
        end += pct[0].length;
        Object.assign(mention, { end, type: 'PERCENT', unit: /point/i.test(pct[1]) ? 'pp' : '%', rule: 'percent' });
      } else if (unitKey && CURRENCY_WORDS[unitKey]) {
        end += word![0].length;
        Object.assign(mention, { end, type: 'MONEY', unit: CURRENCY_WORDS[unitKey], rule: 'currency-word' });
      } else if (unitKey && UNITS[unitKey] && !(unitKey === 'm' && m[3])) {
        end += word![0].length;
        Object.assign(mention, { end, type: 'QUANTITY', unit: UNITS[unitKey], rule: 'unit' });
      }
    }
    // Years standing alone are times, not amounts.
    if (mention.type === 'CARDINAL' && !magWord && Number.isInteger(value) && value >= 1900 && value <= 2100 && !/,/.test(m[1])) continue;
    const bound = hedgeOf(before);
    if (bound) mention.bound = bound;
    const change = CHANGE_UP.test(before) ? 'up' : CHANGE_DOWN.test(before) ? 'down' : undefined;
    if (change && (mention.type === 'PERCENT' || mention.type === 'MONEY')) mention.change = change;
    mention.start = start;
    mention.end = end;
    out.push(mention);
    CORE.lastIndex = end;
  }
  attachAlternates(text, out);
  for (const o of findOrdinals(text)) if (!out.some((v) => v.start < o.end && o.start < v.end)) out.push(o);
  return out.filter((v) => !v.rule.startsWith('alternate-of')).sort((a, b) => a.start - b.start);
}

/** "400 kilometers (250 miles)": the bracketed amount is the same value in other units. */
function attachAlternates(text: string, values: ValueMention[]): void {
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i];
    const b = values[i + 1];
    if ((a.type === 'QUANTITY' || a.type === 'MONEY') && b.type === a.type && /^\s*\(\s*$/.test(text.slice(a.end, b.start)) && text[b.end] === ')') {
      a.alternate = { value: b.value, unit: b.unit ?? '', start: b.start, end: b.end };
      b.rule = `alternate-of:${a.start}`;
    }
  }
}

function findOrdinals(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    const value = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[3].toLowerCase()];
    // "second" as a unit of time ("a second", "per second") is not an ordinal.
    if (m[3]?.toLowerCase() === 'second' && /\b(?:a|per|one|every)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'ORDINAL', value, rule: m[1] ? 'ordinal-digits' : 'ordinal-words' });
  }
  return out;
}
