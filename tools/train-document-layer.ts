/**
 * Training of the tagger's second pass (src/language/tagger/document-layer.ts).
 * Its features come from first-pass labels, so on the training data those
 * labels must come from models that did not see the document: the train
 * documents are split into folds, a first-pass model is trained on the
 * others for each fold (jackknife), and its scores and labels on the held-out
 * fold are what the second pass learns from. On valid, the shipped first-pass
 * model gives them, exactly as at inference.
 */
import { documentFeatureSlots, DOCUMENT_FEATURES } from '../src/language/tagger/document-layer.js';
import { addEmissions, PerceptronTrainer, T, viterbi, viterbiOnEmissions, type Weights } from '../src/language/tagger/perceptron.js';
import { seededRandom } from '../bench/shared-data.js';

export interface EncodedSentence {
  readonly tokens: Int32Array[];
  readonly gold: Uint8Array;
}

/** First-pass scores and labels of every sentence, plus what the second pass needs to know about each document. */
export interface FirstPass {
  readonly emissions: Float64Array[];
  readonly labels: Uint8Array[];
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Trains a first-pass perceptron on the given sentences for a fixed number of epochs. */
export function trainFirstPass(sentences: readonly EncodedSentence[], features: number, epochs: number, seed: number): Weights {
  const trainer = new PerceptronTrainer(features);
  const random = seededRandom(seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) trainer.learn(sentences[i].tokens, sentences[i].gold);
  }
  return trainer.averaged();
}

/** Jackknifed first pass over the training sentences; `docOf[k]` is the document of sentence k. */
export function jackknifeFirstPass(sentences: readonly EncodedSentence[], docOf: readonly number[], features: number, epochs: number, folds: number, seed: number): FirstPass & { transition: Float32Array } {
  const emissions: Float64Array[] = new Array(sentences.length);
  const labels: Uint8Array[] = new Array(sentences.length);
  const transition = new Float32Array((T + 1) * T);
  for (let fold = 0; fold < folds; fold++) {
    const t0 = performance.now();
    const inFold = (k: number): boolean => docOf[k] % folds === fold;
    const weights = trainFirstPass(sentences.filter((_, k) => !inFold(k)), features, epochs, seed + fold);
    for (let k = 0; k < transition.length; k++) transition[k] += weights.transition[k] / folds;
    sentences.forEach((s, k) => {
      if (!inFold(k)) return;
      const e = new Float64Array(s.tokens.length * T);
      s.tokens.forEach((ids, i) => addEmissions(weights, ids, e, i * T));
      emissions[k] = e;
      labels[k] = viterbiOnEmissions(weights, e, s.tokens.length);
    });
    console.log(`  first-pass fold ${fold + 1}/${folds} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return { emissions, labels, transition };
}

/** Second-pass inputs of a set of documents: first-pass scores, document feature slots, gold. */
export interface LayerSet {
  readonly base: Float64Array[];
  readonly slots: Int32Array[][];
  readonly gold: Uint8Array[];
}

/** Groups sentences by document and computes their document feature slots from first-pass labels. */
export function layerSet(words: readonly string[][], headline: readonly boolean[], docOf: readonly number[], first: FirstPass, gold: readonly Uint8Array[]): LayerSet {
  const slots: Int32Array[][] = new Array(words.length);
  let k = 0;
  while (k < words.length) {
    let end = k;
    while (end < words.length && docOf[end] === docOf[k]) end++;
    const range = (xs: readonly unknown[]): number[] => xs.slice(k, end).map((_, i) => k + i);
    const ids = range(words);
    const docSlots = documentFeatureSlots(ids.map((i) => words[i]), ids.map((i) => first.labels[i]), ids.map((i) => headline[i]));
    ids.forEach((i, j) => (slots[i] = docSlots[j]));
    k = end;
  }
  return { base: first.emissions, slots, gold: [...gold] };
}

/** Second-pass tags of a set. */
export function decodeLayer(w: Weights, set: LayerSet): Uint8Array[] {
  return set.slots.map((tokens, k) => viterbi(w, tokens, undefined, set.base[k]));
}

/** Trains the second pass, keeping the epoch best on valid by `score`. */
export function trainDocumentLayer(train: LayerSet, valid: LayerSet, initialTransition: Float32Array, epochs: number, seed: number, score: (pred: Uint8Array[]) => number): { weights: Weights; epoch: number; f1: number } {
  const trainer = new PerceptronTrainer(DOCUMENT_FEATURES, undefined, initialTransition);
  const random = seededRandom(seed);
  const order = train.slots.map((_, i) => i);
  let best = { weights: null as Weights | null, epoch: 0, f1: -1 };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) trainer.learn(train.slots[i], train.gold[i], train.base[i]);
    const avg = trainer.averaged();
    const f1 = score(decodeLayer(avg, valid));
    console.log(`  second pass epoch ${epoch}: valid F1 ${(f1 * 100).toFixed(2)}`);
    if (f1 > best.f1) best = { weights: avg, epoch, f1 };
  }
  return best as { weights: Weights; epoch: number; f1: number };
}
