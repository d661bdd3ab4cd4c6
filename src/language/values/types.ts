/** What the values recognizer returns. Offsets are JS string offsets into the scanned text. */

export type ValueType = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

/** 'min': the true value is at least `value` ("more than 50"); 'max': at most ("nearly 50"); 'approx': around it. */
export type Bound = 'min' | 'max' | 'approx';

export interface ValueMention {
  start: number;
  end: number;
  type: ValueType;
  /** Normalised number: "$11 billion" → 11e9, "17%" → 17, "Rs 500 crore" → 5e9. For a range, the lower bound. */
  value: number;
  /** ISO 4217 code for MONEY, '%' / 'pp' / 'bp' for PERCENT, a canonical unit code for QUANTITY. */
  unit?: string;
  /** The same amount restated in other units: "400 kilometers (250 miles)". */
  alternate?: { value: number; unit: string; start: number; end: number; range?: { min: number; max: number } };
  /** "$5-6 billion", "between 10 and 15 percent". */
  range?: { min: number; max: number };
  /** Set when a hedge ("about", "more than", "dozens") makes the number inexact. */
  approximate?: boolean;
  bound?: Bound;
  /** The hedge words themselves, outside [start, end). */
  hedge?: { text: string; start: number; end: number };
  /** Direction of a change the number measures: "up 17%", "fell 3 percent", "a 5% rise". */
  change?: 'up' | 'down';
  /** Which rule produced the mention (for diagnostics). */
  rule: string;
  /** 0..1, how sure the rule is about the type and the span. */
  confidence: number;
}
