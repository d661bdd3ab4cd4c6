/**
 * Metadata refiners that read the body, for any extractor: the dateline
 * prefix of the first paragraph, and credits (site, agencies, authors) in
 * paragraphs, credit lines, author notes, mastheads and furniture.
 */
import type { Article } from '../model/article.js';
import { AUTHOR_BIO, findCredits, findSiteInFurniture } from './credits.js';
import { findDateline } from './dateline.js';

/** Annotates a dateline prefix at the start of the first body span; returns where the body text starts. */
export function applyDateline(article: Article, first: { start: number; end: number }, source: string): number {
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
      else if (c.kind === 'author' && !/^\(?additional/iu.test((article.text.slice(Math.max(0, start - 40), start).split(/[;(\n]/u).pop() ?? '').trimStart())) for (const n of c.name.split(/\s*(?:,| and | & )\s*/u)) if (n && !meta.authors.includes(n)) meta.authors.push(n);
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
  // "Jakarta (NT) –": the site's own initials in a dateline are not a wire credit.
  if (meta.site !== null) {
    const initials = meta.site.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    meta.agencies = meta.agencies.filter((a) => a !== initials);
  }
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

function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
