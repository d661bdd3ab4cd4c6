/**
 * What the words around a number say about it: hedges ("about", "more
 * than"), direction of change ("rose 3%", "a 5% drop"), and the signs
 * that the digits are not an amount at all: part of a date ("March 5"),
 * a year ("in 2019"), or an identifier ("Project 11356", "No. 5").
 * Every check looks at a fixed number of neighbouring tokens.
 */
import type { Bound } from './types.js';
import type { Token } from './tokens.js';

const HEDGES: Readonly<Record<string, Bound>> = {
  about: 'approx', around: 'approx', approximately: 'approx', roughly: 'approx', some: 'approx', circa: 'approx', approx: 'approx',
  'approx.': 'approx', 'c.': 'approx', '~': 'approx', '≈': 'approx', 'an estimated': 'approx', estimated: 'approx', 'close to': 'approx',
  'in the region of': 'approx', 'on the order of': 'approx', 'or so': 'approx',
  'more than': 'min', over: 'min', 'at least': 'min', 'upwards of': 'min', 'in excess of': 'min', above: 'min', exceeding: 'min',
  'just over': 'min', 'well over': 'min', 'no less than': 'min', 'no fewer than': 'min', 'not less than': 'min', '>': 'min', 'or more': 'min',
  'more than a': 'min', plus: 'min', '+': 'min',
  nearly: 'max', almost: 'max', 'less than': 'max', 'fewer than': 'max', under: 'max', below: 'max', 'up to': 'max', 'as many as': 'max',
  'as much as': 'max', 'as high as': 'max', 'no more than': 'max', 'not more than': 'max', 'at most': 'max', 'just under': 'max',
  'just shy of': 'max', 'short of': 'max', '<': 'max', 'or less': 'max', 'or fewer': 'max',
};
const AFTER_HEDGES = new Set(['or so', 'or more', 'or less', 'or fewer', 'plus', '+']);

export interface Hedge {
  bound: Bound;
  text: string;
  /** First token of the hedge (before) or last token (after). */
  edge: number;
}

function phrase(tokens: readonly Token[], j: number, k: number): string {
  let s = tokens[j].lower;
  for (let x = j + 1; x <= k; x++) s += (tokens[x].spaced ? ' ' : '') + tokens[x].lower;
  return s;
}

/** A hedge ending at token i-1 (the longest, up to four tokens). */
export function hedgeBefore(tokens: readonly Token[], i: number): Hedge | null {
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const p = phrase(tokens, j, i - 1);
    if (HEDGES[p] && !AFTER_HEDGES.has(p)) return { bound: HEDGES[p], text: p, edge: j };
  }
  return null;
}

/** "50 or so", "100 or more", "50-plus", "50+". */
export function hedgeAfter(tokens: readonly Token[], k: number): Hedge | null {
  const a = tokens[k + 1];
  if (!a) return null;
  if (a.text === '+' && !a.spaced) return { bound: 'min', text: '+', edge: k + 1 };
  if (a.text === '-' && !a.spaced && tokens[k + 2]?.lower === 'plus' && !tokens[k + 2].spaced) return { bound: 'min', text: '-plus', edge: k + 2 };
  if (a.lower === 'or' && tokens[k + 2]) {
    const p = `or ${tokens[k + 2].lower}`;
    if (AFTER_HEDGES.has(p)) return { bound: HEDGES[p], text: p, edge: k + 2 };
  }
  return null;
}

const UP_WORDS = new Set('up rose risen rise rises rising increased increase increases increasing grew grown grow grows growing gained gain gains gaining jumped jump jumps jumping climbed climb climbs climbing surged surge surges surging soared soar soars soaring advanced advances added adds higher rallied spiked expanded expands boosted raised'.split(' '));
const DOWN_WORDS = new Set('down fell fallen fall falls falling dropped drop drops dropping declined decline declines declining decreased decrease decreases decreasing slumped slump slumps plunged plunge plunges plummeted shrank shrunk shrinks shrinking contracted contracts lost lose loses lower slid slides slipped slips tumbled tumbles sank sinks eased eases cut cuts reduced lowered dipped dips retreated'.split(' '));
const UP_NOUNS = new Set('increase increases rise rises jump jumps gain gains growth hike hikes surge rally uptick climb boost'.split(' '));
const DOWN_NOUNS = new Set('decrease decreases decline declines drop drops fall falls cut cuts reduction reductions slump loss losses plunge contraction dip downturn slide'.split(' '));

/**
 * Direction from a verb right before the amount ("rose 3%", "fell by about 2%")
 * or a noun right after it ("a 5% rise"). Counts need "by" ("rose by 5"): a bare
 * "lost 500" names a number of things lost, not a change.
 */
