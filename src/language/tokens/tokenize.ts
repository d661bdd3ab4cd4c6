/**
 * News tokenizer: splits a span of the article text into tokens whose
 * offsets point back into it. One left-to-right scan, one sticky regex per
 * token shape tried in order (first match wins), so the cost is linear in
 * the text and no pattern can backtrack across more than one token.
 *
 * Conventions follow the CoNLL/Penn style the NER model was trained on:
 * hyphenated names stay whole (Kamov-226, S-400, Hewlett-Packard), possessive
 * 's and n't are split off, currency symbols and % stand alone, and periods
 * stay on abbreviations (U.S., Gen., Dec., J.) but not on sentence-final words.
 */
import { isAbbreviation } from './abbreviations.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

interface Shape {
  readonly kind: TokenKind;
  readonly re: RegExp;
}

/** Letters, marks and digits of any script. */
const L = '\\p{L}\\p{M}';
const LN = `${L}\\p{N}`;

const SHAPES: readonly Shape[] = [
  { kind: 'url', re: /(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/uy },
  { kind: 'url', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/uy },
  // Dotted abbreviations and initialisms: U.S., a.m., U.N.-led is handled by the word shape.
  { kind: 'word', re: new RegExp(`(?:[${L}]\\.){2,}(?![${LN}])`, 'uy') },
  // Numbers: 1,500 / 3.5 / 11,000.25 / 1.2m / 2019-2020 ranges stay split at the hyphen.
  { kind: 'number', re: /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)?(?:st|nd|rd|th|s)?(?![\p{L}\d])/uy },
  // Words: letters/digits joined by inner hyphens, apostrophes (O'Brien) or dots between letters
  // and digits (no trailing period); Kamov-226, S-400, 11356-class, Rolls-Royce.
  { kind: 'word', re: new RegExp(`[${LN}]+(?:(?:[-\u2010\u2011]|['\u2019](?=[${L}])|&(?=[${L}]))[${LN}]+)*`, 'uy') },
  // A possessive already split off by the source ("Bosnia 's party", Penn-tokenized text) stays one token.
  { kind: 'word', re: /['\u2019][sS](?![\p{L}\p{N}])/uy },
  { kind: 'punct', re: /\.{2,}|…|-{2,}|[!?]+|[.,;:()[\]{}"'«»‹›“”„‘’‚\u2013\u2014\u2012\u2015/\\-]/uy },
  { kind: 'symbol', re: /[$€£¥₹₽%#&*+=<>@^|~`°§]|\p{Sc}|\p{S}/uy },
];

const POSSESSIVE = /['\u2019][sS]$/;
const NEGATION = /n['\u2019]t$/i;

/** Tokens of `text` between `from` and `to` (defaults: all of it). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Whitespace and control characters separate tokens and are never part of one.
    if (c <= 32 || (c >= 0x7f && c <= 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    const token = matchAt(text, i, to);
    for (const t of splitClitics(text, token)) out.push(t);
    i = token.end;
  }
  return attachAbbreviationPeriods(text, out);
}

function matchAt(text: string, i: number, to: number): Token {
  for (const shape of SHAPES) {
    shape.re.lastIndex = i;
    const m = shape.re.exec(text);
    if (m && m[0].length > 0) return { start: i, end: Math.min(i + m[0].length, to), kind: shape.kind };
  }
  // Anything else (an emoji, a stray surrogate): one code point.
  const cp = text.codePointAt(i) ?? 0;
  return { start: i, end: Math.min(i + (cp > 0xffff ? 2 : 1), to), kind: 'symbol' };
}

/** "Germany's" → "Germany" + "'s"; "don't" → "do" + "n't" (as CoNLL and Penn write them). */
function splitClitics(text: string, t: Token): Token[] {
  if (t.kind !== 'word' || t.end - t.start < 3) return [t];
  const s = text.slice(t.start, t.end);
  if (POSSESSIVE.test(s)) return [{ start: t.start, end: t.end - 2, kind: 'word' }, { start: t.end - 2, end: t.end, kind: 'word' }];
  if (NEGATION.test(s) && s.length > 3) return [{ start: t.start, end: t.end - 3, kind: 'word' }, { start: t.end - 3, end: t.end, kind: 'word' }];
  return [t];
}

/**
 * A period right after a known abbreviation ("Gen.", "Dec.", "Inc.") or a
 * single capital initial ("J.") belongs to the word; elsewhere it is its own
 * token. Whether the abbreviation also ends the sentence is the splitter's call.
 */
function attachAbbreviationPeriods(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.kind === 'word' && next && next.start === t.end && next.end === t.end + 1 && text.charCodeAt(t.end) === 46 /* . */) {
      const word = text.slice(t.start, t.end);
      if (isAbbreviation(word) || /^\p{Lu}$/u.test(word)) {
        out.push({ start: t.start, end: next.end, kind: 'word' });
        k++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** The token texts (for models that work on word strings). */
export function tokenTexts(text: string, tokens: readonly Token[]): string[] {
  return tokens.map((t) => text.slice(t.start, t.end));
}
