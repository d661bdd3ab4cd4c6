/**
 * Finds the element that holds the article, readability-style: paragraphs with
 * text and commas give score to their parent (full), grandparent (half) and
 * further ancestors (less); class/id tokens weight candidates; link-heavy
 * candidates are discounted; siblings that look like article parts are joined.
 */
import type { Element } from 'domhandler';
import { anyTokenMatches, elementTokens, splitNameTokens, type TextFeatures } from './block-features.js';
import { kindFromElement, kindFromTokens } from './boilerplate-kinds.js';
import { BLOCK_TAGS, type RenderedPage } from './dom-to-blocks.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

const POSITIVE = words('article articles body content entry hentry main page post text blog story stories prose richtext');
const NEGATIVE = words('hidden banner combx comment comments contact footer gdpr masthead media meta outbrain promo related scroll share sharing shoutbox sidebar skyscraper sponsor shopping tags widget ad ads advert taboola');
const UNLIKELY = words('banner breadcrumbs combx comment comments community disqus extra footer gdpr header legends menu related remark replies rss shoutbox sidebar skyscraper social sponsor supplemental pagination pager popup ad ads advert taboola outbrain');
const MAYBE = words('and article body column content main shadow');
const UNLIKELY_ROLES = words('menu menubar complementary navigation alert alertdialog dialog');

/** Block owners whose text counts as a paragraph for scoring. */
const SCORED_TAGS = words('p pre td div section article main blockquote center h2 h3 h4 h5 h6 font span body');

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const ANCESTOR_LEVELS = 5;

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type !== 'root' ? (p as Element) : null;
}

/** Readability's class weight: +25 for article-like class/id tokens, -25 for boilerplate-like ones. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const attr of [el.attribs.class, el.attribs.id]) {
    if (!attr) continue;
    const tokens = elementTokensOf(attr);
    if (anyTokenMatches(tokens, NEGATIVE)) w -= 25;
    if (anyTokenMatches(tokens, POSITIVE)) w += 25;
  }
  return w;
}

const attrTokenCache = new Map<string, readonly string[]>();
function elementTokensOf(value: string): readonly string[] {
  let t = attrTokenCache.get(value);
  if (!t) {
    t = splitNameTokens(value);
    if (attrTokenCache.size > 5000) attrTokenCache.clear();
    attrTokenCache.set(value, t);
  }
  return t;
}

function isUnlikely(el: Element): boolean {
  const role = el.attribs.role?.toLowerCase();
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (el.name === 'body' || el.name === 'a' || el.name === 'article' || el.name === 'main' || el.name === 'html') return false;
  const tokens = elementTokens(el);
  return anyTokenMatches(tokens, UNLIKELY) !== null && anyTokenMatches(tokens, MAYBE) === null;
}

/** Memoised "inside an unlikely element" test, iterative so deep trees are safe. */
export function makeUnlikelyTest(): (el: Element | null) => boolean {
  const memo = new Map<Element, boolean>();
  return (start) => {
    const chain: Element[] = [];
    let cur = start;
    let result = false;
    while (cur) {
      const known = memo.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(cur);
      if (isUnlikely(cur)) {
        result = true;
        break;
      }
      cur = parentElement(cur);
    }
    // Everything below an unlikely element is unlikely; a clean chain up to the root is clean.
    for (const el of chain) memo.set(el, result);
    return result;
  };
}

function hasBlockChildren(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && BLOCK_TAGS.has((c as Element).name)) return true;
  return false;
}

/** Prefix sums over blocks, so any element's block range can be summed in O(1). */
export interface PageProfile {
  /** Paragraph text (the blocks scoring counts, outside unlikely elements). */
  readonly prose: Float64Array;
  readonly commas: Float64Array;
}

/** Sum of a prefix array over an element's block range. */
export function rangeSum(prefix: Float64Array, first: number, end: number): number {
  return prefix[end] - prefix[first];
}

export function buildProfile(page: RenderedPage, feats: readonly TextFeatures[]): PageProfile {
  const unlikely = makeUnlikelyTest();
  const prose = new Float64Array(page.blocks.length + 1);
  const commas = new Float64Array(page.blocks.length + 1);
  for (const b of page.blocks) {
    const counts = b.owner !== null && SCORED_TAGS.has(b.owner.name) && b.text.length >= 25 && !unlikely(b.owner);
    prose[b.index + 1] = prose[b.index] + (counts ? b.text.length : 0);
    commas[b.index + 1] = commas[b.index] + feats[b.index].commas;
  }
  return { prose, commas };
}

export interface ContentRegion {
  /** The best candidate. */
  readonly top: Element;
  /** The top candidate and the siblings joined to it, in document order. */
  readonly roots: readonly Element[];
  readonly score: number;
}

