/**
 * Second pass of the tagger: document-level evidence from the first pass's
 * labels. A capitalised word is looked up among its other occurrences in
 * the same document (case-insensitively): which type the first pass gave
 * them most often, and which type of longer name they stood in ("Clinton"
 * after "Bill Clinton"). These few features (a fixed, small set, so no
 * strings are built per token) get their own weights, added to the first
 * pass's emission scores; the second Viterbi uses its own transitions.
 */

/** Entity types by index: 0 is outside (O). */
export const TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const K = TYPES.length;
const POSITIONS = ['first', 'inside', 'last'] as const;
const P = POSITIONS.length;

/** Type index of a BIO tag index (TAGS order: O, B-PER, I-PER, B-ORG, ...). */
export const typeOfTag = (tag: number): number => (tag + 1) >> 1;

/** Feature slots: blocks of fixed size, named for the model file. */
const MAJORITY = 0; // K × {all, most}
const MAJORITY_SELF = MAJORITY + K * 2; // K × K (own first-pass type)
const MAJORITY_FIRST = MAJORITY_SELF + K * K; // K, word opens its sentence
const MAJORITY_HEADLINE = MAJORITY_FIRST + K; // K, word in a headline
const LONGER = MAJORITY_HEADLINE + K; // (K-1) × P
const LONGER_SELF = LONGER + (K - 1) * P; // (K-1) × K
const HAS = LONGER_SELF + (K - 1) * K; // K: some other occurrence has this type
const MAJORITY_BEFORE = HAS + K; // K: majority type of the previous word
const MAJORITY_AFTER = MAJORITY_BEFORE + K; // K: of the next word
export const DOCUMENT_FEATURES = MAJORITY_AFTER + K;

export const documentFeatureNames: readonly string[] = ((): string[] => {
  const names: string[] = [];
  for (const t of TYPES) names.push(`maj=${t}|all`, `maj=${t}|most`);
  for (const t of TYPES) for (const s of TYPES) names.push(`maj=${t}|self=${s}`);
  for (const t of TYPES) names.push(`maj=${t}|first`);
  for (const t of TYPES) names.push(`maj=${t}|headline`);
  for (const t of TYPES.slice(1)) for (const p of POSITIONS) names.push(`longer=${t}|${p}`);
  for (const t of TYPES.slice(1)) for (const s of TYPES) names.push(`longer=${t}|self=${s}`);
  for (const t of TYPES) names.push(`has=${t}`);
  for (const t of TYPES) names.push(`maj-1=${t}`);
  for (const t of TYPES) names.push(`maj+1=${t}`);
  return names;
})();

/** Per token, a number for its lower-cased form when it starts with a capital, -1 otherwise (inference gets these from its word cache). */
export function capitalisedKeys(sentences: readonly (readonly string[])[]): Int32Array[] {
  const numbers = new Map<string, number>();
  return sentences.map((words) =>
    Int32Array.from(words, (w) => {
      if (!/^\p{Lu}/u.test(w)) return -1;
      const lower = w.toLowerCase();
      let n = numbers.get(lower);
      if (n === undefined) numbers.set(lower, (n = numbers.size));
      return n;
    }),
  );
}

/** A document as flat arrays over its tokens: key of the lower-cased form of capitalised words (-1: others), first-pass tag index, sentence starts (sentences + 1 entries). */
export interface FlatDocument {
  readonly keys: Int32Array;
  readonly labels: Uint8Array;
  readonly starts: Int32Array;
  readonly headline: readonly boolean[];
}

/** Per token: position in a first-pass name of two or more words (0 first, 1 inside, 2 last; -1 none). */
function spanPositions(doc: FlatDocument): Int8Array {
  const { labels, starts } = doc;
  const pos = new Int8Array(labels.length).fill(-1);
  for (let s = 0; s + 1 < starts.length; s++) {
    const end = starts[s + 1];
    let i = starts[s];
    while (i < end) {
      const type = typeOfTag(labels[i]);
      if (type === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && labels[j] !== 0 && (labels[j] & 1) === 0 && typeOfTag(labels[j]) === type) j++;
      if (j - i >= 2) for (let k = i; k < j; k++) pos[k] = k === i ? 0 : k === j - 1 ? 2 : 1;
      i = j;
    }
  }
  return pos;
}

