/**
 * Decides, block by block, what is article body and what is boilerplate: the
 * blocks of the content region are kept unless their own context (share bars,
 * inline related boxes, captions, bylines) or wording marks them; blocks
 * outside the region are boilerplate, labelled with the kind their context names.
 */
import type { Element } from 'domhandler';
import type { BoilerplateKind } from '../../model/annotation.js';
import { ancestorsUpTo, type TextFeatures } from './block-features.js';
import { kindFromElement, kindFromText, kindFromTokens, type KindMatch } from './boilerplate-kinds.js';
import { classWeight, rangeSum, type ContentRegion, type PageProfile } from './content-scoring.js';
import type { Block, RenderedPage } from './dom-to-blocks.js';
import { trimBodyEdges } from './edge-trim.js';

/** Readability's conditional cleaning: subtrees (of two blocks or more) with fewer commas and more links than this are dropped. */
const LINK_DENSITY_LIMIT = 0.3;
const MIN_BLOCKS = 2;

/** Wording of linked subscription pitches, which are sentences too. */
const SALES_PITCH = /\b(?:subscri(?:be|ption)s?|sign up|for as little as|free trial|newsletters?)\b/i;

export type BlockDecision =
  | { readonly role: 'body'; readonly tag: string; readonly rule: string; readonly confidence: number }
  | { readonly role: 'title'; readonly rule: string; readonly confidence: number }
  | { readonly role: 'caption'; readonly rule: string; readonly confidence: number }
  | { readonly role: 'boilerplate'; readonly kind: BoilerplateKind; readonly rule: string; readonly confidence: number };

const STRUCTURE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'blockquote', 'td', 'th', 'figcaption']);

/** The structural tag a body block is recorded with: its own, or that of a quoting/list ancestor. */
function structureTag(block: Block, root: Element | null): string {
  if (STRUCTURE_TAGS.has(block.tag)) return block.tag;
  for (const el of ancestorsUpTo(block.owner, root)) {
    if (el.name === 'blockquote' || el.name === 'li' || el.name === 'pre') return el.name;
  }
  return 'p';
}

/** Page-level elements whose classes describe the page (body_class), not a zone. */
const PAGE_LEVEL = new Set(['html', 'body']);

/**
 * Kind named by the context between a block and `stop` (nearest element
 * first). Inside the content region, an element holding most of the region's
 * prose is a layout wrapper (`grid--adrail`, `widget Blog`), not boilerplate.
 */
function contextKind(page: RenderedPage, profile: PageProfile, block: Block, stop: Element | null): KindMatch | null {
  const prose = profile.prose;
  const stopStats = stop ? page.stats.get(stop) : undefined;
  const regionProse = stopStats ? prose[stopStats.endBlock] - prose[stopStats.firstBlock] : 0;
  let quoted = false;
  for (const el of ancestorsUpTo(block.owner, stop)) {
    if (PAGE_LEVEL.has(el.name)) continue;
    quoted ||= el.name === 'blockquote';
    const match = kindFromElement(el) ?? kindFromTokens(el);
    if (!match) continue;
    // Embedded posts (blockquote.twitter-tweet in div.social-embed) are quotations the article makes, not share bars.
    if (match.kind === 'social' && quoted) continue;
    if (regionProse > 0) {
      const s = page.stats.get(el);
      if (s && prose[s.endBlock] - prose[s.firstBlock] > 0.5 * regionProse) continue;
    }
    return match;
  }
  return null;
}

/**
 * A subtree inside the region that is link-heavy and comma-poor (an inline
 * "related" box or teaser list): readability's conditional cleaning.
 */
function linkDenseContext(page: RenderedPage, profile: PageProfile, block: Block, root: Element): boolean {
  const rootStats = page.stats.get(root);
  const regionProse = rootStats ? rangeSum(profile.prose, rootStats.firstBlock, rootStats.endBlock) : 0;
  for (const el of ancestorsUpTo(block.owner, root)) {
    // Embedded posts link their author and date; a quotation is content whatever its links.
    if (el.name === 'blockquote') return false;
    const s = page.stats.get(el);
    if (!s || s.chars === 0) continue;
    if (s.endBlock - s.firstBlock < MIN_BLOCKS) continue;
    if (rangeSum(profile.commas, s.firstBlock, s.endBlock) >= 10) continue;
    if (regionProse > 0 && rangeSum(profile.prose, s.firstBlock, s.endBlock) > 0.5 * regionProse) continue;
    const ld = s.linkChars / s.chars;
    const weight = classWeight(el);
    if ((weight < 25 && ld > LINK_DENSITY_LIMIT) || ld > 0.5) return true;
  }
  return false;
}

function normaliseTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

let lastTitle: { raw: string; normalised: string } | null = null;
function normaliseTitleCached(title: string): string {
  if (lastTitle?.raw !== title) lastTitle = { raw: title, normalised: normaliseTitle(title) };
  return lastTitle.normalised;
}

function isTitleBlock(block: Block, feats: TextFeatures, title: string | null): boolean {
  if (!title || (feats.headingLevel === 0 && block.text.length > 300)) return false;
  const b = normaliseTitleCached(title);
  // Only a block about as long as the title can be it; most blocks are skipped before normalising.
  if (!b || block.text.length > 2 * title.length + 40) return false;
  const a = normaliseTitle(block.text);
  if (!a) return false;
  return a === b || (feats.headingLevel > 0 && a.length > 15 && (b.startsWith(a) || a.startsWith(b)));
}

/** Index of the block holding the headline, or -1. */
export function findTitleBlock(page: RenderedPage, feats: readonly TextFeatures[], title: string | null): number {
  if (!title) return -1;
  for (const b of page.blocks) if (isTitleBlock(b, feats[b.index], title)) return b.index;
  return -1;
}

function regionIndex(page: RenderedPage, region: ContentRegion | null): (Element | null)[] {
  const rootOf: (Element | null)[] = new Array(page.blocks.length).fill(null);
  if (!region) return rootOf;
  for (const root of region.roots) {
    const s = page.stats.get(root);
    if (!s) continue;
    for (let i = s.firstBlock; i < s.endBlock; i++) rootOf[i] = root;
  }
  return rootOf;
}

function fromMatch(match: KindMatch, where: string, confidence: number): BlockDecision {
  const rule = `${where}/${match.rule}`;
  if (match.kind === 'caption') return { role: 'caption', rule, confidence };
  return { role: 'boilerplate', kind: match.kind, rule, confidence };
}

/** One decision per block of the page. */
export function classifyBlocks(
  page: RenderedPage,
  feats: readonly TextFeatures[],
  region: ContentRegion | null,
  title: string | null,
  profile: PageProfile,
): BlockDecision[] {
  const rootOf = regionIndex(page, region);
  let titleFound = false;
  let bodySeen = false;
  const decisions = page.blocks.map((block): BlockDecision => {
    const f = feats[block.index];
    const root = rootOf[block.index];
    if (isTitleBlock(block, f, title)) {
      if (titleFound) return { role: 'boilerplate', kind: 'header', rule: 'title-repeat', confidence: 0.8 };
      titleFound = true;
      return { role: 'title', rule: 'title-match', confidence: 0.9 };
    }
    // The first <h1> of the region, before any paragraph, is the headline even if worded unlike the meta title.
    if (!titleFound && !bodySeen && root && block.tag === 'h1') {
      titleFound = true;
      return { role: 'title', rule: 'first-h1', confidence: 0.7 };
    }
    const decision = decide(block, f, root);
    if (decision.role === 'body') bodySeen = true;
    return decision;
  });
  trimBodyEdges(page, decisions);
  return decisions;

  function decide(block: Block, f: TextFeatures, root: Element | null): BlockDecision {
    if (!root) {
      const match = contextKind(page, profile, block, null) ?? kindFromText(block.text);
      if (match) return fromMatch(match, 'outside', 0.7);
      return { role: 'boilerplate', kind: f.linkDensity > 0.5 ? 'nav' : 'other', rule: 'outside/position', confidence: 0.7 };
    }
    const inner = contextKind(page, profile, block, root);
    if (inner) return fromMatch(inner, 'inside', 0.8);
    const byText = kindFromText(block.text);
    if (byText) return fromMatch(byText, 'text', 0.7);
    // Link-heavy text is a related box, unless enough unlinked prose remains (hover cards inside links)
    // or the block is itself sentences (a news digest links its items; headlines have no full stop).
    const unlinked = block.chars - block.linkChars;
    const sentences = (f.sentences >= 2 || (f.sentences >= 1 && block.text.length >= 120 && f.endsWithPunctuation)) && !SALES_PITCH.test(block.text);
    const linkHeavy = (f.linkDensity > 0.5 && !sentences) || linkDenseContext(page, profile, block, root);
    if (linkHeavy && !(unlinked >= 200 && f.sentences > 0)) {
      return { role: 'boilerplate', kind: 'related', rule: 'inside/link-density', confidence: 0.6 };
    }
    const confidence = f.sentences > 0 && block.text.length > 80 ? 0.9 : 0.7;
    return { role: 'body', tag: structureTag(block, root), rule: 'region', confidence };
  }
}
