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
  | { kind: 'byline'; start: number; end: number; names: string[]; agencies?: string[]; rule: string }
  | { kind: 'url'; start: number; end: number; rule: string };

const DATE_LABEL = /^(?:(published|posted|date|dated|time|first published|updated|last updated|modified|last modified)(?:\s+on)?\s*[:\-–|]?\s*)/iu;
const KEY_VALUE = /^(title|headline|source|url|link|author|authors|byline|reporter|reporters|writer|text|words)\s*:\s*(\S.*)$/iu;
const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+(?:(?:\p{Ll}+\s+){1,3}(?=\p{Lu}))?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|al|bin|da|di|la|le)){0,4}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})*)(?:\s*[,|–—-]\s*.*)?$/u;

/** "Ece Toprak | Reuters", "Jane Doe / AP": a name with the wire service after a bar. */
const PERSON = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";
const NAME_PIPE_AGENCY = new RegExp(`^(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)\\s*[|/]\\s*(Reuters|AP|AFP|Bloomberg|dpa|PTI|IANS|ANI|Xinhua|TASS|Kyodo|Yonhap|EFE|ANSA|Anadolu|Associated Press)$`, 'u');
/** "Kenji Moriyama, Staff Writer", "Ana Ruiz - Political Correspondent": a name with a newsroom role. */
const NAME_ROLE = new RegExp(`^(${PERSON})\\s*(?:,|\\s[-–|])\\s*(?:(?:\\p{L}+\\s+){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor)|[Ss]taff)$`, 'u');

/** Role words that bylines carry but that are not names. */
const ROLE_WORDS = /^(?:staff(?: writer| reporter)?|correspondent|editor|reporter|desk|bureau|team|news desk|web desk|agencies|special correspondent|senior (?:writer|editor|correspondent)|contributor|staff and agencies)$/iu;

/** Splits "A, B and C" into names. */
export function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|\band\b|&)\s*/u)
    .map((n) => n.trim())
    .filter((n) => n.length > 1 && /\p{Lu}/u.test(n) && !ROLE_WORDS.test(n) && !/\s(?:staff|desk|team|bureau|newsroom)$/iu.test(n))
    .filter((n) => !/^(?:\p{L}+\s+){0,2}(?:correspondent|reporter|editor|writer|columnist)$/iu.test(n))
    // "Maya Haddad Associated Press": a trailing affiliation is not part of the name.
    .map((n) => n.replace(/\s+(?:Associated Press|Reuters|AFP|Bloomberg|AP)$/u, ''))
    // "AMINA OKELLO" in a shouting byline is Amina Okello.
    .map((n) => (n === n.toUpperCase() ? n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()) : n));
}

const STAMP_SEGMENT = /^(?:(?:updated|last updated|modified|edited)\b.{0,40}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,5})?|(?:\d+|an?)\s+\p{L}+\s+ago|\d+\s*min(?:ute)?s?(?: read)?|\p{Lu}{2,5}|just now)$/iu;

/** True when what follows a date is only more stamp: times, zones, "Updated ...", reading time. */
export function isStampRemainder(rest: string): boolean {
  const segments = rest.split(/\s*[/|·•,]\s*/u).filter(Boolean);
  return segments.length > 0 && segments.length <= 4 && segments.every((seg) => STAMP_SEGMENT.test(seg.trim()));
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
  // Anything else after the date must itself be stamp material ("/ Updated 2 hours ago", "| 4 min read").
  return rest.length <= 12 || isStampRemainder(rest) ? facts : null;
}

/** Header lines often pack several facts between bars: "PTI | New Delhi | Updated: Mar 08, 2025 19:45 IST". */
const SEGMENT_SEPARATOR = /\s+[|·•]\s+/gu;

export function readHeaderBlock(block: Block): HeaderFact[] {
  const text = blockText(block);
  if (block.lines.length > 1) return [];
  // A date line may itself contain bars ("20 Feb 2024 | 08:15 GMT"); other barred lines are read segment by segment.
  if (!/\s+[|·•]\s+/u.test(text)) return readHeaderLine(text, block.start, block.end, false);
  const dated = readDateLine(text, block.start);
  if (dated) return dated;
  const agencyByline = NAME_PIPE_AGENCY.exec(text);
  if (agencyByline) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(agencyByline[1]), agencies: [agencyByline[2]], rule: 'name-agency-byline' }];
  const facts: HeaderFact[] = [];
  let from = 0;
  for (const m of text.matchAll(SEGMENT_SEPARATOR)) {
    facts.push(...readHeaderLine(text.slice(from, m.index), block.start + from, block.start + m.index!, true));
    from = m.index! + m[0].length;
  }
  facts.push(...readHeaderLine(text.slice(from), block.start + from, block.end, true));
  return facts.filter((f) => f.kind !== 'title');
}

