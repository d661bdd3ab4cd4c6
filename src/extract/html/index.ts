/**
 * HTML article extraction: renders the page to block text (the article's
 * immutable `text`), finds the content region, marks body paragraphs, the
 * title, captions and kinds of boilerplate as `zone` annotations, and reads
 * metadata into `article.meta`.
 */
import { parseDocument } from 'htmlparser2';
import { Article, type PublishedDate } from '../../model/article.js';
import { DiagnosticCodes } from '../../model/diagnostics.js';
import type { SourceDocument } from '../../model/document.js';
import type { Extractor } from '../../pipeline/stage.js';
import { textFeatures } from './block-features.js';
import { classifyBlocks, findTitleBlock, type BlockDecision } from './body-selection.js';
import { buildProfile, findContentRegion } from './content-scoring.js';
import { renderBlocks, type RenderedPage } from './dom-to-blocks.js';
import { applyCredits } from '../body-meta.js';
import { buildMetadata } from './metadata.js';
import { dateFromVisibleLines, isMarkupPublished, isWeakPublished, markupFallbackDate, reconcileWithShown, shownDate, suppliedDate } from './meta-dates.js';
import { capNesting } from './nesting-guard.js';
import { collectSignals, metaValues } from './page-signals.js';
import { annotateDecisions, looksLikeArticle } from './zones.js';

const NAME = 'extract.html';

/** Readability's threshold: a first pass yielding less body text than this is retried without pruning. */
const RETRY_BELOW_CHARS = 500;

function bodyChars(page: RenderedPage, decisions: readonly BlockDecision[]): number {
  let n = 0;
  for (let i = 0; i < decisions.length; i++) if (decisions[i].role === 'body') n += page.blocks[i].text.length;
  return n;
}

/** Content without any tag is treated as plain text: blank-line separated paragraphs. */
function extractPlainText(doc: SourceDocument): Article {
  const paragraphs = doc.content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter((p) => p.length > 0);
  const article = new Article(doc, paragraphs.join('\n\n'));
  let offset = 0;
  for (const p of paragraphs) {
    article.add({ layer: 'zone', type: 'paragraph', start: offset, end: offset + p.length, attrs: { tag: 'p' }, source: `${NAME}/plain-text`, confidence: 0.5 });
    offset += p.length + 2;
  }
  if (paragraphs.length === 0) {
    article.diagnose({ code: DiagnosticCodes.noBody, severity: 'warning', message: 'no article found: the document has no text', source: NAME, file: doc.origin.path, line: doc.origin.line });
  }
  if (doc.hints.title) article.meta.title = doc.hints.title;
  if (doc.hints.url) article.meta.url = doc.hints.url;
  return article;
}

export function extractHtml(doc: SourceDocument): Article {
  if (!/<[a-zA-Z!/?]/.test(doc.content)) return extractPlainText(doc);
  const dom = parseDocument(capNesting(doc.content), { decodeEntities: true });
  const page = renderBlocks(dom);
  const feats = page.blocks.map(textFeatures);
  const signals = collectSignals(dom);

  // Title first (from meta tags) so the headline block can be recognised and kept out of the body.
  const { meta, jsonLd } = buildMetadata(signals, doc.hints);
  const profile = buildProfile(page, feats);
  const titleBlock = findTitleBlock(page, feats, meta.title);
  let decisions = classifyBlocks(page, feats, findContentRegion(page, feats, profile, true, titleBlock), meta.title, profile);
  if (bodyChars(page, decisions) < RETRY_BELOW_CHARS) {
    const retry = classifyBlocks(page, feats, findContentRegion(page, feats, profile, false, titleBlock), meta.title, profile);
    if (bodyChars(page, retry) > bodyChars(page, decisions)) decisions = retry;
  }

  const article = new Article(doc, page.text);
  // Pages that say they are an article (og:type, JSON-LD, a headline <h1>) are not taken for index pages.
  const declaredArticle =
    /^article\b/i.test(metaValues(signals, ['og:type'])[0] ?? '') || jsonLd.article !== null || decisions.some((d, i) => d.role === 'title' && page.blocks[i].tag === 'h1');
  const isArticle = looksLikeArticle(page, feats, decisions, declaredArticle);
  annotateDecisions(article, page, decisions, isArticle);

  // A strong markup date is only checked against the header's stamp; the whole page is scanned only when needed.
  const shown = (headerOnly: boolean): PublishedDate | null => shownDate(dom, page, decisions, meta, signals.htmlLang, headerOnly);
  if (meta.published && isMarkupPublished(meta.published)) meta.published = reconcileWithShown(meta.published, meta.modified, shown(!isWeakPublished(meta.published)));
  meta.published ??= dateFromVisibleLines(visibleHeaderLines(page, decisions)) ?? shown(false) ?? markupFallbackDate(signals, jsonLd) ?? suppliedDate(doc.hints);
  // The dateline refiner already wrote the place and any agency in parentheses; keep them.
  const fromDateline = { dateline: article.meta.dateline, agencies: article.meta.agencies };
  Object.assign(article.meta, meta, { dateline: fromDateline.dateline });
  for (const a of fromDateline.agencies) if (!article.meta.agencies.includes(a)) article.meta.agencies.push(a);
  applyCredits(article, NAME);

  const where = { source: NAME, file: doc.origin.path, line: doc.origin.line };
  if (!isArticle) {
    article.diagnose({ ...where, code: DiagnosticCodes.noBody, severity: 'warning', message: 'no article found: the page looks like an index or home page (short, link-heavy blocks, no run of paragraphs)' });
  }
  if (!article.meta.title) article.diagnose({ ...where, code: DiagnosticCodes.noTitle, severity: 'info', message: 'no title found in meta tags, JSON-LD, <h1> or <title>' });
  if (isArticle && !article.meta.published) article.diagnose({ ...where, code: DiagnosticCodes.noDate, severity: 'info', message: 'no publication date found in meta tags, JSON-LD, <time>, URL or byline' });
  return article;
}

/** Short lines before the body and metadata-like lines (bylines, "Published ..."): where visible dates sit. */
function visibleHeaderLines(page: RenderedPage, decisions: readonly BlockDecision[]): string[] {
  const out: string[] = [];
  const firstBody = decisions.findIndex((d) => d.role === 'body');
  const from = Math.max(0, (firstBody < 0 ? 0 : firstBody) - 15);
  for (let i = from; i < page.blocks.length && out.length < 20; i++) {
    const d = decisions[i];
    const text = page.blocks[i].text;
    if (text.length > 160) continue;
    if (i < firstBody || (d.role === 'boilerplate' && d.kind === 'header')) out.push(text);
    else if (i > firstBody + 3 && firstBody >= 0) break;
  }
  return out;
}

export const htmlExtractor: Extractor = {
  name: NAME,
  provides: ['text', 'zone', 'meta'],
  accepts: (doc) => doc.format === 'html',
  extract: (doc) => extractHtml(doc),
};
