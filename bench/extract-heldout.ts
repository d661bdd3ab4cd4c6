/**
 * Blind held-out HTML pages (bench/heldout-html, written by a helper who
 * never saw the extractor's code): body scored as AEB scores it (4-token
 * shingles), metadata by exact match, for Dateline and, on the body, for
 * Readability.js + linkedom on the same decoded pages. Non-article pages
 * count as right when no body is returned. Writes bench/results/heldout-html.json.
 * Run: node dist/bench/extract-heldout.js [--verbose]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.js';
import { decodeBytes } from '../src/ingest/index.js';
import { makeSourceDocument } from '../src/model/document.js';
import { scorePage, summarise, type PageScore } from './aeb/score.js';
import { PROJECT_ROOT } from './shared-data.js';

interface Gold {
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  site: string | null;
  language: string | null;
  body: string[];
}

const root = join(PROJECT_ROOT, 'bench', 'heldout-html');
const verbose = process.argv.includes('--verbose');
if (!existsSync(join(root, 'gold.json'))) {
  console.log('skipped: bench/heldout-html/gold.json not found');
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as Record<string, Gold>;
const files = readdirSync(join(root, 'pages')).filter((f) => gold[f]).sort();
const hash = createHash('sha256');
const scores: Record<'dateline' | 'readability', PageScore[]> = { dateline: [], readability: [] };
const fields = ['title', 'published', 'modified', 'authors', 'site', 'language'] as const;
const right: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
let nonArticles = 0;
let nonArticlesRight = 0;
const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

for (const file of files) {
  const bytes = readFileSync(join(root, 'pages', file));
  hash.update(file).update(bytes).update(JSON.stringify(gold[file]));
  const g = gold[file];
  const { content } = decodeBytes(bytes, 'html', { file });
  const article = extractHtml(makeSourceDocument('html', content, { path: file }));
  const body = article.bodyText({ withDateline: true });
  const { document } = parseHTML(content);
  const peer = new Readability(document as unknown as Document).parse()?.textContent ?? '';
  if (g.body.length === 0) {
    nonArticles++;
    if (body.trim() === '') nonArticlesRight++;
    else if (verbose) console.log(`  ${file}: non-article page returned ${body.length} chars`);
    continue;
  }
  const truth = g.body.join('\n');
  scores.dateline.push(scorePage(truth, body));
  scores.readability.push(scorePage(truth, peer));
  const m = article.meta;
  const got: Record<(typeof fields)[number], string> = {
    title: norm(m.title),
    published: m.published?.date ?? '',
    modified: m.modified?.date ?? '',
    authors: m.authors.map(norm).sort().join('|'),
    site: norm(m.site),
    language: (m.language ?? '').slice(0, 2),
  };
  const want: Record<(typeof fields)[number], string> = {
    title: norm(g.title),
    published: g.published ?? '',
    modified: g.modified ?? '',
    authors: g.authors.map(norm).sort().join('|'),
    site: norm(g.site),
    language: (g.language ?? '').slice(0, 2),
  };
  for (const f of fields) {
    if (got[f] === want[f]) right[f]++;
    else if (verbose) console.log(`  ${file}: ${f} got "${got[f]}" want "${want[f]}"`);
  }
  if (verbose) {
    const s = scores.dateline[scores.dateline.length - 1];
    if (s.fp > 0.05 || s.fn > 0.05) console.log(`  ${file}: body tp ${s.tp.toFixed(2)} fp ${s.fp.toFixed(2)} fn ${s.fn.toFixed(2)}`);
  }
}

const articles = scores.dateline.length;
const d = summarise(scores.dateline);
const r = summarise(scores.readability);
const corpusHash = hash.digest('hex').slice(0, 16);
console.log(`held-out HTML: ${articles} articles + ${nonArticles} non-article pages (corpus ${corpusHash})`);
console.log(`dateline      body F1 ${d.f1.toFixed(3)}  P ${d.precision.toFixed(3)}  R ${d.recall.toFixed(3)}  exact ${d.exact.toFixed(3)}`);
console.log(`readability   body F1 ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  exact ${r.exact.toFixed(3)}`);
console.log(`metadata exact: ${fields.map((f) => `${f} ${right[f]}/${articles}`).join(', ')}; non-articles refused ${nonArticlesRight}/${nonArticles}`);
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
const meta = Object.fromEntries(fields.map((f) => [`meta_${f}`, articles ? right[f] / articles : 0]));
writeFileSync(
  join(PROJECT_ROOT, 'bench', 'results', 'heldout-html.json'),
  `${JSON.stringify({ corpusHash, articles, nonArticles, ...d, readability: r, ...meta, nonArticlesRefused: nonArticles ? nonArticlesRight / nonArticles : 1 }, null, 2)}\n`,
);
