/** Source / Cue / Content spans from the trained attribution tagger, per sentence. */
import type { Token } from '../../language/tokens/tokenize.js';
import { viterbiOnEmissions } from '../../language/tagger/perceptron.js';
import type { Span } from '../attributions.js';
import type { QuoteSpan } from '../marks.js';
import { contextFeatures, stackedFeatures, wordFeatures, type FeatureContext } from './features.js';
import type { AttributionModel } from './model.js';

export interface RoleSpan extends Span {
  role: 'SRC' | 'CUE' | 'CON';
  /** Token indices in the sentence. */
  first: number;
  last: number;
}

function toSpans(tags: readonly string[], tokens: readonly Token[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const role = tag.slice(2) as RoleSpan['role'];
    const open = spans[spans.length - 1];
    if (tag.startsWith('I-') && open && open.role === role && open.last === i - 1) {
      open.last = i;
      open.end = tokens[i].end;
    } else spans.push({ role, first: i, last: i, start: tokens[i].start, end: tokens[i].end });
  });
  return spans;
}

/** Token by token, the joint ids of the features that the model knows. */
function ids(index: Map<string, number>, features: readonly (readonly string[])[]): Int32Array[] {
  return features.map((f) => {
    const out = new Int32Array(f.length);
    let k = 0;
    for (const x of f) {
      const id = index.get(x);
      if (id !== undefined) out[k++] = id;
    }
    return out.subarray(0, k);
  });
}

const wordCache = new WeakMap<AttributionModel, Map<string, Int32Array>>();
/** The ids of a word's own features (wordFeatures), cached per model (up to 200,000 words). */
function wordIds(model: AttributionModel, word: string, ctx: FeatureContext): Int32Array {
  let cache = wordCache.get(model);
  if (!cache) wordCache.set(model, (cache = new Map()));
  let out = cache.get(word);
  if (!out) {
    if (cache.size >= 200_000) cache.clear();
    out = ids(model.joint.index, [wordFeatures(word, ctx)])[0];
    cache.set(word, out);
  }
  return out;
}

/** Sums the weights of each token's features into n × T scores, from column `column` of the joint rows. */
function emissions(joint: AttributionModel['joint'], tokens: readonly Int32Array[], T: number, column: number, into?: Float64Array): Float64Array {
  const out = into ?? new Float64Array(tokens.length * T);
  const { emission: e, width } = joint;
  tokens.forEach((row, i) => {
    const at = i * T;
    for (let k = 0; k < row.length; k++) {
      const base = row[k] * width + column;
      for (let t = 0; t < T; t++) out[at + t] += e[base + t];
    }
  });
  return out;
}

/** Spans for each of a document's sentences: the first pass, then the stacked pass over its tags when the model has one. */
export function tagSentences(model: AttributionModel, text: string, sentences: readonly (readonly Token[])[], quotes: readonly QuoteSpan[]): RoleSpan[][] {
  const { joint } = model;
  const T = model.tags.T;
  // One lookup per feature string serves both passes; a word's own features are looked up once per word.
  const ctx = { cues: model.cues, cueShare: model.cueShare, cuePairs: model.cuePairs, clusters: model.clusters, syntax: model.syntax };
  const tokenIds = sentences.map((tokens, k) => {
    const context = ids(joint.index, contextFeatures(text, tokens, quotes, { ...ctx, previous: sentences[k - 1], next: sentences[k + 1] }));
    return tokens.map((t, i) => {
      const own = wordIds(model, text.slice(t.start, t.end), ctx);
      const all = new Int32Array(own.length + context[i].length);
      all.set(own);
      all.set(context[i], own.length);
      return all;
    });
  });
  const decode = (w: AttributionModel['weights'], scores: Float64Array, n: number): string[] => (n === 0 ? [] : [...viterbiOnEmissions(w, scores, n, model.tags)].map((t) => model.tags.tags[t]));
  let tags = tokenIds.map((x) => decode(model.weights, emissions(joint, x, T, 0), x.length));
  const stacked = model.stacked;
  if (stacked) {
    const first = tags;
    tags = tokenIds.map((x, k) => {
      const extra = ids(joint.index, stackedFeatures(first[k], first[k - 1], first[k + 1]));
      const scores = emissions(joint, extra, T, T, emissions(joint, x, T, T));
      return decode(stacked.weights, scores, x.length);
    });
  }
  return tags.map((t, k) => toSpans(t, sentences[k]));
}
