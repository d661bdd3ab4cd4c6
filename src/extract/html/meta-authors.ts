/**
 * Author names from meta tags, JSON-LD, microdata, rel=author links and
 * byline elements, cleaned: "By" stripped, lists split on "and"/","/"&",
 * roles ("Staff", "Editor"), e-mails, URLs and menu words dropped.
 */
import type { Element } from 'domhandler';
import { namesOf, type JsonLdResult } from './json-ld.js';
import { metaValues, shortText, type PageSignals } from './page-signals.js';

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'twitter:creator:name'];

/** Wire agencies: credited in `agencies`, not as authors. */
const AGENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:the )?associated press$|^ap$/i, 'AP'], [/^reuters$|^thomson reuters$/i, 'Reuters'], [/^afp$|^agence france[- ]presse$/i, 'AFP'],
  [/^tass$/i, 'TASS'], [/^xinhua$/i, 'Xinhua'], [/^dpa$/i, 'dpa'], [/^ansa$/i, 'ANSA'], [/^efe$/i, 'EFE'], [/^pti$|^press trust of india$/i, 'PTI'],
  [/^ians$/i, 'IANS'], [/^upi$/i, 'UPI'], [/^kyodo(?: news)?$/i, 'Kyodo'], [/^yonhap$/i, 'Yonhap'], [/^bloomberg(?: news)?$/i, 'Bloomberg'],
  [/^anadolu(?: agency)?$/i, 'Anadolu'], [/^interfax$/i, 'Interfax'], [/^ria novosti$/i, 'RIA Novosti'], [/^cna$/i, 'CNA'], [/^aap$/i, 'AAP'],
];

/** Words that are roles, labels or menu text rather than names. */
const NOT_NAME = /^(?:staff|staff writer|staff reporter|editor|editors|editorial|editorial (?:board|staff|team)|reporter|correspondent|contributor|contributors|admin|administrator|guest|guest author|news desk|newsdesk|web desk|desk|team|the editors|more|follow|twitter|facebook|email|e-mail|view all posts|all posts|posts|articles|author|authors|about|home|menu|search|share|comments?|anonymous|unknown|null|undefined|none)$/i;

const BY_PREFIX = /^(?:(?:written|posted|reported|story|text|words|compiled|edited|photos?)\s+)?(?:by|von|par|por|di|door|av|przez)\s*:?\s+/i;

export interface AuthorFindings {
  readonly authors: string[];
  readonly agencies: string[];
}

function agencyOf(name: string): string | null {
  for (const [re, canonical] of AGENCIES) if (re.test(name)) return canonical;
  return null;
}

/** Splits and cleans one raw author string into candidate names. */
export function cleanAuthorNames(raw: string): string[] {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  s = s.replace(BY_PREFIX, '');
  // Trailing role or date after a separator: "Jane Doe | Staff Writer", "Jane Doe - Updated 3 hours ago".
  s = s.replace(/\s+(?:[|\u2022\u00b7]|[-\u2013\u2014]\s).*$/, '');
  s = s.replace(/\b(?:updated|published|posted)\b.*$/i, '').trim();
  const parts = s.split(/\s*(?:,|;|&|\/)\s*|\s+(?:and|und|et|y|e|i)\s+/i);
  const out: string[] = [];
  for (let p of parts) {
    p = p.replace(BY_PREFIX, '').replace(/^[\s"'“”‘’@(]+|[\s"'“”‘’.)]+$/g, '').trim();
    if (!p || p.length < 2 || p.length > 60) continue;
    if (/@|https?:|www\.|\.com\b|\d/.test(p)) continue;
    if (NOT_NAME.test(p)) continue;
    const words = p.split(/\s+/);
    if (words.length > 5) continue;
    // In scripts with case, a name starts with a capital letter.
    if (/^\p{Ll}/u.test(p) && !/^(?:de|van|von|da|del|la|le|al|el|bin|ibn)\s/i.test(p)) continue;
    out.push(p);
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

export function findAuthors(signals: PageSignals, jsonLd: JsonLdResult): AuthorFindings {
  const raw: string[] = [];
  raw.push(...metaValues(signals, AUTHOR_META).filter((v) => !/^https?:\/\//i.test(v)));
  if (jsonLd.article) raw.push(...namesOf(jsonLd.article.author), ...namesOf(jsonLd.article.creator));
  if (raw.length === 0) {
    for (const { prop, el } of signals.itemprops) if (prop === 'author' || prop === 'creator') raw.push(elementAuthorText(el));
    for (const l of signals.links) if (l.rel === 'author' && l.text) raw.push(l.text);
  }
  if (raw.length === 0) {
    // Byline elements: only short ones, so a whole author bio does not become a name.
    for (const el of signals.bylines.slice(0, 6)) {
      const t = shortText(el, 160);
      if (t && t.length <= 120) raw.push(t);
    }
  }
  const authors: string[] = [];
  const agencies: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const whole = agencyOf(r.trim());
    for (const name of whole ? [r.trim()] : cleanAuthorNames(r)) {
      const agency = agencyOf(name);
      const key = (agency ?? name).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (agency) agencies.push(agency);
      else if (authors.length < 10) authors.push(name);
    }
  }
  return { authors, agencies };
}
