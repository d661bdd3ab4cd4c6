/**
 * Turns block decisions into `zone` annotations: a paragraph per body block,
 * the title, captions, and boilerplate spans (adjacent blocks of one kind
 * merged). Also judges whether the kept blocks are an article at all.
 */
import type { Article } from '../../model/article.js';
import type { BoilerplateKind } from '../../model/annotation.js';
import { ancestorsUpTo, type TextFeatures } from './block-features.js';
import type { BlockDecision } from './body-selection.js';
import type { RenderedPage } from './dom-to-blocks.js';
import { applyDateline } from '../body-meta.js';
import { findDateline } from '../dateline.js';

const SOURCE = 'extract.html';

/** Body blocks that read like prose: long enough, a sentence, few links. */
function isProse(text: string, f: TextFeatures): boolean {
  return text.length >= 80 && f.sentences + f.commas >= 1 && f.linkDensity < 0.3;
}

/**
 * True when the body is an article: some prose, and enough of it. A home page
 * or index yields only headline links and teasers, which fail this.
 */
export function looksLikeArticle(page: RenderedPage, feats: readonly TextFeatures[], decisions: readonly BlockDecision[], declaredArticle: boolean): boolean {
  // A page that declares itself an article (og:type, JSON-LD) may interleave links with its paragraphs (deal lists).
  if (!declaredArticle && looksLikeIndex(page, feats, decisions)) return false;
  let chars = 0;
  let prose = 0;
  let proseChars = 0;
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i].role !== 'body') continue;
    const b = page.blocks[i];
    chars += b.text.length;
    if (isProse(b.text, feats[i])) {
      prose++;
      proseChars += b.text.length;
    }
  }
  if (prose === 0) return false;
  if (proseChars >= 250 || chars >= 400) return true;
  // A short page that is mostly this prose (a brief, a snippet) is an article too; an index page is mostly links.
  let pageChars = 0;
  let pageLinkChars = 0;
  for (const b of page.blocks) {
    pageChars += b.chars;
    pageLinkChars += b.linkChars;
  }
  return pageLinkChars < 0.3 * pageChars && proseChars >= 0.5 * pageChars;
}

/** A headline link: a short line that is all link. */
function isHeadlineLink(text: string, f: TextFeatures): boolean {
  return f.linkDensity >= 0.8 && text.length <= 150 && f.words >= 3;
}

/**
 * An index page: the kept prose comes in runs of one block (teasers), most
 * right after a headline link that was removed, or each in its own <article>
 * card. Articles with inline "related" links have runs of several paragraphs.
 */
function looksLikeIndex(page: RenderedPage, feats: readonly TextFeatures[], decisions: readonly BlockDecision[]): boolean {
  let prose = 0;
  let runs = 0;
  let teaserRuns = 0;
  const cards = new Set<unknown>();
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i].role !== 'body') continue;
    const b = page.blocks[i];
    if (i === 0 || decisions[i - 1].role !== 'body') {
      runs++;
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        if (isHeadlineLink(page.blocks[k].text, feats[k])) {
          teaserRuns++;
          break;
        }
      }
    }
    if (!isProse(b.text, feats[i])) continue;
    prose++;
    const card = ancestorsUpTo(b.owner, null).find((el) => el.name === 'article');
    if (card) cards.add(card);
  }
  if (prose < 3) return false;
  return cards.size >= 3 || (runs >= 3 && prose < 1.5 * runs && teaserRuns >= 0.6 * runs);
}

/** Short body blocks before a paragraph that opens with a dateline are a standfirst, not the story. */
function blocksBeforeDateline(page: RenderedPage, decisions: readonly BlockDecision[]): Set<number> {
  const body = decisions.flatMap((d, i) => (d.role === 'body' ? [i] : [])).slice(0, 3);
  for (let k = 1; k < body.length; k++) {
    const before = body.slice(0, k);
    if (before.some((i) => page.blocks[i].text.length > 300)) break;
    if (findDateline(page.blocks[body[k]].text)) return new Set(before);
  }
  return new Set();
}

interface PendingSpan {
  kind: BoilerplateKind;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  lastIndex: number;
}

export function annotateDecisions(article: Article, page: RenderedPage, decisions: readonly BlockDecision[], isArticle: boolean): void {
  let pending: PendingSpan | null = null;
  const flush = (): void => {
    if (!pending) return;
    article.add({ layer: 'zone', type: 'boilerplate', start: pending.start, end: pending.end, attrs: { kind: pending.kind }, source: `${SOURCE}/${pending.rule}`, confidence: pending.confidence });
    pending = null;
  };
  const boilerplate = (i: number, kind: BoilerplateKind, rule: string, confidence: number): void => {
    const b = page.blocks[i];
    if (pending && pending.kind === kind && pending.lastIndex === i - 1) {
      pending.end = b.end;
      pending.lastIndex = i;
      pending.confidence = Math.min(pending.confidence, confidence);
      return;
    }
    flush();
    pending = { kind, start: b.start, end: b.end, rule, confidence, lastIndex: i };
  };

  let firstBody = true;
  const standfirsts = blocksBeforeDateline(page, decisions);
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    const b = page.blocks[i];
    if (standfirsts.has(i)) {
      boilerplate(i, 'header', 'standfirst-before-dateline', 0.7);
      continue;
    }
    if (d.role === 'boilerplate') {
      boilerplate(i, d.kind, d.rule, d.confidence);
      continue;
    }
    if (d.role === 'body' && !isArticle) {
      boilerplate(i, b.linkChars / Math.max(1, b.chars) > 0.5 ? 'nav' : 'other', 'no-article', 0.6);
      continue;
    }
    flush();
    if (d.role === 'body') {
      // The first paragraph may open with a dateline ("LONDON (Reuters) -"): it is metadata, not body text.
      const start = firstBody ? applyDateline(article, b, SOURCE) : b.start;
      firstBody = false;
      article.add({ layer: 'zone', type: 'paragraph', start, end: b.end, attrs: { tag: d.tag }, source: `${SOURCE}/${d.rule}`, confidence: d.confidence });
    } else if (d.role === 'title') {
      article.add({ layer: 'zone', type: 'title', start: b.start, end: b.end, attrs: { tag: b.tag }, source: `${SOURCE}/${d.rule}`, confidence: d.confidence });
    } else {
      article.add({ layer: 'zone', type: 'caption', start: b.start, end: b.end, attrs: { tag: b.tag }, source: `${SOURCE}/${d.rule}`, confidence: d.confidence });
    }
  }
  flush();
}
