/** Builds small articles for the store and CLI tests without running an extractor. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Article } from '../model/article.js';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { makeSourceDocument } from '../model/document.js';

export interface FixtureOptions {
  title?: string;
  paragraphs?: string[];
  boilerplate?: string;
  path?: string;
}

/** Text = title line, paragraphs, then an optional boilerplate tail marked as such. */
export function makeArticle(options: FixtureOptions = {}): Article {
  const title = options.title ?? 'Ministers meet in New Delhi';
  const paragraphs = options.paragraphs ?? ['The ministers met on Thursday.', 'They signed a $5 billion deal.'];
  const tail = options.boilerplate ?? 'Follow us on Telegram';
  const content = [title, ...paragraphs, tail].join('\n\n');
  const doc = makeSourceDocument('text', content, { path: options.path ?? 'fixture.txt' });
  const article = new Article(doc, content);
  article.meta.title = title;
  article.meta.site = 'Example News';
  article.meta.agencies.push('TASS');
  article.meta.published = { date: '2019-11-07', time: '07:16', utcOffset: '+04:00', iso: '2019-11-07T07:16+04:00', certainty: 'stated', source: 'test' };
  article.add({ layer: 'meta', type: 'title', start: 0, end: title.length, source: 'test/title' });
  let offset = title.length + 2;
  for (const p of paragraphs) {
    article.add({ layer: 'zone', type: 'paragraph', start: offset, end: offset + p.length, source: 'test/paragraph', confidence: 0.9 });
    offset += p.length + 2;
  }
  article.add({ layer: 'zone', type: 'boilerplate', start: offset, end: offset + tail.length, attrs: { kind: 'social' }, source: 'test/boilerplate' });
  article.diagnose({ code: DiagnosticCodes.dateEstimated, severity: 'warning', message: 'test warning', source: 'test', offset: 3 });
  return article;
}

export function tempDir(prefix = 'dateline-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
