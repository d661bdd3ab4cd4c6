/**
 * CoNLL-2003 named entities (npm run bench:ner): the committed tagger on
 * valid.txt (the dev set; test is held out), micro F1 over exact spans as
 * conlleval counts them, per type, and tagging speed in tokens/second
 * (the best of three passes). Writes bench/results/ner.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityNames, f1, readLabelledConll, scoreSpans, scoreUnseenSpans } from '../src/language/tagger/conll-data.js';
import { tagDocument } from '../src/language/tagger/index.js';
import { loadModel } from '../src/language/tagger/model.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const path = join(requireShared('bench', 'ner', 'conll2003'), 'valid.txt');
const corpusHash = createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
const docs = readLabelledConll(path);
// NER_MODEL=path measures another model file (experiments); the default is the committed one.
const model = process.env.NER_MODEL ? loadModel(process.env.NER_MODEL) : loadModel();
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
let predicted: string[][] = [];
const speeds: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t0 = performance.now();
  predicted = docs.flatMap((d) => tagDocument(d.sentences.map((s) => s.words), model));
  speeds.push(tokens / ((performance.now() - t0) / 1000));
}
const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
const score = scoreSpans(gold, predicted);
const byType = Object.fromEntries(Object.entries(score.byType).sort().map(([k, v]) => [k, { f1: f1(v), precision: v.tp / (v.tp + v.fp || 1), recall: v.tp / (v.tp + v.fn || 1) }]));
// Names not seen as entities in train: a proxy for the held-out test set, where more names are new.
const seen = entityNames(readLabelledConll(join(requireShared('bench', 'ner', 'conll2003'), 'train.txt')));
const unseen = scoreUnseenSpans(docs.flatMap((d) => d.sentences.map((s) => s.words)), gold, predicted, seen);
const unseenByType = Object.fromEntries(Object.entries(unseen.byType).sort().map(([k, v]) => [k, f1(v)]));
const result = { corpusHash, tokens, f1: f1(score), unseenNamesF1: f1(unseen), unseenByType, precision: score.tp / (score.tp + score.fp), recall: score.tp / (score.tp + score.fn), byType, tokensPerSec: Math.max(...speeds), model: model.info };
console.log(`CoNLL-2003 valid (corpus ${corpusHash}): ${tokens} tokens`);
console.log(`F1 ${(result.f1 * 100).toFixed(2)}  P ${(result.precision * 100).toFixed(2)}  R ${(result.recall * 100).toFixed(2)}; ${Object.entries(byType).map(([k, v]) => `${k} ${(v.f1 * 100).toFixed(2)}`).join(', ')}`);
console.log(`names unseen in train (${unseen.tp + unseen.fn} gold spans): F1 ${(f1(unseen) * 100).toFixed(2)}; ${Object.entries(unseenByType).map(([k, v]) => `${k} ${(v * 100).toFixed(2)}`).join(', ')}`);
console.log(`tagging: ${Math.round(result.tokensPerSec).toLocaleString('en')} tokens/s (best of 3 passes)`);
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
if (!process.env.NER_MODEL) writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'ner.json'), `${JSON.stringify(result, null, 2)}\n`);
