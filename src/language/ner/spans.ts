/** Entity spans from BIO (or IOB1) tags. */
export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan {
  /** Word index of the first word. */
  readonly start: number;
  /** Word index one past the last word. */
  readonly end: number;
  readonly type: CoarseType;
}

/**
 * Spans of `tags` over `words` (the words only fix the length). An I-X tag
 * after O or after another type opens a span, as conlleval reads it.
 */
export function entitySpans(words: readonly unknown[], tags: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = -1;
  let type = '';
  const n = Math.min(words.length, tags.length);
  for (let i = 0; i <= n; i++) {
    const tag = i < n ? tags[i] : 'O';
    const t = tag.length > 2 ? tag.slice(2) : '';
    const begins = tag.startsWith('B-') || (tag.startsWith('I-') && t !== type);
    if (start >= 0 && (tag === 'O' || begins || t === '')) {
      out.push({ start, end: i, type: type as CoarseType });
      start = -1;
      type = '';
    }
    if (begins) {
      start = i;
      type = t;
    }
  }
  return out;
}
