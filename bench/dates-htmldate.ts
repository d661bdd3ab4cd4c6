/**
 * Publication-date benchmark (npm run bench:dates) on ../shared/bench/dates/htmldate:
 * 800 pages with gold dates. Day-level: a right date is TP, a wrong one FP,
 * none FN; F1 = 2TP / (2TP + FP + FN). The page URL is given as a hint, as
 * htmldate receives it. Writes bench/results/dates.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/extract/html/index.js';
import { decodeBytes } from '../src/ingest/index.js';
import { makeSourceDocument } from '../src/model/document.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const root = requireShared('bench', 'dates', 'htmldate');
const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as Record<string, { file: string; date: string | null }>;
const hash = createHash('sha256');
let tp = 0;
let fp = 0;
let fn = 0;
let failed = 0;
const wrong: string[] = [];
const started = performance.now();
for (const [url, { file, date }] of Object.entries(gold)) {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(join(root, 'html', file)));
  } catch {
    failed++;
    fn++;
    continue;
  }
  hash.update(file).update(String(date));
  let predicted: string | null = null;
  try {
    const { content } = decodeBytes(bytes, 'html');
    const article = extractHtml(makeSourceDocument('html', content, { path: file }, { url }));
    predicted = article.meta.published?.date ?? null;
  } catch {
    failed++;
  }
  if (predicted === null) {
    fn++;
    if (process.env.VERBOSE) wrong.push(`none   ${file} want ${date} ${url}`);
  } else if (predicted === date) tp++;
  else {
    fp++;
    if (process.env.VERBOSE) wrong.push(`wrong  ${file} got ${predicted} want ${date} ${url}`);
  }
}
const seconds = (performance.now() - started) / 1000;
const n = Object.keys(gold).length;
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
const f1 = (2 * tp) / (2 * tp + fp + fn);
const result = { pages: n, corpusHash: hash.digest('hex').slice(0, 16), tp, fp, fn, failed, precision, recall, f1, pagesPerSec: n / seconds };
console.log(`htmldate: ${n} pages (corpus ${result.corpusHash})`);
console.log(`dateline  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (TP ${tp}, FP ${fp}, FN ${fn}, errors ${failed}; ${result.pagesPerSec.toFixed(1)} pages/s)`);
console.log('published: htmldate extensive 0.949, newspaper4k 0.810, goose3 0.706 (F1)');
for (const w of wrong) console.log(w);
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'dates.json'), JSON.stringify(result, null, 2));
