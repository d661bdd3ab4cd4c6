/**
 * Cached sums of perceptron weights, so tagging a token costs a few vector
 * additions rather than a lookup per feature string: groups of features that
 * always occur together (a word's own features, a window of tags) are summed
 * once per key. Each cache is bounded and starts afresh when full.
 */
import type { PerceptronWeights } from './weights.js';

/** Dense sum of a group's weights, or null when the model knows none of them. */
function sumOf(weights: PerceptronWeights, features: readonly string[]): Float32Array | null {
  let v: Float32Array | null = null;
  for (const f of features) {
    const r = weights.row(f);
    if (r < 0) continue;
    v ??= new Float32Array(weights.classes.length);
    weights.addRow(r, v);
  }
  return v;
}

/** Group sums keyed by a word (or any string). */
export class SummedVectors<K> {
  private readonly cache = new Map<K, Float32Array | null>();
  constructor(private readonly weights: PerceptronWeights, private readonly features: (key: K) => readonly string[], private readonly limit = 20_000) {}
  get(key: K): Float32Array | null {
    let v = this.cache.get(key);
    if (v === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(key, (v = sumOf(this.weights, this.features(key))));
    }
    return v;
  }
}

/** Group sums keyed by a small integer (tag indices packed), kept in an array. */
export class IndexedVectors {
  private readonly table: (Float32Array | null | undefined)[];
  constructor(private readonly weights: PerceptronWeights, size: number, private readonly features: (key: number) => readonly string[]) {
    this.table = new Array<Float32Array | null | undefined>(size).fill(undefined);
  }
  get(key: number): Float32Array | null {
    let v = this.table[key];
    if (v === undefined) this.table[key] = v = sumOf(this.weights, this.features(key));
    return v;
  }
}

/** The weight row of a feature joining a word and a tag, found through the word then the tag index (no string built per token). */
export class WordTagRows {
  private readonly cache = new Map<string, Int32Array>();
  constructor(private readonly weights: PerceptronWeights, private readonly tags: number, private readonly feature: (tag: number, word: string) => string, private readonly limit = 20_000) {}
  /** The row, or -1 when the model does not know the feature. */
  get(word: string, tag: number): number {
    let rows = this.cache.get(word);
    if (rows === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(word, (rows = new Int32Array(this.tags).fill(-2)));
    }
    let r = rows[tag];
    if (r === -2) rows[tag] = r = this.weights.row(this.feature(tag, word));
    return r;
  }
}

/** Adds the `candidates` entries of `v` into `scores`. */
export function addCandidates(scores: Float64Array, v: Float32Array | null | undefined, candidates: Uint8Array): void {
  if (v) for (let k = 0; k < candidates.length; k++) scores[candidates[k]] += v[candidates[k]];
}

/** The candidate with the highest score. */
export function argmaxOf(scores: Float64Array, candidates: Uint8Array): number {
  let best = candidates[0];
  for (let k = 1; k < candidates.length; k++) if (scores[candidates[k]] > scores[best]) best = candidates[k];
  return best;
}
