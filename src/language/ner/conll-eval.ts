/**
 * CoNLL-2003 labelled data and conlleval-style scoring: sentences with
 * gold tags grouped by document (IOB1 converted to BIO), and micro
 * precision/recall/F1 over exact entity spans, per type.
 */
import { entitySpans } from './spans.js';

export interface LabelledSentence {
  readonly words: string[];
  readonly tags: string[];
}

export interface LabelledDocument {
  readonly sentences: LabelledSentence[];
}

/** IOB1 (I-X may begin an entity) to BIO (every entity begins with B-X). */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

/**
 * Parses column text: token first, tag last; blank lines end sentences,
 * -DOCSTART- lines end documents. `strip` removes a token prefix (WikiANN's "en:").
 */
export function parseLabelledConll(text: string, strip?: RegExp): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) doc.push({ words, tags: toBio(tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.length > 0) docs.push({ sentences: doc });
      doc = [];
    } else if (line.trim() === '') flush();
    else {
      const cols = line.trim().split(/\s+/);
      words.push(strip ? cols[0].replace(strip, '') : cols[0]);
      tags.push(cols[cols.length - 1]);
    }
  }
  flush();
  if (doc.length > 0) docs.push({ sentences: doc });
  return docs;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface SpanScore extends Counts {
  readonly byType: Record<string, Counts>;
}

export function f1(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

export function precision(c: Counts): number {
  return c.tp / (c.tp + c.fp || 1);
}

export function recall(c: Counts): number {
  return c.tp / (c.tp + c.fn || 1);
}

/** Exact-span matching, as conlleval counts it. */
export function scoreSpans(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): SpanScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, Counts> = {};
  const of = (t: string): Counts => (byType[t] ??= { tp: 0, fp: 0, fn: 0 });
  gold.forEach((g, s) => {
    const key = (x: { start: number; end: number; type: string }): string => `${x.start}:${x.end}:${x.type}`;
    const goldSpans = entitySpans(g, g);
    const predSpans = entitySpans(predicted[s], predicted[s]);
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predSpans.map(key));
    for (const p of predSpans) {
      const hit = goldKeys.has(key(p));
      if (hit) {
        total.tp++;
        of(p.type).tp++;
      } else {
        total.fp++;
        of(p.type).fp++;
      }
    }
    for (const x of goldSpans) {
      if (!predKeys.has(key(x))) {
        total.fn++;
        of(x.type).fn++;
      }
    }
  });
  return { ...total, byType };
}
