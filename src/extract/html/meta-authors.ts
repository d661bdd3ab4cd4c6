/**
 * Author names from meta tags, JSON-LD, microdata, rel=author links and
 * byline elements, cleaned: "By" stripped, lists split on "and"/","/"&",
 * roles ("Staff", "AP Sports Writer"), credentials, e-mails, URLs, menu words
 * and the publisher's own name dropped; wire agencies go to `agencies`.
 */
import type { Element } from 'domhandler';
import { namesOf, nodeTypes, type JsonLdResult, type JsonObject } from './json-ld.js';
import { metaValues, shortText, type PageSignals } from './page-signals.js';

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'twitter:creator:name'];

/** Wire agencies: credited in `agencies`, not as authors. */
const AGENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:the )?associated press$|^ap$/i, 'AP'], [/^reuters$|^thomson reuters$/i, 'Reuters'], [/^afp$|^agence france[- ]presse$/i, 'AFP'],
  [/^tass$/i, 'TASS'], [/^xinhua$/i, 'Xinhua'], [/^dpa$/i, 'dpa'], [/^ansa$/i, 'ANSA'], [/^efe$/i, 'EFE'], [/^pti$|^press trust of india$/i, 'PTI'],
  [/^ians$/i, 'IANS'], [/^upi$/i, 'UPI'], [/^kyodo(?: news)?$/i, 'Kyodo'], [/^yonhap$/i, 'Yonhap'], [/^bloomberg(?: news)?$/i, 'Bloomberg'],
  [/^anadolu(?: agency)?$/i, 'Anadolu'], [/^interfax$/i, 'Interfax'], [/^ria novosti$/i, 'RIA Novosti'], [/^aap$/i, 'AAP'],
];

/** Whole values that are roles, labels or menu text rather than names. */
const NOT_NAME = /^(?:by|the editors|more|follow|twitter|facebook|email|e-mail|view all posts|all posts|posts|articles|author|authors|about|home|menu|search|share|comments?|anonymous|unknown|null|undefined|none|admin|administrator|guest|guest author)$/i;
/** Words that make a value an organisation or a role ("Staff Reports", "Detroit News wire services"). */
const ORGANISATION_WORD = /\b(?:staff|reports|wire|services|bureau|desk|newsdesk|newsroom|team|agencies|editorial|weekly|network|media)\b/i;
/** A role after the name: "Jane Doe Contributing Writer", "AP Sports Writer". */
const TRAILING_ROLE = /(?:^|\s+)(?:(?:AP|senior|staff|contributing|chief|national|political|sports|auto|special|associate|managing|executive|deputy|news|science|tech|business|investigative|foreign|white house|legal|health)\s+)*(?:writer|editor|reporter|correspondent|columnist|contributor|producer|analyst|critic|editor-at-large|intern)s?$/i;
const ROLE_WORD = /\b(?:writer|editor|reporter|correspondent|columnist|contributor|producer)s?\b/i;
const CREDENTIAL = /^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$/;
const WEEKDAY = /\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i;
const PARTICLE = /^(?:de|van|von|der|den|da|del|della|di|du|dos|das|la|le|al|el|bin|ibn|y|e)$/;
/** "By", "Written by", "Analysis by", "Text:" before the name. */
const BY_PREFIX = /^(?:[\p{L}-]+\s+){0,2}(?:[Bb][Yy]|von|par|por|door|przez)\s*:?\s+|^[\p{L} ]{2,20}:\s+/u;

export interface AuthorFindings {
  readonly authors: string[];
  readonly agencies: string[];
}

function agencyOf(name: string): string | null {
  for (const [re, canonical] of AGENCIES) if (re.test(name.trim())) return canonical;
  return null;
}

function looksLikeName(p: string): boolean {
  if (p.length < 2 || p.length > 60 || /@|https?:|www\.|\.com\b|\d|\(|\)|commented/i.test(p)) return false;
  if (NOT_NAME.test(p) || ORGANISATION_WORD.test(p) || /^the\s/i.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length > 5) return false;
  // Names are capitalised (in scripts with case); only particles ("van", "de") may be lower case.
  return words.every((w) => !/^\p{Ll}/u.test(w) || PARTICLE.test(w));
}

