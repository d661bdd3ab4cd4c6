/**
 * Distributional word clusters for the tagger (a cheap stand-in for Brown
 * clusters): each frequent word is described by PPMI-weighted counts of its
 * left and right neighbours, used as a dense vector, and the vectors
 * are split by spherical k-means recursively (BRANCH ways, DEPTH levels), so
 * each word gets a path "3.5.1.7" whose prefixes are coarser clusters.
 */
import { seededRandom } from './random.js';

const CONTEXTS = 400;
/** Left and right context slots, used directly as dimensions (PPMI values). */
const DIMS = 2 * CONTEXTS;
const BRANCH = 8;
const DEPTH = 4;
const MIN_COUNT = 4;
const MAX_WORDS = 80_000;

export function normaliseWord(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
}

/** Word → cluster path, from sentences of words. */
export function induceClusters(sentences: Iterable<readonly string[]>): Map<string, string> {
  const freq = new Map<string, number>();
  const corpus: string[][] = [];
  for (const s of sentences) {
    const words = s.map(normaliseWord);
    corpus.push(words);
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).slice(0, MAX_WORDS).map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  // Sparse counts: (word, context slot) with slot = side * CONTEXTS + context id.
  const counts = new Map<number, number>();
  const slotTotals = new Float64Array(2 * CONTEXTS);
  const wordTotals = new Float64Array(vocab.length);
  let total = 0;
  for (const words of corpus) {
    for (let i = 0; i < words.length; i++) {
      const w = wordId.get(words[i]);
      if (w === undefined) continue;
      for (const [side, j] of [[0, i - 1], [1, i + 1]] as const) {
        const c = j < 0 ? ctxId.get('<s>') : j >= words.length ? ctxId.get('</s>') : ctxId.get(words[j]);
        if (c === undefined) continue;
        const slot = side * CONTEXTS + c;
        const key = w * 2 * CONTEXTS + slot;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        slotTotals[slot]++;
        wordTotals[w]++;
        total++;
      }
    }
  }
  const random = seededRandom(7);
  const vectors = new Float32Array(vocab.length * DIMS);
  for (const [key, c] of counts) {
    const w = Math.floor(key / (2 * CONTEXTS));
    const slot = key % (2 * CONTEXTS);
    const pmi = Math.log((c * total) / (wordTotals[w] * slotTotals[slot]));
    if (pmi > 0) vectors[w * DIMS + slot] = pmi;
  }
  for (let w = 0; w < vocab.length; w++) normalise(vectors, w * DIMS);
  const paths = new Array<string>(vocab.length).fill('');
  split(vectors, [...vocab.keys()], 0, paths, random);
  return new Map(vocab.map((w, i) => [w, paths[i]]));
}

function normalise(v: Float32Array, at: number): void {
  let n = 0;
  for (let d = 0; d < DIMS; d++) n += v[at + d] * v[at + d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < DIMS; d++) v[at + d] /= n;
}

function split(vectors: Float32Array, members: number[], level: number, paths: string[], random: () => number): void {
  if (level >= DEPTH || members.length < BRANCH * 2) return;
  const k = BRANCH;
  const centres = new Float32Array(k * DIMS);
  for (let c = 0; c < k; c++) {
    const m = members[Math.floor(random() * members.length)];
    centres.set(vectors.subarray(m * DIMS, m * DIMS + DIMS), c * DIMS);
  }
  const assign = new Int32Array(members.length);
  for (let iter = 0; iter < 12; iter++) {
    members.forEach((m, i) => {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIMS; d++) dot += vectors[m * DIMS + d] * centres[c * DIMS + d];
        if (dot > best) {
          best = dot;
          assign[i] = c;
        }
      }
    });
    centres.fill(0);
    members.forEach((m, i) => {
      for (let d = 0; d < DIMS; d++) centres[assign[i] * DIMS + d] += vectors[m * DIMS + d];
    });
    for (let c = 0; c < k; c++) normalise(centres, c * DIMS);
  }
  for (let c = 0; c < k; c++) {
    const group = members.filter((_, i) => assign[i] === c);
    for (const m of group) paths[m] = level === 0 ? String(c) : `${paths[m]}.${c}`;
    split(vectors, group, level + 1, paths, random);
  }
}
