/**
 * Renders a parsed HTML document to block-structured text, the way a browser
 * lays it out: block-level elements start new blocks, `<br>` breaks lines (two
 * in a row end a block), inline text is concatenated and whitespace collapsed.
 * The walk is iterative so pathological nesting cannot overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler';

/** Elements that start and end a block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'noframes', 'listing', 'plaintext', 'xmp',
]);

/** Elements whose content is never visible text (scripts, media, controls). */
const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'canvas', 'object', 'embed',
  'video', 'audio', 'source', 'track', 'map', 'area', 'img', 'picture', 'button', 'input', 'select', 'textarea',
  'option', 'optgroup', 'datalist', 'meter', 'progress', 'link', 'meta', 'base', 'title', 'param',
]);

export interface Block {
  readonly index: number;
  /** Normalised text; lines separated by `\n`. */
  readonly text: string;
  /** Innermost block-level element that holds the text (the document root for stray text). */
  readonly owner: Element | null;
  /** Tag name of the owner (`#root` for text outside any element). */
  readonly tag: string;
  /** Visible (non-space) characters, and those inside links. */
  readonly chars: number;
  readonly linkChars: number;
  /** Offsets of the block in the page text. */
  readonly start: number;
  readonly end: number;
}

/** Text totals and block range of an element's subtree. */
export interface ElementStats {
  chars: number;
  linkChars: number;
  /** Index of the first block inside, and one past the last (first === end: none). */
  firstBlock: number;
  endBlock: number;
}

export interface RenderedPage {
  readonly text: string;
  readonly blocks: Block[];
  readonly stats: Map<Element, ElementStats>;
}

const BLOCK_SEPARATOR = '\n\n';

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  const style = a.style;
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && !(c >= 0x2000 && c <= 0x200b) && c !== 0x3000) n++;
  }
  return n;
}

/** Collapses whitespace in each line of a block, dropping blank lines at the edges. */
function normaliseLines(raw: string, pre: boolean): string {
  const lines = raw.split('\n').map((l) => (pre ? l.replace(/\s+$/, '') : l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()));
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.join('\n');
}

interface Frame {
  node: AnyNode;
  exit: boolean;
}

/** Walks the DOM and returns the rendered page text with its blocks. */
export function renderBlocks(doc: Document): RenderedPage {
  const blocks: Block[] = [];
  const stats = new Map<Element, ElementStats>();
  const owners: Element[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let breaksInRow = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let offset = 0;
  const pieces: string[] = [];

  const flush = (): void => {
    if (chars === 0) {
      parts = [];
      breaksInRow = 0;
      return;
    }
    const owner = owners.length > 0 ? owners[owners.length - 1] : null;
    const pre = preDepth > 0;
    const text = normaliseLines(parts.join(''), pre);
    if (text.length > 0) {
      if (blocks.length > 0) {
        pieces.push(BLOCK_SEPARATOR);
        offset += BLOCK_SEPARATOR.length;
      }
      blocks.push({ index: blocks.length, text, owner, tag: owner ? owner.name : '#root', chars, linkChars, start: offset, end: offset + text.length });
      pieces.push(text);
      offset += text.length;
    }
    parts = [];
    chars = 0;
    linkChars = 0;
    breaksInRow = 0;
  };

  const stack: Frame[] = [{ node: doc, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      const visible = countVisible(data);
      if (visible > 0) {
        parts.push(preDepth > 0 ? data.replace(/\r\n?/g, '\n') : data.replace(/[\s]+/g, ' '));
        chars += visible;
        if (linkDepth > 0) linkChars += visible;
        breaksInRow = 0;
      } else if (preDepth > 0) {
        parts.push(data.replace(/\r\n?/g, '\n'));
      } else if (data.length > 0) {
        parts.push(' ');
      }
      continue;
    }
    if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    const isBlock = BLOCK_TAGS.has(name);
    if (frame.exit) {
      if (isBlock) {
        flush();
        owners.pop();
      }
      if (name === 'a') linkDepth--;
      if (name === 'pre' || name === 'textarea' || name === 'listing' || name === 'xmp') preDepth--;
      // An inline element's text sits in the block still being built, which gets the next index.
      stats.get(el)!.endBlock = blocks.length + (!isBlock && chars > 0 ? 1 : 0);
      continue;
    }
    if (name === 'br') {
      if (chars > 0) {
        breaksInRow++;
        if (breaksInRow >= 2 && preDepth === 0) flush();
        else parts.push('\n');
      }
      continue;
    }
    if (SKIPPED_TAGS.has(name) || isHidden(el)) continue;
    if (isBlock) {
      flush();
      owners.push(el);
    }
    if (name === 'a') linkDepth++;
    if (name === 'pre' || name === 'listing' || name === 'xmp') preDepth++;
    stats.set(el, { chars: 0, linkChars: 0, firstBlock: blocks.length, endBlock: blocks.length });
    stack.push({ node: el, exit: true });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i], exit: false });
  }
  flush();
  creditBlocks(blocks, stats);
  return { text: pieces.join(''), blocks, stats };
}

/** Credits each block's counts to its owner, then bubbles subtree totals upward (linear time). */
function creditBlocks(blocks: Block[], stats: Map<Element, ElementStats>): void {
  for (const s of stats.values()) {
    s.chars = 0;
    s.linkChars = 0;
  }
  for (const b of blocks) {
    if (!b.owner) continue;
    const s = stats.get(b.owner);
    if (s) {
      s.chars += b.chars;
      s.linkChars += b.linkChars;
    }
  }
  // Elements in reverse document order: children come after parents in Map insertion order.
  const entries = [...stats.entries()];
  for (let i = entries.length - 1; i >= 0; i--) {
    const [el, s] = entries[i];
    const parent = el.parent;
    if (!parent || parent.type === 'root') continue;
    const ps = stats.get(parent as Element);
    if (ps) {
      ps.chars += s.chars;
      ps.linkChars += s.linkChars;
    }
  }
}
