/**
 * A flat, linear tokenisation for the values scanner: digit runs (with
 * their inner separators "1,500.25"), letter runs, and every other
 * non-space character on its own. Each token knows whether whitespace
 * (or a line break) came before it, which is how "5km" differs from "5 km".
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace separates this token from the previous one. */
  readonly spaced: boolean;
  /** A line break separates this token from the previous one. */
  readonly newline: boolean;
}

// Each alternative is a single run with no nested quantifiers, so matching is linear.
const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The gap is scanned by character code, not sliced: this runs once per token of every article.
    let newline = false;
    for (let k = prevEnd; k < start && !newline; k++) {
      const c = text.charCodeAt(k);
      newline = c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
    }
    out.push({
      kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct',
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end,
      spaced: start > prevEnd || out.length === 0,
      newline,
    });
    prevEnd = end;
  }
  return out;
}

/** Token j directly follows token j-1 with no space. */
export function glued(tokens: readonly Token[], j: number): boolean {
  return j > 0 && j < tokens.length && !tokens[j].spaced;
}

/** The token starts a sentence or line (or follows an opening quote/bracket there). */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].kind === 'punct' && /^["“‘'(\[«]$/.test(tokens[j].text)) j--;
  if (j < 0) return true;
  if (tokens[j + 1].newline) return true;
  return tokens[j].kind === 'punct' && /^[.!?:;…•–—|]$/.test(tokens[j].text);
}

/**
 * Value of a digit run: "1,500" → 1500, "3.5" → 3.5, "1.500.000" → 1500000.
 * Null for shapes that are not amounts ("1.2.3", "2,3").
 */
export function digitValue(run: string): number | null {
  if (/^\d+$/.test(run)) return Number(run);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(run)) return Number(run.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(run)) return Number(run);
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(run)) return Number(run.replace(/\./g, ''));
  return null;
}
