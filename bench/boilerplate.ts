/**
 * Body/boilerplate separation benchmark (npm run bench:boilerplate).
 * 1. ECB+ articles (../shared) rendered as text with generated furniture of
 *    varied shapes; 2. the bundled examples against bench/examples-expected.json;
 * 3. the held-out scraped texts in bench/heldout-text (never used for tuning).
 * Prints the figures and writes bench/results/boilerplate.json for the gate.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../src/extract/text/index.js';
import { makeSourceDocument } from '../src/model/document.js';
import { PROJECT_ROOT, seededRandom, sharedPath } from './shared-data.js';
import { readEcbSentences } from './boilerplate/ecb-render.js';
import { compose, headlineFrom } from './boilerplate/furniture.js';
import { addDocument, emptyCounts, keptMask, pct, ratios } from './boilerplate/score.js';
import { scoreExamples } from './boilerplate/examples.js';

const DOCS = Number(process.env.ECB_DOCS ?? 30);
const SEED = 20261122;

function ecbFiles(root: string): string[] {
  const files: string[] = [];
  for (const topic of readdirSync(root).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b))) {
    for (const f of readdirSync(join(root, topic)).sort()) if (f.endsWith('ecb.xml')) files.push(join(root, topic, f));
  }
  return files;
}

function runEcb(root: string) {
  const all = ecbFiles(root);
  const step = Math.max(1, Math.floor(all.length / DOCS));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, DOCS);
  const r = seededRandom(SEED);
  const hash = createHash('sha256').update(String(SEED));
  const headlinePool = all.filter((_, i) => i % step === 1).map((f) => readEcbSentences(f)[0] ?? 'Untitled');
  const headlines = () => headlineFrom(headlinePool[Math.floor(r() * headlinePool.length)], r);
  const counts = emptyCounts();
  const missedShapes = new Map<string, number>();
  let lostBodyDocs = 0;
  for (const file of chosen) {
    const sentences = readEcbSentences(file);
    hash.update(sentences.join('\n'));
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; ) {
      // A headline-shaped first sentence stands alone (compose() labels it as the title).
      const n = i === 0 && !/[.!?"”]$/.test(sentences[0]) ? 1 : 1 + Math.floor(r() * 3);
      paragraphs.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    const doc = compose(paragraphs, r, headlines);
    const article = extractText(makeSourceDocument('text', doc.text, { path: file }));
    const mask = keptMask(article);
    const gold = new Uint8Array(doc.text.length);
    for (const p of doc.pieces) if (p.gold === 'body') gold.fill(1, p.start, p.end);
    const before = { ...counts };
    addDocument(counts, article.text, mask, (i) => gold[i] === 1);
    if (counts.bodyKept - before.bodyKept < 0.9 * (counts.bodyChars - before.bodyChars)) lostBodyDocs++;
    for (const p of doc.pieces) {
      if (p.gold !== 'furniture') continue;
      if (mask.subarray(p.start, p.end).some((x) => x === 1)) missedShapes.set(p.shape, (missedShapes.get(p.shape) ?? 0) + 1);
    }
  }
  return { docs: chosen.length, corpusHash: hash.digest('hex').slice(0, 16), ...ratios(counts), counts, lostBodyDocs, missedShapes: Object.fromEntries(missedShapes) };
}

const results: Record<string, unknown> = {};
const ecbRoot = sharedPath('bench', 'stories', 'ecbplus', 'xml');
if (ecbRoot) {
  const ecb = runEcb(ecbRoot);
  results.ecb = ecb;
  console.log(`ECB+ rendered with generated furniture: ${ecb.docs} docs (corpus ${ecb.corpusHash})`);
  console.log(`  body characters kept:        ${pct(ecb.bodyKept)}  (${ecb.counts.bodyKept}/${ecb.counts.bodyChars})`);
  console.log(`  boilerplate characters removed: ${pct(ecb.boilerplateRemoved)}  (${ecb.counts.furnitureRemoved}/${ecb.counts.furnitureChars})`);
  console.log(`  documents keeping < 90% of body: ${ecb.lostBodyDocs}`);
  console.log(`  furniture lines left in the body, by shape: ${JSON.stringify(ecb.missedShapes)}`);
} else {
  console.log('skipped ECB+: ../shared/bench/stories/ecbplus not found');
}

const sets: Array<[string, string, string, string]> = [
  ['examples', 'Bundled examples', join(PROJECT_ROOT, 'examples'), join(PROJECT_ROOT, 'bench', 'examples-expected.json')],
  ['heldout', 'Held-out scraped texts', join(PROJECT_ROOT, 'bench', 'heldout-text'), join(PROJECT_ROOT, 'bench', 'heldout-text', 'expected.json')],
  ['heldout2', 'Second blind set of scraped texts', join(PROJECT_ROOT, 'bench', 'heldout-text-2'), join(PROJECT_ROOT, 'bench', 'heldout-text-2', 'expected.json')],
];
for (const [key, label, dir, gold] of sets) {
const ex = await scoreExamples(dir, gold);
results[key] = ex;
console.log(`${label}: ${ex.docs} docs (corpus ${ex.corpusHash})`);
console.log(`  body characters kept:        ${pct(ex.bodyKept)}`);
console.log(`  boilerplate characters removed: ${pct(ex.boilerplateRemoved)}`);
console.log(`  metadata exact: ${Object.entries(ex.fields).map(([k, v]) => `${k} ${v.right}/${v.total}`).join(', ')}`);
for (const m of ex.mismatches) console.log(`    ${m}`);
}

mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'boilerplate.json'), JSON.stringify(results, null, 2));
