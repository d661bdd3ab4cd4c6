/**
 * Features of each token for the entity tagger: the word and its shape,
 * affixes, two words either side, gazetteer matches over the sentence, and
 * document context (is the word written capitalised elsewhere in the text,
 * mid-sentence? lower case?). Features are strings; the model maps them to
 * weight rows. Part-of-speech and chunk tags (src/language/syntax) are not used: they gave no
 * gain on valid (docs/benchmarks.md, session 7) and tagging them costs more than this pass.
 */
import type { Gazetteer } from './gazetteer.js';

/** What features are computed from besides the words: name lists and word clusters. */
export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  /** Normalised word → cluster path ("3.5.1.7"), then, space-separated, classes of flat clusterings ("x12"). */
  readonly clusters: ReadonlyMap<string, string>;
}

function clusterPrefixes(path: string | undefined, levels: readonly number[]): string[] {
  if (!path) return [];
  const parts = path.split('.');
  return levels.filter((l) => l <= parts.length).map((l) => parts.slice(0, l).join('.'));
}

/** Xxxx → Xx, HELLO → X, 1996-08-22 → d-d-d, S-400 → X-d, McDonald → XxXx. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length <= 8; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[i];
    else {
      const ch = word[i];
      c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function norm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Per-document facts about how words are written, computed once per document. */
export interface DocumentContext {
  /** Lower-cased words seen capitalised somewhere other than a sentence start. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Lower-cased words seen in lower case. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Context aggregation (Ratinov & Roth): the words around each capitalised word's occurrences in the document. */
  readonly neighbours: ReadonlyMap<string, string[]>;
}

export const MAX_NEIGHBOURS = 8;
export const aggregateFeatureName = { before: (prev: string): string => `agg-1=${prev}`, after: (next: string): string => `agg+1=${next}` };
export const DOCUMENT_CASE_FEATURES = { capitalisedInside: 'doc:capInside', lowerSeen: 'doc:lowerSeen', neverLower: 'doc:neverLower' };

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const capitalisedInside = new Set<string>();
  const lowerSeen = new Set<string>();
  const neighbours = new Map<string, string[]>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    if (!headline) {
      s.forEach((w, i) => {
        if (!isCapitalised(w)) return;
        const key = w.toLowerCase();
        const list = neighbours.get(key) ?? [];
        if (list.length >= MAX_NEIGHBOURS) return;
        const prev = i > 0 ? norm(s[i - 1]) : '<s>';
        const next = i + 1 < s.length ? norm(s[i + 1]) : '</s>';
        for (const f of [aggregateFeatureName.before(prev), aggregateFeatureName.after(next)]) if (!list.includes(f)) list.push(f);
        neighbours.set(key, list);
      });
    }
    s.forEach((w, i) => {
      const low = w.toLowerCase();
      if (/^\p{Ll}/u.test(w)) lowerSeen.add(low);
      else if (i > 0 && !headline && isCapitalised(w) && !/^\p{Lu}+$/u.test(w)) capitalisedInside.add(low);
    });
  }
  return { capitalisedInside, lowerSeen, neighbours };
}

/** All-caps or title-case headlines carry no case information. */
export function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (/^[^\p{Ll}]+$/u.test(w)) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

/** Feature strings for every token of one sentence. */
/** Features a word contributes wherever it stands: at the position itself, or as a neighbour at -2..+2. */
export interface WordFeatures {
  readonly own: string[];
  readonly left1: string[];
  readonly right1: string[];
  readonly left2: string[];
  readonly right2: string[];
}

const BOUNDARY = (mark: string): WordFeatures => ({ own: [], left1: [`w-1=${mark}`, `sh-1=${mark}`], right1: [`w+1=${mark}`, `sh+1=${mark}`], left2: [`w-2=${mark}`], right2: [`w+2=${mark}`] });
export const SENTENCE_START = BOUNDARY('<s>');
export const SENTENCE_END = BOUNDARY('</s>');

