/** Source / Cue / Content spans from the trained attribution tagger, per sentence. */
import type { Token } from '../../language/tokens/tokenize.js';
import { viterbi } from '../../language/tagger/perceptron.js';
import type { Span } from '../attributions.js';
import type { QuoteSpan } from '../marks.js';
import { attributionFeatures, type FeatureContext } from './features.js';
import type { AttributionModel } from './model.js';

export interface RoleSpan extends Span {
  role: 'SRC' | 'CUE' | 'CON';
  /** Token indices in the sentence. */
  first: number;
  last: number;
}

/** `around`: the sentences before and after, for the features that look across sentence boundaries. */
export function tagSentence(model: AttributionModel, text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], around: Pick<FeatureContext, 'previous' | 'next'> = {}): RoleSpan[] {
  if (tokens.length === 0) return [];
  const ids = attributionFeatures(text, tokens, quotes, { ...around, cues: model.cues, clusters: model.clusters }).map((f) => {
    const out: number[] = [];
    for (const x of f) {
      const id = model.featureIndex.get(x);
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  });
  const tags = [...viterbi(model.weights, ids, model.tags)].map((t) => model.tags.tags[t]);
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
