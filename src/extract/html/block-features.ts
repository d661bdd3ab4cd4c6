/**
 * Features of blocks and their DOM context: class/id tokens, link density,
 * sentence punctuation. Shared by container scoring and boilerplate kinds.
 */
import type { Element } from 'domhandler';
import type { Block } from './dom-to-blocks.js';

/** Ancestor walks stop here: context beyond a few dozen levels says nothing useful. */
export const MAX_CONTEXT_DEPTH = 48;

const MAX_ATTRIBUTE_CHARS = 400;

const tokenCache = new WeakMap<Element, readonly string[]>();

/**
 * Splits a class/id value into lower-case word tokens: `articleBody__text-2`
 * gives `article`, `body`, `text`, plus the joined `articlebodytext` so that
 * compound names (`relatedposts`) can be matched by prefix.
 */
export function splitNameTokens(value: string): string[] {
  const known = nameTokenMemo.get(value);
  if (known) return known;
  const out = splitNameTokensUncached(value);
  if (nameTokenMemo.size > 20_000) nameTokenMemo.clear();
  nameTokenMemo.set(value, out);
  return out;
}

/** Class values repeat across elements and pages. */
const nameTokenMemo = new Map<string, string[]>();

function splitNameTokensUncached(value: string): string[] {
  const out: string[] = [];
  // Real class lists are short; a huge attribute says nothing more and must not cost more.
  for (const name of value.slice(0, MAX_ATTRIBUTE_CHARS).split(/\s+/)) {
    if (!name) continue;
    const words = name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 0);
    for (const w of words) out.push(w);
    if (words.length > 1) out.push(words.join(''));
  }
  return out;
}

/** Prefixes of CMS taxonomy classes (`tag-wework`, `category-business`) that describe the post, not the element. */
const TAXONOMY_CLASS = /^(?:tag|tags|category|categories|cat|post|postid|format|status|type|author|topic|topics|section|has|term|tax|page|single|vertical|hentry)[-_]/i;

/** The class attribute without taxonomy classes, when a long class list looks CMS-generated. */
function descriptiveClasses(value: string | undefined): string | undefined {
  if (!value) return value;
  const names = value.split(/\s+/).filter(Boolean);
  if (names.length < 5) return value;
  return names.filter((n) => !TAXONOMY_CLASS.test(n)).join(' ');
}

/** Tokens of an element's class, id, itemprop and a few data attributes (cached). */
export function elementTokens(el: Element): readonly string[] {
  const cached = tokenCache.get(el);
  if (cached) return cached;
  const a = el.attribs;
  const raw = [descriptiveClasses(a.class), a.id, a.itemprop, a['data-component'], a['data-module'], a['data-testid'], a['aria-label']]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' ');
  const tokens = raw ? splitNameTokens(raw) : [];
  tokenCache.set(el, tokens);
  return tokens;
}

/**
 * True when a token names one of `words`: exact match, or (for words of five
 * letters or more) a compound starting or ending with it (`sharebar`, `socialshare`).
 */
export function tokenMatches(token: string, words: ReadonlySet<string>): boolean {
  if (words.has(token)) return true;
  if (token.length < 6) return false;
  // Pages repeat the same class names thousands of times: remember each compound's answer per table.
  let memo = compoundMemo.get(words);
  if (!memo) compoundMemo.set(words, (memo = new Map()));
  const known = memo.get(token);
  if (known !== undefined) return known;
  let found = false;
  for (const w of words) {
    if (w.length >= 5 && token.length > w.length && (token.startsWith(w) || token.endsWith(w))) {
      found = true;
      break;
    }
  }
  if (memo.size < 50_000) memo.set(token, found);
  return found;
}

const compoundMemo = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

export function anyTokenMatches(tokens: readonly string[], words: ReadonlySet<string>, except?: ReadonlySet<string>): string | null {
  for (const t of tokens) {
    // An exception also covers compounds it starts (`commentary` in `commentarytext`).
    if (except && isException(t, except)) continue;
    if (tokenMatches(t, words)) return t;
  }
  return null;
}

const exceptionMemo = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function isException(token: string, except: ReadonlySet<string>): boolean {
  let memo = exceptionMemo.get(except);
  if (!memo) exceptionMemo.set(except, (memo = new Map()));
  let known = memo.get(token);
  if (known === undefined) {
    known = except.has(token) || startsWithAny(token, except);
    if (memo.size < 50_000) memo.set(token, known);
  }
  return known;
}

function startsWithAny(token: string, words: ReadonlySet<string>): boolean {
  for (const w of words) if (token.length > w.length && token.startsWith(w)) return true;
  return false;
}

/** Elements from `el` up to (not including) `stop`, nearest first, at most MAX_CONTEXT_DEPTH. */
export function ancestorsUpTo(el: Element | null, stop: Element | null): Element[] {
  const out: Element[] = [];
  let cur: Element | null = el;
  while (cur && cur !== stop && out.length < MAX_CONTEXT_DEPTH) {
    out.push(cur);
    const p = cur.parent;
    cur = p && p.type !== 'root' ? (p as Element) : null;
  }
  return out;
}

export interface TextFeatures {
  readonly words: number;
  readonly linkDensity: number;
  /** Commas (Latin, CJK, Arabic). */
  readonly commas: number;
  /** Sentence-ending marks followed by space or end. */
  readonly sentences: number;
  readonly endsWithPunctuation: boolean;
  readonly headingLevel: number;
}

const COMMA_RE = /[,\u060c\u3001\uff0c]/g;
const SENTENCE_END_RE = /[.!?\u3002\uff01\uff1f\u0964](?=["'\u201d\u2019)\]]*(?:\s|$))/g;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

export function textFeatures(block: Block): TextFeatures {
  const t = block.text;
  let words = (t.match(WORD_RE) ?? []).length;
  // CJK text has no spaces: count two characters as a word so lengths compare across scripts.
  const cjk = (t.match(CJK_RE) ?? []).length;
  if (cjk > 0) words += Math.floor(cjk / 2);
  const headingLevel = /^h[1-6]$/.test(block.tag) ? Number(block.tag[1]) : 0;
  return {
    words,
    linkDensity: block.chars > 0 ? block.linkChars / block.chars : 0,
    commas: (t.match(COMMA_RE) ?? []).length,
    sentences: (t.match(SENTENCE_END_RE) ?? []).length,
    endsWithPunctuation: /[.!?:;"'\u201d\u2019)\u3002\uff01\uff1f\u0964\u2026]$/.test(t),
    headingLevel,
  };
}
