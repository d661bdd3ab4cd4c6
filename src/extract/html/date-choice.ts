/**
 * Picks the publication date among the dates a page shows (date-scan.ts)
 * when its markup states none: first a marked stamp in the article header
 * (between the headline and the first paragraphs), then a marked or labelled
 * stamp elsewhere in the article, then a date in the article text, and last
 * any date the page shows outside comments. Modified/updated stamps and
 * dates in comments, teaser lists, menus and footers rank below the rest.
 */
import type { PublishedDate } from '../../model/article.js';
import { toPublishedDate } from './date-parse.js';
import type { DateCandidate } from './date-scan.js';

const SOURCE = 'extract.html';

export interface PageLayout {
  /** Block index of the headline, -1 when none was found. */
  readonly titleBlock: number;
  /** First and last body blocks, -1 when there is no body. */
  readonly firstBody: number;
  readonly lastBody: number;
}

/** Blocks before the headline that still belong to the article header (kicker, date line, breadcrumbs). */
const BEFORE_TITLE = 8;
/** Blocks into the body where a byline stamp may still sit. */
const INTO_BODY = 3;

/** Blocks of the article header: a few before the headline up to the first paragraphs; [-1, -1] when unknown. */
export function headerWindow(layout: PageLayout): [number, number] {
  const { titleBlock, firstBody } = layout;
  // A headline found after the body has started is a teaser heading, not the article's.
  if (titleBlock >= 0 && (firstBody < 0 || titleBlock <= firstBody + INTO_BODY)) return [titleBlock - BEFORE_TITLE, Math.max(titleBlock, firstBody) + INTO_BODY];
  if (firstBody >= 0) return [firstBody - 2 * BEFORE_TITLE, firstBody + INTO_BODY];
  return [-1, -1];
}

const inside = (c: DateCandidate, [from, to]: [number, number]): boolean => c.block >= 0 && c.block >= from && c.block <= to;
/** Stamps in footers and page chrome still date the page; those in comments and teaser lists date other things. */
const pageWide = (c: DateCandidate): boolean => c.kind !== 'comments' && c.kind !== 'related';
const marked = (c: DateCandidate): boolean => c.dateClass || c.label === 'published' || c.via === 'time';

export function chooseShownDate(candidates: readonly DateCandidate[], layout: PageLayout): PublishedDate | null {
  const own = candidates.filter((c) => c.kind === null && c.label !== 'modified');
  const updated = candidates.filter((c) => c.kind === null && c.label === 'modified');
  const header = headerWindow(layout);
  const article: [number, number] = layout.firstBody >= 0 ? [header[0] < 0 ? layout.firstBody : header[0], layout.lastBody + INTO_BODY] : [-1, -1];
  const pick = (c: DateCandidate | undefined, rule: string, certainty: 'stated' | 'estimated'): PublishedDate | null =>
    c ? toPublishedDate(c.parts, certainty, `${SOURCE}/${rule}`) : null;
  return (
    pick(own.find((c) => marked(c) && inside(c, header)), 'shown-header-date', 'stated') ??
    pick(own.find((c) => marked(c) && inside(c, article)), 'shown-article-date', 'stated') ??
    // "Updated June 13, 2019" as the only stamp of the article: the date the page presents itself with.
    pick(updated.find((c) => marked(c) && (inside(c, header) || inside(c, article))), 'shown-updated-date', 'estimated') ??
    pick(own.find((c) => marked(c)), 'shown-marked-date', 'estimated') ??
    // A page-wide "last edited" stamp (wikis, CMS footers) dates the page better than dates its text mentions.
    pick(candidates.find((c) => c.label === 'published' && pageWide(c)), 'page-published-date', 'estimated') ??
    pick(candidates.find((c) => c.label === 'modified' && pageWide(c)), 'page-updated-date', 'estimated') ??
    pick(own.find((c) => inside(c, article)), 'article-text-date', 'estimated') ??
    pick(own[0], 'page-date', 'estimated') ??
    pick(candidates.find((c) => c.kind !== 'comments' && c.label !== 'modified'), 'boilerplate-date', 'estimated') ??
    pick(candidates.find((c) => c.kind !== 'comments'), 'modified-date', 'estimated')
  );
}
