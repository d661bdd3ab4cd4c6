/**
 * CoNLL-2003 named entities (npm run bench:ner): the committed tagger
 * (src/language/ner) on valid.txt (the dev set; test is held out): micro
 * F1 over exact spans as conlleval counts them, per-type P/R/F1, and
 * tagging speed in tokens/second (best of three passes, document-level
 * tagging). Writes bench/results/ner.json. Skips when ../shared is absent.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { f1, parseLabelledConll, precision, recall, scoreSpans } from '../src/language/ner/conll-eval.js';
import { tagDocument } from '../src/language/ner/index.js';
import { loadModel } from '../src/language/ner/model.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const path = join(requireShared('bench', 'ner', 'conll2003'), 'valid.txt');
const text = readFileSync(path);
const corpusHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
const docs = parseLabelledConll(text.toString('utf8'));
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
const tLoad = performance.now();
const model = loadModel();
tagDocument([['Warm', 'up']]);
const loadMs = performance.now() - tLoad;
let predicted: string[][] = [];
const speeds: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t0 = performance.now();
  predicted = docs.flatMap((d) => tagDocument(d.sentences.map((s) => s.words)));
  speeds.push(tokens / ((performance.now() - t0) / 1000));
}
const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
const score = scoreSpans(gold, predicted);
const figures = (c: { tp: number; fp: number; fn: number }): { f1: number; precision: number; recall: number } => ({ f1: f1(c), precision: precision(c), recall: recall(c) });
const byType = Object.fromEntries(Object.entries(score.byType).sort().map(([k, v]) => [k, figures(v)]));
const result = { corpusHash, tokens, ...figures(score), byType, tokensPerSec: Math.round(Math.max(...speeds)), loadMs: Math.round(loadMs), model: model.info };
const pct = (x: number): string => (x * 100).toFixed(2);
console.log(`CoNLL-2003 valid (corpus ${corpusHash}): ${tokens} tokens`);
console.log(`F1 ${pct(result.f1)}  P ${pct(result.precision)}  R ${pct(result.recall)}`);
for (const [t, v] of Object.entries(byType)) console.log(`  ${t.padEnd(5)} P ${pct(v.precision)}  R ${pct(v.recall)}  F1 ${pct(v.f1)}`);
console.log(`tagging: ${result.tokensPerSec.toLocaleString('en')} tokens/s (best of 3 passes); model load ${result.loadMs} ms`);
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'ner.json'), `${JSON.stringify(result, null, 2)}\n`);
