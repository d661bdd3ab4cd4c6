/**
 * Features of each token for the entity tagger: the word and its shape,
 * affixes, two words either side, gazetteer matches over the sentence, and
 * document context (is the word written capitalised elsewhere in the text,
 * mid-sentence? lower case?). Features are strings; the model maps them to
 * weight rows. POS tags are not used: real text has none.
 */
import type { Gazetteer } from './gazetteer.js';

/** What features are computed from besides the words: name lists and word clusters. */
export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  /** Normalised word → cluster path ("3.5.1.7"). */
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
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 8) break;
  }
  return out;
}

function norm(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Per-document facts about how words are written, computed once per document. */
export interface DocumentContext {
  /** Lower-cased words seen capitalised somewhere other than a sentence start. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Lower-cased words seen in lower case. */
  readonly lowerSeen: ReadonlySet<string>;
}

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const capitalisedInside = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    const headline = isHeadline(s);
    s.forEach((w, i) => {
      const low = w.toLowerCase();
      if (/^\p{Ll}/u.test(w)) lowerSeen.add(low);
      else if (i > 0 && !headline && isCapitalised(w) && !/^\p{Lu}+$/u.test(w)) capitalisedInside.add(low);
    });
  }
  return { capitalisedInside, lowerSeen };
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
export function sentenceFeatures(words: readonly string[], resources: FeatureResources, doc: DocumentContext): string[][] {
  const { gazetteer, clusters } = resources;
  const n = words.length;
  const low = words.map(norm);
  const shapes = words.map(shape);
  const gaz = gazetteer.match(words);
  const headline = isHeadline(words);
  const paths = low.map((w) => clusters.get(w));
  const w = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : low[i]);
  const sh = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const word = words[i];
    const lw = low[i];
    const f: string[] = ['b', `w=${lw}`, `sh=${shapes[i]}`, `w-1=${w(i - 1)}`, `w+1=${w(i + 1)}`, `w-2=${w(i - 2)}`, `w+2=${w(i + 2)}`];
    if (word !== lw) f.push(`W=${word}`);
    f.push(`sh-1=${sh(i - 1)}`, `sh+1=${sh(i + 1)}`, `sh3=${sh(i - 1)}|${shapes[i]}|${sh(i + 1)}`);
    f.push(`bg-=${w(i - 1)}|${lw}`, `bg+=${lw}|${w(i + 1)}`);
    for (let k = 1; k <= 4 && k < lw.length; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
    if (i === 0) f.push(`first|${shapes[i]}`);
    if (headline) f.push('headline', `headline|w=${lw}`);
    if (isCapitalised(word)) {
      if (doc.capitalisedInside.has(word.toLowerCase())) f.push('doc:capInside');
      if (doc.lowerSeen.has(word.toLowerCase())) f.push('doc:lowerSeen');
      else f.push('doc:neverLower');
    }
    for (const c of clusterPrefixes(paths[i], [1, 2, 3, 4])) f.push(`c=${c}`);
    if (i > 0) for (const c of clusterPrefixes(paths[i - 1], [2, 4])) f.push(`c-1=${c}`);
    if (i + 1 < n) for (const c of clusterPrefixes(paths[i + 1], [2, 4])) f.push(`c+1=${c}`);
    for (const g of gaz[i]) f.push(`gz=${g}`, `gz=${g}|${shapes[i]}`);
    for (const g of i > 0 ? gaz[i - 1] : []) f.push(`gz-1=${g}`);
    for (const g of i + 1 < n ? gaz[i + 1] : []) f.push(`gz+1=${g}`);
    out.push(f);
  }
  return out;
}
