/**
 * One iterative pass over the DOM collecting what metadata rules read: meta
 * and link tags, <title>, the html lang, JSON-LD scripts, <time> elements,
 * microdata properties, and byline/author elements.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { anyTokenMatches, elementTokens } from './block-features.js';

export interface MetaTag {
  /** Lower-cased name, property, itemprop or http-equiv. */
  readonly key: string;
  readonly content: string;
}

export interface TimeElement {
  readonly el: Element;
  readonly datetime: string | null;
  readonly text: string;
}

export interface PageSignals {
  readonly metas: MetaTag[];
  readonly links: { rel: string; href: string; text: string }[];
  readonly titleText: string | null;
  readonly htmlLang: string | null;
  /** Raw JSON-LD script bodies. */
  readonly jsonLd: string[];
  readonly times: TimeElement[];
  /** Elements carrying microdata `itemprop` date/author properties. */
  readonly itemprops: { prop: string; el: Element }[];
  /** Elements whose class/id says author or byline. */
  readonly bylines: Element[];
  /** First <h1> texts, in document order. */
  readonly h1s: string[];
  /** `"publishedAt": "..."`-style date fields in inline scripts (app state, JSON data), in document order. */
  readonly scriptDates: { key: string; value: string }[];
}

const MAX_SHORT_TEXT = 400;
const MAX_JSON_LD = 2_000_000;
const BYLINE_WORDS = new Set(['author', 'authors', 'byline', 'bylines', 'writer', 'creator']);
const NOT_BYLINE_WORDS = new Set(['authorbox', 'authorbio', 'authorimage', 'authoravatar', 'authorphoto', 'authorpic']);
const ITEMPROPS = new Set(['datepublished', 'datemodified', 'datecreated', 'author', 'creator', 'headline', 'name']);

/** Visible text of an element, whitespace-collapsed, cut at `max` characters (iterative). */
export function shortText(el: Element, max = MAX_SHORT_TEXT): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && out.length < max) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as { data: string }).data;
    else if (n.type === 'tag') {
      const e = n as Element;
      if (e.name === 'br' || e.name === 'p' || e.name === 'div' || e.name === 'li') out += ' ';
      for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
    }
  }
  return out.replace(/[\s\u00a0\u200b]+/g, ' ').trim().slice(0, max);
}

function rawText(el: Element, max: number): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text' || c.type === 'cdata') out += (c as { data?: string }).data ?? '';
    if (out.length > max) break;
  }
  return out;
}

export function collectSignals(doc: Document): PageSignals {
  const signals: PageSignals = { metas: [], links: [], titleText: null, htmlLang: null, jsonLd: [], times: [], itemprops: [], bylines: [], h1s: [], scriptDates: [] };
  const mutable = signals as { titleText: string | null; htmlLang: string | null };
  const stack: AnyNode[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        if (a.lang && !mutable.htmlLang) mutable.htmlLang = a.lang;
        else if (a['xml:lang'] && !mutable.htmlLang) mutable.htmlLang = a['xml:lang'];
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().trim();
        if (key && a.content !== undefined) signals.metas.push({ key, content: a.content.trim() });
        continue;
      }
      case 'link':
        if (a.rel && a.href) signals.links.push({ rel: a.rel.toLowerCase(), href: a.href.trim(), text: '' });
        continue;
      case 'title':
        if (mutable.titleText === null) mutable.titleText = shortText(el, 1000);
        continue;
      case 'script':
        if ((a.type ?? '').toLowerCase().includes('ld+json')) {
          const body = rawText(el, MAX_JSON_LD);
          if (body.length <= MAX_JSON_LD) signals.jsonLd.push(body);
        } else if (signals.scriptDates.length < MAX_SCRIPT_DATES) collectScriptDates(rawText(el, MAX_JSON_LD), signals.scriptDates);
        continue;
      case 'style':
        continue;
      case 'time':
        signals.times.push({ el, datetime: a.datetime ?? a['data-datetime'] ?? null, text: shortText(el, 200) });
        break;
      case 'h1':
        if (signals.h1s.length < 5) signals.h1s.push(shortText(el, 600));
        break;
      case 'a':
        if (a.rel && /\bauthor\b/i.test(a.rel)) signals.links.push({ rel: 'author', href: a.href ?? '', text: shortText(el, 200) });
        break;
    }
    if (a.itemprop) {
      for (const prop of a.itemprop.toLowerCase().split(/\s+/)) if (ITEMPROPS.has(prop)) signals.itemprops.push({ prop, el });
    }
    if ((a.class || a.id || a.rel) && signals.bylines.length < 50) {
      const tokens = elementTokens(el);
      if (anyTokenMatches(tokens, BYLINE_WORDS, NOT_BYLINE_WORDS)) signals.bylines.push(el);
    }
    if (el.name === 'svg') continue; // nothing in SVG is metadata, and its <title> is not the page's
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  return signals;
}

const MAX_SCRIPT_DATES = 20;
const SCRIPT_DATE_FIELD = /"(date_?published|published_?at|publish_?date|published_?date|first_?published\w*|pub_?date|date_?created|created_?at|upload_?date)"\s*:\s*"([^"]{8,40})"/gi;

function collectScriptDates(body: string, out: { key: string; value: string }[]): void {
  if (!body.includes('"')) return;
  for (const m of body.matchAll(SCRIPT_DATE_FIELD)) {
    out.push({ key: m[1].toLowerCase().replace(/_/g, ''), value: m[2] });
    if (out.length >= MAX_SCRIPT_DATES) return;
  }
}

/** All values of meta tags with one of `keys`, in the order given by `keys`. */
export function metaValues(signals: PageSignals, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) for (const m of signals.metas) if (m.key === k && m.content) out.push(m.content);
  return out;
}
