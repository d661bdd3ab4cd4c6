/**
 * Finds site furniture after the article body (and inside it) from block
 * signals. The tail starts at the earliest strong signal after which almost
 * nothing reads like article prose; its blocks take the kind of the list
 * heading above them ("Related news" → related, "Comments" → comments).
 */
import type { BoilerplateKind } from '../../model/annotation.js';
import type { Block } from './lines.js';
import type { LineSignal } from './signals.js';

export interface BoilerplateBlock {
  readonly block: number;
  readonly kind: BoilerplateKind;
  readonly rule: string;
}

const MAX_PROSE_IN_TAIL = 250;
const SHORT_PROSE = 120;

function tailIsFurniture(signals: readonly LineSignal[], blocks: readonly Block[], from: number, bodyStart: number): boolean {
  const anchor = signals[from];
  const region = signals.length - from;
  // After a comments heading that follows some body, readers' prose is comments.
  if (anchor.opensList && anchor.kind === 'comments' && from > bodyStart + 1) return true;
  let longProse = 0;
  let shortProse = 0;
  for (let i = from; i < signals.length; i++) {
    if (signals[i].strength !== 'prose') continue;
    const length = blocks[i].end - blocks[i].start;
    if (length > MAX_PROSE_IN_TAIL) return false;
    if (length > SHORT_PROSE) longProse++;
    else shortProse++;
  }
  const prose = longProse + shortProse;
  if (prose === 0) return true;
  // Under a list heading or a call to action, short exclamatory headlines and blurbs are expected.
  const opensFurniture = anchor.opensList || ['social', 'newsletter', 'disclaimer'].includes(anchor.kind ?? '');
  if (opensFurniture && longProse === 0 && shortProse <= region * 0.5) return true;
  return prose <= 2 && prose / region <= 0.15;
}

/** Index of the first block of the trailing boilerplate, or `blocks.length` when there is none. */
export function findTailStart(blocks: readonly Block[], signals: readonly LineSignal[], bodyStart: number): number {
  let cut = blocks.length;
  for (let c = bodyStart + 1; c < blocks.length; c++) {
    if (signals[c].strength === 'strong' && tailIsFurniture(signals, blocks, c, bodyStart)) {
      cut = c;
      break;
    }
  }
  // Headline-shaped lines right above the first signal belong to it (a list without a heading).
  while (cut < blocks.length && cut - 1 > bodyStart && signals[cut - 1].strength === 'weak' && listFollows(signals, cut)) cut--;
  return cut;
}

/** True when the blocks from `i` look like a list: signals within the next two blocks. */
function listFollows(signals: readonly LineSignal[], i: number): boolean {
  const next = signals[i];
  return next !== undefined && (next.rule === 'section-time' || next.rule === 'relative-time' || next.rule === 'date-only');
}

function kindInList(signal: LineSignal, listKind: BoilerplateKind | null): BoilerplateKind {
  if (signal.strength === 'strong' && signal.kind && (signal.opensList || !listKind || signal.kind !== 'related')) return signal.kind;
  return listKind ?? (signal.strength === 'weak' ? 'related' : 'other');
}

/** Labels every block from `tailStart` to the end with a kind. */
export function labelTail(signals: readonly LineSignal[], tailStart: number): BoilerplateBlock[] {
  const out: BoilerplateBlock[] = [];
  let listKind: BoilerplateKind | null = null;
  for (let i = tailStart; i < signals.length; i++) {
    const s = signals[i];
    if (s.opensList) listKind = s.kind;
    else if (s.strength === 'strong' && s.kind && s.kind !== 'related' && s.kind !== 'comments') listKind = null;
    out.push({ block: i, kind: kindInList(s, listKind), rule: `tail/${s.rule}` });
  }
  return out;
}

/**
 * Furniture inside the body: strong single lines (Advertisement, READ MORE:,
 * share bars) and list boxes (a list heading followed by non-prose lines).
 */
export function findInlineBoilerplate(signals: readonly LineSignal[], from: number, to: number): BoilerplateBlock[] {
  const out: BoilerplateBlock[] = [];
  for (let i = from; i < to; i++) {
    const s = signals[i];
    if (s.strength !== 'strong' || !s.kind) continue;
    if (s.opensList) {
      const next = signals[i + 1];
      if (i + 1 >= to || !next || next.strength === 'prose') continue; // a subheading, not a list box
      out.push({ block: i, kind: s.kind, rule: `inline/${s.rule}` });
      while (i + 1 < to && signals[i + 1].strength !== 'prose') {
        i++;
        out.push({ block: i, kind: kindInList(signals[i], s.kind), rule: `inline/${signals[i].rule}` });
      }
      continue;
    }
    // Section-time and date-only lines mid-body are more likely a stray stamp than a list.
    if (s.kind === 'related') continue;
    out.push({ block: i, kind: s.kind, rule: `inline/${s.rule}` });
  }
  return out;
}
