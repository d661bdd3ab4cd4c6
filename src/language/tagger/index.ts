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
    scorer = new EmissionScorer({ featureIndex: model.featureIndex, emission: model.weights.emission, tags: T, gazetteer: model.gazetteer, clusters: model.clusters });
    scorers.set(model, scorer);
  }
  return scorer;
}

/** First-pass emission scores of a document, which sentences are headlines, keys of capitalised words. */
export function documentEmissions(sentences: readonly (readonly string[])[], model: EntityModel): ScoredDocument {
  return scorerOf(model).document(sentences);
}

export interface TaggingOptions {
  /** Run the second, document-level pass when the model has one (default true). */
  readonly documentPass?: boolean;
}

function viterbiPerSentence(w: Weights, scored: ScoredDocument): Uint8Array {
  const { starts, emissions } = scored;
  const out = new Uint8Array(starts[starts.length - 1]);
  for (let s = 0; s + 1 < starts.length; s++) viterbiInto(w, emissions, starts[s], starts[s + 1] - starts[s], out, NER_TAG_SET);
  return out;
}

/** First-pass scores and tags of every sentence, one array each per sentence (training uses them). */
export function firstPass(sentences: readonly (readonly string[])[], model: EntityModel): { emissions: Float64Array[]; labels: Uint8Array[] } {
  const scored = documentEmissions(sentences, model);
  const labels = viterbiPerSentence(model.weights, scored);
  const { starts } = scored;
  return {
    emissions: sentences.map((_, s) => scored.emissions.slice(starts[s] * T, starts[s + 1] * T)),
    labels: sentences.map((_, s) => labels.slice(starts[s], starts[s + 1])),
  };
}

/** Tag indices of every sentence: first pass, then (if the model has it) the document-level second pass. */
export function tagIndices(sentences: readonly (readonly string[])[], model: EntityModel = loadModel(), options: TaggingOptions = {}): Uint8Array[] {
  const scored = documentEmissions(sentences, model);
  const { emissions, starts } = scored;
  let tags = viterbiPerSentence(model.weights, scored);
  const layer = model.documentLayer;
  if (layer && options.documentPass !== false) {
    // The first pass's scores are not needed again: the second pass adds its weights to them in place.
    const w = layer.emission;
    forEachDocumentFeature({ keys: scored.capitalisedKeys, labels: tags, starts, headline: scored.headline }, (i, slot) => {
      const o = i * T;
      const r = slot * T;
      for (let t = 0; t < T; t++) emissions[o + t] += w[r + t];
    });
    tags = viterbiPerSentence(layer, scored);
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
