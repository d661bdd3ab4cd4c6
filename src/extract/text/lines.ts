/**
 * Splits scraped plain text into lines with offsets, and groups them into
 * blocks (paragraph candidates). Hard-wrapped paragraphs (a blank-line block
 * whose lines were broken at a fixed width) become one block.
 */

export interface Line {
  /** Index among non-empty lines. */
  readonly index: number;
  /** Offsets of the trimmed content in the text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Blank lines right before this one. */
  readonly blankBefore: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) blank++;
    else {
      lines.push({ index: lines.length, start: pos + lead, end: pos + lead + trimmed.length, text: trimmed, blankBefore: blank });
      blank = 0;
    }
    pos = nl + 1;
  }
  return lines;
}

export interface Block {
  readonly start: number;
  readonly end: number;
  readonly lines: readonly Line[];
}

const TERMINAL = /[.!?…:;"”’')\]]$/u;

/**
 * A multi-line block looks hard-wrapped when its inner lines have nearly the
 * same length (a fixed width) and sentences run on across the breaks.
 */
function looksWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  const lengths = inner.map((l) => l.text.length);
  const max = Math.max(...lengths);
  if (max < 40 || max > 120 || Math.min(...lengths) < max * 0.7) return false;
  let runOn = 0;
  for (let i = 0; i < inner.length; i++) {
    const next = lines[i + 1].text;
    // Most words are lower-case, so most wrapped lines go on with one.
    if (/^[\p{Ll}\d,;(]/u.test(next)) runOn++;
  }
  return !inner.some((l) => TERMINAL.test(l.text) && l.text.length < max * 0.7) && runOn >= inner.length * 0.5;
}

/**
 * Blocks: each non-empty line on its own, except hard-wrapped runs (lines
 * between blank lines that were broken at a fixed width), which merge.
 */
export function groupBlocks(lines: readonly Line[]): Block[] {
  const runs: Line[][] = [];
  for (const line of lines) {
    if (runs.length === 0 || line.blankBefore > 0) runs.push([line]);
    else runs[runs.length - 1].push(line);
  }
  const blocks: Block[] = [];
  for (const run of runs) {
    if (looksWrapped(run)) blocks.push({ start: run[0].start, end: run[run.length - 1].end, lines: run });
    else for (const l of run) blocks.push({ start: l.start, end: l.end, lines: [l] });
  }
  return blocks;
}

export function blockText(block: Block): string {
  return block.lines.map((l) => l.text).join(' ');
}
