/**
 * Named entities with the project's trained tagger: `tagDocument` gives
 * BIO tags (PER, ORG, LOC, MISC as in CoNLL-2003) for the sentences of one
 * document, `entitySpans` turns tags into spans.
 */
import { EmissionScorer, type ScoredDocument } from './emission-scorer.js';
import { forEachDocumentFeature } from './document-layer.js';
import { loadModel, type EntityModel } from './model.js';
import { NER_TAG_SET, T, TAGS, viterbiInto, type Weights } from './perceptron.js';

export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';

const scorers = new WeakMap<EntityModel, EmissionScorer>();

/** The model's scorer, with its per-word caches, made once per model. */
export function scorerOf(model: EntityModel): EmissionScorer {
  let scorer = scorers.get(model);
  if (!scorer) {
    const second = model.secondPass;
    const emission = second ? sideBySide(model.weights.emission, second.emission) : model.weights.emission;
    scorer = new EmissionScorer({ featureIndex: model.featureIndex, emission, width: second ? 2 * T : T, gazetteer: model.gazetteer, clusters: model.clusters });
    scorers.set(model, scorer);
  }
  return scorer;
}

/** Both passes' rows of each feature side by side (2T per feature): one lookup serves both passes. */
function sideBySide(first: Float32Array, second: Float32Array): Float32Array {
  const out = new Float32Array(first.length * 2);
  for (let f = 0; f < first.length / T; f++) {
    out.set(first.subarray(f * T, f * T + T), f * 2 * T);
    out.set(second.subarray(f * T, f * T + T), f * 2 * T + T);
  }
  return out;
}

/** Emission scores of a document (both passes' when the model has two), which sentences are headlines, keys of capitalised words. */
export function documentEmissions(sentences: readonly (readonly string[])[], model: EntityModel): ScoredDocument {
  return scorerOf(model).document(sentences);
}

export interface TaggingOptions {
  /** Run the second, document-level pass when the model has one (default true). */
  readonly documentPass?: boolean;
}

/** Viterbi per sentence over one pass's columns of the document's scores. */
function viterbiPerSentence(w: Weights, scored: ScoredDocument, stride: number, column: number): Uint8Array {
  const { starts, emissions } = scored;
  const out = new Uint8Array(starts[starts.length - 1]);
  for (let s = 0; s + 1 < starts.length; s++) viterbiInto(w, emissions, starts[s], starts[s + 1] - starts[s], out, NER_TAG_SET, stride, column);
  return out;
}

const strideOf = (model: EntityModel): number => (model.secondPass ? 2 * T : T);

/** First-pass scores and tags of every sentence, one array each per sentence (training uses them). */
export function firstPass(sentences: readonly (readonly string[])[], model: EntityModel): { emissions: Float64Array[]; labels: Uint8Array[] } {
  const scored = documentEmissions(sentences, model);
  const stride = strideOf(model);
  const labels = viterbiPerSentence(model.weights, scored, stride, 0);
  const { starts } = scored;
  const firstColumns = (s: number): Float64Array => {
    const out = new Float64Array((starts[s + 1] - starts[s]) * T);
    for (let i = starts[s]; i < starts[s + 1]; i++) out.set(scored.emissions.subarray(i * stride, i * stride + T), (i - starts[s]) * T);
    return out;
  };
  return {
    emissions: sentences.map((_, s) => firstColumns(s)),
    labels: sentences.map((_, s) => labels.slice(starts[s], starts[s + 1])),
  };
}

/** Tag indices of every sentence: first pass, then (if the model has it) the document-level second pass. */
export function tagIndices(sentences: readonly (readonly string[])[], model: EntityModel = loadModel(), options: TaggingOptions = {}): Uint8Array[] {
  const scored = documentEmissions(sentences, model);
  const { emissions, starts } = scored;
  const stride = strideOf(model);
  let tags = viterbiPerSentence(model.weights, scored, stride, 0);
  const second = model.secondPass;
  if (second && options.documentPass !== false) {
    // The second pass's columns get the document features' weights, then their own Viterbi.
    const w = second.documentFeatures;
    forEachDocumentFeature({ keys: scored.capitalisedKeys, labels: tags, starts, headline: scored.headline }, (i, slot) => {
      const o = i * stride + T;
      const r = slot * T;
      for (let t = 0; t < T; t++) emissions[o + t] += w[r + t];
    });
    tags = viterbiPerSentence(second, scored, stride, T);
  }
  return sentences.map((_, s) => tags.subarray(starts[s], starts[s + 1]));
}

export function tagDocument(sentences: readonly (readonly string[])[], model: EntityModel = loadModel(), options: TaggingOptions = {}): string[][] {
  return tagIndices(sentences, model, options).map((tags) => Array.from(tags, (t) => TAGS[t]));
}

export function tagWords(words: readonly string[], model?: EntityModel): string[] {
  return tagDocument([words], model)[0];
}

export interface EntitySpan {
  /** Word indices: first, and one past the last. */
  readonly first: number;
  readonly end: number;
  readonly type: CoarseType;
}

/** Spans from BIO (or IOB1) tags. */
export function entitySpans(tags: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: { first: number; type: CoarseType } | null = null;
  const close = (end: number): void => {
    if (open) out.push({ first: open.first, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) return close(i);
    const type = tag.slice(2) as CoarseType;
    if (tag.startsWith('B-') || !open || open.type !== type) {
      close(i);
      open = { first: i, type };
    }
  });
  close(tags.length);
  return out;
}
