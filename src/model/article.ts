/**
 * The article: one immutable text and the standoff annotations stages add to
 * it (spaCy's Doc, with character offsets). Removed boilerplate is not cut out
 * of the text: it stays there under `zone/boilerplate` annotations, and the
 * body is derived from `zone/paragraph` spans outside them.
 */
import type { Annotation, Attrs, LayerName } from './annotation.js';
import { compareAnnotations } from './annotation.js';
import type { Diagnostic } from './diagnostics.js';
import { AnnotationRangeError } from './errors.js';
import type { SourceDocument } from './document.js';

export type DateCertainty = 'stated' | 'estimated' | 'supplied';

export interface PublishedDate {
  /** Calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local time `HH:MM` (or `HH:MM:SS`) when stated. */
  readonly time: string | null;
  /** UTC offset `+04:00` when stated or implied by a named zone. */
  readonly utcOffset: string | null;
  /** ISO 8601 combining the parts known. */
  readonly iso: string;
  /** `stated` in the text, `estimated` from content, `supplied` by the input record. */
  readonly certainty: DateCertainty;
  /** Rule that found it. */
  readonly source: string;
}

export interface ArticleMetadata {
  title: string | null;
  /** Publisher / site the text comes from (e.g. "Trend"). */
  site: string | null;
  /** Wire agencies the article credits (e.g. "TASS"). */
  agencies: string[];
  authors: string[];
  published: PublishedDate | null;
  modified: PublishedDate | null;
  /** Place named in the dateline ("New Delhi"). */
  dateline: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  url: string | null;
}

export function emptyMetadata(): ArticleMetadata {
  return { title: null, site: null, agencies: [], authors: [], published: null, modified: null, dateline: null, language: null, url: null };
}

export interface AnnotationInput {
  layer: LayerName;
  type: string;
  start: number;
  end: number;
  attrs?: Attrs;
  source: string;
  confidence?: number;
}

export class Article {
  readonly annotations: Annotation[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly meta: ArticleMetadata = emptyMetadata();

  constructor(
    readonly source: SourceDocument,
    /** The article text all offsets refer to. Never changes once created. */
    readonly text: string,
  ) {
    Object.freeze(this.source);
  }

  get id(): string {
    return this.source.id;
  }

  add(input: AnnotationInput): Annotation {
    const { start, end } = input;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > this.text.length || start > end) {
      throw new AnnotationRangeError(`annotation ${input.layer}/${input.type} [${start},${end}) outside text of length ${this.text.length}`);
    }
    const annotation: Annotation = Object.freeze({
      layer: input.layer,
      type: input.type,
      start,
      end,
      attrs: Object.freeze({ ...(input.attrs ?? {}) }),
      source: input.source,
      confidence: input.confidence ?? 1,
    });
    this.annotations.push(annotation);
    return annotation;
  }

  diagnose(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  layer(layer: LayerName, type?: string): Annotation[] {
    return this.annotations
      .filter((a) => a.layer === layer && (type === undefined || a.type === type))
      .sort(compareAnnotations);
  }

  spanText(a: { start: number; end: number }): string {
    return this.text.slice(a.start, a.end);
  }

  /** Body paragraphs: `zone/paragraph` spans, in order. */
  paragraphs(): Annotation[] {
    return this.layer('zone', 'paragraph');
  }

  /**
   * The clean body, derived from paragraph spans (joined by blank lines).
   * `withDateline` gives the text as published, the dateline prefix
   * ("LONDON (Reuters) -") kept at the head of the first paragraph.
   */
  bodyText(options: { withDateline?: boolean } = {}): string {
    const paragraphs = this.paragraphs().map((p) => ({ start: p.start, end: p.end }));
    const dateline = options.withDateline ? this.layer('meta', 'dateline')[0] : undefined;
    if (dateline && paragraphs.length > 0 && dateline.start < paragraphs[0].start && dateline.end <= paragraphs[0].start) {
      paragraphs[0].start = dateline.start;
    }
    return paragraphs.map((p) => this.spanText(p)).join('\n\n');
  }

  boilerplate(): Annotation[] {
    return this.layer('zone', 'boilerplate');
  }
}