/** Counts per word: K type counts, then (K-1) × P counts of places in longer names. */
const STATS = K + (K - 1) * P;

/** Calls `visit(token, slot)` (token: index in the flat document) for every document feature. */
export function forEachDocumentFeature(doc: FlatDocument, visit: (token: number, slot: number) => void): void {
  const { keys, labels, starts, headline } = doc;
  const n = keys.length;
  const pos = spanPositions(doc);
  // Each distinct key gets a row of counts in one flat array.
  const rowOf = new Map<number, number>();
  const row = new Int32Array(n).fill(-1);
  const counts = new Int32Array(n * STATS);
  for (let i = 0; i < n; i++) {
    if (keys[i] < 0) continue;
    let r = rowOf.get(keys[i]);
    if (r === undefined) rowOf.set(keys[i], (r = rowOf.size));
    row[i] = r;
    const type = typeOfTag(labels[i]);
    counts[r * STATS + type]++;
    if (pos[i] >= 0) counts[r * STATS + K + (type - 1) * P + pos[i]]++;
  }
  const others = new Int32Array(STATS);
  const otherStats = (i: number): number => {
    others.set(counts.subarray(row[i] * STATS, row[i] * STATS + STATS));
    const self = typeOfTag(labels[i]);
    others[self]--;
    if (pos[i] >= 0) others[K + (self - 1) * P + pos[i]]--;
    return self;
  };
  const major = new Int8Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (row[i] < 0) continue;
    otherStats(i);
    let m = -1;
    for (let t = 0; t < K; t++) if (others[t] > 0 && (m < 0 || others[t] > others[m])) m = t;
    major[i] = m;
  }
  for (let s = 0; s + 1 < starts.length; s++) {
    const first = starts[s];
    const end = starts[s + 1];
    for (let i = first; i < end; i++) {
      if (i > first && major[i - 1] >= 0) visit(i, MAJORITY_BEFORE + major[i - 1]);
      if (i + 1 < end && major[i + 1] >= 0) visit(i, MAJORITY_AFTER + major[i + 1]);
      if (row[i] < 0) continue;
      const self = otherStats(i);
      const m = major[i];
      if (m >= 0) {
        let total = 0;
        for (let t = 0; t < K; t++) {
          total += others[t];
          if (others[t] > 0) visit(i, HAS + t);
        }
        visit(i, MAJORITY + m * 2 + (others[m] === total ? 0 : 1));
        visit(i, MAJORITY_SELF + m * K + self);
        if (i === first) visit(i, MAJORITY_FIRST + m);
        if (headline[s]) visit(i, MAJORITY_HEADLINE + m);
      }
      let longer = -1;
      for (let k = K; k < STATS; k++) if (others[k] > 0 && (longer < 0 || others[k] > others[longer])) longer = k;
      if (longer >= 0) {
        const type = Math.floor((longer - K) / P);
        visit(i, LONGER + (longer - K));
        visit(i, LONGER_SELF + type * K + self);
      }
    }
  }
}

/** Sentence start offsets (sentences + 1 entries) of a document. */
export function sentenceStarts(lengths: readonly number[]): Int32Array {
  const starts = new Int32Array(lengths.length + 1);
  lengths.forEach((n, s) => (starts[s + 1] = starts[s] + n));
  return starts;
}

/** Document features of every token, as arrays of slots per sentence (training). */
export function documentFeatureSlots(sentences: readonly (readonly string[])[], labels: readonly Uint8Array[], headline: readonly boolean[]): Int32Array[][] {
  const starts = sentenceStarts(sentences.map((w) => w.length));
  const flat = new Uint8Array(starts[sentences.length]);
  labels.forEach((l, s) => flat.set(l, starts[s]));
  const keys = new Int32Array(flat.length);
  capitalisedKeys(sentences).forEach((k, s) => keys.set(k, starts[s]));
  const lists = Array.from(flat, () => [] as number[]);
  forEachDocumentFeature({ keys, labels: flat, starts, headline }, (i, slot) => lists[i].push(slot));
  return sentences.map((_, s) => lists.slice(starts[s], starts[s + 1]).map((slots) => Int32Array.from(slots)));
}
