/**
 * Token features for the entity tagger, as 32-bit hashes: word identity
 * (lower-cased and exact), affixes, shapes, ±2 words, word bigrams,
 * sentence position and headline case, word clusters, gazetteer marks,
 * and document context (how the same word is written elsewhere in the
 * document). POS tags are not used: real text has none.
 */
import { feature, feature2, feature3, template } from './hash.js';
import type { Resources } from './resources.js';
import { allUpper, isHeadline, longShape, normalise, shortShape, startsLower, startsUpper } from './word-form.js';

const T = Object.fromEntries(
  ['bias', 'w', 'W', 'w-1', 'w+1', 'w-2', 'w+2', 'bg-', 'bg+', 'p', 's', 'lsh', 'sh', 'sh-1', 'sh+1', 'sh3', 'first', 'hl', 'hlw', 'w-1sh', 'shw+1', 'c', 'c-1', 'c+1', 'c-2', 'c+2', 'gz', 'gzsh', 'gz-1', 'gz+1', 'doc', 'docsh', 'len', 'cw-1', 'cw+1', 'nl', 'nlsh'].map((n) => [n, template(n)]),
) as Record<string, number>;

const CLUSTER_LEVELS = [2, 3, 4, 5, 6];
const NEIGHBOUR_LEVELS = [2, 4];

/** Per-document facts about how words are written, computed once per document. */
export interface DocumentContext {
  /** Lower-cased words seen starting lower case. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Lower-cased words seen capitalised away from a sentence start, outside headlines. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Lower-cased words seen as a later word of a run of two or more capitalised words. */
  readonly inRunLater: ReadonlySet<string>;
  /** Lower-cased words seen as the first word of such a run. */
  readonly inRunFirst: ReadonlySet<string>;
}

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const lowerSeen = new Set<string>();
  const capitalisedInside = new Set<string>();
  const inRunLater = new Set<string>();
  const inRunFirst = new Set<string>();
  for (const s of sentences) {
    if (isHeadline(s)) continue;
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      const low = w.toLowerCase();
      if (startsLower(w)) lowerSeen.add(low);
      else if (startsUpper(w)) {
        if (i > 0) capitalisedInside.add(low);
        const prevCap = i > 0 && startsUpper(s[i - 1]);
        const nextCap = i + 1 < s.length && startsUpper(s[i + 1]);
        if (prevCap) inRunLater.add(low);
        else if (nextCap) inRunFirst.add(low);
      }
    }
  }
  return { lowerSeen, capitalisedInside, inRunLater, inRunFirst };
}

const EMPTY_CONTEXT = documentContext([]);

/** Features of one sentence: hashes of token i are ids[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  readonly ids: Uint32Array;
  readonly offsets: Int32Array;
}

/**
 * `hints` (second pass only): per word, what the first pass said about the
 * same word elsewhere in the document (see nonlocal.ts).
 */
export function sentenceFeatures(words: readonly string[], res: Resources, doc: DocumentContext = EMPTY_CONTEXT, hints?: readonly (readonly string[])[]): SentenceFeatures {
  const n = words.length;
  const low = words.map(normalise);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const paths = low.map((w) => res.clusters.get(w) ?? '');
  const gaz = res.gazetteer.match(lower);
  const headline = isHeadline(words);
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  const wAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : low[i]);
  const shAt = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]);
  const cluster = (seed: number, i: number, levels: readonly number[]): void => {
    const p = i < 0 || i >= n ? '' : paths[i];
    if (!p) {
      out.push(feature(seed, i < 0 || i >= n ? '<edge>' : '<none>'));
      return;
    }
    for (const l of levels) if (l <= p.length) out.push(feature(seed, p.slice(0, l)));
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const word = words[i];
    const lw = low[i];
    const sh = shapes[i];
    out.push(T.bias, feature(T.w, lw), feature(T.lsh, longShape(word)), feature(T.sh, sh));
    if (word !== lw) out.push(feature(T.W, word));
    out.push(feature(T['w-1'], wAt(i - 1)), feature(T['w+1'], wAt(i + 1)), feature(T['w-2'], wAt(i - 2)), feature(T['w+2'], wAt(i + 2)));
    out.push(feature2(T['bg-'], wAt(i - 1), lw), feature2(T['bg+'], lw, wAt(i + 1)));
    out.push(feature(T['sh-1'], shAt(i - 1)), feature(T['sh+1'], shAt(i + 1)), feature3(T.sh3, shAt(i - 1), sh, shAt(i + 1)));
    out.push(feature2(T['w-1sh'], wAt(i - 1), sh), feature2(T['shw+1'], sh, wAt(i + 1)));
    for (let k = 1; k <= 4 && k < lw.length; k++) out.push(feature(T.p, lw.slice(0, k)), feature(T.s, lw.slice(-k)));
    out.push(feature(T.len, String(Math.min(lw.length, 8))));
    if (i === 0) out.push(feature(T.first, sh));
    if (headline) out.push(feature(T.hl, sh), feature(T.hlw, lw));
    cluster(T.c, i, CLUSTER_LEVELS);
    cluster(T['c-1'], i - 1, NEIGHBOUR_LEVELS);
    cluster(T['c+1'], i + 1, NEIGHBOUR_LEVELS);
    cluster(T["c-2"], i - 2, [3]);
    cluster(T["c+2"], i + 2, [3]);
    if (paths[i] && i > 0) out.push(feature2(T['cw-1'], wAt(i - 1), paths[i].slice(0, 4)));
    if (paths[i] && i + 1 < n) out.push(feature2(T['cw+1'], paths[i].slice(0, 4), wAt(i + 1)));
    for (const g of gaz[i]) out.push(feature(T.gz, g), feature2(T.gzsh, g, sh));
    if (i > 0) for (const g of gaz[i - 1]) out.push(feature(T['gz-1'], g));
    if (i + 1 < n) for (const g of gaz[i + 1]) out.push(feature(T['gz+1'], g));
    if (startsUpper(word)) {
      const key = lower[i];
      const facts: string[] = [];
      if (doc.lowerSeen.has(key)) facts.push('lowerSeen');
      if (doc.capitalisedInside.has(key)) facts.push('capInside');
      if (doc.inRunLater.has(key)) facts.push('runLater');
      if (doc.inRunFirst.has(key)) facts.push('runFirst');
      if (facts.length === 0) facts.push('none');
      for (const f of facts) out.push(feature(T.doc, f), feature2(T.docsh, f, i === 0 || headline || allUpper(word) ? 'weak' : 'inside'));
    }
    if (hints) for (const h of hints[i]) out.push(feature(T.nl, h), feature2(T.nlsh, h, sh));
  }
  offsets[n] = out.length;
  return { ids: Uint32Array.from(out), offsets };
}

/** `f` (features without hints) with the second-pass hint features added; same set as passing hints above. */
export function withHints(f: SentenceFeatures, words: readonly string[], hints: readonly (readonly string[])[]): SentenceFeatures {
  const n = words.length;
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) out.push(f.ids[j]);
    const sh = shortShape(words[i]);
    for (const h of hints[i]) out.push(feature(T.nl, h), feature2(T.nlsh, h, sh));
  }
  offsets[n] = out.length;
  return { ids: Uint32Array.from(out), offsets };
}
