/** Source / Cue / Content spans from the trained attribution tagger, per sentence. */
import type { Token } from '../../language/tokens/tokenize.js';
import { viterbi } from '../../language/tagger/perceptron.js';
import type { Span } from '../attributions.js';
import type { QuoteSpan } from '../marks.js';
import { attributionFeatures, stackedFeatures } from './features.js';
import type { AttributionModel } from './model.js';

export interface RoleSpan extends Span {
  role: 'SRC' | 'CUE' | 'CON';
  /** Token indices in the sentence. */
  first: number;
  last: number;
}

const ids = (index: Map<string, number>, features: readonly string[][]): Int32Array[] =>
  features.map((f) => {
    const out: number[] = [];
    for (const x of f) {
      const id = index.get(x);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  });

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

/** Spans for each of a document's sentences: the first pass, then the stacked pass over its tags when the model has one. */
export function tagSentences(model: AttributionModel, text: string, sentences: readonly (readonly Token[])[], quotes: readonly QuoteSpan[]): RoleSpan[][] {
  const features = sentences.map((tokens, k) => attributionFeatures(text, tokens, quotes, { previous: sentences[k - 1], next: sentences[k + 1], cues: model.cues, clusters: model.clusters }));
  const decode = (index: Map<string, number>, w: AttributionModel['weights'], f: readonly string[][]): string[] => (f.length === 0 ? [] : [...viterbi(w, ids(index, f), model.tags)].map((t) => model.tags.tags[t]));
  let tags = features.map((f) => decode(model.featureIndex, model.weights, f));
  const stacked = model.stacked;
  if (stacked) {
    const first = tags;
    tags = features.map((f, k) => {
      const extra = stackedFeatures(first[k], first[k - 1], first[k + 1]);
      return decode(stacked.featureIndex, stacked.weights, f.map((x, i) => [...x, ...extra[i]]));
    });
  }
  return tags.map((t, k) => toSpans(t, sentences[k]));
}
