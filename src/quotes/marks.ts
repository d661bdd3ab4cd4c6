/**
 * Quoted passages in a text: “…”, "…", «…», „…“, ‘…’ for nested quotes. A
 * paragraph that opens a quote without closing it continues it when the next
 * paragraph opens with a quote mark again (the newspaper convention).
 * Unbalanced marks are left alone; the scan is linear.
 */

export interface QuoteSpan {
  /** Offsets of the opening and closing marks (end exclusive, after the closing mark). */
  readonly start: number;
  readonly end: number;
  /** The words inside, without the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‹': '›', '「': '」' };
const MAX_QUOTE = 5_000;

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const close = OPEN_CLOSE[ch];
    // A straight quote opens only before a word start (not "5" 6" inches or a closing one).
    if (!close || (ch === '"' && !/[\p{L}\p{N}‘'(\[….-]/u.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    const end = findClose(text, i + 1, ch, close);
    if (end < 0) {
      i++;
      continue;
    }
    out.push({ start: i, end: end + 1, innerStart: i + 1, innerEnd: end });
    i = end + 1;
  }
  return out;
}

/** The closing mark for a quote opened at `from - 1`, following paragraph continuations; -1 when none. */
function findClose(text: string, from: number, open: string, close: string): number {
  let i = from;
  const limit = Math.min(text.length, from + MAX_QUOTE);
  while (i < limit) {
    const c = text[i];
    if (c === close && (close !== '"' || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') || /[,.!?]/.test(text[i - 1]))) return i;
    if (c === '\n') {
      let j = i;
      while (j < limit && /\s/.test(text[j])) j++;
      const paragraphBreak = /\n[^\S\n]*\n/.test(text.slice(i, j));
      // A new paragraph continues the quote only when it reopens it.
      if (paragraphBreak) {
        if (text[j] !== open) return -1;
        i = j + 1;
      } else i = j;
      continue;
    }
    i++;
  }
  return -1;
}
