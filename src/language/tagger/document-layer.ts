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

/** Per token of a sentence: own type, and position in a first-pass name of two or more words (-1: none). */
function spanPositions(labels: Uint8Array): Int8Array {
  const n = labels.length;
  const pos = new Int8Array(n).fill(-1);
  let i = 0;
  while (i < n) {
    const type = typeOfTag(labels[i]);
    if (type === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && labels[j] !== 0 && (labels[j] & 1) === 0 && typeOfTag(labels[j]) === type) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) pos[k] = k === i ? 0 : k === j - 1 ? 2 : 1;
    i = j;
  }
  return pos;
}

/** Counts per word: K type counts, then (K-1) × P counts of places in longer names. */
const STATS = K + (K - 1) * P;

/**
 * Calls `visit(sentence, token, slot)` for every document feature, given the
 * first pass's tag indices. `headline[s]` says whether sentence s is a headline.
 */
export function forEachDocumentFeature(keys: readonly Int32Array[], labels: readonly Uint8Array[], headline: readonly boolean[], visit: (sentence: number, token: number, slot: number) => void): void {
  const stats = new Map<number, Int32Array>();
  const positions: Int8Array[] = [];
  keys.forEach((row, s) => {
    const pos = spanPositions(labels[s]);
    positions.push(pos);
    for (let i = 0; i < row.length; i++) {
      const key = row[i];
      if (key < 0) continue;
      let c = stats.get(key);
      if (!c) stats.set(key, (c = new Int32Array(STATS)));
      const type = typeOfTag(labels[s][i]);
      c[type]++;
      if (pos[i] >= 0) c[K + (type - 1) * P + pos[i]]++;
    }
  });
  const sentences = keys;
  const others = new Int32Array(STATS);
  const majors = sentences.map((words) => new Int8Array(words.length).fill(-1));
  const otherStats = (s: number, i: number, key: number): number => {
    others.set(stats.get(key)!);
    const self = typeOfTag(labels[s][i]);
    others[self]--;
    if (positions[s][i] >= 0) others[K + (self - 1) * P + positions[s][i]]--;
    return self;
  };
  sentences.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      const key = keys[s][i];
      if (key < 0) continue;
      otherStats(s, i, key);
      let major = -1;
      for (let t = 0; t < K; t++) if (others[t] > 0 && (major < 0 || others[t] > others[major])) major = t;
      majors[s][i] = major;
    }
  });
  sentences.forEach((words, s) => {
    const row = keys[s];
    const major = majors[s];
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && major[i - 1] >= 0) visit(s, i, MAJORITY_BEFORE + major[i - 1]);
      if (i + 1 < words.length && major[i + 1] >= 0) visit(s, i, MAJORITY_AFTER + major[i + 1]);
      const key = row[i];
      if (key < 0) continue;
      const self = otherStats(s, i, key);
      const m = major[i];
      if (m >= 0) {
        let total = 0;
        for (let t = 0; t < K; t++) {
          total += others[t];
          if (others[t] > 0) visit(s, i, HAS + t);
        }
        visit(s, i, MAJORITY + m * 2 + (others[m] === total ? 0 : 1));
        visit(s, i, MAJORITY_SELF + m * K + self);
        if (i === 0) visit(s, i, MAJORITY_FIRST + m);
        if (headline[s]) visit(s, i, MAJORITY_HEADLINE + m);
      }
      let longer = -1;
      for (let k = K; k < STATS; k++) if (others[k] > 0 && (longer < 0 || others[k] > others[longer])) longer = k;
      if (longer >= 0) {
        const type = Math.floor((longer - K) / P);
        visit(s, i, LONGER + (longer - K));
        visit(s, i, LONGER_SELF + type * K + self);
      }
    }
  });
}

/** Document features of every token, as arrays of slots (training). */
export function documentFeatureSlots(sentences: readonly (readonly string[])[], labels: readonly Uint8Array[], headline: readonly boolean[]): Int32Array[][] {
  const lists = sentences.map((words) => words.map(() => [] as number[]));
  forEachDocumentFeature(capitalisedKeys(sentences), labels, headline, (s, i, slot) => lists[s][i].push(slot));
  return lists.map((sentence) => sentence.map((slots) => Int32Array.from(slots)));
}
