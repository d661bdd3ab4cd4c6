/**
 * Part-of-speech tags (Penn Treebank set) and phrase chunks (NP, VP, PP, …
 * in BIO form) for a sentence's words: two greedy averaged perceptrons
 * trained on the CoNLL-2003 columns by `npm run train:syntax`
 * (models/syntax/syntax.json.gz). Each word is scored only for the tags it
 * can take: those seen with it in train when it is frequent there, else those
 * of rare words (open classes); each chunk only for the chunk tags seen with its
 * part of speech. A word with one possible tag skips the model. Scoring a few
 * classes instead of 45 is most of the speed.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { IndexedVectors, SummedVectors, WordTagRows, addCandidates, argmaxOf } from './cached-sums.js';
import { PerceptronWeights, type WeightsJson } from './weights.js';
import { ChunkStrings, FeatureStrings, chunkGroups, posGroups, prepare, repairChunk } from './features.js';

/** The part-of-speech tags as features name them: the classes and the boundary marks. */
export const posTagList = (classes: readonly string[]): string[] => [...classes, '-START2-', '-START-', '-END-'];

/** At most this many sentences of one article are remembered. */
const MAX_REMEMBERED = 4096;

export interface SyntaxTags {
  readonly pos: string[];
  readonly chunks: string[];
}

/** Which classes each decision may take. */
export interface Candidates {
  /** Normalised word → the part-of-speech tags seen with it in train (frequent words only). */
  readonly words: ReadonlyMap<string, Uint8Array>;
  /** The tags of words seen rarely in train: what an unknown word may be. */
  readonly open: Uint8Array;
  /** Part-of-speech index → the chunk tags seen with it in train. */
  readonly chunks: readonly Uint8Array[];
}

export interface SyntaxModelJson {
  readonly candidates: { words: Record<string, number[]>; open: number[]; chunks: number[][] };
  readonly pos: WeightsJson;
  readonly chunk: WeightsJson;
  readonly meta?: Record<string, unknown>;
}

export const SYNTAX_MODEL_URL = new URL('../../../../models/syntax/syntax.json.gz', import.meta.url);

export class SyntaxTagger {
  private readonly posScores: Float64Array;
  private readonly chunkScores: Float64Array;
  private readonly posStrings: FeatureStrings;
  private readonly chunkStrings: ChunkStrings;
  private readonly posVectors: { own: SummedVectors<string>; ownFirst: SummedVectors<string>; m1: SummedVectors<string>; m2: SummedVectors<string>; p1: SummedVectors<string>; p2: SummedVectors<string>; history: IndexedVectors; tagWord: WordTagRows };
  private readonly chunkVectors: { w: SummedVectors<string>; m1: SummedVectors<string>; p1: SummedVectors<string>; window: IndexedVectors[]; history: IndexedVectors[]; posWord: WordTagRows; chunkWord: WordTagRows };
  private readonly chunkIndex: Map<string, number>;

