/**
 * Named entities with the project's trained tagger: `tagDocument` gives
 * BIO tags (PER, ORG, LOC, MISC as in CoNLL-2003) for the sentences of one
 * document, `entitySpans` turns tags into spans.
 */
import { documentContext, positionFeatures, SENTENCE_END, SENTENCE_START, sentenceContext, wordFeatures, type WordFeatures } from './features.js';
import { loadModel, type EntityModel } from './model.js';
import { addEmissions, T, TAGS, viterbiOnEmissions } from './perceptron.js';

export type CoarseType = 'PER' | 'ORG' | 'LOC' | 'MISC';

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

function boundaries(model: EntityModel): [WordIds, WordIds] {
  let bounds = boundaryIds.get(model);
  if (!bounds) {
    const conv = (f: WordFeatures): WordIds => ({ own: toIds(model, f.own), left1: toIds(model, f.left1), right1: toIds(model, f.right1), left2: toIds(model, f.left2), right2: toIds(model, f.right2) });
    boundaryIds.set(model, (bounds = [conv(SENTENCE_START), conv(SENTENCE_END)]));
  }
  return bounds;
}

/** Emission scores of a sentence: cached per-word ids plus the position features, summed straight into one array. */
function sentenceEmissions(model: EntityModel, words: readonly string[], doc: ReturnType<typeof documentContext>): Float64Array {
  const [start, end] = boundaries(model);
  const n = words.length;
  const per = words.map((w) => idsOfWord(model, w));
  const at = (k: number): WordIds => (k < 0 ? start : k >= n ? end : per[k]);
  const ctx = sentenceContext(words, model);
  const emissions = new Float64Array(n * T);
  const posIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * T;
    addEmissions(model.weights, per[i].own, emissions, o);
    addEmissions(model.weights, at(i - 1).left1, emissions, o);
    addEmissions(model.weights, at(i + 1).right1, emissions, o);
    addEmissions(model.weights, at(i - 2).left2, emissions, o);
    addEmissions(model.weights, at(i + 2).right2, emissions, o);
    posIds.length = 0;
    for (const f of positionFeatures(words, i, ctx.low, ctx.shapes, ctx.gaz, ctx.headline, doc)) {
      const id = model.featureIndex.get(f);
      if (id !== undefined) posIds.push(id);
    }
    addEmissions(model.weights, posIds, emissions, o);
  }
  return emissions;
}

export function tagDocument(sentences: readonly (readonly string[])[], model: EntityModel = loadModel()): string[][] {
  const doc = documentContext(sentences);
  return sentences.map((words) => {
    if (words.length === 0) return [];
    return [...viterbiOnEmissions(model.weights, sentenceEmissions(model, words, doc), words.length)].map((t) => TAGS[t]);
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
