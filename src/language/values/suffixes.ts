/**
 * What follows a number core and gives it a type: "%", "per cent",
 * "percentage points", a currency name ("rubles", "US dollars", "cents"),
 * a unit ("km", "square kilometres", "12-metre"), or a time word that
 * hands the number to the time layer ("three days", "5 p.m.").
 */
import type { Core } from './cores.js';
import { currencyAfter } from './currencies.js';
import { glued, type Token } from './tokens.js';
import type { ValueType } from './types.js';
import { unitAt } from './units.js';

export interface Suffix {
  type: ValueType;
  unit: string;
  /** Last token of the mention (the core's last token when the currency came before). */
  last: number;
  /** The amount is in hundredths of the unit ("50 cents"). */
  minor?: boolean;
  rule: string;
  confidence: number;
}

export type SuffixResult = Suffix | { time: true; last: number } | null;

function percentAt(tokens: readonly Token[], s: number): { unit: string; last: number } | null {
  const t = tokens[s];
  if (!t) return null;
  if (t.text === '%' || t.text === '٪') return { unit: '%', last: s };
  if (t.kind !== 'word') return null;
  const next = tokens[s + 1]?.lower;
  if (t.lower === 'percent' || t.lower === 'pct' || (t.lower === 'pc' && glued(tokens, s))) return { unit: '%', last: s };
  if (t.lower === 'per' && next === 'cent') return { unit: '%', last: s + 1 };
  if (t.lower === 'percentage' && (next === 'point' || next === 'points')) return { unit: 'pp', last: s + 1 };
  if (t.lower === 'basis' && (next === 'point' || next === 'points')) return { unit: 'bp', last: s + 1 };
  if (t.lower === 'bps' || t.lower === 'bp') return { unit: 'bp', last: s };
  return null;
}

/** Reads the type-giving words after token `last` (the end of the core or of a range). */
export function readSuffix(tokens: readonly Token[], core: Core, last: number): SuffixResult {
  const s = last + 1;
  const t = tokens[s];
  const prefixMoney: Suffix | null = core.currency
    ? { type: 'MONEY', unit: core.currency.code, last, rule: 'money-symbol', confidence: 0.95 }
    : null;
  if (!t || t.newline) return prefixMoney;

  const pct = percentAt(tokens, s);
  if (pct && !core.currency) return { type: 'PERCENT', unit: pct.unit, last: pct.last, rule: pct.unit === '%' ? 'percent' : 'percent-points', confidence: 0.97 };
  if (prefixMoney) {
    // "$50 USD", "US$ 5 million dollars": a repeated currency name belongs to the amount.
    const again = currencyAfter(tokens, s);
    return again && again.code === prefixMoney.unit && !again.minor ? { ...prefixMoney, last: again.edge } : prefixMoney;
  }

  const money = currencyAfter(tokens, s);
  if (money && (t.spaced || money.minor || t.kind === 'punct' || /^[A-Z]{3}$/.test(t.text))) {
    return { type: 'MONEY', unit: money.code, last: money.edge, minor: money.minor, rule: money.minor ? 'money-minor' : 'money-name', confidence: 0.9 };
  }
  // "millions of dollars", "thousands of tonnes"
  if (core.vague && t.lower === 'of') {
    const vagueMoney = currencyAfter(tokens, s + 1);
    if (vagueMoney && !vagueMoney.minor) return { type: 'MONEY', unit: vagueMoney.code, last: vagueMoney.edge, rule: 'money-vague', confidence: 0.7 };
    const vagueUnit = unitAt(tokens, s + 1);
    if (vagueUnit && !vagueUnit.time && tokens[s + 1].kind === 'word' && tokens[s + 1].text.length > 2) {
      return { type: 'QUANTITY', unit: vagueUnit.code, last: vagueUnit.last, rule: 'quantity-vague', confidence: 0.7 };
    }
    return null;
  }
  // "12-metre", "400-km", "10-year-old"
  const hyphenated = t.text === '-' && glued(tokens, s) && tokens[s + 1]?.kind === 'word' && glued(tokens, s + 1);
  const unit = unitAt(tokens, hyphenated ? s + 1 : s);
  if (unit?.time) return { time: true, last: unit.last };
  if (unit) {
    const word = tokens[hyphenated ? s + 1 : s].text.length > 3;
    return { type: 'QUANTITY', unit: unit.code, last: unit.last, rule: 'quantity-unit', confidence: word ? 0.92 : 0.85 };
  }
  return null;
}
