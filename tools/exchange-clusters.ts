/**
 * Class-based bigram word clusters by the exchange algorithm (Kneser & Ney
 * 1993, Martin et al. 1998; the flat counterpart of Brown clustering):
 * each word is moved, in turn, to the class that most raises the likelihood
 * of the text under a class bigram model, P(w_i | w_i-1) = P(c_i | c_i-1) P(w_i | c_i).
 * The objective is Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d)
 * over class pair counts N. Words outside `vocab` and sentence boundaries share
 * one fixed extra class. Deterministic.
 */
import { normaliseWord } from '../src/language/tagger/clusters.js';

const f = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/** Word → class (0..classes-1) for the words of `vocab`, from sentences of raw words. */
export function exchangeClusters(sentences: Iterable<readonly string[]>, vocab: readonly string[], classes: number, iterations: number, log = (_: string): void => {}): Map<string, number> {
  const V = vocab.length;
  const OTHER = V; // boundaries and words outside the vocabulary
  const id = new Map(vocab.map((w, i) => [w, i]));
  // Bigram counts as word pair → count, then per word successor/predecessor lists.
  const pairs = new Map<number, number>();
  for (const s of sentences) {
    let prev = OTHER;
    for (const raw of s) {
      const w = id.get(normaliseWord(raw)) ?? OTHER;
      const key = prev * (V + 1) + w;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
      prev = w;
    }
    const key = prev * (V + 1) + OTHER;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const succ: [number, number][][] = Array.from({ length: V + 1 }, () => []);
  const pred: [number, number][][] = Array.from({ length: V + 1 }, () => []);
  const self = new Float64Array(V + 1);
  const nLeft = new Float64Array(V + 1);
  const nRight = new Float64Array(V + 1);
  for (const [key, c] of pairs) {
    const a = Math.floor(key / (V + 1));
    const b = key % (V + 1);
    nLeft[a] += c;
    nRight[b] += c;
    if (a === b) self[a] += c;
    else {
      succ[a].push([b, c]);
      pred[b].push([a, c]);
    }
  }
  const K = classes + 1; // the last class is OTHER's
  const cls = new Int32Array(V + 1);
  for (let w = 0; w < V; w++) cls[w] = w % classes; // vocab is in frequency order
  cls[OTHER] = classes;
  const N = new Float64Array(K * K);
  const left = new Float64Array(K);
  const right = new Float64Array(K);
  for (const [key, c] of pairs) {
    const a = cls[Math.floor(key / (V + 1))];
    const b = cls[key % (V + 1)];
    N[a * K + b] += c;
    left[a] += c;
    right[b] += c;
  }
  const R = new Float64Array(K);
  const L = new Float64Array(K);
  const nzR: number[] = [];
  const nzL: number[] = [];
  for (let iter = 0; iter < iterations; iter++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w];
      nzR.length = 0;
      nzL.length = 0;
      for (const [v, c] of succ[w]) {
        const k = cls[v];
        if (R[k] === 0) nzR.push(k);
        R[k] += c;
      }
      for (const [u, c] of pred[w]) {
        const k = cls[u];
        if (L[k] === 0) nzL.push(k);
        L[k] += c;
      }
      // Take w out of a.
      for (const k of nzR) N[a * K + k] -= R[k];
      for (const k of nzL) N[k * K + a] -= L[k];
      N[a * K + a] -= self[w];
      left[a] -= nLeft[w];
      right[a] -= nRight[w];
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < classes; b++) {
        let g = 0;
        for (const k of nzR) if (k !== b) g += f(N[b * K + k] + R[k]) - f(N[b * K + k]);
        for (const k of nzL) if (k !== b) g += f(N[k * K + b] + L[k]) - f(N[k * K + b]);
        const bb = N[b * K + b];
        g += f(bb + R[b] + L[b] + self[w]) - f(bb);
        g -= f(left[b] + nLeft[w]) - f(left[b]) + f(right[b] + nRight[w]) - f(right[b]);
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      // Put w into best.
      for (const k of nzR) if (k !== best) N[best * K + k] += R[k];
      for (const k of nzL) if (k !== best) N[k * K + best] += L[k];
      N[best * K + best] += R[best] + L[best] + self[w];
      left[best] += nLeft[w];
      right[best] += nRight[w];
      if (best !== a) moved++;
      cls[w] = best;
      for (const k of nzR) R[k] = 0;
      for (const k of nzL) L[k] = 0;
    }
    log(`exchange clustering: iteration ${iter + 1}, ${moved} words moved`);
    if (moved < V / 500) break;
  }
  return new Map(vocab.map((w, i) => [w, cls[i]]));
}
