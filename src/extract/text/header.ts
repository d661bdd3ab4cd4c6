/**
 * The header zone of scraped text: lines before the first body paragraph.
 * Scrapers and sites put the title, a date/time line, a byline and menus
 * there. Each line is read by small parsers (null when they do not apply);
 * what they find becomes metadata evidence, and the lines are kept as
 * `header` boilerplate.
 */
import type { Block } from './lines.js';
import { blockText } from './lines.js';
import type { LineSignal } from './signals.js';
import { parseDateTimeAt, type ParsedDateTime } from '../dates/parse-datetime.js';

export type HeaderFact =
  | { kind: 'title' | 'masthead'; start: number; end: number; rule: string }
  | { kind: 'published' | 'modified'; start: number; end: number; value: ParsedDateTime; rule: string }
  | { kind: 'byline'; start: number; end: number; names: string[]; rule: string }
  | { kind: 'url'; start: number; end: number; rule: string };

const DATE_LABEL = /^(?:(published|posted|date|dated|time|first published|updated|last updated|modified|last modified)(?:\s+on)?\s*[:\-–|]?\s*)/iu;
const KEY_VALUE = /^(title|headline|source|url|link|author|authors|byline)\s*:\s*(\S.*)$/iu;
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|di|la|le)){0,4}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})*)(?:\s*[,|–—-]\s*.*)?$/u;

/** Splits "A, B and C" into names. */
export function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|\band\b|&)\s*/u)
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && /\p{Lu}/u.test(n))
    // "AMINA OKELLO" in a shouting byline is Amina Okello.
    .map((n) => (n === n.toUpperCase() ? n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()) : n));
}

/** Reads a date line ("7 November 2019 07:16 (UTC+04:00)", "Updated: Mar 3, 2021") or a `date YYYY-MM-DD Title` header. */
function readDateLine(text: string, offset: number): HeaderFact[] | null {
  const label = DATE_LABEL.exec(text);
  const at = label ? label[0].length : 0;
  const parsed = parseDateTimeAt(text, at);
  if (!parsed) return null;
  const kind = label && /updat|modif/iu.test(label[1]) ? 'modified' : 'published';
  const rest = text.slice(parsed.end).replace(/^[\s|,;:·•–—-]+/u, '');
  const shifted = { ...parsed, start: parsed.start + offset, end: parsed.end + offset };
  const facts: HeaderFact[] = [{ kind, start: offset + at, end: offset + parsed.end, value: shifted, rule: label ? 'labelled-date' : 'date-line' }];
  if (rest.length === 0) return facts;
  // "Published 20 Feb 2024 | 08:15 GMT · Updated 20 Feb 2024 | 11:40 GMT": a second labelled stamp.
  if (DATE_LABEL.test(rest)) {
    const more = readDateLine(rest, offset + text.length - rest.length);
    if (more) return [...facts, ...more];
  }
  // A date followed by a headline on the same line: a scraper's "date ... Title" header.
  if (label && rest.split(/\s+/).length >= 3 && !/\d{1,2}:\d{2}/.test(rest)) {
    const restStart = offset + text.length - rest.length;
    facts.push({ kind: 'title', start: restStart, end: offset + text.length, rule: 'date-title-header' });
    return facts;
  }
  // Anything else after the date means this is not a pure date line.
  return rest.length <= 12 ? facts : null;
}

export function readHeaderBlock(block: Block): HeaderFact[] {
  const text = blockText(block);
  if (block.lines.length > 1) return [];
  const dated = readDateLine(text, block.start);
  if (dated) return dated;
  const kv = KEY_VALUE.exec(text);
  if (kv) {
    const valueStart = block.start + text.length - kv[2].length;
    const key = kv[1].toLowerCase();
    if (key === 'title' || key === 'headline') return [{ kind: 'title', start: valueStart, end: block.end, rule: 'key-value' }];
    if (key === 'url' || key === 'link') return [{ kind: 'url', start: valueStart, end: block.end, rule: 'key-value' }];
    if (key.startsWith('author') || key === 'byline') return [{ kind: 'byline', start: valueStart, end: block.end, names: splitNames(kv[2]), rule: 'key-value' }];
    return [];
  }
  const by = BYLINE.exec(text);
  if (by) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(by[1]), rule: 'byline' }];
  return [];
}

/** A block opens the body when it reads as prose: a sentence of some length. */
export function isBodyProse(block: Block, signal: LineSignal): boolean {
  if (signal.strength !== 'prose') return false;
  const text = blockText(block);
  const words = text.split(/\s+/).length;
  return words >= 8 || text.length >= 60;
}

export interface HeaderResult {
  /** First block of the body (blocks.length when none). */
  readonly bodyStart: number;
  readonly facts: HeaderFact[];
}

/** A short line directly followed by a date line or byline is a headline, even if it reads as prose. */
function headerFollows(blocks: readonly Block[], i: number): boolean {
  if (blocks[i].end - blocks[i].start > 160) return false;
  return blocks.slice(i + 1, i + 3).some((b) => readHeaderBlock(b).some((f) => f.kind !== 'title' && f.kind !== 'masthead'));
}

/** How much a header line looks like the headline: several words, near the date or byline, not shouting. */
function titleScore(blocks: readonly Block[], i: number, bodyStart: number, dated: Set<number>): number {
  const text = blockText(blocks[i]);
  const words = text.split(/\s+/).length;
  let score = words >= 5 ? 2 : words >= 3 ? 1 : 0;
  if (dated.has(i + 1) || dated.has(i - 1)) score += 1;
  if (i === bodyStart - 1) score += 0.5;
  if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) score -= 1;
  return score;
}

/** A masthead: a short proper-name line at the very top ("Caspian Wire", "COASTAL TRIBUNE"). */
export function looksLikeMasthead(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 4 && !/\d/.test(text) && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and)$/u.test(w));
}

export function readHeader(blocks: readonly Block[], signals: readonly LineSignal[]): HeaderResult {
  const facts: HeaderFact[] = [];
  const dated = new Set<number>();
  const candidates: number[] = [];
  let i = 0;
  for (; i < blocks.length; i++) {
    const found = readHeaderBlock(blocks[i]);
    if (found.length > 0) {
      facts.push(...found);
      if (found.some((f) => f.kind !== 'title')) dated.add(i);
      continue;
    }
    if (isBodyProse(blocks[i], signals[i]) && !headerFollows(blocks, i)) break;
    if (signals[i].strength !== 'strong') candidates.push(i);
  }
  if (!facts.some((f) => f.kind === 'title') && candidates.length > 0) {
    const best = candidates.reduce((a, b) => (titleScore(blocks, b, i, dated) >= titleScore(blocks, a, i, dated) ? b : a));
    facts.push({ kind: 'title', start: blocks[best].start, end: blocks[best].end, rule: 'headline-line' });
    const first = candidates[0];
    if (first < best && first === 0 && looksLikeMasthead(blockText(blocks[first]))) {
      facts.push({ kind: 'masthead', start: blocks[first].start, end: blocks[first].end, rule: 'masthead-line' });
    }
  }
  return { bodyStart: i, facts };
}
