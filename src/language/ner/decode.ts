/**
 * Viterbi decoding over BIO tags with bigram transitions: emission scores
 * are the summed weight rows of a token's features; I-X may only follow
 * B-X or I-X.
 */
import type { SentenceFeatures } from './features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const K = TAGS.length;
/** Row K of a transition table holds the scores of starting a sentence in each tag. */
export const START = K;

/** allowed[prev * K + tag]; prev = START for the first word. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((K + 1) * K);
  for (let prev = 0; prev <= K; prev++) {
    for (let t = 0; t < K; t++) {
      const tag = TAGS[t];
      const ok = !tag.startsWith('I-') || (prev < K && TAGS[prev].slice(2) === tag.slice(2));
      a[prev * K + t] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Feature hash → weight row (-1 when unknown). */
export interface FeatureRows {
  row(hash: number): number;
}

export interface ScoringWeights {
  readonly rows: FeatureRows;
  /** rows × K emission weights. */
  readonly emission: ArrayLike<number>;
  /** (K + 1) × K transition weights. */
  readonly transition: Float64Array;
  /** Multiplier applied to emission weights (quantised models). */
  readonly scale: number;
}

/** Emission scores, n × K. */
export function emissions(w: ScoringWeights, f: SentenceFeatures, out: Float64Array): void {
  const n = f.offsets.length - 1;
  out.fill(0, 0, n * K);
  const { emission, rows } = w;
  for (let i = 0; i < n; i++) {
    const base = i * K;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) {
      const r = rows.row(f.ids[j]);
      if (r < 0) continue;
      const at = r * K;
      for (let t = 0; t < K; t++) out[base + t] += emission[at + t];
    }
    if (w.scale !== 1) for (let t = 0; t < K; t++) out[base + t] *= w.scale;
  }
}

let scratch = new Float64Array(0);
let back = new Uint8Array(0);

/** Best tag sequence (tag indices) for the sentence. */
export function viterbi(w: ScoringWeights, f: SentenceFeatures): Uint8Array {
  const n = f.offsets.length - 1;
  const path = new Uint8Array(n);
  if (n === 0) return path;
  if (scratch.length < 2 * n * K) {
    scratch = new Float64Array(2 * n * K + 64);
    back = new Uint8Array(n * K + 64);
  }
  const em = scratch.subarray(0, n * K);
  const score = scratch.subarray(n * K, 2 * n * K);
  emissions(w, f, em);
  const tr = w.transition;
  for (let t = 0; t < K; t++) score[t] = ALLOWED[START * K + t] ? em[t] + tr[START * K + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        if (!ALLOWED[p * K + t]) continue;
        const s = score[(i - 1) * K + p] + tr[p * K + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * K + t] = best + em[i * K + t];
      back[i * K + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < K; t++) {
    if (score[(n - 1) * K + t] > best) {
      best = score[(n - 1) * K + t];
      path[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * K + path[i]];
  return path;
}
