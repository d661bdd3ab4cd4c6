/**
 * Runs the language stages and the event coder over a bare text (one
 * sentence or story, no page around it), as `dateline events --jsonl` and the
 * benchmarks need: the text is one paragraph per blank-line block, the
 * reference date is the one supplied.
 */
import { Article } from '../model/article.js';
import { makeSourceDocument } from '../model/document.js';
import { sentencesStage } from '../language/sentences-stage.js';
import { entitiesStage } from '../language/entities/stage.js';
import { timesStage } from '../language/timex/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { codeArticle } from './stage.js';
import { applyDateline } from '../extract/body-meta.js';
import type { CodedEvent } from './coder.js';

export function plainArticle(id: string, text: string): Article {
  const article = new Article(makeSourceDocument('text', text, { path: id }), text);
  const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    // "NEW DELHI (Reuters) - ...": a dateline opening the first block tells where the story happens.
    if (article.paragraphs().length === 0) start = applyDateline(article, { start, end }, 'events.plain');
    article.add({ layer: 'zone', type: 'paragraph', start, end, source: 'events.plain/block', confidence: 1 });
    if (m[0].length === 0) re.lastIndex++;
  }
  return article;
}

/** Events of a bare text with `date` as the reference date. `clusters` adds in-text entity resolution (slower). */
export async function codePlainText(id: string, text: string, date: string | null, options: { clusters?: boolean } = {}): Promise<{ article: Article; events: CodedEvent[] }> {
  const article = plainArticle(id, text);
  const ctx = date ? { referenceDate: date } : {};
  for (const stage of [sentencesStage, entitiesStage, timesStage, ...(options.clusters ? [quotesStage] : [])]) await stage.run(article, ctx);
  return { article, events: codeArticle(article, ctx) };
}
