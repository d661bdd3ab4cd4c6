/**
 * Every date the page shows or marks up outside the <head>: text of date-like
 * elements ("date", "datum", "published", "entry-meta", "byline"...), labelled
 * stamps ("Veröffentlicht am 16.08.2019", "Updated: ..."), dates in running
 * text, and date attributes (datetime, title, data-utime, RDFa content). Each
 * find keeps its context (date-like class, published/modified label,
 * boilerplate kind such as comments or footer) and its rendered block, so
 * that date-choice.ts can rank them.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import type { ParseOptions } from '../dates/parse-datetime.js';
import { elementTokens } from './block-features.js';
import { kindFromElement, kindFromTokens } from './boilerplate-kinds.js';
import { allDateParts, parseDateParts, plausibleYear, type DateParts } from './date-parse.js';
import type { RenderedPage } from './dom-to-blocks.js';

export type DateLabel = 'published' | 'modified' | null;

export interface DateCandidate {
  readonly parts: DateParts;
  /** Document order of the find. */
  readonly order: number;
  /** Index of the rendered block holding it; -1 when not rendered (hidden, attribute of a hidden element). */
  readonly block: number;
  /** Within three levels of an element whose class/id names a date, time or byline. */
  readonly dateClass: boolean;
  readonly label: DateLabel;
  /** Boilerplate kind of the context (comments, related, nav, disclaimer...), null inside the article. */
  readonly kind: string | null;
  readonly via: 'text' | 'attribute' | 'time';
}

const SKIP = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select', 'option', 'textarea', 'button']);
/** Kinds whose dates are not the article's: comment stamps, teaser lists, menus, ads, footers. */
const FOREIGN_KINDS = new Set(['comments', 'related', 'promo', 'nav', 'newsletter', 'disclaimer', 'cookie', 'social']);
const MODIFIED_TOKEN = /updat|modif|edited|lastmod|aktualisiert|geaendert|revised/;
const DATE_TOKEN = /date|datum|time|publi|posted|created|fecha|submitted|byline|zeit|stamp|dateline|^meta$|meta$|^info$|^data$/;
const MODIFIED_LABEL = /(?:updated|modified|last edited|edited|revised|aktualisiert|geändert|änderung|zuletzt|stand|mis à jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt)\b[^\d]{0,25}$/iu;
const PUBLISHED_LABEL = /(?:published|posted|released|written|created|veröffentlicht|erschienen|publiziert|erstellt|gepostet|publié|mise en ligne|publicado|pubblicato|gepubliceerd|opublikowano|datum|date|fecha|data)\b[^\d]{0,25}$/iu;
const COPYRIGHT = /©|\(c\)|copyright/iu;
const MAX_CANDIDATES = 400;
const MAX_TEXT = 600;
const DATE_ATTRIBUTES = ['datetime', 'data-datetime', 'data-date', 'data-published', 'data-timestamp', 'data-utime', 'data-time', 'data-publish-date'];

interface Context {
  readonly depth: number;
  readonly dateDepth: number;
  readonly modifiedDepth: number;
  readonly kind: string | null;
  readonly kindDepth: number;
}

/** A boilerplate kind this many levels up still marks a date; beyond, it is a page-layout wrapper. */
const KIND_REACH = 6;

/** Day-first or month-first reading of "05/10/2023": the page's own unambiguous dates decide, else its language and country. */
export function dayFirstFor(text: string, language: string | null, host: string | null): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.slice(0, 200_000).matchAll(/(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d{2}(?!\d)/g)) {
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[2]) > 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  const lang = (language ?? '').toLowerCase();
  if (/^en[-_]us/.test(lang)) return false;
  if (lang && !lang.startsWith('en')) return true;
  if (/^en[-_]/.test(lang)) return true;
  const tld = host?.split('.').pop() ?? '';
  return !['com', 'org', 'net', 'us', 'edu', 'gov', 'io', ''].includes(tld);
}

function timestampDate(raw: string): DateParts | null {
  if (!/^\d{10}(?:\d{3})?$/.test(raw)) return null;
  const ms = raw.length === 13 ? Number(raw) : Number(raw) * 1000;
  const d = new Date(ms);
  return plausibleYear(d.getUTCFullYear()) ? { date: d.toISOString().slice(0, 10), time: null, utcOffset: null } : null;
}

function labelOf(before: string): DateLabel {
  const tail = before.slice(-60);
  if (MODIFIED_LABEL.test(tail)) return 'modified';
  if (PUBLISHED_LABEL.test(tail)) return 'published';
  return null;
}

function previousText(node: AnyNode): string {
  let out = '';
  for (let p = node.prev; p && out.length < 60; p = p.prev) {
    if (p.type === 'text') out = (p as { data: string }).data + out;
    else if (p.type === 'tag') out = textOf(p as Element, 60) + ' ' + out;
  }
  return out.replace(/\s+/g, ' ');
}

