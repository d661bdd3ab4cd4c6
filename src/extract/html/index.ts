// PLACEHOLDER (being written): HTML article extraction.
import { Article } from '../../model/article.js';
import type { Extractor } from '../../pipeline/stage.js';

export const htmlExtractor: Extractor = {
  name: 'extract.html',
  provides: ['text', 'zone', 'meta'],
  accepts: (doc) => doc.format === 'html',
  extract: (doc) => new Article(doc, doc.content),
};
