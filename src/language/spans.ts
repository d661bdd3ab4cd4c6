/**
 * The parts of an article the language stages read: the headline and the
 * body paragraphs (with the dateline, which often names the place).
 * Boilerplate, captions and header lines are left alone.
 */
import type { Article } from '../model/article.js';
import type { Token } from './tokens/tokenize.js';
import { tokenize } from './tokens/tokenize.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: 'title' | 'dateline' | 'paragraph';
}

export function analysableSpans(article: Article): TextSpan[] {
  const out: TextSpan[] = [];
  const title = article.layer('zone', 'title')[0] ?? article.layer('meta', 'title')[0];
  if (title) out.push({ start: title.start, end: title.end, kind: 'title' });
  const dateline = article.layer('meta', 'dateline')[0];
  if (dateline) out.push({ start: dateline.start, end: dateline.end, kind: 'dateline' });
  for (const p of article.paragraphs()) out.push({ start: p.start, end: p.end, kind: 'paragraph' });
  // Spans never overlap: a title inside the first paragraph (some text layouts) is read once.
  out.sort((a, b) => a.start - b.start);
  return out.filter((s, i) => i === 0 || s.start >= out[i - 1].end);
}

/** Tokens of one sentence annotation, computed from the text (tokens are not stored). */
const tokenCache = new WeakMap<Article, Map<number, Token[]>>();

/** Lets the stage that tokenised a sentence hand its tokens on. */
export function rememberTokens(article: Article, sentence: { start: number }, tokens: Token[]): void {
  let byStart = tokenCache.get(article);
  if (!byStart) tokenCache.set(article, (byStart = new Map()));
  byStart.set(sentence.start, tokens);
}

export function sentenceTokens(article: Article, sentence: { start: number; end: number }): Token[] {
  let byStart = tokenCache.get(article);
  if (!byStart) tokenCache.set(article, (byStart = new Map()));
  let tokens = byStart.get(sentence.start);
  if (!tokens) byStart.set(sentence.start, (tokens = tokenize(article.text, sentence.start, sentence.end)));
  return tokens;
}