export function wordFeatures(word: string, clusters: ReadonlyMap<string, string>): WordFeatures {
  const lw = norm(word);
  const sh = shape(word);
  // "3.5.1.7 x12": a hierarchical path, then flat classes of other clusterings.
  const [path, ...flat] = clusters.get(lw)?.split(' ') ?? [];
  const own = ['b', `w=${lw}`, `sh=${sh}`];
  if (word !== lw) own.push(`W=${word}`);
  for (let k = 1; k <= 4 && k < lw.length; k++) own.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
  for (const c of clusterPrefixes(path, [1, 2, 3, 4])) own.push(`c=${c}`);
  const near = [...clusterPrefixes(path, [2, 4]), ...flat];
  for (const c of flat) own.push(`c=${c}`);
  return {
    own,
    left1: [`w-1=${lw}`, `sh-1=${sh}`, ...near.map((c) => `c-1=${c}`)],
    right1: [`w+1=${lw}`, `sh+1=${sh}`, ...near.map((c) => `c+1=${c}`)],
    left2: [`w-2=${lw}`],
    right2: [`w+2=${lw}`],
  };
}

/** Names of the features that depend on more than one word, shared by training (strings) and inference (cached ids). */
export const positionFeatureName = {
  shapeTrigram: (prev: string, own: string, next: string): string => `sh3=${prev}|${own}|${next}`,
  bigramBefore: (prev: string, own: string): string => `bg-=${prev}|${own}`,
  bigramAfter: (own: string, next: string): string => `bg+=${own}|${next}`,
  sentenceFirst: (shapeOfWord: string): string => `first|${shapeOfWord}`,
  headlineWord: (own: string): string => `headline|w=${own}`,
  gazetteer: (mark: string): string => `gz=${mark}`,
  gazetteerShape: (mark: string, shapeOfWord: string): string => `gz=${mark}|${shapeOfWord}`,
  gazetteerBefore: (mark: string): string => `gz-1=${mark}`,
  gazetteerAfter: (mark: string): string => `gz+1=${mark}`,
};
export const HEADLINE_FEATURE = 'headline';

/** Document features of a capitalised word (case evidence and context aggregation); none for other words. */
export function documentFeatures(word: string, doc: DocumentContext): string[] {
  if (!isCapitalised(word)) return [];
  const key = word.toLowerCase();
  const f: string[] = [];
  if (doc.capitalisedInside.has(key)) f.push(DOCUMENT_CASE_FEATURES.capitalisedInside);
  f.push(doc.lowerSeen.has(key) ? DOCUMENT_CASE_FEATURES.lowerSeen : DOCUMENT_CASE_FEATURES.neverLower);
  for (const a of doc.neighbours.get(key) ?? []) f.push(a);
  return f;
}

/** Features of position i that depend on more than one word or on the document. */
export function positionFeatures(words: readonly string[], i: number, low: readonly string[], shapes: readonly string[], gaz: readonly string[][], headline: boolean, doc: DocumentContext): string[] {
  const n = words.length;
  const name = positionFeatureName;
  const w = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : low[k]);
  const sh = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : shapes[k]);
  const lw = low[i];
  const f = [name.shapeTrigram(sh(i - 1), shapes[i], sh(i + 1)), name.bigramBefore(w(i - 1), lw), name.bigramAfter(lw, w(i + 1))];
  if (i === 0) f.push(name.sentenceFirst(shapes[i]));
  if (headline) f.push(HEADLINE_FEATURE, name.headlineWord(lw));
  f.push(...documentFeatures(words[i], doc));
  for (const g of gaz[i]) f.push(name.gazetteer(g), name.gazetteerShape(g, shapes[i]));
  if (i > 0) for (const g of gaz[i - 1]) f.push(name.gazetteerBefore(g));
  if (i + 1 < n) for (const g of gaz[i + 1]) f.push(name.gazetteerAfter(g));
  return f;
}

/** What positionFeatures needs about the sentence, computed once. */
export function sentenceContext(words: readonly string[], resources: FeatureResources): { low: string[]; shapes: string[]; gaz: string[][]; headline: boolean } {
  return { low: words.map(norm), shapes: words.map(shape), gaz: resources.gazetteer.match(words), headline: isHeadline(words) };
}

/** Feature strings for every token of one sentence (training; inference uses the cached ids in index.ts). */
export function sentenceFeatures(words: readonly string[], resources: FeatureResources, doc: DocumentContext): string[][] {
  const n = words.length;
  const ctx = sentenceContext(words, resources);
  const per = words.map((word) => wordFeatures(word, resources.clusters));
  const at = (k: number): WordFeatures => (k < 0 ? SENTENCE_START : k >= n ? SENTENCE_END : per[k]);
  return words.map((_, i) => [
    ...per[i].own,
    ...at(i - 1).left1,
    ...at(i + 1).right1,
    ...at(i - 2).left2,
    ...at(i + 2).right2,
    ...positionFeatures(words, i, ctx.low, ctx.shapes, ctx.gaz, ctx.headline, doc),
  ]);
}
