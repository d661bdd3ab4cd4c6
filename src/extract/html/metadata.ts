/**
 * Article metadata from the page: title (site-name suffix stripped), site,
 * authors and agencies, published vs modified dates, language and canonical
 * URL, with the input's hints as fallbacks.
 */
import type { ArticleMetadata } from '../../model/article.js';
import { emptyMetadata } from '../../model/article.js';
import type { SourceHints } from '../../model/document.js';
import { readJsonLd, resolveReference, stringProp, namesOf, nodeTypes, type JsonLdResult } from './json-ld.js';
import { findAuthors } from './meta-authors.js';
import { findDates, inArticleContext } from './meta-dates.js';
import { metaValues, type PageSignals } from './page-signals.js';

export interface MetadataResult {
  readonly meta: ArticleMetadata;
  readonly jsonLd: JsonLdResult;
}

const TITLE_SEPARATORS = /\s+(?:\||-|\u2013|\u2014|\u00b7|\u2022|::|:|\/|\u00bb|\u203a)\s+/g;

function normalise(s: string): string {
  return s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Splits "Headline | Site" at the last separator; null when there is none. */
function splitSuffix(title: string): { head: string; suffix: string; separator: string } | null {
  let last: RegExpExecArray | null = null;
  TITLE_SEPARATORS.lastIndex = 0;
  for (let m = TITLE_SEPARATORS.exec(title); m; m = TITLE_SEPARATORS.exec(title)) last = m;
  if (!last || last.index === 0) return null;
  return { head: title.slice(0, last.index).trim(), suffix: title.slice(last.index + last[0].length).trim(), separator: last[0].trim() };
}

function suffixIsSite(suffix: string, site: string | null, host: string | null): boolean {
  const s = normalise(suffix);
  if (!s) return false;
  if (site && (normalise(site) === s || normalise(site).includes(s) || s.includes(normalise(site)))) return true;
  if (host) {
    const h = normalise(host.split('.').slice(0, -1).join('.'));
    if (h && (h.includes(s) || s.includes(h))) return true;
  }
  return /\.(?:com|org|net|co|news|info|ru|de|fr|it|es|br|in|uk)$/i.test(suffix);
}

/** Strips " | Site", " - Site", " — Site" from a title; returns the title and the stripped site, if any. */
export function stripSiteSuffix(title: string, site: string | null, host: string | null): { title: string; site: string | null } {
  let current = title.replace(/\s+/g, ' ').trim();
  let stripped: string | null = null;
  // Up to two suffixes: "Headline - Section | Site".
  for (let i = 0; i < 2; i++) {
    const split = splitSuffix(current);
    if (!split || split.head.length < 10) break;
    const words = split.suffix.split(/\s+/).length;
    const isSite = suffixIsSite(split.suffix, site, host);
    const pipeLike = split.separator === '|' || split.separator === '::' || split.separator === '\u00bb' || split.separator === '\u203a';
    if (isSite || (pipeLike && words <= 5) || (i === 0 && site === null && words <= 3 && split.separator !== ':' && split.head.split(/\s+/).length >= 4 && /^\p{Lu}/u.test(split.suffix))) {
      if (i === 0) stripped = split.suffix;
      current = split.head;
      if (isSite) break;
    } else break;
  }
  return { title: current, site: stripped };
}

/** A site name given as a URL becomes its host; "Site | Tagline" becomes "Site"; "@site" becomes "site". */
function cleanSite(site: string | null): string | null {
  if (!site) return null;
  let trimmed = site.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(trimmed)) return hostOf(trimmed) ?? trimmed;
  trimmed = trimmed.replace(/^[@/]+/, '');
  const head = trimmed.split(/\s+[|\u2013\u2014-]\s+/)[0];
  return (head.length >= 2 ? head : trimmed) || null;
}

function sameName(a: string, b: string | null | undefined): boolean {
  return !!b && normalise(a) === normalise(b);
}

/**
 * The <h1> that is the headline: one the <title> contains, else the first that
 * is not the site name (a logo in an <h1>); none when the <title> matches no <h1>.
 */
