/** Scores extraction on a folder of articles against a gold file (bench/examples-expected.json, bench/heldout-text/expected.json). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/index.js';
import { processDocument } from '../../src/pipeline/runner.js';
import { defaultPipeline } from '../../src/pipeline/default.js';
import type { Article } from '../../src/model/article.js';
import { addDocument, emptyCounts, keptMask, ratios } from './score.js';

interface Expected {
  title: string | null;
  published: string | null;
  site: string | null;
  agencies: string[];
  authors: string[];
  dateline: string | null;
  bodyFirst: string;
  bodyLast: string;
  inlineBoilerplate?: string[];
}

// Names compare ignoring case: gold sets write "MAYA HADDAD" as "Maya Haddad".
const fold = (s: string | null | undefined) => (s ?? '').toLocaleLowerCase();
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.some((y) => fold(y) === fold(x)));

export async function loadArticle(path: string): Promise<Article | null> {
  for await (const item of ingestPaths([path])) {
    if (item.kind !== 'document') return null;
    const result = await processDocument(defaultPipeline(), item.doc);
    return result.ok ? result.article : null;
  }
  return null;
}

export async function scoreExamples(dir: string, expectedPath: string) {
  const fields: Record<string, { right: number; total: number }> = {};
  const mismatches: string[] = [];
  const counts = emptyCounts();
  const hash = createHash('sha256');
  if (!existsSync(expectedPath)) return { docs: 0, corpusHash: '', ...ratios(counts), fields, mismatches: [`${expectedPath} missing`] };
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, Expected>;
  const names = Object.keys(expected).sort();
  for (const name of names) {
    const gold = expected[name];
    hash.update(readFileSync(join(dir, name)));
    const article = await loadArticle(join(dir, name));
    if (!article) {
      mismatches.push(`${name}: could not be read`);
      continue;
    }
    const text = article.text;
    const start = text.indexOf(gold.bodyFirst);
    const endAt = text.lastIndexOf(gold.bodyLast);
    if (start < 0 || endAt < 0) {
      mismatches.push(`${name}: gold body markers not found in the article text`);
      continue;
    }
    const isBody = new Uint8Array(text.length);
    isBody.fill(1, start, endAt + gold.bodyLast.length);
    for (const s of gold.inlineBoilerplate ?? []) {
      for (let i = text.indexOf(s, start); i >= 0 && i < endAt; i = text.indexOf(s, i + 1)) isBody.fill(0, i, i + s.length);
    }
    addDocument(counts, text, keptMask(article), (i) => isBody[i] === 1);
    const m = article.meta;
    const checks: Array<[string, boolean, unknown, unknown]> = [
      ['title', m.title === gold.title, m.title, gold.title],
      ['published', (m.published?.certainty === 'stated' ? m.published.date : null) === gold.published, m.published?.date ?? null, gold.published],
      ['site', fold(m.site) === fold(gold.site), m.site, gold.site],
      ['dateline', fold(m.dateline) === fold(gold.dateline), m.dateline, gold.dateline],
      ['agencies', sameSet(m.agencies, gold.agencies), m.agencies, gold.agencies],
      ['authors', sameSet(m.authors, gold.authors), m.authors, gold.authors],
    ];
    for (const [field, ok, got, want] of checks) {
      fields[field] ??= { right: 0, total: 0 };
      fields[field].total++;
      if (ok) fields[field].right++;
      else mismatches.push(`${name}: ${field} got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
  }
  const accuracy = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`meta_${k}`, v.right / v.total]));
  return { docs: names.length, corpusHash: hash.digest('hex').slice(0, 16), ...ratios(counts), ...accuracy, fields, mismatches };
}
