/**
 * Generates site furniture of many shapes around a clean article body, with
 * gold labels per character, to measure body/boilerplate separation. The
 * shapes are written from how news sites look in general; several are shapes
 * the extractor has no explicit rule for (author bios, photo credits, bare
 * handles), so the benchmark can show misses too.
 */

export type Rand = () => number;
export interface Piece {
  readonly text: string;
  readonly gold: 'body' | 'furniture';
  readonly shape: string;
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const SECTIONS = ['World', 'Politics', 'Business', 'Europe', 'Asia', 'Sport', 'Science', 'Opinion', 'Middle East', 'Economy', 'Health', 'US', 'Culture'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SITE_NAMES = ['Harbour Post', 'Daily Ledger', 'Meridian Times', 'Eastern Herald', 'Capital Wire', 'Northern Star', 'The Observer Desk'];

function time(r: Rand): string {
  return `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
}
function dayMonth(r: Rand): string {
  return `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)}`;
}

/** A headline made from another document's sentence: its first words, no final stop. */
export function headlineFrom(sentence: string, r: Rand): string {
  const words = sentence.replace(/["“”]/g, '').split(/\s+/).slice(0, 6 + Math.floor(r() * 7));
  return words.join(' ').replace(/[,.;:]+$/, '');
}

type Shape = (r: Rand, headlines: () => string, site: string) => string[];

const HEADER_SHAPES: Record<string, Shape> = {
  'nav-pipes': (r) => [Array.from({ length: 4 + Math.floor(r() * 4) }, () => pick(r, SECTIONS)).join(' | ')],
  'skip-link': () => ['Skip to main content'],
  'breadcrumb': (r) => [`Home › ${pick(r, SECTIONS)} › ${pick(r, SECTIONS)}`],
  'title-and-date': (r, h) => [h(), `${dayMonth(r)} 2019 ${time(r)} (UTC+0${Math.floor(r() * 9)}:00)`],
  'scraper-date-title': (r, h) => [`date 2018-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)} ${h()}`],
  'title-published': (r, h) => [h(), `Published: ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, 2017 ${1 + Math.floor(r() * 11)}:0${Math.floor(r() * 9)} PM EST`],
  'title-byline': (r, h) => [h(), `By ${pick(r, ['Anna Kowal', 'David Mensah', 'Priya Raman', 'Lucas Moreau'])}`],
};

const TAIL_SHAPES: Record<string, Shape> = {
  'related-section-time': (r, h) => ['Related news', ...Array.from({ length: 3 + Math.floor(r() * 5) }, () => [h(), `${pick(r, SECTIONS)} ${r() < 0.5 ? `${dayMonth(r)} ` : ''}${time(r)}`]).flat()],
  'latest-relative': (r, h) => [pick(r, ['Latest', 'Most read', 'Trending now', 'Top stories']), ...Array.from({ length: 3 + Math.floor(r() * 4) }, () => [h(), `${1 + Math.floor(r() * 11)} hours ago`]).flat()],
  'more-from-plain': (r, h) => [`More from ${pick(r, SECTIONS)}`, ...Array.from({ length: 3 + Math.floor(r() * 3) }, () => h())],
  'follow-cta': (r, _h, site) => [`Follow ${site} on ${pick(r, ['Telegram', 'Twitter', 'Facebook', 'WhatsApp'])} for the latest updates`],
  'share-bar': (r) => [pick(r, ['Share this article', 'Share on Facebook', 'Share this:', 'Share'])],
  'comments-with-prose': (r) => [pick(r, ['Comments (3)', 'Leave a reply', 'Join the conversation', '4 comments']), 'This is exactly what everyone expected to happen.', `${pick(r, ['mark_t', 'Observer22', 'Jane R.'])} ${1 + Math.floor(r() * 9)} hours ago`, 'I do not agree at all, the report leaves out the most important part.'],
  'reader-disclaimer': (_r, _h, site) => [`The opinions expressed in reader comments are those of their authors and do not reflect the views of ${site}.`],
  'copyright': (_r, _h, site) => [`© 2019 ${site}. All rights reserved.`],
  'tags': (r) => [`Tags: ${Array.from({ length: 3 }, () => pick(r, SECTIONS)).join(', ')}`],
  'newsletter': () => ['Sign up for our daily newsletter', 'Get the top stories delivered to your inbox every morning.'],
  // Shapes without an explicit rule in the extractor.
  'author-bio': (r) => [`${pick(r, ['Anna Kowal', 'David Mensah'])} is a correspondent covering security and diplomacy.`],
  'photo-credit': (r) => [`Photo: ${pick(r, ['AFP', 'Reuters', 'Getty Images'])}`],
  'social-handles': (r) => [`@${pick(r, ['newsdesk', 'worldwire', 'dailyledger'])}`],
};

const INLINE_SHAPES: Record<string, Shape> = {
  'advertisement': () => ['Advertisement'],
  'read-more': (_r, h) => [`READ MORE: ${h()}`],
  'also-read': (_r, h) => [`Also read: ${h()}`],
};

export interface Composed {
  readonly text: string;
  /** Gold spans of body text and of furniture, in text order. */
  readonly pieces: ReadonlyArray<Piece & { start: number; end: number }>;
}

/** Builds one document: header furniture, body paragraphs with inline furniture, tail furniture. */
export function compose(paragraphs: string[], r: Rand, headlines: () => string): Composed {
  const site = pick(r, SITE_NAMES);
  const parts: Piece[] = [];
  const push = (shape: string, lines: string[], gold: Piece['gold']) => lines.forEach((text) => parts.push({ text, gold, shape }));
  const headerKeys = Object.keys(HEADER_SHAPES);
  for (const k of [pick(r, headerKeys), ...(r() < 0.5 ? [pick(r, headerKeys)] : [])]) push(k, HEADER_SHAPES[k](r, headlines, site), 'furniture');
  paragraphs.forEach((p, i) => {
    // ECB+ texts sometimes open with their own headline (no final stop): that is a title, not body.
    const isTitle = i === 0 && !/[.!?"”]$/.test(p) && p.length < 160;
    push(isTitle ? 'own-title' : 'body', [p], isTitle ? 'furniture' : 'body');
    if (i > 0 && i < paragraphs.length - 1 && r() < 0.15) {
      const k = pick(r, Object.keys(INLINE_SHAPES));
      push(k, INLINE_SHAPES[k](r, headlines, site), 'furniture');
    }
  });
  const tailKeys = Object.keys(TAIL_SHAPES);
  const nTail = 1 + Math.floor(r() * 3);
  for (let i = 0; i < nTail; i++) {
    const k = pick(r, tailKeys);
    push(k, TAIL_SHAPES[k](r, headlines, site), 'furniture');
  }
  const sep = r() < 0.5 ? '\n\n' : '\n';
  let text = '';
  const pieces: Array<Piece & { start: number; end: number }> = [];
  for (const p of parts) {
    if (text) text += sep;
    pieces.push({ ...p, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  return { text, pieces };
}