function headlineH1(signals: PageSignals, site: string | null | undefined): string | null {
  const candidates = signals.h1s.filter((h) => h.length > 0 && !sameName(h, site));
  if (!signals.titleText) return candidates[0] ?? null;
  const titleWords = new Set(wordsOf(signals.titleText));
  let best: { h: string; score: number } | null = null;
  for (const h of candidates) {
    const words = wordsOf(h);
    // A one-word <h1> ("Reviews") matching a word of the title is a section heading, not the headline.
    if (words.length < 2) continue;
    const score = words.filter((w) => titleWords.has(w)).length / words.length;
    if (score >= 0.6 && (!best || score > best.score)) best = { h, score };
  }
  return best?.h ?? null;
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** "Opinion | Headline" -> "Headline": a one- or two-word section label before a pipe. */
function stripSectionPrefix(title: string): string {
  const m = /^([^|]{2,25}?)\s+\|\s+(.+)$/.exec(title);
  if (m && m[1].split(/\s+/).length <= 2 && m[2].split(/\s+/).length >= 4) return m[2].trim();
  return title;
}

function languageCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*([a-z]{2})(?:[-_]|$)/i.exec(raw);
  return m ? m[1].toLowerCase() : null;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

function siteFromJsonLd(jsonLd: JsonLdResult): string | null {
  const fromPublisher = namesOf(resolveReference(jsonLd.article?.publisher, jsonLd.nodes))[0];
  if (fromPublisher) return fromPublisher;
  const site = jsonLd.nodes.find((n) => nodeTypes(n).some((t) => /^(?:website|newsmediaorganization|organization)$/i.test(t)));
  return stringProp(site, 'name');
}

/**
 * Metadata the page states in its markup. The published date may still be
 * null here: visible byline dates and the supplied hint are applied by the
 * caller once the body is known (see dateFromVisibleLines, suppliedDate).
 */
export function buildMetadata(signals: PageSignals, hints: SourceHints): MetadataResult {
  const meta = emptyMetadata();
  const jsonLd = readJsonLd(signals.jsonLd);

  const canonical = signals.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href;
  const base = hints.url ?? metaValues(signals, ['og:url'])[0] ?? null;
  meta.url = absoluteUrl(canonical, base) ?? absoluteUrl(metaValues(signals, ['og:url', 'twitter:url'])[0], base) ?? absoluteUrl(stringProp(jsonLd.article, 'url'), base) ?? hints.url ?? null;
  const host = hostOf(meta.url) ?? hostOf(hints.url ?? null);

  const declaredSite = metaValues(signals, ['og:site_name', 'application-name', 'twitter:site'])[0]?.replace(/^@/, '') ?? siteFromJsonLd(jsonLd);
  const rawTitle =
    metaValues(signals, ['og:title', 'twitter:title']).find((t) => !sameName(t, declaredSite)) ??
    stringProp(jsonLd.article, 'headline') ??
    headlineH1(signals, declaredSite) ??
    signals.titleText ??
    hints.title ??
    null;
  let suffixSite: string | null = null;
  if (rawTitle) {
    const stripped = stripSiteSuffix(rawTitle, declaredSite ?? null, host);
    meta.title = stripSectionPrefix(stripped.title) || null;
    suffixSite = stripped.site;
  }
  if (signals.titleText && !suffixSite) suffixSite = stripSiteSuffix(signals.titleText, declaredSite ?? null, host).site;
  meta.site = cleanSite(declaredSite ?? suffixSite ?? null);

  const publisher = [meta.site, host?.split('.').slice(0, -1).join('.'), ...namesOf(resolveReference(jsonLd.article?.publisher, jsonLd.nodes))].filter((p): p is string => !!p);
  const { authors, agencies } = findAuthors(signals, jsonLd, inArticleContext, publisher);
  meta.authors = authors;
  meta.agencies = agencies;

  const dates = findDates({ signals, jsonLd, url: meta.url ?? hints.url ?? null, hints });
  meta.published = dates.published;
  meta.modified = dates.modified;

  meta.language =
    languageCode(signals.htmlLang) ??
    languageCode(metaValues(signals, ['og:locale'])[0]) ??
    languageCode(metaValues(signals, ['content-language', 'language', 'dc.language'])[0]) ??
    languageCode(stringProp(jsonLd.article, 'inLanguage'));
  return { meta, jsonLd };
}
