/**
 * Caps element nesting before parsing. htmlparser2 keeps its open-element
 * stack in an array it shifts and unshifts, so each tag costs time in
 * proportion to the depth: 100,000 nested elements take tens of seconds.
 * Real pages nest a few dozen levels; tags opened beyond MAX_DEPTH (and their
 * closing tags) are dropped, which keeps their text and bounds the parse.
 */

export const MAX_DEPTH = 400;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
/** Elements the parser closes implicitly (`<li><li>`, `<p><p>`): they do not deepen the tree. */
const IMPLIED_CLOSE = new Set(['p', 'li', 'option', 'optgroup', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rb', 'rt', 'rp', 'colgroup']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

interface Tag {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/** Reads the tag starting at `i` (html[i] === '<'), or null when it is not a tag. */
function readTag(html: string, i: number): Tag | null {
  let j = i + 1;
  const closing = html.charCodeAt(j) === 47; // '/'
  if (closing) j++;
  const nameStart = j;
  while (j < html.length) {
    const c = html.charCodeAt(j);
    const isNameChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
    if (!isNameChar) break;
    j++;
  }
  if (j === nameStart) return null;
  const first = html.charCodeAt(nameStart);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return null;
  const name = html.slice(nameStart, j).toLowerCase();
  const end = findTagEnd(html, j);
  return { start: i, end, name, closing, selfClosing: html.charCodeAt(end - 2) === 47 };
}

/** Index just past the `>` that ends a tag, skipping quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k + 1;
  }
  return html.length;
}

/**
 * The tags that open or close a level of nesting, in order: comments, doctype,
 * raw-text contents, void, self-closing and implicitly closed tags are passed over.
 */
function* nestingTags(html: string): Generator<Tag> {
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i + 1)) {
    const next = skipSpecial(html, i);
    if (next !== i) {
      i = next - 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) continue;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      i = skipRawText(html, tag) - 1;
      continue;
    }
    i = tag.end - 1;
    if (VOID.has(tag.name) || IMPLIED_CLOSE.has(tag.name) || tag.selfClosing) continue;
    yield tag;
  }
}

/** Deepest nesting the document reaches, counted as the parser would (stops early past `limit`). */
function exceedsDepth(html: string, limit: number): boolean {
  let depth = 0;
  for (const tag of nestingTags(html)) {
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}

/** Skips comments, doctype and processing instructions; returns `i` when none starts here. */
function skipSpecial(html: string, i: number): number {
  if (html.startsWith('<!--', i)) {
    const close = html.indexOf('-->', i + 4);
    return close < 0 ? html.length : close + 3;
  }
  const c = html.charCodeAt(i + 1);
  if (c === 33 || c === 63) {
    const close = html.indexOf('>', i + 2);
    return close < 0 ? html.length : close + 1;
  }
  return i;
}

function skipRawText(html: string, tag: Tag): number {
  const close = indexOfCaseInsensitive(html, `</${tag.name}`, tag.end);
  return close < 0 ? html.length : close;
}

function indexOfCaseInsensitive(html: string, needle: string, from: number): number {
  for (let k = html.indexOf('</', from); k >= 0; k = html.indexOf('</', k + 2)) {
    if (html.slice(k, k + needle.length).toLowerCase() === needle) return k;
  }
  return -1;
}

/** The HTML with elements nested deeper than `maxDepth` unwrapped; unchanged for ordinary pages. */
export function capNesting(html: string, maxDepth = MAX_DEPTH): string {
  if (!exceedsDepth(html, maxDepth)) return html;
  const out: string[] = [];
  const dropped: boolean[] = [];
  let depth = 0;
  let copiedTo = 0;
  for (const tag of nestingTags(html)) {
    let drop = false;
    if (tag.closing) {
      drop = dropped.pop() ?? false;
      if (!drop) depth = Math.max(0, depth - 1);
    } else {
      drop = depth >= maxDepth;
      dropped.push(drop);
      if (!drop) depth++;
    }
    if (drop) {
      out.push(html.slice(copiedTo, tag.start));
      copiedTo = tag.end;
    }
  }
  out.push(html.slice(copiedTo));
  return out.join('');
}
