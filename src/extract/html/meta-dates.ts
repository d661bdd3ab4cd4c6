/**
 * Publication and modification dates, kept apart: meta tags, JSON-LD,
 * microdata, <time> elements in the article header (not in comments or
 * related lists), the URL path, visible byline dates, then supplied hints.
 */
import type { Element } from 'domhandler';
import type { PublishedDate } from '../../model/article.js';
import type { SourceHints } from '../../model/document.js';
import { ancestorsUpTo, anyTokenMatches, elementTokens } from './block-features.js';
import { kindFromElement, kindFromTokens } from './boilerplate-kinds.js';
import { dateFromUrl, parseDateParts, toPublishedDate } from './date-parse.js';
import { stringProp, type JsonLdResult } from './json-ld.js';
import { metaValues, type PageSignals } from './page-signals.js';
import type { Document } from 'domhandler';
import type { ArticleMetadata } from '../../model/article.js';
import type { BlockDecision } from './body-selection.js';
import { chooseShownDate, headerWindow } from './date-choice.js';
import { dayFirstFor, scanDates } from './date-scan.js';
import type { RenderedPage } from './dom-to-blocks.js';

const SOURCE = 'extract.html';

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'article:published', 'datepublished', 'published_time', 'publishdate',
  'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'article.published', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'date', 'cxenseparse:recs:publishtime',
  'originalpublicationdate', 'article_date_original', 'og:article:published_time', 'displaydate', 'created',
];
const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'datemodified', 'modified_time', 'last-modified',
  'lastmod', 'dc.date.modified', 'dcterms.modified', 'og:article:modified_time', 'revised',
];

const DATE_WORDS = new Set(['date', 'published', 'publish', 'pubdate', 'posted', 'created', 'timestamp', 'time', 'dateline']);
const MODIFIED_WORDS = new Set(['updated', 'modified', 'update', 'lastupdated']);
const NOT_ARTICLE_KINDS = new Set(['comments', 'related', 'promo', 'nav', 'disclaimer', 'newsletter']);

function fromStrings(values: readonly string[], rule: string): PublishedDate | null {
  for (const v of values) {
    const parts = parseDateParts(v);
    if (parts) return toPublishedDate(parts, 'stated', `${SOURCE}/${rule}`);
  }
  return null;
}

/** The first meta tag among `keys` (in that order) holding a date; its rule names the key. */
function fromMetas(signals: PageSignals, keys: readonly string[], rule: string): PublishedDate | null {
  for (const key of keys) {
    const found = fromStrings(metaValues(signals, [key]), `${rule}:${key}`);
    if (found) return found;
  }
  return null;
}

/** A <time>, microdata or byline element outside comments, related lists and footers. */
export function inArticleContext(el: Element): boolean {
  for (const a of ancestorsUpTo(el.parent && el.parent.type !== 'root' ? (el.parent as Element) : null, null)) {
    const k = kindFromElement(a) ?? kindFromTokens(a);
    if (k && NOT_ARTICLE_KINDS.has(k.kind)) return false;
  }
  return true;
}

function elementDate(el: Element): string {
  const a = el.attribs;
  return a.datetime ?? a.content ?? a['data-datetime'] ?? a.title ?? '';
}

function fromMicrodata(signals: PageSignals, prop: string, rule: string): PublishedDate | null {
  for (const { prop: p, el } of signals.itemprops) {
    if (p !== prop || !inArticleContext(el)) continue;
    const parts = parseDateParts(elementDate(el)) ?? parseDateParts(el.children.length > 0 ? textOf(el) : '');
    if (parts) return toPublishedDate(parts, 'stated', `${SOURCE}/${rule}`);
  }
  return null;
}

function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text') out += (c as { data: string }).data;
  return out;
}

function timeIsModified(el: Element): boolean {
  for (const a of ancestorsUpTo(el, null).slice(0, 3)) if (anyTokenMatches(elementTokens(a), MODIFIED_WORDS)) return true;
  return false;
}

function fromTimeElements(signals: PageSignals, wantModified: boolean): PublishedDate | null {
  const candidates = signals.times.filter((t) => inArticleContext(t.el) && timeIsModified(t.el) === wantModified);
  // Prefer a <time> marked as the publication date (pubdate attribute or date-like class).
  const marked = candidates.find((t) => t.el.attribs.pubdate !== undefined || ancestorsUpTo(t.el, null).slice(0, 3).some((a) => anyTokenMatches(elementTokens(a), DATE_WORDS)));
  for (const t of marked ? [marked, ...candidates] : candidates) {
    const parts = (t.datetime ? parseDateParts(t.datetime) : null) ?? parseDateParts(t.text);
    if (parts) return toPublishedDate(parts, 'stated', `${SOURCE}/time-element`);
  }
  return null;
}

export interface DateFindings {
  readonly published: PublishedDate | null;
  readonly modified: PublishedDate | null;
}

export interface DateInputs {
  readonly signals: PageSignals;
  readonly jsonLd: JsonLdResult;
  readonly url: string | null;
  readonly hints: SourceHints;
}

