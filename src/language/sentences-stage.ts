/** Stage `language.sentences`: sentence spans over the headline, dateline and body paragraphs. */
import type { Stage } from '../pipeline/stage.js';
import { analysableSpans, rememberTokens } from './spans.js';
import { splitSentences } from './tokens/sentences.js';
import { tokenize } from './tokens/tokenize.js';

const SOURCE = 'language.sentences';

export const sentencesStage: Stage = {
  name: 'language.sentences',
  requires: ['zone'],
  provides: ['sentences'],
  run(article) {
    for (const span of analysableSpans(article)) {
      const tokens = tokenize(article.text, span.start, span.end);
      for (const s of splitSentences(article.text, tokens)) {
        rememberTokens(article, s, tokens.slice(s.firstToken, s.endToken));
        article.add({ layer: 'sentences', type: 'sentence', start: s.start, end: s.end, attrs: { in: span.kind, tokens: s.endToken - s.firstToken }, source: `${SOURCE}/${span.kind === 'paragraph' ? 'punctuation' : span.kind}`, confidence: 1 });
      }
    }
  },
};
