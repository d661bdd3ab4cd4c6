/**
 * Named entities with the project's trained tagger: `tagDocument` gives
 * BIO tags (PER, ORG, LOC, MISC as in CoNLL-2003) for the sentences of one
 * document, `entitySpans` turns tags into spans.
 */
import { documentContext, sentenceFeatures } from './features.js';
import { loadModel, type EntityModel } from './model.js';
import { TAGS, viterbi } from './perceptron.js';

export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export function featureIds(model: EntityModel, features: readonly string[][]): Int32Array[] {
  return features.map((f) => {
    const ids = new Int32Array(f.length);
    for (let k = 0; k < f.length; k++) ids[k] = model.featureIndex.get(f[k]) ?? -1;
    return ids;
  });
}

export function tagDocument(sentences: readonly (readonly string[])[], model: EntityModel = loadModel()): string[][] {
  const doc = documentContext(sentences);
  return sentences.map((words) => {
    if (words.length === 0) return [];
    const ids = featureIds(model, sentenceFeatures(words, model, doc));
    return [...viterbi(model.weights, ids)].map((t) => TAGS[t]);
  });
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