export function findDates(input: DateInputs): DateFindings {
  const { signals, jsonLd } = input;
  // Visible byline dates and supplied hints come last; the caller applies them (see dateFromVisibleLines).
  const stated =
    fromMetas(signals, PUBLISHED_META, 'meta-published') ??
    fromStrings([stringProp(jsonLd.article, 'datePublished') ?? '', stringProp(jsonLd.article, 'dateCreated') ?? ''], 'json-ld-datePublished') ??
    fromMicrodata(signals, 'datepublished', 'itemprop-datePublished') ??
    fromTimeElements(signals, false);
  const fromUrl = urlDate(input.url);
  // A UTC timestamp one day off the URL's day: the URL names the local day of publication.
  const published = stated && fromUrl && dayDistance(stated.date, fromUrl.date) === 1 && (stated.utcOffset === null || stated.utcOffset === '+00:00') ? fromUrl : stated ?? fromUrl;
  const modified =
    fromMetas(signals, MODIFIED_META, 'meta-modified') ??
    fromStrings([stringProp(jsonLd.article, 'dateModified') ?? ''], 'json-ld-dateModified') ??
    fromMicrodata(signals, 'datemodified', 'itemprop-dateModified') ??
    fromTimeElements(signals, true);
  return { published, modified };
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function urlDate(url: string | null): PublishedDate | null {
  const parts = url ? dateFromUrl(url) : null;
  return parts ? toPublishedDate(parts, 'stated', `${SOURCE}/url-date`) : null;
}

/** A date stated in short visible lines near the headline (bylines, "Published ..." lines). */
export function dateFromVisibleLines(lines: readonly string[]): PublishedDate | null {
  return fromStrings(lines.filter((l) => !/^(?:updated|modified|last updated)\b/i.test(l)), 'visible-date');
}

const OTHER_DATE_META = /date|time|publish|upload|created|issued/;
const NOT_PUBLICATION_META = /modif|updat|expir|revis|lastmod|review|valid|start|end|event/;

/**
 * Dates the markup holds about the page outside the article conventions:
 * any JSON-LD node's datePublished (a HowTo, a Product), date fields in
 * inline app-state scripts, and meta tags with other date-like names.
 */
export function markupFallbackDate(signals: PageSignals, jsonLd: JsonLdResult): PublishedDate | null {
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
    const found = fromStrings(jsonLd.nodes.map((n) => stringProp(n, key) ?? ''), `json-ld-any-${key}`);
    if (found) return found;
  }
  for (const key of [/publish/, /created/, /upload/]) {
    const found = fromStrings(signals.scriptDates.filter((f) => key.test(f.key)).map((f) => f.value), 'script-date-field');
    if (found) return found;
  }
  const metas = signals.metas.filter((m) => OTHER_DATE_META.test(m.key) && !NOT_PUBLICATION_META.test(m.key)).map((m) => m.content);
  return fromStrings(metas, 'meta-other-date');
}

/** The input record's own date, when the page states none. */
export function suppliedDate(hints: SourceHints): PublishedDate | null {
  const parts = hints.published ? parseDateParts(hints.published) : null;
  return parts ? toPublishedDate(parts, 'supplied', `${SOURCE}/hint-published`) : null;
}

/**
 * Generic page stamps (`<meta name="date">`, Dublin Core dates) are often the
 * CMS's last edit, and the first <time> may be a site clock; the article's
 * own shown stamp outranks them.
 */
/** Rules whose date is markup the page states about itself (meta tags, JSON-LD, microdata, <time>). */
const MARKUP_SOURCES = /\/(?:meta-published:|json-ld-|itemprop-|time-element)/;

export function isMarkupPublished(p: PublishedDate | null): boolean {
  return p !== null && MARKUP_SOURCES.test(p.source);
}

const WEAK_SOURCES = /\/(?:meta-published:(?:date|dc\.date|dcterms\.date|created|displaydate)|time-element)$/;

export function isWeakPublished(p: PublishedDate | null): boolean {
  return p !== null && WEAK_SOURCES.test(p.source);
}

/**
 * The markup's published date checked against the stamp the article header
 * shows. A weak stamp yields to any marked date shown in the article. A
 * strong one yields to the header's stamp only when that is a day off (the
 * markup's UTC instant vs the local day shown) or is the markup's own
 * modified date (the page presents its update as its date).
 */
export function reconcileWithShown(published: PublishedDate, modified: PublishedDate | null, shown: PublishedDate | null): PublishedDate {
  if (!shown || shown.date === published.date || shown.certainty !== 'stated') return published;
  if (isWeakPublished(published)) return shown;
  if (!shown.source.endsWith('/shown-header-date')) return published;
  return dayDistance(shown.date, published.date) <= 1 || shown.date === modified?.date ? shown : published;
}

/**
 * The date the page shows (bylines, date-marked elements, article text),
 * when its markup states none; with `headerOnly`, just the article header's
 * stamp (enough to check a strong markup date, and far cheaper).
 */
export function shownDate(dom: Document, page: RenderedPage, decisions: readonly BlockDecision[], meta: ArticleMetadata, pageLanguage: string | null, headerOnly = false): PublishedDate | null {
  let host: string | null = null;
  try {
    host = meta.url ? new URL(meta.url).hostname : null;
  } catch {
    host = null;
  }
  const titleBlock = decisions.findIndex((d) => d.role === 'title');
  const firstBody = decisions.findIndex((d) => d.role === 'body');
  let lastBody = -1;
  for (let i = decisions.length - 1; i >= 0 && lastBody < 0; i--) if (decisions[i].role === 'body') lastBody = i;
  const layout = { titleBlock, firstBody, lastBody };
  const window = headerOnly ? headerWindow(layout) : undefined;
  if (window && window[1] < 0) return null;
  const dayFirst = dayFirstFor(page.text, pageLanguage ?? meta.language, host);
  return chooseShownDate(scanDates(dom, page, { dayFirst, shortYear: true }, window), layout);
}
