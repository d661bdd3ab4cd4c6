/**
 * Emission scores for the tagger at inference, without building feature
 * strings per token. What a word contributes on its own is summed once per
 * distinct word (word-entry.ts); features of word pairs, shape triples and
 * name-list marks are looked up once per distinct combination by numeric
 * keys; document features once per word per document, from document facts
 * kept by number. The sums equal those of the feature strings in
 * features.ts (tested in emission-scorer.test.ts).
 */
import { DOCUMENT_CASE_FEATURES, HEADLINE_FEATURE, MAX_NEIGHBOURS, positionFeatureName as name, SENTENCE_END, SENTENCE_START, wordFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { FIRST, HEADLINE, LEFT1, LEFT2, makeEntry, OWN, RIGHT1, RIGHT2, type EntryContext, type WordEntry } from './word-entry.js';

/**
 * What the scorer needs of a model: feature ids, emission weights with
 * `width` scores per feature (the tags of each pass side by side when the
 * passes share features), resources.
 */
export interface ScoringModel {
  readonly featureIndex: ReadonlyMap<string, number>;
  readonly emission: Float32Array;
  readonly width: number;
  readonly gazetteer: Gazetteer;
  readonly clusters: ReadonlyMap<string, string>;
}

/**
 * A document's emission scores (token-major, `width` per token, all sentences in
 * one array), sentence starts (sentences + 1 entries), headline flags, and
 * per token the number of its lower-cased form when capitalised (-1 otherwise).
 */
export interface ScoredDocument {
  readonly emissions: Float64Array;
  readonly starts: Int32Array;
  readonly headline: boolean[];
  readonly capitalisedKeys: Int32Array;
}

interface MarkEntry {
  readonly plain: number;
  readonly before: number;
  readonly after: number;
  readonly withShape: Map<number, number>;
}

/** Neighbour (context aggregation) features of one capitalised word in a document: dedup keys and feature ids. */
interface Neighbours {
  readonly keys: number[];
  readonly ids: number[];
}

const MAX_WORDS = 100_000;
const PAIR_BASE = 2 ** 20;
const SHAPE_KEY = 1024;

export class EmissionScorer implements EntryContext {
  /** Scores per feature and per token. */
  readonly width: number;
  private words = new Map<string, WordEntry>();
  private numbers = { shape: new Map<string, number>(), lower: new Map<string, number>(), low: new Map<string, number>() };
  private triples = new Map<number, number>();
  private marks = new Map<readonly string[], MarkEntry[][]>();
  private ids = 0;
  private stamp = 0;
  private readonly start: WordEntry;
  private readonly end: WordEntry;
  private readonly headlineId: number;
  private readonly caseIds: { capitalisedInside: number; lowerSeen: number; neverLower: number };

  private readonly bigramWords: { left: Set<string>; right: Set<string> };

  constructor(private readonly model: ScoringModel) {
    this.width = model.width;
    this.bigramWords = bigramWords(model.featureIndex);
    if (model.featureIndex.size >= PAIR_BASE - 1) throw new Error('too many features for the pair cache');
    this.start = makeEntry(this, '', SENTENCE_START, '<s>');
    this.end = makeEntry(this, '', SENTENCE_END, '</s>');
    this.headlineId = this.id(HEADLINE_FEATURE);
    const c = DOCUMENT_CASE_FEATURES;
    this.caseIds = { capitalisedInside: this.id(c.capitalisedInside), lowerSeen: this.id(c.lowerSeen), neverLower: this.id(c.neverLower) };
  }

  id(feature: string): number {
    return this.model.featureIndex.get(feature) ?? -1;
  }

  add(out: Float64Array, at: number, feature: number): void {
    if (feature < 0) return;
    const e = this.model.emission;
    const base = feature * this.width;
    for (let t = 0; t < this.width; t++) out[at + t] += e[base + t];
  }

  addAll(out: Float64Array, at: number, features: readonly string[]): void {
    for (const f of features) this.add(out, at, this.id(f));
  }

  number(table: 'shape' | 'lower' | 'low', value: string): number {
    const map = this.numbers[table];
    let n = map.get(value);
    if (n === undefined) map.set(value, (n = map.size));
    return n;
  }

  nextId(): number {
    return this.ids++;
  }

  bigramSide(side: 'left' | 'right', low: string): boolean {
    return this.bigramWords[side].has(low);
  }

  private entry(word: string): WordEntry {
    let e = this.words.get(word);
    if (!e) this.words.set(word, (e = makeEntry(this, word, wordFeatures(word, this.model.clusters))));
    return e;
  }

  /** Packed ids of the bigram features between two neighbours: (bg+ of the left + 1) * PAIR_BASE + (bg- of the right + 1). */
  private pair(left: WordEntry, right: WordEntry): number {
    if (!left.bigramLeft || !right.bigramRight) return 0;
    const next = (left.next ??= new Map());
    let v = next.get(right.id);
    if (v === undefined) next.set(right.id, (v = (this.id(name.bigramAfter(left.low, right.low)) + 1) * PAIR_BASE + (this.id(name.bigramBefore(left.low, right.low)) + 1)));
    return v;
  }

  private triple(a: WordEntry, b: WordEntry, c: WordEntry): number {
    if (a.shapeId >= SHAPE_KEY || b.shapeId >= SHAPE_KEY || c.shapeId >= SHAPE_KEY) return this.id(name.shapeTrigram(a.shape, b.shape, c.shape));
    const key = (a.shapeId * SHAPE_KEY + b.shapeId) * SHAPE_KEY + c.shapeId;
    let v = this.triples.get(key);
    if (v === undefined) this.triples.set(key, (v = this.id(name.shapeTrigram(a.shape, b.shape, c.shape))));
    return v;
  }

  /** Mark entries of a name-list entry's types, by place: [unit, begin, inside]. */
  private marksOf(types: readonly string[]): MarkEntry[][] {
    let m = this.marks.get(types);
    if (!m) {
      const make = (mark: string): MarkEntry => ({ plain: this.id(name.gazetteer(mark)), before: this.id(name.gazetteerBefore(mark)), after: this.id(name.gazetteerAfter(mark)), withShape: new Map() });
      m = ['U', 'B', 'I'].map((place) => types.map((t) => make(`${t}:${place}`)));
      this.marks.set(types, m);
    }
    return m;
  }

  /** Drops the per-word caches between documents once they are large (bounded memory on long runs). */
  private forgetIfFull(): void {
    if (this.words.size < MAX_WORDS) return;
    this.words = new Map();
    this.triples = new Map();
    this.marks = new Map();
    this.numbers = { shape: new Map(), lower: new Map(), low: new Map() };
    for (const b of [this.start, this.end]) for (const table of ['shape', 'lower', 'low'] as const) this.number(table, b.low);
  }

  /** First-pass emission scores of every sentence of a document. */
  document(sentences: readonly (readonly string[])[]): ScoredDocument {
    this.forgetIfFull();
    this.stamp++;
    const starts = new Int32Array(sentences.length + 1);
    const per = sentences.map((words, s) => {
      starts[s + 1] = starts[s] + words.length;
      return words.map((w) => this.entry(w));
    });
    const headline = per.map(isHeadline);
    const facts = this.documentFacts(per, headline);
    const emissions = new Float64Array(starts[sentences.length] * this.width);
    const capitalisedKeys = new Int32Array(starts[sentences.length]);
    per.forEach((entries, s) => {
      if (entries.length === 0) return;
      this.sentence(entries, headline[s], facts, emissions, starts[s] * this.width);
      for (let i = 0; i < entries.length; i++) capitalisedKeys[starts[s] + i] = entries[i].capitalised ? entries[i].lowerId : -1;
    });
    return { emissions, starts, headline, capitalisedKeys };
  }

  /** The numeric twin of features.ts documentContext. */
  private documentFacts(per: readonly WordEntry[][], headline: readonly boolean[]): { capitalisedInside: Set<number>; lowerSeen: Set<number>; neighbours: Map<number, Neighbours> } {
    const capitalisedInside = new Set<number>();
    const lowerSeen = new Set<number>();
    const neighbours = new Map<number, Neighbours>();
    per.forEach((s, k) => {
      for (let i = 0; i < s.length; i++) {
        const e = s[i];
        if (!headline[k] && e.capitalised) {
          let list = neighbours.get(e.lowerId);
          if (!list) neighbours.set(e.lowerId, (list = { keys: [], ids: [] }));
          if (list.keys.length < MAX_NEIGHBOURS) {
            const prev = i > 0 ? s[i - 1] : this.start;
            const next = i + 1 < s.length ? s[i + 1] : this.end;
            const keys = [prev.lowId * 2, next.lowId * 2 + 1];
            const ids = [prev.aggregateBefore, next.aggregateAfter];
            for (let j = 0; j < 2; j++) if (!list.keys.includes(keys[j])) list.keys.push(keys[j]), list.ids.push(ids[j]);
          }
        }
        if (e.lowerInitial) lowerSeen.add(e.lowerId);
        else if (i > 0 && !headline[k] && e.capitalised && !e.allUpper) capitalisedInside.add(e.lowerId);
      }
    });
    return { capitalisedInside, lowerSeen, neighbours };
  }

  private documentSums(e: WordEntry, facts: ReturnType<EmissionScorer['documentFacts']>): Float64Array | null {
    if (!e.capitalised) return null;
    if (e.docStamp === this.stamp) return e.docSums;
    const sums = e.docSums ?? new Float64Array(this.width);
    sums.fill(0);
    if (facts.capitalisedInside.has(e.lowerId)) this.add(sums, 0, this.caseIds.capitalisedInside);
    this.add(sums, 0, facts.lowerSeen.has(e.lowerId) ? this.caseIds.lowerSeen : this.caseIds.neverLower);
    for (const id of facts.neighbours.get(e.lowerId)?.ids ?? []) this.add(sums, 0, id);
    e.docStamp = this.stamp;
    e.docSums = sums;
    return sums;
  }

  /** Scores of one sentence into out[base..base + n × T). */
  private sentence(per: readonly WordEntry[], headline: boolean, facts: ReturnType<EmissionScorer['documentFacts']>, out: Float64Array, base: number): void {
    const T = this.width;
    const n = per.length;
    const at = (k: number): WordEntry => (k < 0 ? this.start : k >= n ? this.end : per[k]);
    let before = this.pair(this.start, per[0]);
    for (let i = 0; i < n; i++) {
      const o = base + i * T;
      const w = per[i];
      const own = w.sums;
      const l1 = at(i - 1).sums;
      const r1 = at(i + 1).sums;
      const l2 = at(i - 2).sums;
      const r2 = at(i + 2).sums;
      for (let t = 0; t < T; t++) out[o + t] = own[OWN * T + t] + l1[LEFT1 * T + t] + r1[RIGHT1 * T + t] + l2[LEFT2 * T + t] + r2[RIGHT2 * T + t];
      const after = this.pair(w, at(i + 1));
      this.add(out, o, this.triple(at(i - 1), w, at(i + 1)));
      this.add(out, o, (before % PAIR_BASE) - 1);
      this.add(out, o, Math.floor(after / PAIR_BASE) - 1);
      before = after;
      if (i === 0) for (let t = 0; t < T; t++) out[o + t] += own[FIRST * T + t];
      if (headline) {
        this.add(out, o, this.headlineId);
        for (let t = 0; t < T; t++) out[o + t] += own[HEADLINE * T + t];
      }
      const d = this.documentSums(w, facts);
      if (d) for (let t = 0; t < T; t++) out[o + t] += d[t];
    }
    this.addGazetteer(per, out, base);
  }

  /** Name-list marks, matched as Gazetteer.match does (longest entry first at each capitalised token). */
  private addGazetteer(per: readonly WordEntry[], out: Float64Array, base: number): void {
    const T = this.width;
    const g = this.model.gazetteer;
    const n = per.length;
    for (let i = 0; i < n; i++) {
      if (!per[i].gazetteerStart) continue;
      let key = '';
      let best = 0;
      let bestTypes: readonly string[] | undefined;
      const single = (per[i].gazetteer ??= { types: g.entry(per[i].lower), continues: g.continues(per[i].lower) });
      if (single.types) {
        best = 1;
        bestTypes = single.types;
      }
      key = per[i].lower;
      for (let len = 2; single.continues && len <= g.longest && i + len <= n; len++) {
        key = `${key} ${per[i + len - 1].lower}`;
        const types = g.entry(key);
        if (types) {
          best = len;
          bestTypes = types;
        }
        if (!g.continues(key)) break;
      }
      if (!bestTypes) continue;
      const marks = this.marksOf(bestTypes);
      for (let k = 0; k < best; k++) {
        const j = i + k;
        const names = bestTypes;
        marks[best === 1 ? 0 : k === 0 ? 1 : 2].forEach((m, x) => {
          this.add(out, base + j * T, m.plain);
          let shaped = m.withShape.get(per[j].shapeId);
          if (shaped === undefined) m.withShape.set(per[j].shapeId, (shaped = this.id(name.gazetteerShape(`${names[x]}:${best === 1 ? 'U' : k === 0 ? 'B' : 'I'}`, per[j].shape))));
          this.add(out, base + j * T, shaped);
          if (j + 1 < n) this.add(out, base + (j + 1) * T, m.before);
          if (j > 0) this.add(out, base + (j - 1) * T, m.after);
        });
      }
    }
  }
}

/** features.ts isHeadline over cached word facts. */
function isHeadline(per: readonly WordEntry[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const e of per) {
    if (!e.hasLetter) continue;
    letters++;
    if (e.noLowercase) upper++;
  }
  return letters >= 2 && upper / letters > 0.8;
}

/** Every word that can stand left or right in a known bigram feature ("bg+=a|b", "bg-=a|b"; words may hold "|", so every split counts). */
function bigramWords(featureIndex: ReadonlyMap<string, number>): { left: Set<string>; right: Set<string> } {
  const left = new Set<string>();
  const right = new Set<string>();
  for (const f of featureIndex.keys()) {
    if (!f.startsWith('bg+=') && !f.startsWith('bg-=')) continue;
    const rest = f.slice(4);
    for (let at = rest.indexOf('|'); at >= 0; at = rest.indexOf('|', at + 1)) {
      left.add(rest.slice(0, at));
      right.add(rest.slice(at + 1));
    }
  }
  return { left, right };
}