  constructor(
    readonly candidates: Candidates,
    readonly pos: PerceptronWeights,
    readonly chunk: PerceptronWeights,
  ) {
    this.posScores = new Float64Array(pos.classes.length);
    this.chunkScores = new Float64Array(chunk.classes.length);
    this.posStrings = new FeatureStrings(posTagList(pos.classes));
    if (this.posStrings.tags.length > 48 || chunk.classes.length > 32) throw new Error('the taggers pack tag windows for at most 48 part-of-speech and 32 chunk tags');
    this.chunkStrings = new ChunkStrings(this.posStrings, new FeatureStrings(chunk.classes));
    const pw = pos;
    const ps = this.posStrings;
    this.posVectors = {
      own: new SummedVectors(pw, (w: string) => posGroups.own(w, false)),
      ownFirst: new SummedVectors(pw, (w: string) => posGroups.own(w, true)),
      m1: new SummedVectors(pw, posGroups.m1),
      m2: new SummedVectors(pw, posGroups.m2),
      p1: new SummedVectors(pw, posGroups.p1),
      p2: new SummedVectors(pw, posGroups.p2),
      history: new IndexedVectors(pw, 48 * 48, (k: number) => posGroups.history(ps, Math.floor(k / 48), k % 48)),
      tagWord: new WordTagRows(pw, ps.tags.length, (t, w) => `t-1|w=${ps.tags[t]}|${w}`),
    };
    const cw = chunk;
    const cs = this.chunkStrings;
    this.chunkVectors = {
      w: new SummedVectors(cw, chunkGroups.w),
      m1: new SummedVectors(cw, chunkGroups.m1),
      p1: new SummedVectors(cw, chunkGroups.p1),
      // One table per feature of the part-of-speech window and of the chunk history, indexed by the tags it joins.
      window: [
        new IndexedVectors(cw, 48, (t) => [ps.tag('p', t)]),
        new IndexedVectors(cw, 48, (t) => [ps.tag('p-1', t)]),
        new IndexedVectors(cw, 48, (t) => [ps.tag('p-2', t)]),
        new IndexedVectors(cw, 48, (t) => [ps.tag('p+1', t)]),
        new IndexedVectors(cw, 48, (t) => [ps.tag('p+2', t)]),
        new IndexedVectors(cw, 48 ** 2, (k) => [ps.tag('p-1|p', Math.floor(k / 48), k % 48)]),
        new IndexedVectors(cw, 48 ** 2, (k) => [ps.tag('p|p+1', Math.floor(k / 48), k % 48)]),
        new IndexedVectors(cw, 48 ** 3, (k) => [ps.tag('p-2|p-1|p', Math.floor(k / 2304), Math.floor(k / 48) % 48, k % 48)]),
        new IndexedVectors(cw, 48 ** 3, (k) => [ps.tag('p|p+1|p+2', Math.floor(k / 2304), Math.floor(k / 48) % 48, k % 48)]),
      ],
      posWord: new WordTagRows(cw, ps.tags.length, (t, w) => `w|p=${ps.tags[t]}|${w}`),
      chunkWord: new WordTagRows(cw, chunk.classes.length, (t, w) => `c-1|w=${cs.cs.tags[t]}|${w}`),
      history: [
        new IndexedVectors(cw, 32 * 32, (k) => ['bias', cs.cs.tag('c-1', k >> 5), cs.cs.tag('c-1|c-2', k >> 5, k & 31)]),
        new IndexedVectors(cw, 32 * 48 * 48, (k) => [cs.cross(Math.floor(k / 2304), Math.floor(k / 48) % 48), cs.cross3(Math.floor(k / 2304), Math.floor(k / 48) % 48, k % 48)]),
      ],
    };
    this.chunkIndex = new Map(chunk.classes.map((c, i) => [c, i]));
  }

  /** Part-of-speech tags as indices into `pos.classes`. */
  tagPosIndices(words: readonly string[]): Uint8Array {
    const p = prepare(words);
    const out = new Uint8Array(words.length);
    let prev = this.posStrings.index('-START-');
    let prev2 = this.posStrings.index('-START2-');
    for (let i = 0; i < words.length; i++) {
      const cands = this.candidates.words.get(p.norm[i + 2]) ?? this.candidates.open;
      const tag = cands.length === 1 ? cands[0] : this.predictPos(p, i, prev, prev2, cands);
      out[i] = tag;
      prev2 = prev;
      prev = tag;
    }
    return out;
  }

  private predictPos(p: ReturnType<typeof prepare>, i: number, prev: number, prev2: number, cands: Uint8Array): number {
    const v = this.posVectors;
    const n = p.norm;
    const k = i + 2;
    const scores = this.posScores;
    scores.fill(0);
    addCandidates(scores, (i === 0 ? v.ownFirst : v.own).get(p.words[i]), cands);
    addCandidates(scores, v.m1.get(n[k - 1]), cands);
    addCandidates(scores, v.m2.get(n[k - 2]), cands);
    addCandidates(scores, v.p1.get(n[k + 1]), cands);
    addCandidates(scores, v.p2.get(n[k + 2]), cands);
    addCandidates(scores, v.history.get(prev * 48 + prev2), cands);
    this.pos.addRow(v.tagWord.get(n[k], prev), scores);
    return argmaxOf(scores, cands);
  }

