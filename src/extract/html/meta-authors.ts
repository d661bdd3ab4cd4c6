/**
 * Author names from meta tags, JSON-LD, microdata, rel=author links and
 * byline elements, cleaned: "By" stripped, lists split on "and"/","/"&",
 * roles ("Staff", "AP Sports Writer"), credentials, e-mails, URLs, menu words
 * and the publisher's own name dropped; wire agencies go to `agencies`.
 */
import type { Element } from 'domhandler';
import { namesOf, nodeTypes, resolveReference, type JsonLdResult, type JsonObject } from './json-ld.js';
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
const ORGANISATION_WORD = /\b(?:staff|reports|wire|services|bureau|desk|newsdesk|newsroom|team|agency|agencies|editorial|weekly|network|media|association|university|institute|society|council|ministry|department|organi[sz]ation|foundation|company|inc|ltd|corp|group)\b/i;
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
  let s = raw.replace(/[\s\u00a0]+/g, ' ').replace(/^[^\p{L}]+/u, '').trim();
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
    const withoutRole = p.replace(TRAILING_ROLE, '').trim();
    // "CNN Editor-at-large": a one-word credit left by a role is the outlet, not a person.
    if (withoutRole !== p && withoutRole.split(/\s+/).length === 1 && !agencyOf(withoutRole)) continue;
    p = withoutRole;
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
function jsonLdAuthors(article: JsonObject, nodes: readonly JsonObject[]): string[] {
  const out: string[] = [];
  for (const key of ['author', 'creator']) {
    const value = article[key];
    for (const ref of Array.isArray(value) ? value : [value]) {
      const item = resolveReference(ref, nodes);
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
  // Sources in order of trust; the first that yields a clean name wins. JSON-LD says which
  // authors are people, while meta author tags sometimes name the publisher's owner.
  const sources: Array<() => string[]> = [
    () => (jsonLd.article ? jsonLdAuthors(jsonLd.article, jsonLd.nodes) : []),
    () => metaValues(signals, AUTHOR_META).filter((v) => !/^https?:\/\//i.test(v)),
    () => [
      ...signals.itemprops.filter(({ prop, el }) => (prop === 'author' || prop === 'creator') && isArticleContext(el)).map(({ el }) => elementAuthorText(el)),
      ...signals.links.filter((l) => l.rel === 'author' && l.text).map((l) => l.text),
    ],
    // Byline elements: only short ones, so a whole author bio does not become a name.
    () => signals.bylines.filter(isArticleContext).slice(0, 6).map((el) => shortText(el, 160)).filter((t) => t.length > 0 && t.length <= 120),
  ];
  const publishers = publisher.map(squash).filter((p) => p.length >= 2);
  const isPublisher = (name: string): boolean => {
    const n = squash(name);
    return publishers.some((p) => p === n || (n.length >= 3 && p.includes(n)) || n.startsWith(p));
  };
  const agencies: string[] = [];
  for (const source of sources) {
    const authors: string[] = [];
    for (const r of source()) {
      for (const name of agencyOf(r) ? [r.trim()] : cleanAuthorNames(r)) {
        const agency = agencyOf(name);
        if (agency) {
          if (!agencies.includes(agency)) agencies.push(agency);
        } else if (!isPublisher(name) && authors.length < 10 && !authors.some((a) => squash(a) === squash(name))) {
          authors.push(name);
        }
      }
    }
    if (authors.length > 0) return { authors: dropAffiliatedForms(authors), agencies };
  }
  return { authors: [], agencies };
}

/** "Kevin McCoy USA TODAY" next to "Kevin McCoy": the longer form carries an affiliation. */
function dropAffiliatedForms(authors: string[]): string[] {
  const words = authors.map((a) => a.toLowerCase().split(/\s+/));
  return authors.filter((_, i) => !words.some((w, j) => j !== i && w.length < words[i].length && w.every((x, k) => words[i][k] === x)));
}
