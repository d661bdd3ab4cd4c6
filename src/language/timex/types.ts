/** Time expressions as TIMEX3 describes them, with the evidence that produced each value. */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** What a parser read, before resolution against the reference date. */
export type Partial =
  | { k: 'date'; y?: number; m: number; d: number; h?: number; min?: number; /** ISO weekday stated with it ("Saturday, April 25") */ wd?: number }
  /** yOff: a year relative to the reference ("June last year" is -1). */
  | { k: 'month'; m: number; y?: number; yOff?: number; /** "last March" -1, "next March" 1, "this March" 0 */ dir?: number }
  | { k: 'year'; y: number }
  | { k: 'decade'; y3: string }
  | { k: 'weekday'; wd: number; part?: string; strict?: boolean }
  | { k: 'rel'; unit: string; offset: number; part?: string }
  | { k: 'ref'; v: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { k: 'dur'; n: number | null; unit: string }
  | { k: 'set'; v: string }
  | { k: 'time'; h: number; min: number }
  | { k: 'quarter'; q: number; y?: number; yOff?: number }
  | { k: 'half'; h: number; y?: number; yOff?: number }
  /** A value the words give outright ("the 20th century" is 19). */
  | { k: 'fixed'; v: string }
  /** A time told from the last date the text named: "the following year", "that day", "the next morning". */
  | { k: 'anaphor'; unit: string; offset: number; part?: string }
  /** A named holiday; dir -1 for "last Christmas", 1 for "next", 0 for "this". */
  | { k: 'holiday'; name: string; dir?: number }
  /** A reporting quarter: q 1..4 named, or 0 for "the quarter" (the last one reported); yearBack 1 for year-ago. */
  | { k: 'fiscal'; q: number; yearBack?: number }
  /** recent: "this past spring", the last one that has ended or begun. */
  | { k: 'season'; s: string; y?: number; offset?: number; recent?: boolean }
  /** The calendar week a day falls in: "the week of March 6". */
  | { k: 'weekof'; m: number; d: number; y?: number };

export type Tense = 'past' | 'present' | 'future';

export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** TIMEX3 value: 2019-11-06, 2018-10, 2020, 199, 2019-W45, 2019-Q3, P3Y, PRESENT_REF, XXXX-12-21... */
  readonly value: string;
  /** `stated` when the text alone gives the value; `inferred` when it needs the reference date or a tense guess. */
  readonly certainty: 'stated' | 'inferred';
  /** START, END, MID, APPROX... as TIMEX3 `mod`. */
  readonly mod?: string;
  /** The preposition bounding it: "till December 21" → until; "since 2014" → since. */
  readonly bound?: 'until' | 'since' | 'by' | 'from' | 'before' | 'after';
  readonly rule: string;
}
