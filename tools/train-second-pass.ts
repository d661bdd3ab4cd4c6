/**
 * Training of the tagger's second pass: a full model over the first pass's
 * features plus the document features of src/language/tagger/document-layer.ts.
 * Those come from first-pass labels, so on the training data the labels must
 * come from models that did not see the document: the train documents are
 * split into folds, a first-pass model is trained on the others for each fold
 * (jackknife), and its labels on the held-out fold are what the second pass
 * learns from. On valid, the shipped first-pass model gives them, exactly as
 * at inference.
 */
import { documentFeatureSlots, DOCUMENT_FEATURES } from '../src/language/tagger/document-layer.js';
import type { SecondPassWeights } from '../src/language/tagger/model.js';
import { addEmissions, PerceptronTrainer, T, viterbi, viterbiOnEmissions, type Weights } from '../src/language/tagger/perceptron.js';
import { seededRandom } from '../bench/shared-data.js';

export interface EncodedSentence {
  readonly tokens: Int32Array[];
  readonly gold: Uint8Array;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Trains a perceptron on the given sentences; `after(epoch, weights)` sees the averaged weights of each epoch. */
export function trainPerceptron(sentences: readonly EncodedSentence[], features: number, epochs: number, seed: number, after?: (epoch: number, w: Weights) => void): Weights {
  const trainer = new PerceptronTrainer(features);
  const random = seededRandom(seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) trainer.learn(sentences[i].tokens, sentences[i].gold);
    if (after) after(epoch, trainer.averaged());
  }
  return trainer.averaged();
}

/** Jackknifed first-pass labels of the training sentences; `docOf[k]` is the document of sentence k. */
export function jackknifeLabels(sentences: readonly EncodedSentence[], docOf: readonly number[], features: number, epochs: number, folds: number, seed: number): Uint8Array[] {
  const labels: Uint8Array[] = new Array(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const t0 = performance.now();
    const inFold = (k: number): boolean => docOf[k] % folds === fold;
    const weights = trainPerceptron(sentences.filter((_, k) => !inFold(k)), features, epochs, seed + fold);
    sentences.forEach((s, k) => {
      if (!inFold(k)) return;
      const e = new Float64Array(s.tokens.length * T);
      s.tokens.forEach((ids, i) => addEmissions(weights, ids, e, i * T));
      labels[k] = viterbiOnEmissions(weights, e, s.tokens.length);
    });
    console.log(`  first-pass fold ${fold + 1}/${folds} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return labels;
}

/** Each sentence's tokens with the document features (from first-pass `labels`) appended as ids after the `features` base ids. */
export function withDocumentFeatures(set: readonly EncodedSentence[], words: readonly string[][], headline: readonly boolean[], docOf: readonly number[], labels: readonly Uint8Array[], features: number): EncodedSentence[] {
  const out: EncodedSentence[] = [];
  let k = 0;
  while (k < set.length) {
    let end = k;
    while (end < set.length && docOf[end] === docOf[k]) end++;
    const slots = documentFeatureSlots(words.slice(k, end), labels.slice(k, end), headline.slice(k, end));
    slots.forEach((sentence, j) => {
      const s = set[k + j];
      out.push({ tokens: s.tokens.map((ids, i) => Int32Array.from([...ids, ...Array.from(sentence[i], (slot) => features + slot)])), gold: s.gold });
    });
    k = end;
  }
  return out;
}

/** Trains the second pass, keeping the epoch best on valid by `score`; splits its weights into base-feature and document-feature parts. */
export function trainSecondPass(train: readonly EncodedSentence[], valid: readonly EncodedSentence[], features: number, epochs: number, seed: number, score: (pred: Uint8Array[]) => number): { weights: SecondPassWeights; epoch: number; f1: number } {
  let best = { weights: null as Weights | null, epoch: 0, f1: -1 };
  trainPerceptron(train, features + DOCUMENT_FEATURES, epochs, seed, (epoch, w) => {
    const f1 = score(valid.map((s) => viterbi(w, s.tokens)));
    console.log(`  second pass epoch ${epoch}: valid F1 ${(f1 * 100).toFixed(2)}`);
    if (f1 > best.f1) best = { weights: w, epoch, f1 };
  });
  const w = best.weights!;
  return {
    weights: { emission: w.emission.slice(0, features * T), transition: w.transition, documentFeatures: w.emission.slice(features * T) },
    epoch: best.epoch,
    f1: best.f1,
  };
}
