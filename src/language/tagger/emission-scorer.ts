/**
 * Emission scores for the tagger at inference, without building feature
 * strings per token. Everything a word contributes on its own (its own
 * features, its features as a neighbour at -2..+2, as a headline word, as a
 * sentence's first word) is summed into per-word vectors once per distinct
 * word; features of word pairs, shape triples and gazetteer marks are
 * looked up once per distinct combination by numeric keys; document
 * features once per word per document. The sums equal those of the feature
 * strings in features.ts (tested in emission-scorer.test.ts).
 */
import { documentFeatures, HEADLINE_FEATURE, norm, positionFeatureName as name, SENTENCE_END, SENTENCE_START, shape, wordFeatures, type DocumentContext, type WordFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';

/** What the scorer needs of a model: feature ids, emission weights, tag count, resources. */
export interface ScoringModel {
  readonly featureIndex: ReadonlyMap<string, number>;
  readonly emission: Float32Array;
  readonly tags: number;
  readonly gazetteer: Gazetteer;
  readonly clusters: ReadonlyMap<string, string>;
}

/** Role offsets (in units of T) inside a word's vector block. */
const OWN = 0;
const LEFT1 = 1;
const RIGHT1 = 2;
const LEFT2 = 3;
const RIGHT2 = 4;
const HEADLINE = 5;
const FIRST = 6;
const ROLES = 7;

interface WordEntry {
  /** Small integer naming the word in pair keys. */
  readonly id: number;
  readonly shapeId: number;
  readonly low: string;
  readonly shape: string;
  /** ROLES × T summed weights. */
  readonly sums: Float64Array;
}

interface MarkEntry {
  readonly plain: number;
  readonly before: number;
  readonly after: number;
  readonly withShape: Map<number, number>;
}

const MAX_WORDS = 100_000;
const MAX_PAIRS = 400_000;
const PAIR_BASE = 2 ** 20;

export class EmissionScorer {
  private readonly T: number;
  private words = new Map<string, WordEntry>();
  private shapes = new Map<string, number>();
  /** pair key → (bigramAfter id of the left word + 1) * PAIR_BASE + (bigramBefore id of the right word + 1) */
  private pairs = new Map<number, number>();
  private triples = new Map<number, number>();
  private marks = new Map<string, MarkEntry>();
  private readonly start: WordEntry;
  private readonly end: WordEntry;
  private readonly headlineId: number;

  constructor(private readonly model: ScoringModel) {
    this.T = model.tags;
    if (model.featureIndex.size >= PAIR_BASE - 1) throw new Error('too many features for the pair cache');
    this.start = this.boundary('<s>', SENTENCE_START);
    this.end = this.boundary('</s>', SENTENCE_END);
    this.headlineId = this.id(HEADLINE_FEATURE);
  }

  private id(feature: string): number {
    return this.model.featureIndex.get(feature) ?? -1;
  }

  private add(out: Float64Array, at: number, feature: number): void {
    if (feature < 0) return;
    const e = this.model.emission;
    const base = feature * this.T;
    for (let t = 0; t < this.T; t++) out[at + t] += e[base + t];
  }

  private addAll(out: Float64Array, at: number, features: readonly string[]): void {
    for (const f of features) this.add(out, at, this.id(f));
  }

  private shapeId(s: string): number {
    let id = this.shapes.get(s);
    if (id === undefined) this.shapes.set(s, (id = this.shapes.size));
    return id;
  }

  private boundary(mark: string, f: WordFeatures): WordEntry {
    const sums = new Float64Array(ROLES * this.T);
    this.fill(sums, f);
    return { id: mark === '<s>' ? 0 : 1, shapeId: this.shapeId(mark), low: mark, shape: mark, sums };
  }

  private fill(sums: Float64Array, f: WordFeatures): void {
    const T = this.T;
    this.addAll(sums, OWN * T, f.own);
    this.addAll(sums, LEFT1 * T, f.left1);
    this.addAll(sums, RIGHT1 * T, f.right1);
    this.addAll(sums, LEFT2 * T, f.left2);
    this.addAll(sums, RIGHT2 * T, f.right2);
  }

  private entry(word: string): WordEntry {
    let e = this.words.get(word);
    if (e) return e;
    if (this.words.size >= MAX_WORDS || this.shapes.size >= PAIR_BASE / 8) this.forget();
    const low = norm(word);
    const sh = shape(word);
    const sums = new Float64Array(ROLES * this.T);
    this.fill(sums, wordFeatures(word, this.model.clusters));
    this.add(sums, HEADLINE * this.T, this.id(name.headlineWord(low)));
    this.add(sums, FIRST * this.T, this.id(name.sentenceFirst(sh)));
    e = { id: this.words.size + 2, shapeId: this.shapeId(sh), low, shape: sh, sums };
    this.words.set(word, e);
    return e;
  }

  /** Drops the caches (bounded memory on long runs); pair and triple keys are only valid with the word ids they were made from. */
  private forget(): void {
    this.words = new Map();
    this.pairs = new Map();
    this.triples = new Map();
    this.shapes = new Map([[this.start.shape, this.start.shapeId], [this.end.shape, this.end.shapeId]]);
  }

  private pair(left: WordEntry, right: WordEntry): number {
    const key = left.id * PAIR_BASE + right.id;
    let v = this.pairs.get(key);
    if (v === undefined) {
      if (this.pairs.size >= MAX_PAIRS) this.pairs = new Map();
      v = (this.id(name.bigramAfter(left.low, right.low)) + 1) * PAIR_BASE + (this.id(name.bigramBefore(left.low, right.low)) + 1);
      this.pairs.set(key, v);
    }
    return v;
  }

  private triple(a: WordEntry, b: WordEntry, c: WordEntry): number {
    const key = (a.shapeId * 131072 + b.shapeId) * 131072 + c.shapeId;
    let v = this.triples.get(key);
    if (v === undefined) {
      if (this.triples.size >= MAX_PAIRS) this.triples = new Map();
      v = this.id(name.shapeTrigram(a.shape, b.shape, c.shape));
      this.triples.set(key, v);
    }
    return v;
  }

  private mark(m: string): MarkEntry {
    let e = this.marks.get(m);
    if (!e) {
      e = { plain: this.id(name.gazetteer(m)), before: this.id(name.gazetteerBefore(m)), after: this.id(name.gazetteerAfter(m)), withShape: new Map() };
      this.marks.set(m, e);
    }
    return e;
  }

  private markWithShape(m: MarkEntry, mark: string, w: WordEntry): number {
    let v = m.withShape.get(w.shapeId);
    if (v === undefined) m.withShape.set(w.shapeId, (v = this.id(name.gazetteerShape(mark, w.shape))));
    return v;
  }

  /** Summed weights of a word's document features, once per distinct word in the document. */
  private documentSums(word: string, doc: DocumentContext, cache: Map<string, Float64Array | null>): Float64Array | null {
    let v = cache.get(word);
    if (v === undefined) {
      const f = documentFeatures(word, doc);
      if (f.length === 0) v = null;
      else this.addAll((v = new Float64Array(this.T)), 0, f);
      cache.set(word, v);
    }
    return v;
  }

  /** Emission scores (n × T) of one sentence; `docCache` is shared by the sentences of one document. */
  sentence(words: readonly string[], headline: boolean, doc: DocumentContext, docCache: Map<string, Float64Array | null>): Float64Array {
    const T = this.T;
    const n = words.length;
    const out = new Float64Array(n * T);
    const per = words.map((w) => this.entry(w));
    const at = (k: number): WordEntry => (k < 0 ? this.start : k >= n ? this.end : per[k]);
    const addRole = (o: number, e: WordEntry, role: number): void => {
      const s = e.sums;
      const r = role * T;
      for (let t = 0; t < T; t++) out[o + t] += s[r + t];
    };
    let before = this.pair(this.start, at(0));
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const w = per[i];
      addRole(o, w, OWN);
      addRole(o, at(i - 1), LEFT1);
      addRole(o, at(i + 1), RIGHT1);
      addRole(o, at(i - 2), LEFT2);
      addRole(o, at(i + 2), RIGHT2);
      const after = this.pair(w, at(i + 1));
      this.add(out, o, this.triple(at(i - 1), w, at(i + 1)));
      this.add(out, o, (before % PAIR_BASE) - 1);
      this.add(out, o, Math.floor(after / PAIR_BASE) - 1);
      before = after;
      if (i === 0) addRole(o, w, FIRST);
      if (headline) {
        this.add(out, o, this.headlineId);
        addRole(o, w, HEADLINE);
      }
      const d = this.documentSums(words[i], doc, docCache);
      if (d) for (let t = 0; t < T; t++) out[o + t] += d[t];
    }
    this.addGazetteer(words, per, out);
    return out;
  }

  private addGazetteer(words: readonly string[], per: readonly WordEntry[], out: Float64Array): void {
    const T = this.T;
    const marks = this.model.gazetteer.match(words);
    for (let i = 0; i < marks.length; i++) {
      for (const g of marks[i]) {
        const m = this.mark(g);
        this.add(out, i * T, m.plain);
        this.add(out, i * T, this.markWithShape(m, g, per[i]));
        if (i + 1 < marks.length) this.add(out, (i + 1) * T, m.before);
        if (i > 0) this.add(out, (i - 1) * T, m.after);
      }
    }
  }
}
