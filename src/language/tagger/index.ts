/**
 * Named entities with the project's trained tagger: `tagDocument` gives
 * BIO tags (PER, ORG, LOC, MISC as in CoNLL-2003) for the sentences of one
 * document, `entitySpans` turns tags into spans.
 */
import { documentContext, positionFeatures, SENTENCE_END, SENTENCE_START, sentenceContext, wordFeatures, type WordFeatures } from './features.js';
import { loadModel, type EntityModel } from './model.js';
import { TAGS, viterbi } from './perceptron.js';

export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export function featureIds(model: EntityModel, features: readonly string[][]): Int32Array[] {
  return features.map((f) => toIds(model, f));
}

/** Ids of the features the model knows; unknown ones carry no weight and are left out. */
function toIds(model: EntityModel, features: readonly string[]): Int32Array {
  const ids: number[] = [];
  for (const f of features) {
    const id = model.featureIndex.get(f);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

type WordIds = { [K in keyof WordFeatures]: Int32Array };
const wordIdCache = new WeakMap<EntityModel, Map<string, WordIds>>();
const MAX_CACHED_WORDS = 200_000;

/** A word's feature ids in each role, computed once per distinct word: most of a token's features. */
function idsOfWord(model: EntityModel, word: string): WordIds {
  let cache = wordIdCache.get(model);
  if (!cache) wordIdCache.set(model, (cache = new Map()));
  let ids = cache.get(word);
  if (!ids) {
    const f = wordFeatures(word, model.clusters);
    ids = { own: toIds(model, f.own), left1: toIds(model, f.left1), right1: toIds(model, f.right1), left2: toIds(model, f.left2), right2: toIds(model, f.right2) };
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, ids);
  }
  return ids;
}

const boundaryIds = new WeakMap<EntityModel, [WordIds, WordIds]>();

function sentenceIds(model: EntityModel, words: readonly string[], doc: ReturnType<typeof documentContext>): Int32Array[] {
  let bounds = boundaryIds.get(model);
  if (!bounds) {
    const conv = (f: WordFeatures): WordIds => ({ own: toIds(model, f.own), left1: toIds(model, f.left1), right1: toIds(model, f.right1), left2: toIds(model, f.left2), right2: toIds(model, f.right2) });
    boundaryIds.set(model, (bounds = [conv(SENTENCE_START), conv(SENTENCE_END)]));
  }
  const n = words.length;
  const per = words.map((w) => idsOfWord(model, w));
  const at = (k: number): WordIds => (k < 0 ? bounds![0] : k >= n ? bounds![1] : per[k]);
  const ctx = sentenceContext(words, model);
  return words.map((_, i) => {
    const pos = positionFeatures(words, i, ctx.low, ctx.shapes, ctx.gaz, ctx.headline, doc);
    const parts = [per[i].own, at(i - 1).left1, at(i + 1).right1, at(i - 2).left2, at(i + 2).right2];
    let size = pos.length;
    for (const p of parts) size += p.length;
    const out = new Int32Array(size);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    for (const f of pos) {
      const id = model.featureIndex.get(f);
      if (id !== undefined) out[o++] = id;
    }
    return o === size ? out : out.subarray(0, o);
  });
}

export function tagDocument(sentences: readonly (readonly string[])[], model: EntityModel = loadModel()): string[][] {
  const doc = documentContext(sentences);
  return sentences.map((words) => {
    if (words.length === 0) return [];
    return [...viterbi(model.weights, sentenceIds(model, words, doc))].map((t) => TAGS[t]);
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