/** Known wire services standing alone in a header segment ("PTI | New Delhi"). */
const WIRE_SEGMENT = /^(?:Reuters|AP|AFP|PTI|IANS|ANI|UNI|dpa|DPA|Xinhua|TASS|Kyodo|Yonhap|EFE|ANSA|Anadolu|Bernama|Antara|Bloomberg|Associated Press)$/u;
/** A line that is only a list of two or more person names: a byline without "By". */
const NAMES_ONLY = new RegExp(`^${"\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}"}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${"\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}"})+$`, 'u');

function readHeaderLine(text: string, start: number, end: number, segment: boolean): HeaderFact[] {
  const block: Block = { start, end, lines: [{ index: 0, start, end, text, blankBefore: 0 }] };
  const dated = readDateLine(text, block.start);
  if (dated) return dated;
  const kv = KEY_VALUE.exec(text);
  if (kv) {
    const valueStart = block.start + text.length - kv[2].length;
    const key = kv[1].toLowerCase();
    if (key === 'title' || key === 'headline') return [{ kind: 'title', start: valueStart, end: block.end, rule: 'key-value' }];
    if (key === 'url' || key === 'link') return [{ kind: 'url', start: valueStart, end: block.end, rule: 'key-value' }];
    if (/^(?:author|byline|reporter|writer|text|words)/u.test(key)) return [{ kind: 'byline', start: valueStart, end: block.end, names: splitNames(kv[2]), rule: 'key-value' }];
    return [];
  }
  const by = BYLINE.exec(text);
  if (by) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(by[1]), rule: 'byline' }];
  if (segment && WIRE_SEGMENT.test(text)) return [{ kind: 'byline', start: block.start, end: block.end, names: [], agencies: [text], rule: 'wire-segment' }];
  if (NAMES_ONLY.test(text)) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(text), rule: 'names-line' }];
  const agencyByline = NAME_PIPE_AGENCY.exec(text);
  if (agencyByline) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(agencyByline[1]), agencies: [agencyByline[2]], rule: 'name-agency-byline' }];
  const roleByline = NAME_ROLE.exec(text);
  if (roleByline) return [{ kind: 'byline', start: block.start, end: block.end, names: splitNames(roleByline[1]), rule: 'name-role-byline' }];
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
function titleScore(blocks: readonly Block[], i: number, bodyStart: number, dated: Set<number>, firstLong: number): number {
  const text = blockText(blocks[i]);
  const words = text.split(/\s+/).length;
  let score = words >= 5 ? 2 : words >= 3 ? 1 : 0;
  // The headline comes before any standfirst; standfirsts run longer.
  if (i === firstLong) score += 1;
  if (words > 20) score -= 1;
  if (dated.has(i + 1) || dated.has(i - 1)) score += 1;
  if (i === bodyStart - 1) score += 0.5;
  if (text === text.toUpperCase() && /\p{Lu}/u.test(text)) score -= 1;
  // A full stop marks a standfirst or caption; headlines rarely end with one.
  if (/[.]$/u.test(text)) score -= 1.5;
  return score;
}

/** A masthead: a short proper-name line at the very top ("Caspian Wire", "COASTAL TRIBUNE"). */
export function looksLikeMasthead(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 6 && !/\d/.test(text) && /^\p{Lu}/u.test(text) && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|&|of|the|and|de|la|del|di|du|le|el|da|do|y|et|l'\p{Lu}[\p{L}'’.-]*|d'\p{Lu}[\p{L}'’.-]*)$/u.test(w));
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
    // Mastheads and taglines sit above the menus; the headline comes after the last menu line.
    // (Share rows under the headline are menus too, so only menus with a long line after them count.)
    const long = (c: number) => blockText(blocks[c]).split(/\s+/).length >= 5;
    const lastLong = [...candidates].reverse().find(long) ?? -1;
    let lastNav = -1;
    for (let k = 0; k < lastLong; k++) if (signals[k].kind === 'nav') lastNav = k;
    const firstLong = candidates.find((c) => c > lastNav && long(c)) ?? candidates.find(long) ?? -1;
    const score = (c: number) => titleScore(blocks, c, i, dated, firstLong);
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    facts.push({ kind: 'title', start: blocks[best].start, end: blocks[best].end, rule: 'headline-line' });
    const first = candidates[0];
    if (first < best && first <= 1 && looksLikeMasthead(blockText(blocks[first]).split(/\s+[|·•]\s+/u)[0])) {
      facts.push({ kind: 'masthead', start: blocks[first].start, end: blocks[first].end, rule: 'masthead-line' });
    }
  }
  return { bodyStart: i, facts };
}
