/**
 * Features of the part-of-speech and chunk taggers. Words are lower-cased
 * and numbers folded (as in Honnibal's tagger); the word's shape keeps what
 * lower-casing loses. Both taggers run left to right, so their previous
 * decisions are features too. Tags are passed as indices into a tag list
 * (with the boundary marks at the end), so the strings can be built once.
 */
import { StringTable, WordStrings } from './feature-strings.js';

/** The word as the taggers see it: lower case, numbers folded into a few classes. */
export function normalise(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return '!DIGITS';
  if (/^\d/.test(word)) return '!DIGITLED';
  return word.toLowerCase();
}

/** Case and character classes, runs collapsed ("McCain" → "XxXx", "S-400" → "X-d"). */
export function shape(word: string): string {
  let out = '';
  for (const ch of word.slice(0, 12)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

export interface Prepared {
  /** Normalised words, with two boundary words on each side. */
  readonly norm: readonly string[];
  readonly words: readonly string[];
}

const normCache = new WordStrings(normalise);
export function prepare(words: readonly string[]): Prepared {
  return { norm: ['-START2-', '-START-', ...words.map((w) => normCache.get(w)), '-END-', '-END2-'], words };
}

/** Feature strings of one tagger over its tag list (boundary marks included), each made once. */
export class FeatureStrings {
  private readonly tables = new Map<string, StringTable>();
  private readonly wordTables = new Map<string, WordStrings<StringTable>>();
  constructor(readonly tags: readonly string[]) {}
  index(tag: string): number {
    const i = this.tags.indexOf(tag);
    if (i < 0) throw new Error(`unknown tag ${tag}`);
    return i;
  }
  /** `${name}=${tags[a]}`, or with more tags joined by "|" (a, b, c are tag indices; -1 = absent). */
  tag(name: string, a: number, b = -1, c = -1): string {
    let t = this.tables.get(name);
    const n = this.tags.length + 1;
    if (!t) {
      this.tables.set(name, (t = new StringTable((k) => {
        const parts = [k % n, Math.floor(k / n) % n, Math.floor(k / (n * n))].filter((x) => x > 0).map((x) => this.tags[x - 1]);
        return `${name}=${parts.join('|')}`;
      })));
    }
    return t.get(a + 1 + n * (b + 1) + n * n * (c + 1));
  }
  /** `${name}=${tags[a]}|${word}`. */
  tagWord(name: string, a: number, word: string): string {
    let t = this.wordTables.get(name);
    if (!t) this.wordTables.set(name, (t = new WordStrings((w) => new StringTable((k) => `${name}=${this.tags[k]}|${w}`))));
    return t.get(word).get(a);
  }
}

/** The word's own part-of-speech features, `first` when it opens the sentence. Built afresh: the tagger caches their summed weights, not the strings. */
function posOwn(word: string, first: boolean): string[] {
  const w = normalise(word);
  const sh = shape(word);
  return ['bias', `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`, `s1=${w.slice(-1)}`, `p1=${w[0]}`, `sh=${sh}`, `hy=${word.includes('-')}`, `w=${w}`, `first|sh=${first}|${sh}`];
}

/** The part-of-speech feature groups (each cached as one summed vector by the tagger). */
export const posGroups = {
  /** The word's own features; `first`: sentence-initial. */
  own: posOwn,
  m1: (w: string): string[] => [`w-1=${w}`, `s3-1=${w.slice(-3)}`],
  m2: (w: string): string[] => [`w-2=${w}`],
  p1: (w: string): string[] => [`w+1=${w}`, `s3+1=${w.slice(-3)}`],
  p2: (w: string): string[] => [`w+2=${w}`],
  /** The two previous tags (indices in `s.tags`). */
  history: (s: FeatureStrings, prev: number, prev2: number): string[] => [s.tag('t-1', prev), s.tag('t-2', prev2), s.tag('t-1|t-2', prev, prev2)],
};

/** Part-of-speech features of word i, given the indices (in `s.tags`) of the two tags before it. */
export function posFeatures(s: FeatureStrings, p: Prepared, i: number, prev: number, prev2: number): string[] {
  const n = p.norm;
  const k = i + 2;
  const g = posGroups;
  return [...g.own(p.words[i], i === 0), ...g.m1(n[k - 1]), ...g.m2(n[k - 2]), ...g.p1(n[k + 1]), ...g.p2(n[k + 2]), ...g.history(s, prev, prev2), s.tagWord('t-1|w', prev, n[k])];
}

/** The chunker's strings: part-of-speech tags (`ps`, whose tags include "-START-" and "-END-") and chunk tags (`cs`). */
export class ChunkStrings {
  readonly start: number;
  readonly end: number;
  private readonly crossTable: StringTable;
  private readonly cross3Table: StringTable;
  constructor(readonly ps: FeatureStrings, readonly cs: FeatureStrings) {
    this.start = ps.index('-START-');
    this.end = ps.index('-END-');
    this.crossTable = new StringTable((k) => `c-1|p=${cs.tags[Math.floor(k / 256)]}|${ps.tags[k % 256]}`);
    this.cross3Table = new StringTable((k) => `c-1|p|p+1=${cs.tags[Math.floor(k / 65536)]}|${ps.tags[Math.floor(k / 256) % 256]}|${ps.tags[k % 256]}`);
  }
  cross(c: number, p: number): string {
    return this.crossTable.get(c * 256 + p);
  }
  cross3(c: number, p: number, q: number): string {
    return this.cross3Table.get(c * 65536 + p * 256 + q);
  }
}

/** The chunk feature groups (each cached as one summed vector by the tagger). */
export const chunkGroups = {
  w: (w: string): string[] => [`w=${w}`],
  m1: (w: string): string[] => [`w-1=${w}`],
  p1: (w: string): string[] => [`w+1=${w}`],
  /** The part-of-speech window i-2..i+2 (indices in `x.ps.tags`). */
  window: (x: ChunkStrings, t2: number, t1: number, t0: number, u1: number, u2: number): string[] => {
    const ps = x.ps;
    return [ps.tag('p', t0), ps.tag('p-1', t1), ps.tag('p-2', t2), ps.tag('p+1', u1), ps.tag('p+2', u2), ps.tag('p-1|p', t1, t0), ps.tag('p|p+1', t0, u1), ps.tag('p-2|p-1|p', t2, t1, t0), ps.tag('p|p+1|p+2', t0, u1, u2)];
  },
  /** The two previous chunk tags with the part of speech here and next. */
  history: (x: ChunkStrings, prev: number, prev2: number, t0: number, u1: number): string[] => [x.cs.tag('c-1', prev), x.cs.tag('c-1|c-2', prev, prev2), x.cross(prev, t0), x.cross3(prev, t0, u1)],
};

/** The part-of-speech indices around word i, boundaries included. */
export function posWindow(x: ChunkStrings, pos: ArrayLike<number>, i: number): [number, number, number, number, number] {
  const t = (j: number): number => (j < 0 ? x.start : j >= pos.length ? x.end : pos[j]);
  return [t(i - 2), t(i - 1), t(i), t(i + 1), t(i + 2)];
}

/** Chunk features of word i: `pos` are part-of-speech indices in `x.ps.tags`, `prev`/`prev2` chunk indices in `x.cs.tags`. */
export function chunkFeatures(x: ChunkStrings, p: Prepared, pos: ArrayLike<number>, i: number, prev: number, prev2: number): string[] {
  const n = p.norm;
  const k = i + 2;
  const [t2, t1, t0, u1, u2] = posWindow(x, pos, i);
  const g = chunkGroups;
  return ['bias', ...g.w(n[k]), ...g.m1(n[k - 1]), ...g.p1(n[k + 1]), ...g.window(x, t2, t1, t0, u1, u2), x.ps.tagWord('w|p', t0, n[k]), ...g.history(x, prev, prev2, t0, u1), x.cs.tagWord('c-1|w', prev, n[k])];
}

/** A phrase of a chunk-tag sequence: its type (NP, VP, …) and first and last word. */
export interface Phrase {
  type: string;
  first: number;
  last: number;
}

/** The phrases of BIO chunk tags, in order. */
export function phrasesOf(chunks: readonly string[]): Phrase[] {
  const out: Phrase[] = [];
  chunks.forEach((t, i) => {
    if (t === 'O') return;
    const open = out[out.length - 1];
    if (t.startsWith('I-') && open && open.last === i - 1 && open.type === t.slice(2)) open.last = i;
    else out.push({ type: t.slice(2), first: i, last: i });
  });
  return out;
}

/** A chunk tag that cannot follow the one before it (I-X after O or after another type) becomes B-X. */
export function repairChunk(tag: string, prev: string): string {
  return tag.startsWith('I-') && prev.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
}
