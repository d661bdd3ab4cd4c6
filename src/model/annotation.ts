/**
 * Standoff annotations: every fact Dateline records is a typed span over an
 * article's immutable text. Offsets are JavaScript string indices (UTF-16 code
 * units), `end` exclusive, so `text.slice(start, end)` is the evidence.
 */

/** Layers group annotations by the stage family that produces them. */
export type LayerName =
  | 'zone' // document structure: body, paragraph, boilerplate, header
  | 'meta' // evidence for metadata: title, published, dateline, credit, byline
  | 'sentences' // sentence spans over the title and body
  | 'entities'
  | 'values'
  | 'times'
  | 'clusters' // in-document entity resolution: which mentions name the same entity
  | 'quotes'
  | 'events';

export type AttrValue = string | number | boolean | null | AttrValue[] | { [key: string]: AttrValue };
export type Attrs = Record<string, AttrValue>;

export interface Annotation {
  readonly layer: LayerName;
  /** Type within the layer, e.g. `boilerplate`, `paragraph`, `published`. */
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly attrs: Attrs;
  /** `stage/rule` that made it, e.g. `extract.text/trailing-list`. */
  readonly source: string;
  /** 0..1: how sure the producing rule or model is. */
  readonly confidence: number;
}

/** Kinds of removed material; kept as `zone/boilerplate` annotations with attr `kind`. */
export type BoilerplateKind =
  | 'header' // scraper/metadata lines before the body
  | 'nav' // menus, breadcrumbs, skip links
  | 'social' // follow/share calls to action
  | 'related' // related / latest / most-read headline lists
  | 'comments' // comment-section headers and comments
  | 'disclaimer' // reader disclaimers, copyright, legal lines
  | 'newsletter' // sign-up boxes
  | 'promo' // inline "Read more:" / advertisement lines
  | 'tags' // tag and topic lists
  | 'cookie' // cookie banners
  | 'credit' // reporting/editing credits, contributor and photo credits
  | 'other';

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || a.layer.localeCompare(b.layer) || a.type.localeCompare(b.type);
}