function textOf(el: Element, max: number): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && out.length < max) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as { data: string }).data;
    else if (n.type === 'tag') for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]);
  }
  return out;
}

/**
 * `window` limits the scan to elements rendered within those blocks (the
 * article header): pages whose markup states a date only need its check
 * against the header, and the rest of the page is not walked.
 */
export function scanDates(doc: Document, page: RenderedPage, options: ParseOptions, window?: readonly [number, number]): DateCandidate[] {
  const out: DateCandidate[] = [];
  const root: Context = { depth: 0, dateDepth: -99, modifiedDepth: -99, kind: null, kindDepth: -99 };
  const stack: [AnyNode, Context, number][] = doc.children.map((c) => [c, root, -1] as [AnyNode, Context, number]).reverse();
  const add = (parts: DateParts, ctx: Context, block: number, label: DateLabel, via: DateCandidate['via']): void => {
    const near = (d: number): boolean => ctx.depth - d <= 3;
    const modified = label === 'modified' || (label === null && near(ctx.modifiedDepth));
    const kind = ctx.depth - ctx.kindDepth <= KIND_REACH ? ctx.kind : null;
    out.push({ parts, order: out.length, block, dateClass: near(ctx.dateDepth) || near(ctx.modifiedDepth), label: modified ? 'modified' : label, kind, via });
  };
  while (stack.length > 0 && out.length < MAX_CANDIDATES) {
    const [node, parentCtx, parentBlock] = stack.pop()!;
    if (node.type === 'text') {
      const raw = (node as { data: string }).data;
      if (!/\d/.test(raw) || raw.length > 5000) continue;
      const text = raw.slice(0, MAX_TEXT).replace(/[\s\u00a0]+/g, ' ');
      const before = previousText(node);
      for (const hit of allDateParts(text, options, 4)) {
        const lead = before + ' ' + text.slice(0, hit.start);
        if (COPYRIGHT.test(lead.slice(-40))) continue;
        add(hit.parts, parentCtx, parentBlock, labelOf(lead), 'text');
      }
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (SKIP.has(el.name)) continue;
    if (window && outsideWindow(page.stats.get(el), window)) continue;
    const depth = parentCtx.depth + 1;
    const tokens = el.name === 'html' || el.name === 'body' ? [] : elementTokens(el);
    const modifiedHere = tokens.some((t) => MODIFIED_TOKEN.test(t));
    const dateHere = !modifiedHere && (el.name === 'time' || tokens.some((t) => DATE_TOKEN.test(t)));
    let kind = parentCtx.kind;
    let kindDepth = parentCtx.kindDepth;
    if (el.name !== 'html' && el.name !== 'body') {
      const k = kindFromElement(el) ?? kindFromTokens(el);
      // "comments-date" wrappers hold the post's date next to its comment count.
      if (k && FOREIGN_KINDS.has(k.kind) && !dateHere) {
        kind = k.kind;
        kindDepth = depth;
      }
    }
    const ctx: Context = { depth, dateDepth: dateHere ? depth : parentCtx.dateDepth, modifiedDepth: modifiedHere ? depth : parentCtx.modifiedDepth, kind, kindDepth };
    const block = page.stats.get(el)?.firstBlock ?? parentBlock;
    const rendered = page.stats.has(el) ? block : -1;
    readAttributes(el, ctx, rendered, dateHere || modifiedHere, options, add);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push([el.children[i], ctx, rendered]);
  }
  return out;
}

function outsideWindow(stats: { firstBlock: number; endBlock: number } | undefined, [from, to]: readonly [number, number]): boolean {
  return !stats || stats.endBlock <= from || stats.firstBlock > to;
}

function readAttributes(
  el: Element,
  ctx: Context,
  block: number,
  dateLike: boolean,
  options: ParseOptions,
  add: (p: DateParts, c: Context, b: number, l: DateLabel, v: DateCandidate['via']) => void,
): void {
  const a = el.attribs;
  const via = el.name === 'time' ? 'time' : 'attribute';
  for (const name of DATE_ATTRIBUTES) {
    const v = a[name];
    if (!v) continue;
    const parts = timestampDate(v.trim()) ?? parseDateParts(v, options);
    if (parts) return add(parts, ctx, block, null, via);
  }
  const prop = `${a.itemprop ?? ''} ${a.property ?? ''}`.toLowerCase();
  if (a.content && /date|created|published|issued/.test(prop)) {
    const parts = parseDateParts(a.content, options);
    const label: DateLabel = /modif|updat/.test(prop) ? 'modified' : /published|created|issued/.test(prop) ? 'published' : null;
    if (parts) return add(parts, ctx, block, label, 'attribute');
  }
  if (a.title && (dateLike || el.name === 'abbr') && /\d/.test(a.title)) {
    const parts = parseDateParts(a.title, options);
    if (parts) add(parts, ctx, block, labelOf(a.title.slice(0, 30)), 'attribute');
  }
}
