/**
 * Refiners that turn header facts and input hints into article metadata,
 * each leaving a `meta/*` annotation as evidence. Dateline and credits are
 * shared with HTML extraction (../body-meta.ts).
 */
import type { Article } from '../../model/article.js';
import { DiagnosticCodes } from '../../model/diagnostics.js';
import { findCredits, isWireAgency } from '../credits.js';
import { guessLanguage } from '../language.js';
import { toIso } from '../dates/parse-datetime.js';
import type { HeaderFact } from './header.js';

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
