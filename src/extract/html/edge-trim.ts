/**
 * Trims metadata lines from the edges of the body: date lines and bylines
 * before the first paragraph, author names and bios after the last. Applied
 * only at the edges, where such lines sit; inside the body they may be prose.
 */
import type { BoilerplateKind } from '../../model/annotation.js';
import type { BlockDecision } from './body-selection.js';
import type { RenderedPage } from './dom-to-blocks.js';

const YEAR = /\b(?:19[89]\d|20\d\d)\b/;
const TIME = /\b\d{1,2}[:.h]\d{2}\b/;
const DAY = /\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?\b/;

/** A short line that states a date (any language): a year plus a day or a time, and no sentence. */
export function isDateLine(text: string): boolean {
  if (text.length > 120 || !YEAR.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > 16 || /[.!?]["\u201d]?$/.test(text) && !/\b(?:a\.m|p\.m)\.$/i.test(text)) return false;
  return TIME.test(text) || (DAY.test(text.replace(YEAR, ' ')) && words <= 10);
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'\u2019.-]*|de|van|von|der|da|del|la|le|al|bin)$/u;

/** A line that is only a person's name ("Phil Helsel"): two to four capitalised words. */
export function isNameLine(text: string): boolean {
  if (text.length > 40) return false;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(text);
}

const BIO = /^\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+){0,3} (?:is|was|has been|covers|writes)\b.{0,80}\b(?:reporter|writer|editor|correspondent|journalist|producer|contributor|columnist|intern|fellow|author|covers|writes about|based in)\b/u;

/** An author bio sentence ("Jane Doe is a reporter for ..."). */
export function isAuthorBio(text: string): boolean {
  return text.length <= 300 && BIO.test(text);
}

function asBoilerplate(kind: BoilerplateKind, rule: string): BlockDecision {
  return { role: 'boilerplate', kind, rule: `edge/${rule}`, confidence: 0.6 };
}

/** Rewrites leading and trailing body decisions that are metadata lines. */
export function trimBodyEdges(page: RenderedPage, decisions: BlockDecision[]): void {
  // Quoted blocks (embedded posts end with their author and date) are left alone.
  const body = decisions.map((d, i) => (d.role === 'body' ? i : -1)).filter((i) => i >= 0);
  if (body.length < 2) return;
  // Leading: date lines and bylines before the first paragraph.
  for (const i of body) {
    const text = page.blocks[i].text;
    if (isDateLine(text)) decisions[i] = asBoilerplate('header', 'date-line');
    else break;
  }
  // Trailing: author names, bios and date lines after the last paragraph.
  for (let k = body.length - 1; k > 0; k--) {
    const i = body[k];
    const text = page.blocks[i].text;
    const d = decisions[i];
    if (d.role === 'body' && d.tag === 'blockquote') break;
    if (isDateLine(text)) decisions[i] = asBoilerplate('header', 'date-line');
    else if (isNameLine(text)) decisions[i] = asBoilerplate('header', 'author-line');
    else if (isAuthorBio(text)) decisions[i] = asBoilerplate('header', 'author-bio');
    else break;
  }
}