  private predictChunk(p: ReturnType<typeof prepare>, pos: ArrayLike<number>, i: number, prev: number, prev2: number): number {
    const cands = this.candidates.chunks[pos[i]];
    if (cands.length === 1) return cands[0];
    const v = this.chunkVectors;
    const n = p.norm;
    const k = i + 2;
    const { start, end } = this.chunkStrings;
    const t2 = i >= 2 ? pos[i - 2] : start;
    const t1 = i >= 1 ? pos[i - 1] : start;
    const t0 = pos[i];
    const u1 = i + 1 < pos.length ? pos[i + 1] : end;
    const u2 = i + 2 < pos.length ? pos[i + 2] : end;
    const scores = this.chunkScores;
    scores.fill(0);
    addCandidates(scores, v.w.get(n[k]), cands);
    addCandidates(scores, v.m1.get(n[k - 1]), cands);
    addCandidates(scores, v.p1.get(n[k + 1]), cands);
    const w = v.window;
    addCandidates(scores, w[0].get(t0), cands);
    addCandidates(scores, w[1].get(t1), cands);
    addCandidates(scores, w[2].get(t2), cands);
    addCandidates(scores, w[3].get(u1), cands);
    addCandidates(scores, w[4].get(u2), cands);
    addCandidates(scores, w[5].get(t1 * 48 + t0), cands);
    addCandidates(scores, w[6].get(t0 * 48 + u1), cands);
    addCandidates(scores, w[7].get((t2 * 48 + t1) * 48 + t0), cands);
    addCandidates(scores, w[8].get((t0 * 48 + u1) * 48 + u2), cands);
    addCandidates(scores, v.history[0].get(prev * 32 + prev2), cands);
    addCandidates(scores, v.history[1].get((prev * 48 + t0) * 48 + u1), cands);
    this.chunk.addRow(v.posWord.get(n[k], t0), scores);
    this.chunk.addRow(v.chunkWord.get(n[k], prev), scores);
    return argmaxOf(scores, cands);
  }

  /** Part-of-speech tags only. */
  tagPos(words: readonly string[]): string[] {
    return [...this.tagPosIndices(words)].map((t) => this.pos.classes[t]);
  }

  /** Chunk tags for words whose part-of-speech indices are known. */
  tagChunks(words: readonly string[], pos: ArrayLike<number>): string[] {
    const p = prepare(words);
    const out: string[] = [];
    const classes = this.chunk.classes;
    const o = classes.indexOf('O');
    let prev = o;
    let prev2 = o;
    for (let i = 0; i < words.length; i++) {
      const guess = classes[this.predictChunk(p, pos, i, prev, prev2)];
      const tag = repairChunk(guess, classes[prev]);
      out.push(tag);
      prev2 = prev;
      prev = this.chunkIndex.get(tag)!;
    }
    return out;
  }

  /** Sentences tagged in the current scope (one article's text): the quote stage and the event coder read the same sentences. */
  private readonly remembered = new Map<string, SyntaxTags>();
  private scope: string | null = null;

  /**
   * Part-of-speech and chunk tags of one sentence's words (callers must not change the arrays
   * returned). With `scope` (the article's text), the tags are remembered until a call with
   * another scope, so later stages on the same article do not tag again.
   */
  tag(words: readonly string[], scope?: string): SyntaxTags {
    const key = scope === undefined ? '' : words.join('\u0000');
    if (scope !== undefined) {
      if (scope !== this.scope) {
        this.remembered.clear();
        this.scope = scope;
      }
      const known = this.remembered.get(key);
      if (known) return known;
    }
    const pos = this.tagPosIndices(words);
    const tags = { pos: [...pos].map((t) => this.pos.classes[t]), chunks: this.tagChunks(words, pos) };
    if (scope !== undefined && this.remembered.size < MAX_REMEMBERED) this.remembered.set(key, tags);
    return tags;
  }

  toJSON(meta?: Record<string, unknown>): SyntaxModelJson {
    const c = this.candidates;
    return { candidates: { words: Object.fromEntries([...c.words].map(([w, t]) => [w, [...t]])), open: [...c.open], chunks: c.chunks.map((x) => [...x]) }, pos: this.pos.toJSON(), chunk: this.chunk.toJSON(), meta };
  }

  static fromJSON(json: SyntaxModelJson): SyntaxTagger {
    const c = json.candidates;
    const candidates: Candidates = { words: new Map(Object.entries(c.words).map(([w, t]) => [w, Uint8Array.from(t)])), open: Uint8Array.from(c.open), chunks: c.chunks.map((x) => Uint8Array.from(x)) };
    return new SyntaxTagger(candidates, PerceptronWeights.fromJSON(json.pos), PerceptronWeights.fromJSON(json.chunk));
  }
}

let shipped: SyntaxTagger | undefined;

/** The committed model, loaded once. */
export function loadSyntaxTagger(url: URL = SYNTAX_MODEL_URL): SyntaxTagger {
  if (url === SYNTAX_MODEL_URL && shipped) return shipped;
  const tagger = SyntaxTagger.fromJSON(JSON.parse(gunzipSync(readFileSync(url)).toString('utf8')) as SyntaxModelJson);
  if (url === SYNTAX_MODEL_URL) shipped = tagger;
  return tagger;
}
