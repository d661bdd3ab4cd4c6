/** CoNLL-2003 training data: sentences with gold tags, IOB1 converted to BIO, grouped by document. */
import { readFileSync } from 'node:fs';

export interface LabelledDocument {
  readonly sentences: { words: string[]; tags: string[] }[];
}

/** IOB1 (I-X may begin an entity) to BIO (every entity begins with B-X). */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

export function readLabelledConll(path: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let doc: LabelledDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) doc.sentences.push({ words, tags: toBio(tags) });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.sentences.length > 0) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  if (doc.sentences.length > 0) docs.push(doc);
  return docs;
}

/** conlleval-style micro scores over exact spans. */
export interface SpanScore {
  tp: number;
  fp: number;
  fn: number;
  byType: Record<string, { tp: number; fp: number; fn: number }>;
}

export function spanSet(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.add(`${start}:${end}:${type}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') return close(i);
    const t = tag.slice(2);
    if (tag.startsWith('B-') || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

export function scoreSpans(gold: readonly string[][], pred: readonly string[][]): SpanScore {
  const s: SpanScore = { tp: 0, fp: 0, fn: 0, byType: {} };
  const bump = (type: string, k: 'tp' | 'fp' | 'fn'): void => {
    s[k]++;
    (s.byType[type] ??= { tp: 0, fp: 0, fn: 0 })[k]++;
  };
  gold.forEach((g, i) => {
    const a = spanSet(g);
    const b = spanSet(pred[i]);
    for (const x of b) bump(x.split(':')[2], a.has(x) ? 'tp' : 'fp');
    for (const x of a) if (!b.has(x)) bump(x.split(':')[2], 'fn');
  });
  return s;
}

export const f1 = (x: { tp: number; fp: number; fn: number }): number => (x.tp === 0 ? 0 : (2 * x.tp) / (2 * x.tp + x.fp + x.fn));

/** Lower-cased surface strings of the gold entities of some documents (the names a model trained on them has seen). */
export function entityNames(docs: readonly LabelledDocument[]): Set<string> {
  const names = new Set<string>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of spanSet(s.tags)) {
        const [a, b] = span.split(':').map(Number);
        names.add(s.words.slice(a, b).join(' ').toLowerCase());
      }
    }
  }
  return names;
}

/**
 * Scores only the spans (gold or predicted) whose text is not among `seen`:
 * how well names never met in training are found, a proxy for unseen test data.
 */
export function scoreUnseenSpans(words: readonly string[][], gold: readonly string[][], pred: readonly string[][], seen: ReadonlySet<string>): SpanScore {
  const keep = (i: number, tags: readonly string[]): string[] => {
    const out = tags.map(() => 'O');
    for (const span of spanSet(tags)) {
      const [a, b, type] = span.split(':');
      if (seen.has(words[i].slice(+a, +b).join(' ').toLowerCase())) continue;
      for (let k = +a; k < +b; k++) out[k] = `${k === +a ? 'B' : 'I'}-${type}`;
    }
    return out;
  };
  return scoreSpans(gold.map((g, i) => keep(i, g)), pred.map((p, i) => keep(i, p)));
}
