/**
 * Text-mode extraction for scraped plain text: the article text is the input
 * with line endings normalised; header lines, dateline, body paragraphs and
 * site furniture become annotations over it. Order of refiners:
 * lines → blocks → signals → header → tail → inline furniture → dateline → credits.
 */
import { Article } from '../../model/article.js';
import type { BoilerplateKind } from '../../model/annotation.js';
import { DiagnosticCodes } from '../../model/diagnostics.js';
import type { SourceDocument } from '../../model/document.js';
import type { Extractor } from '../../pipeline/stage.js';
import { groupBlocks, splitLines, type Block } from './lines.js';
import { classifyLine, type LineSignal } from './signals.js';
import { readHeader, readHeaderBlock } from './header.js';
import { findDateline } from '../dateline.js';
import { findInlineBoilerplate, findTailStart, labelTail, type BoilerplateBlock } from './trailing.js';
import { applyHeaderFacts, applySupplied } from './metadata.js';
import { applyCredits, applyDateline } from '../body-meta.js';

const SOURCE = 'extract.text';

/** Normalises line endings only, so offsets stay close to the input. */
export function normalizeText(content: string): string {
  return content.replace(/\r\n?/g, '\n');
}

/**
 * A dateline opens the story: when one of the first few body candidates
 * starts with a dateline, the shorter blocks before it (captions, standfirsts)
 * are header material.
 */
function startAtDateline(blocks: readonly Block[], bodyStart: number): number {
  for (let k = bodyStart; k < Math.min(blocks.length, bodyStart + 3); k++) {
    if (findDateline(blocks[k].lines[0].text)) return k;
    if (blocks[k].end - blocks[k].start > 300) break;
  }
  return bodyStart;
}

/** Labelled stamps below the header, in or after the body ("First Published: ...", "Published: 12 March 2023"). */
function readStampsAfter(blocks: readonly Block[], signals: readonly LineSignal[], from: number) {
  return blocks
    .slice(from)
    .filter((_, i) => signals[from + i].rule === 'date-stamp')
    .flatMap((b) => readHeaderBlock(b).filter((f) => (f.kind === 'published' || f.kind === 'modified') && f.rule === 'labelled-date'));
}

/** Merges adjacent boilerplate blocks of one kind into a single annotation. */
function addBoilerplate(article: Article, blocks: readonly Block[], marked: readonly BoilerplateBlock[]): void {
  let run: BoilerplateBlock[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = blocks[run[0].block];
    const last = blocks[run[run.length - 1].block];
    article.add({
      layer: 'zone', type: 'boilerplate', start: first.start, end: last.end,
      attrs: { kind: run[0].kind, rules: [...new Set(run.map((r) => r.rule))] },
      source: `${SOURCE}/${run[0].rule.split('/')[0]}`, confidence: 0.8,
    });
    run = [];
  };
  for (const m of marked) {
    const prev = run[run.length - 1];
    if (prev && (prev.kind !== m.kind || prev.block + 1 !== m.block)) flush();
    run.push(m);
  }
  flush();
}

export function extractText(doc: SourceDocument): Article {
  const article = new Article(doc, normalizeText(doc.content));
  const blocks = groupBlocks(splitLines(article.text));
  const signals = blocks.map((b) => classifyLine(b.lines.map((l) => l.text).join(' ')));

  const header = readHeader(blocks, signals);
  const bodyStart = startAtDateline(blocks, header.bodyStart);
  const tailStart = findTailStart(blocks, signals, bodyStart);
  const marked: BoilerplateBlock[] = [];
  for (let i = 0; i < Math.min(bodyStart, blocks.length); i++) {
    marked.push({ block: i, kind: (signals[i].kind ?? 'header') as BoilerplateKind, rule: `header/${signals[i].rule}` });
  }
  marked.push(...findInlineBoilerplate(signals, bodyStart, tailStart));
  marked.push(...labelTail(signals, tailStart));
  marked.sort((a, b) => a.block - b.block);
  addBoilerplate(article, blocks, marked);

  const removed = new Set(marked.map((m) => m.block));
  const bodyBlocks = blocks.filter((_, i) => i >= bodyStart && i < tailStart && !removed.has(i));
  const datelineEnd = bodyBlocks.length > 0 ? applyDateline(article, bodyBlocks[0], SOURCE) : 0;
  for (const [i, b] of bodyBlocks.entries()) {
    const start = i === 0 ? Math.max(b.start, datelineEnd) : b.start;
    article.add({ layer: 'zone', type: 'paragraph', start, end: b.end, attrs: { tag: 'p' }, source: `${SOURCE}/body`, confidence: 0.85 });
  }
  if (bodyBlocks.length > 0) {
    article.add({ layer: 'zone', type: 'body', start: bodyBlocks[0].start, end: bodyBlocks[bodyBlocks.length - 1].end, source: `${SOURCE}/body`, confidence: 0.85 });
  } else {
    article.diagnose({ code: DiagnosticCodes.noBody, severity: 'warning', message: 'no article body found in the text', source: SOURCE, file: doc.origin.path, line: doc.origin.line });
  }

  applyHeaderFacts(article, [...header.facts, ...readStampsAfter(blocks, signals, bodyStart)], SOURCE);
  applyCredits(article, SOURCE);
  applySupplied(article, SOURCE);
  return article;
}

export const textExtractor: Extractor = {
  name: SOURCE,
  provides: ['text', 'zone', 'meta'],
  accepts: (doc) => doc.format === 'text',
  extract: (doc) => extractText(doc),
};
