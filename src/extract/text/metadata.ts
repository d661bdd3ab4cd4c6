/**
 * Refiners that turn header facts, the dateline, credits and input hints into
 * article metadata, each leaving a `meta/*` annotation as evidence.
 */
import type { Article } from '../../model/article.js';
import { DiagnosticCodes } from '../../model/diagnostics.js';
import { findCredits, findSiteInFurniture, isWireAgency } from '../credits.js';
import { AUTHOR_BIO } from './signals.js';
import { findDateline } from '../dateline.js';
import { guessLanguage } from '../language.js';
import { toIso } from '../dates/parse-datetime.js';
import type { HeaderFact } from './header.js';
import type { Block } from './lines.js';

/** Annotates a dateline prefix on the first body block; returns where the body text starts. */
export function applyDateline(article: Article, first: Block, source: string): number {
  const m = findDateline(article.text.slice(first.start, first.end));
  if (!m) return first.start;
  article.add({
    layer: 'meta', type: 'dateline', start: first.start + m.placeStart, end: first.start + m.placeEnd,
    attrs: { place: m.place, agency: m.agency, prefixEnd: first.start + m.prefixEnd }, source: `${source}/dateline`, confidence: m.confidence,
  });
  article.meta.dateline = m.place;
  if (m.agency && !article.meta.agencies.includes(m.agency)) article.meta.agencies.push(m.agency);
  return first.start + m.prefixEnd;
}

/** How much a stated date says: a time and an offset beat a bare day. */
function detail(f: HeaderFact): number {
  return f.kind === 'published' || f.kind === 'modified' ? (f.value.time ? 2 : 0) + (f.value.utcOffset ? 1 : 0) : 0;
}

export function applyHeaderFacts(article: Article, facts: readonly HeaderFact[], source: string): void {
  // Several date lines (a scraper's header and the site's own stamp): the most detailed wins.
  const ordered = [...facts].sort((a, b) => detail(b) - detail(a));
  for (const f of ordered) {
    const rule = `${source}/${f.rule}`;
    if (f.kind === 'title' && article.meta.title === null) {
      article.meta.title = article.spanText(f).trim();
      article.add({ layer: 'meta', type: 'title', start: f.start, end: f.end, source: rule, confidence: 0.9 });
    } else if ((f.kind === 'published' || f.kind === 'modified') && article.meta[f.kind] === null) {
      const v = f.value;
      article.meta[f.kind] = { date: v.date, time: v.time, utcOffset: v.utcOffset, iso: toIso(v), certainty: 'stated', source: rule };
      article.add({ layer: 'meta', type: f.kind, start: f.start, end: f.end, attrs: { iso: toIso(v) }, source: rule, confidence: 0.9 });
    } else if (f.kind === 'byline') {
      for (const n of f.names) if (!article.meta.authors.includes(n) && !isWireAgency(n)) article.meta.authors.push(n);
      for (const agency of f.agencies ?? []) if (!article.meta.agencies.includes(agency)) article.meta.agencies.push(agency);
      for (const c of findCredits(article.spanText(f))) {
        if (c.kind === 'agency' && !article.meta.agencies.includes(c.name)) article.meta.agencies.push(c.name);
      }
      article.add({ layer: 'meta', type: 'byline', start: f.start, end: f.end, attrs: { names: f.names }, source: rule, confidence: 0.8 });
    } else if (f.kind === 'masthead') {
      article.add({ layer: 'meta', type: 'masthead', start: f.start, end: f.end, source: rule, confidence: 0.5 });
    } else if (f.kind === 'url' && article.meta.url === null) {
      article.meta.url = article.spanText(f).trim();
      article.add({ layer: 'meta', type: 'url', start: f.start, end: f.end, source: rule, confidence: 0.9 });
    }
  }
}

/** Site, agencies and reporters credited in the body; the site may also show in furniture. */
export function applyCredits(article: Article, source: string): void {
  const meta = article.meta;
  // Credits sit in the body ("X reports citing Y") and in credit lines kept aside as furniture.
  const credited = [...article.paragraphs(), ...article.boilerplate().filter((b) => b.attrs.kind === 'credit')];
  for (const p of credited) {
    for (const c of findCredits(article.spanText(p))) {
      if (c.kind === 'site' && p.type === 'boilerplate') continue;
      const start = p.start + c.start;
      article.add({ layer: 'meta', type: 'credit', start, end: p.start + c.end, attrs: { role: c.kind, name: c.name }, source: `${source}/${c.rule}`, confidence: c.confidence });
      if (c.kind === 'site' && meta.site === null) meta.site = c.name;
      else if (c.kind === 'agency' && !meta.agencies.includes(c.name)) meta.agencies.push(c.name);
      else if (c.kind === 'author' && !/^\(?additional/iu.test((article.text.slice(Math.max(0, start - 40), start).split(/[;(]/u).pop() ?? '').trimStart())) for (const n of c.name.split(/\s*(?:,| and | & )\s*/u)) if (n && !meta.authors.includes(n)) meta.authors.push(n);
    }
  }
  // An author's note after the story names its author.
  for (const b of article.boilerplate()) {
    for (const line of article.spanText(b).split('\n')) {
      const bio = AUTHOR_BIO.exec(line.trim());
      if (bio && !meta.authors.includes(bio[1])) meta.authors.push(bio[1]);
    }
  }
  // A masthead line names the site when nothing more specific did.
  const masthead = article.layer('meta', 'masthead')[0];
  if (meta.site === null && masthead) meta.site = titleCaseIfShouting(article.spanText(masthead).split(/\s+[|·•]\s+/u)[0].trim());
  if (meta.site === null) {
    for (const b of article.boilerplate()) {
      const hit = findSiteInFurniture(article.spanText(b));
      if (!hit) continue;
      meta.site = hit.name;
      article.add({ layer: 'meta', type: 'credit', start: b.start + hit.start, end: b.start + hit.end, attrs: { role: 'site', name: hit.name }, source: `${source}/${hit.rule}`, confidence: 0.6 });
      break;
    }
  }
}

/** Falls back to values the input record supplied; records what is still missing. */
export function applySupplied(article: Article, source: string): void {
  const { hints, origin } = article.source;
  const meta = article.meta;
  if (meta.title === null && hints.title) meta.title = hints.title;
  if (meta.url === null && hints.url) meta.url = hints.url;
  if (meta.published === null && hints.published) {
    const iso = hints.published;
    const date = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
    if (date) meta.published = { date, time: /T(\d{2}:\d{2}(?::\d{2})?)/.exec(iso)?.[1] ?? null, utcOffset: /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1]?.replace('Z', '+00:00') ?? null, iso, certainty: 'supplied', source: `${source}/record` };
  }
  meta.language = meta.language ?? guessLanguage(article.bodyText() || article.text);
  if (meta.published === null) {
    article.diagnose({ code: DiagnosticCodes.noDate, severity: 'info', message: 'no publication date stated', source, file: origin.path, line: origin.line });
  }
  if (meta.title === null) {
    article.diagnose({ code: DiagnosticCodes.noTitle, severity: 'info', message: 'no title found', source, file: origin.path, line: origin.line });
  }
}

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
