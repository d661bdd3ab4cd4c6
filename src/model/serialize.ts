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
  /** The language layers as views: each annotation with the text it covers. */
  layers: Record<ViewLayer, AnnotationView[]>;
  diagnostics: Article['diagnostics'];
}

const VIEW_LAYERS = ['sentences', 'entities', 'values', 'times', 'clusters', 'quotes', 'events'] as const;
type ViewLayer = (typeof VIEW_LAYERS)[number];

export interface AnnotationView extends Omit<Annotation, 'layer'> {
  /** `text.slice(start, end)`, repeated here for readers of the JSON. */
  readonly text: string;
}

/** Views of the language layers over `text` (also used for articles read back from the store). */
export function layerViews(text: string, annotations: readonly Annotation[]): Record<ViewLayer, AnnotationView[]> {
  const out = Object.fromEntries(VIEW_LAYERS.map((l) => [l, [] as AnnotationView[]])) as Record<ViewLayer, AnnotationView[]>;
  for (const a of [...annotations].sort(compareAnnotations)) {
    if (!(VIEW_LAYERS as readonly string[]).includes(a.layer)) continue;
    const { layer, ...rest } = a;
    out[layer as ViewLayer].push({ ...rest, text: text.slice(a.start, a.end) });
  }
  return out;
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
    layers: layerViews(article.text, article.annotations),
    diagnostics: article.diagnostics,
  };
}
