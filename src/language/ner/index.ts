/**
 * Named entities with the project's trained tagger (a structured averaged
 * perceptron, Viterbi over BIO tags): `tagWords` for one sentence,
 * `tagDocument` for the sentences of one document (document context
 * helps), `entitySpans` to read spans off the tags, `fineType` to refine
 * a coarse type with the gazetteers.
 */
import { viterbi, TAGS, type ScoringWeights } from './decode.js';
import { documentContext, sentenceFeatures, withHints } from './features.js';
import { loadModel, loadSecondPass } from './model.js';
import { documentHints } from './nonlocal.js';
import { loadResources, type Resources } from './resources.js';

export { entitySpans, type CoarseType, type EntitySpan } from './spans.js';
export { fineType, type FineType } from './fine-type.js';

export interface Tagger {
  readonly weights: ScoringWeights;
  /** Second pass with document-level hints from the first; null for one pass. */
  readonly second: ScoringWeights | null;
  readonly resources: Resources;
}

export function defaultTagger(): Tagger {
  return { weights: loadModel(), second: loadSecondPass(), resources: loadResources() };
}

/** BIO tags (PER, ORG, LOC, MISC) for each sentence of one document. */
export function tagDocument(sentences: readonly (readonly string[])[], tagger: Tagger = defaultTagger()): string[][] {
  const doc = documentContext(sentences);
  const features = sentences.map((words) => sentenceFeatures(words, tagger.resources, doc));
  const first = features.map((f) => Array.from(viterbi(tagger.weights, f), (t) => TAGS[t]));
  const second = tagger.second;
  if (!second) return first;
  const hints = documentHints(sentences, first);
  return features.map((f, s) => Array.from(viterbi(second, withHints(f, sentences[s], hints[s])), (t) => TAGS[t]));
}

/** BIO tags for one sentence taken alone. */
export function tagWords(words: readonly string[], tagger?: Tagger): string[] {
  return tagDocument([words], tagger)[0];
}
