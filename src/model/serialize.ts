/** JSON views of an article: what `dateline analyze` prints and `export` writes. */
import type { Article } from './article.js';
import type { Annotation } from './annotation.js';
import { compareAnnotations } from './annotation.js';

export interface ArticleJSON {
  id: string;
  origin: { path: string; line?: number };
  format: string;
  meta: Article['meta'];
  text: string;
  /** Derived from `zone/paragraph` spans; not stored. */
  body: string;
  annotations: Annotation[];
  diagnostics: Article['diagnostics'];
}

export function articleToJSON(article: Article): ArticleJSON {
  return {
    id: article.id,
    origin: { ...article.source.origin },
    format: article.source.format,
    meta: article.meta,
    text: article.text,
    body: article.bodyText(),
    annotations: [...article.annotations].sort(compareAnnotations),
    diagnostics: article.diagnostics,
  };
}
