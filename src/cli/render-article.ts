/** The human-readable view `dateline show` prints. */
import type { PublishedDate } from '../model/article.js';
import { renderLayers } from './render-layers.js';
import type { Diagnostic } from '../model/diagnostics.js';
import type { ArticleJSON } from '../model/serialize.js';

const LABEL_WIDTH = 10;
const PREVIEW_CHARS = 70;

function field(label: string, value: string | null | undefined): string {
  return `${label.padEnd(LABEL_WIDTH)} ${value && value.length > 0 ? value : '—'}`;
}

function list(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(', ') : null;
}

/** `2019-11-07 07:16 UTC+04:00 (stated)` */
export function formatDate(d: PublishedDate | null): string | null {
  if (!d) return null;
  const time = d.time ? ` ${d.time}` : '';
  const offset = d.utcOffset ? ` UTC${d.utcOffset}` : d.time ? ' (no UTC offset given)' : '';
  return `${d.date}${time}${offset} (${d.certainty})`;
}

/** First characters of a span on one line, with an ellipsis when cut. */
export function preview(text: string, max = PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The file is already shown under Origin, so diagnostics list only what and where in the text. */
function diagnosticLine(d: Diagnostic): string {
  const where = [d.line !== undefined ? `line ${d.line}` : '', d.offset !== undefined ? `offset ${d.offset}` : ''].filter(Boolean).join(', ');
  return `  ${d.severity} ${d.code}: ${d.message}${where ? ` (${where})` : ''}`;
}

function heading(title: string): string[] {
  return ['', title, '─'.repeat(Math.min(title.length, 72))];
}

export function renderArticle(article: ArticleJSON): string {
  const m = article.meta;
  const title = m.title ?? '(untitled)';
  const origin = article.origin.line ? `${article.origin.path}:${article.origin.line}` : article.origin.path;
  const lines: string[] = [title, '═'.repeat(Math.min(title.length, 72))];
  lines.push(field('Date', formatDate(m.published) ?? 'not stated'));
  if (m.modified) lines.push(field('Modified', formatDate(m.modified)));
  lines.push(
    field('Site', m.site),
    field('Agencies', list(m.agencies)),
    field('Authors', list(m.authors)),
    field('Dateline', m.dateline),
    field('URL', m.url),
    field('Language', m.language),
    field('ID', article.id),
    field('Origin', `${origin} (${article.format})`),
  );

  const paragraphs = article.annotations.filter((a) => a.layer === 'zone' && a.type === 'paragraph');
  lines.push(...heading(`Body (${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'})`));
  lines.push(paragraphs.length > 0 ? article.body : '(no body found)');

  lines.push(...renderLayers(article, heading, preview));

  const removed = article.annotations.filter((a) => a.layer === 'zone' && a.type === 'boilerplate');
  lines.push(...heading(`Removed (${removed.length} span${removed.length === 1 ? '' : 's'})`));
  for (const span of removed) {
    const kind = typeof span.attrs.kind === 'string' ? span.attrs.kind : 'other';
    lines.push(`  ${kind.padEnd(11)} ${preview(article.text.slice(span.start, span.end))}`);
  }

  if (article.diagnostics.length > 0) {
    lines.push(...heading(`Diagnostics (${article.diagnostics.length})`));
    for (const d of article.diagnostics) lines.push(diagnosticLine(d));
  }
  return `${lines.join('\n')}\n`;
}