/** Scores candidates and picks the article region; null when no block looks like a paragraph. */
export function findContentRegion(
  page: RenderedPage,
  feats: readonly TextFeatures[],
  profile: PageProfile,
  stripUnlikely: boolean,
  titleBlock = -1,
): ContentRegion | null {
  const scores = new Map<Element, number>();
  const unlikely = makeUnlikelyTest();
  for (const block of page.blocks) {
    const owner = block.owner;
    if (!owner || !SCORED_TAGS.has(owner.name) || block.text.length < 25) continue;
    if (stripUnlikely && unlikely(owner)) continue;
    const f = feats[block.index];
    const points = 1 + f.commas + Math.min(Math.floor(block.text.length / 100), 3);
    // Text in a fragment without <html>/<body> has no parent element: the paragraph is its own candidate.
    let ancestor: Element | null = hasBlockChildren(owner) ? owner : parentElement(owner) ?? owner;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, (TAG_BASE[ancestor.name] ?? 0) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / divider);
      ancestor = parentElement(ancestor);
    }
  }
  const finalScore = (el: Element): number => {
    const raw = scores.get(el);
    if (raw === undefined) return 0;
    const s = page.stats.get(el);
    const ld = s && s.chars > 0 ? s.linkChars / s.chars : 0;
    return raw * (1 - ld);
  };
  const ranked = [...scores.keys()].map((el) => ({ el, score: finalScore(el) })).sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return null;
  let top = ranked[0].el;
  const topScore = ranked[0].score;

  // Several near-best candidates under one ancestor: the ancestor is the article.
  const alternatives = ranked.slice(1, 5).filter((c) => c.score / topScore >= 0.75).map((c) => c.el);
  if (alternatives.length >= 3) {
    for (let p = parentElement(top); p && p.name !== 'body'; p = parentElement(p)) {
      const contained = alternatives.filter((a) => isAncestor(p!, a)).length;
      if (contained >= 3) {
        top = p;
        break;
      }
    }
  }
  // Climb while the parent scores better than the current top.
  let lastScore = finalScore(top);
  const threshold = lastScore / 3;
  for (let p = parentElement(top); p && p.name !== 'body'; p = parentElement(p)) {
    if (!scores.has(p)) continue;
    const ps = finalScore(p);
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = p;
      break;
    }
    lastScore = ps;
  }
  // An only child says nothing the parent does not.
  for (let p = parentElement(top); p && p.name !== 'body' && onlyElementChild(p) === top; p = parentElement(p)) top = p;

  const roots = joinSiblings(page, feats, profile, top, finalScore);
  const headline = headlineArticle(page, profile, roots, titleBlock);
  if (headline) return { top: headline, roots: [headline], score: finalScore(top) };
  return { top, roots, score: finalScore(top) };
}

/**
 * When the region holds several <article> elements (the post plus teasers of
 * other posts), the article is the innermost one holding the headline.
 */
function headlineArticle(page: RenderedPage, profile: PageProfile, roots: readonly Element[], titleBlock: number): Element | null {
  if (titleBlock < 0) return null;
  const ranges = roots.map((r) => page.stats.get(r)).filter((s) => s !== undefined);
  const inRegion = (first: number, end: number): boolean => ranges.some((r) => first >= r!.firstBlock && end <= r!.endBlock && end > first);
  let count = 0;
  let best: { el: Element; size: number } | null = null;
  for (const [el, s] of page.stats) {
    if (el.name !== 'article' || !inRegion(s.firstBlock, s.endBlock)) continue;
    count++;
    if (titleBlock >= s.firstBlock && titleBlock < s.endBlock && (!best || s.endBlock - s.firstBlock < best.size)) {
      best = { el, size: s.endBlock - s.firstBlock };
    }
  }
  if (count < 2 || !best) return null;
  const s = page.stats.get(best.el)!;
  return rangeSum(profile.prose, s.firstBlock, s.endBlock) >= 200 ? best.el : null;
}

function isAncestor(ancestor: Element, el: Element): boolean {
  for (let p: Element | null = el; p; p = parentElement(p)) if (p === ancestor) return true;
  return false;
}

function onlyElementChild(el: Element): Element | null {
  let only: Element | null = null;
  for (const c of el.children) {
    if (c.type === 'tag') {
      if (only) return null;
      only = c as Element;
    } else if (c.type === 'text' && (c as { data: string }).data.trim() !== '') return null;
  }
  return only;
}

/** Readability's sibling step: siblings that score well or read like paragraphs join the article. */
function joinSiblings(page: RenderedPage, feats: readonly TextFeatures[], profile: PageProfile, top: Element, score: (el: Element) => number): Element[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  const topScore = score(top);
  const threshold = Math.max(10, topScore * 0.2);
  const topStats = page.stats.get(top);
  const topProse = topStats ? rangeSum(profile.prose, topStats.firstBlock, topStats.endBlock) : 0;
  const out: Element[] = [];
  for (const c of parent.children) {
    if (c.type !== 'tag') continue;
    const sib = c as Element;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const bonus = sib.attribs.class && sib.attribs.class === top.attribs.class ? topScore * 0.2 : 0;
    if (score(sib) + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    // Article text split into sibling sections (around figures, ads) may sit too deep to score: judge by its prose.
    const sibStats = page.stats.get(sib);
    if (sibStats && topProse > 0) {
      const sibProse = rangeSum(profile.prose, sibStats.firstBlock, sibStats.endBlock);
      const ld = sibStats.chars > 0 ? sibStats.linkChars / sibStats.chars : 1;
      if (sibProse >= Math.max(400, 0.25 * topProse) && ld < 0.25 && !kindFromElement(sib) && !kindFromTokens(sib)) {
        out.push(sib);
        continue;
      }
    }
    // A paragraph-like sibling (a <p>, or an element holding one plain block) joins when it reads like prose.
    const s = page.stats.get(sib);
    if (!s || s.endBlock - s.firstBlock !== 1) continue;
    const block = page.blocks[s.firstBlock];
    if (sib.name !== 'p' && (block.owner !== sib || hasBlockChildren(sib) || /^h\d$/.test(block.tag))) continue;
    const f = feats[block.index];
    const len = block.text.length;
    // Non-<p> siblings must also read as sentences: not a URL, a button label or a gallery link.
    if (sib.name !== 'p' && (f.words < 10 || f.sentences === 0)) continue;
    if ((len > 80 && f.linkDensity < 0.25) || (len > 0 && len <= 80 && f.linkDensity === 0 && /\.( |$)/.test(block.text))) out.push(sib);
  }
  return out;
}