/** Splits and cleans one raw author string into candidate names (agencies included, tested by the caller). */
export function cleanAuthorNames(raw: string): string[] {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  s = s.replace(BY_PREFIX, '');
  // Trailing role or date after a separator: "Jane Doe | Staff Writer", "Jane Doe - Updated 3 hours ago".
  s = s.replace(/\s+(?:[|\u2022\u00b7]|[-\u2013\u2014]\s).*$/, '');
  s = s.replace(/\b(?:updated|published|posted)\b.*$/i, '').replace(WEEKDAY, '').trim();
  const parts = s.split(/\s*(?:,|;|&|\/)\s*|\s+(?:and|und|et|y|e|i)\s+/i);
  const out: string[] = [];
  for (let p of parts) {
    p = p.replace(BY_PREFIX, '').replace(/^[\s"'“”‘’@(]+|[\s"'“”‘’.)]+$/g, '').trim();
    if (CREDENTIAL.test(p) && !agencyOf(p)) continue;
    // "Tom Davies Associated Press": the affiliation is dropped (and credited when it is an agency).
    for (const [re] of AGENCIES) {
      const m = new RegExp(`\\s+(?:${re.source.replace(/\^|\$/g, '')})$`, 'i').exec(p);
      if (m && m.index > 0) {
        out.push(m[0].trim());
        p = p.slice(0, m.index);
        break;
      }
    }
    // "AP National Security Writer": an agency's staff credit, not a name.
    const first = p.split(/\s+/)[0];
    if (agencyOf(first) && ROLE_WORD.test(p)) {
      out.push(first);
      continue;
    }
    p = p.replace(TRAILING_ROLE, '').trim();
    if (agencyOf(p) || looksLikeName(p)) out.push(p);
  }
  return out;
}

function elementAuthorText(el: Element): string {
  // Microdata: prefer a nested itemprop=name.
  const stack: Element[] = [el];
  let steps = 0;
  while (stack.length > 0 && steps++ < 200) {
    const e = stack.pop()!;
    if (e !== el && e.attribs.itemprop?.toLowerCase() === 'name') return e.attribs.content ?? shortText(e, 120);
    for (const c of e.children) if (c.type === 'tag') stack.push(c as Element);
  }
  return el.attribs.content ?? shortText(el, 160);
}

/** JSON-LD authors that are people (organisations credited as author are the publisher, or an agency). */
function jsonLdAuthors(article: JsonObject): string[] {
  const out: string[] = [];
  for (const key of ['author', 'creator']) {
    const value = article[key];
    for (const item of Array.isArray(value) ? value : [value]) {
      const isOrganisation = typeof item === 'object' && item !== null && nodeTypes(item as JsonObject).some((t) => /organization/i.test(t));
      const names = namesOf(item);
      if (isOrganisation) out.push(...names.filter((n) => agencyOf(n)));
      else out.push(...names);
    }
  }
  return out;
}

const squash = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Authors and agencies. `isArticleContext` filters byline elements (those in
 * comments or related lists are commenters and other authors); `publisher`
 * names (site, host) are not authors.
 */
export function findAuthors(signals: PageSignals, jsonLd: JsonLdResult, isArticleContext: (el: Element) => boolean, publisher: readonly string[]): AuthorFindings {
  // JSON-LD says which authors are people; meta author tags sometimes name the publisher's owner.
  const raw: string[] = jsonLd.article ? jsonLdAuthors(jsonLd.article) : [];
  if (raw.length === 0) raw.push(...metaValues(signals, AUTHOR_META).filter((v) => !/^https?:\/\//i.test(v)));
  if (raw.length === 0) {
    for (const { prop, el } of signals.itemprops) if ((prop === 'author' || prop === 'creator') && isArticleContext(el)) raw.push(elementAuthorText(el));
    for (const l of signals.links) if (l.rel === 'author' && l.text) raw.push(l.text);
  }
  if (raw.length === 0) {
    // Byline elements: only short ones, so a whole author bio does not become a name.
    for (const el of signals.bylines.filter(isArticleContext).slice(0, 6)) {
      const t = shortText(el, 160);
      if (t && t.length <= 120) raw.push(t);
    }
  }
  const publishers = publisher.map(squash).filter((p) => p.length >= 2);
  const isPublisher = (name: string): boolean => {
    const n = squash(name);
    return publishers.some((p) => p === n || (n.length >= 3 && p.includes(n)) || n.startsWith(p));
  };
  const authors: string[] = [];
  const agencies: string[] = [];
  for (const r of raw) {
    for (const name of agencyOf(r) ? [r.trim()] : cleanAuthorNames(r)) {
      const agency = agencyOf(name);
      if (agency) {
        if (!agencies.includes(agency)) agencies.push(agency);
      } else if (!isPublisher(name) && authors.length < 10) {
        // Keep one form of a name: "Troy Smith" and "troy smith" are the same author.
        if (!authors.some((a) => squash(a) === squash(name))) authors.push(name);
      }
    }
  }
  // "Kevin McCoy USA TODAY" next to "Kevin McCoy": the longer form carries an affiliation.
  const words = authors.map((a) => a.toLowerCase().split(/\s+/));
  const kept = authors.filter((_, i) => !words.some((w, j) => j !== i && w.length < words[i].length && w.every((x, k) => words[i][k] === x)));
  return { authors: kept, agencies };
}