export function changeAround(tokens: readonly Token[], first: number, last: number, isCount: boolean): 'up' | 'down' | undefined {
  let j = first - 1;
  let by = false;
  if (tokens[j]?.lower === 'by') {
    by = true;
    j--;
  }
  const verb = tokens[j]?.lower;
  if (verb && (by || !isCount)) {
    if (UP_WORDS.has(verb)) return 'up';
    if (DOWN_WORDS.has(verb)) return 'down';
  }
  const next = tokens[last + 1];
  if (next && !isCount && next.kind === 'word' && next.spaced) {
    if (UP_NOUNS.has(next.lower)) return 'up';
    if (DOWN_NOUNS.has(next.lower)) return 'down';
  }
  return undefined;
}

export const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** A month name at token j ("May" must be capitalised; abbreviations may carry a dot). */
function isMonth(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !MONTHS.has(t.lower)) return false;
  return t.text[0] === t.text[0].toUpperCase();
}

/** The number at tokens [first..last] is a day of a month: "March 5", "5 March", "the 5th of March". */
export function isDayOfMonth(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 31) return false;
  const before = tokens[first - 1]?.text === '.' ? first - 2 : first - 1;
  if (isMonth(tokens, before)) return true;
  if (isMonth(tokens, last + 1)) return true;
  return tokens[last + 1]?.lower === 'of' && isMonth(tokens, last + 2);
}

const YEAR_PREPOSITIONS = new Set('in since by of from until till to before after during through between and or early late mid spring summer autumn fall winter fiscal fy year'.split(' '));
/** Prepositions that make a year even when a plural noun follows ("in 2019 prices rose"). */
const STRONG_YEAR_PREPOSITIONS = new Set('in since during until till'.split(' '));
const COUNT_NOUNS = new Set('people police personnel staff children men women cattle sheep fish deer troops'.split(' '));
const NOT_PLURALS = new Set('is was has as this its his us does says remains thus'.split(' '));

/**
 * A bare four-digit integer that reads as a year: "in 2019", "March 2019",
 * "2019 was". Not when a counted noun follows ("2000 people") or a hedge
 * comes first ("some 1950 troops").
 */
export function readsAsYear(tokens: readonly Token[], first: number, last: number, hedged: boolean): boolean {
  const t = tokens[first];
  if (t.kind !== 'num' || !/^\d{4}$/.test(t.text)) return false;
  const y = Number(t.text);
  const prev = tokens[first - 1];
  const prevWord = prev?.kind === 'word' ? prev.lower : '';
  const month = isMonth(tokens, first - 1) || (prev?.text === ',' && isMonth(tokens, first - 3));
  if (y < 1000 || y > 2100) return false;
  if (month || STRONG_YEAR_PREPOSITIONS.has(prevWord)) return true;
  const next = tokens[last + 1];
  const counted = next?.kind === 'word' && next.text === next.lower && (COUNT_NOUNS.has(next.lower) || (next.lower.endsWith('s') && !NOT_PLURALS.has(next.lower) && next.lower.length > 3));
  if (counted || hedged) return false;
  return YEAR_PREPOSITIONS.has(prevWord) || (y >= 1900 && y <= 2100);
}

/** Words after which a number is a label: "Project 11356", "Flight 17", "No. 5", "Boeing 737". */
const IDENTIFIER_NOUNS = new Set(
  ('project model type no nos number flight resolution article route highway interstate section chapter room gate platform unit block lot line ' +
    'version level phase stage class series mark mk amendment bill paragraph clause item case decree protocol directive regulation vol volume page ' +
    'pp episode season part figure fig table exhibit annex appendix division regiment battalion squadron channel track terminal pier berth runway ' +
    'hall ward zone sector building tower apartment apt suite floor bus tram train metro boeing airbus antonov tupolev ilyushin sukhoi kamov mig ' +
    'soyuz apollo windows iphone galaxy formula covid sars code id pin rule act law order decision report form grade category level tier cell').split(' '),
);

/** The number right after token `prev` is an identifier. Capitalised words only, except "no."/"number". */
export function isIdentifierLabel(tokens: readonly Token[], prev: number): boolean {
  let j = prev;
  if (tokens[j]?.text === '.' && !tokens[j].spaced) j--;
  if (tokens[j]?.text === '#') return true;
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !IDENTIFIER_NOUNS.has(t.lower)) return false;
  return t.text[0] !== t.lower[0] || t.lower === 'no' || t.lower === 'nos';
}
