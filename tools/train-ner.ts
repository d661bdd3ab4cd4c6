/**
 * Trains the entity tagger (npm run train:ner) and writes
 * models/tagger/ner.json.gz plus models/tagger/TRAINING.md with its dev
 * figures. Data: CoNLL-2003 train (learning) and valid (choosing the epoch),
 * WikiANN English (all splits) as a source of name lists (gazetteer features),
 * the word-cluster table of tools/build-clusters.ts.
 * Deterministic: a fixed shuffle seed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { documentContext, isHeadline, sentenceFeatures } from '../src/language/tagger/features.js';
import { firstPass, tagIndices } from '../src/language/tagger/index.js';
import { jackknifeLabels, trainSecondPass, withDocumentFeatures } from './train-second-pass.js';
import { buildGazetteer } from '../src/language/tagger/gazetteer-build.js';
import { f1, readLabelledConll, scoreSpans, type LabelledDocument } from '../src/language/tagger/conll-data.js';
import { loadModel, MODEL_URL as SHIPPED_MODEL_URL, saveModel } from '../src/language/tagger/model.js';
import { PerceptronTrainer, TAGS, viterbi, type Weights } from '../src/language/tagger/perceptron.js';
import { PROJECT_ROOT, requireShared, seededRandom } from '../bench/shared-data.js';

// NER_OUT=path writes an experimental model elsewhere (the TRAINING.md notes are then not rewritten).
const MODEL_URL = process.env.NER_OUT ? new URL(`file://${process.env.NER_OUT}`) : SHIPPED_MODEL_URL;
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const MIN_COUNT = 2;
const SECOND_EPOCHS = Number(process.env.NER_SECOND_EPOCHS ?? 12);
const FOLDS = 5;

const conll = requireShared('bench', 'ner', 'conll2003');
const wikiann = requireShared('bench', 'ner', 'wikiann-en');
const t0 = performance.now();
const train = readLabelledConll(join(conll, 'train.txt'));
const valid = readLabelledConll(join(conll, 'valid.txt'));
const gazetteer = buildGazetteer(['train', 'dev', 'test'].map((split) => readFileSync(join(wikiann, split), 'utf8')).join('\n\n'));
// The word-cluster table made by npm run build:clusters (tools/build-clusters.ts).
const clusterTable = join(PROJECT_ROOT, 'models', 'tagger', 'clusters.tsv.gz');
if (!existsSync(clusterTable)) throw new Error(`${clusterTable} is missing: run npm run build:clusters`);
const clusters = new Map(gunzipSync(readFileSync(clusterTable)).toString('utf8').split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t') as [string, string]));
// NER_FLAT=file.json:mark,...: [word, class] pairs of further flat clusterings, appended as " <mark><class>" (experiments).
for (const spec of process.env.NER_FLAT?.split(',') ?? []) {
  const [file, mark] = spec.split(':');
  for (const [w, c] of JSON.parse(readFileSync(file, 'utf8')) as [string, number][]) if (clusters.has(w)) clusters.set(w, `${clusters.get(w)} ${mark ?? 'y'}${c}`);
}
const resources = { gazetteer, clusters };
console.log(`data: ${train.length} train docs, ${valid.length} valid docs; gazetteer ${gazetteer.size} entries; ${clusters.size} clustered words (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

type Encoded = { tokens: Int32Array[]; gold: Uint8Array }[];
const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

function featuresOf(docs: LabelledDocument[]): string[][][] {
  const out: string[][][] = [];
  for (const d of docs) {
    const ctx = documentContext(d.sentences.map((s) => s.words));
    for (const s of d.sentences) out.push(sentenceFeatures(s.words, resources, ctx));
  }
  return out;
}

const trainFeatures = featuresOf(train);
const counts = new Map<string, number>();
for (const s of trainFeatures) for (const tok of s) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
const names: string[] = [];
const index = new Map<string, number>();
for (const [f, c] of counts) if (c >= MIN_COUNT) index.set(f, names.push(f) - 1);
const encode = (features: string[][][], docs: LabelledDocument[]): Encoded => {
  const gold = docs.flatMap((d) => d.sentences.map((s) => Uint8Array.from(s.tags.map((t) => tagIndex.get(t) ?? 0))));
  return features.map((s, i) => ({ tokens: s.map((tok) => Int32Array.from(tok.map((f) => index.get(f) ?? -1))), gold: gold[i] }));
};
const trainSet = encode(trainFeatures, train);
const validSet = encode(featuresOf(valid), valid);
console.log(`features: ${names.length} (seen ≥ ${MIN_COUNT}×) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

function evaluate(w: Weights, set: Encoded): { f1: number; byType: Record<string, number> } {
  const gold = set.map((s) => [...s.gold].map((t) => TAGS[t]));
  const pred = set.map((s) => [...viterbi(w, s.tokens)].map((t) => TAGS[t]));
  const score = scoreSpans(gold, pred);
  return { f1: f1(score), byType: Object.fromEntries(Object.entries(score.byType).map(([k, v]) => [k, f1(v)])) };
}

const trainer = new PerceptronTrainer(names.length);
const random = seededRandom(2003);
const order = trainSet.map((_, i) => i);
let best = { epoch: 0, f1: -1, weights: null as Weights | null, byType: {} as Record<string, number> };
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let right = 0;
  for (const i of order) if (trainer.learn(trainSet[i].tokens, trainSet[i].gold)) right++;
  const avg = trainer.averaged();
  const dev = evaluate(avg, validSet);
  console.log(`epoch ${epoch}: train sentences right ${(right / order.length).toFixed(3)}, valid F1 ${(dev.f1 * 100).toFixed(2)} ${JSON.stringify(Object.fromEntries(Object.entries(dev.byType).map(([k, v]) => [k, +(v * 100).toFixed(1)])))}`);
  if (dev.f1 > best.f1) best = { epoch, f1: dev.f1, weights: avg, byType: dev.byType };
}

const trainHash = createHash('sha256').update(readFileSync(join(conll, 'train.txt'))).digest('hex').slice(0, 16);
const info = { trainedOn: 'CoNLL-2003 train', trainHash, gazetteer: 'WikiANN en train entity names', epochs: best.epoch, validF1: best.f1, validByType: best.byType };
saveModel(MODEL_URL, names, best.weights!, gazetteer, clusters, info);

// Second pass: a full model with document features from first-pass labels (jackknifed on train; the shipped first pass on valid).
const firstPassModel = loadModel(new URL(MODEL_URL));
const sentencesOf = (docs: LabelledDocument[]): { words: string[][]; docOf: number[]; headline: boolean[] } => {
  const words = docs.flatMap((d) => d.sentences.map((s) => s.words));
  return { words, docOf: docs.flatMap((d, k) => d.sentences.map(() => k)), headline: words.map(isHeadline) };
};
const trainText = sentencesOf(train);
const validText = sentencesOf(valid);
const validLabels = valid.flatMap((d) => firstPass(d.sentences.map((s) => s.words), firstPassModel).labels);
const trainLabels = jackknifeLabels(trainSet, trainText.docOf, names.length, best.epoch, FOLDS, 2003);
const validGold = validSet.map((s) => s.gold);
const scoreTags = (pred: readonly Uint8Array[]): number => f1(scoreSpans(validGold.map((g) => [...g].map((t) => TAGS[t])), pred.map((p) => [...p].map((t) => TAGS[t]))));
const second = trainSecondPass(
  withDocumentFeatures(trainSet, trainText.words, trainText.headline, trainText.docOf, trainLabels, names.length),
  withDocumentFeatures(validSet, validText.words, validText.headline, validText.docOf, validLabels, names.length),
  names.length,
  SECOND_EPOCHS,
  2004,
  scoreTags,
);
const saved = saveModel(MODEL_URL, names, best.weights!, gazetteer, clusters, { ...info, secondPassEpochs: second.epoch }, second.weights);

// The quantised, pruned model is what ships: measure it, through the same code as the bench and the CLI.
const shipped = loadModel(new URL(MODEL_URL));
const measure = (documentPass: boolean): { f1: number; byType: Record<string, number> } => {
  const pred = valid.flatMap((d) => tagIndices(d.sentences.map((s) => s.words), shipped, { documentPass }));
  const score = scoreSpans(validGold.map((g) => [...g].map((t) => TAGS[t])), pred.map((p) => [...p].map((t) => TAGS[t])));
  return { f1: f1(score), byType: Object.fromEntries(Object.entries(score.byType).sort().map(([k, v]) => [k, f1(v)])) };
};
const onePass = measure(false);
const twoPass = measure(true);
console.log(`shipped model on valid: first pass ${(onePass.f1 * 100).toFixed(2)}, with the document pass ${(twoPass.f1 * 100).toFixed(2)}; ${saved.features} features, ${(saved.bytes / 1e6).toFixed(1)} MB`);
const pct = (x: number): string => (x * 100).toFixed(2);
if (!process.env.NER_OUT) writeFileSync(
  join(PROJECT_ROOT, 'models', 'tagger', 'TRAINING.md'),
  `# Entity tagger: how models/tagger/ner.json.gz was made

Command: \`npm run train:ner\` (tools/train-ner.ts), deterministic (fixed shuffle seed).

- Model: structured averaged perceptron, BIO tags over PER/ORG/LOC/MISC, Viterbi with the BIO constraint;
  two passes: the second is a full model over the same features plus document features from the
  first pass's labels (majority type of the word's other occurrences, of its neighbours, type of
  longer names containing it; src/language/tagger/document-layer.ts), learnt on ${FOLDS}-fold
  jackknifed first-pass labels of train (tools/train-second-pass.ts).
- Features: word, shape, affixes, ±2 words and shapes, bigrams, headline flag, document case
  evidence, word clusters (models/tagger/clusters.tsv.gz from \`npm run build:clusters\`: ${clusters.size} words
  of 3.4 M tokens of unlabelled news-like text, tools/unlabelled-text.ts, each with a k-means path
  whose prefixes are features and its classes in two exchange-algorithm class-bigram clusterings,
  256 and 64 classes), gazetteer marks (names from WikiANN English train, dev and test, with
  words typical of organisation and place names: ${gazetteer.size} entries).
- Data: CoNLL-2003 train (corpus ${trainHash}); epoch chosen on valid.
- First pass: best epoch ${best.epoch} of ${EPOCHS}; second pass: best epoch ${second.epoch} of ${SECOND_EPOCHS}; features kept ${saved.features}; file ${(saved.bytes / 1e6).toFixed(1)} MB.

Figures of the shipped (quantised) file, as \`npm run bench:ner\` measures it:

| CoNLL-2003 valid (dev) | first pass only | both passes (shipped) |
|---|---|---|
| all (micro, exact spans) | ${pct(onePass.f1)} | ${pct(twoPass.f1)} |
${Object.keys(twoPass.byType).map((k) => `| ${k} | ${pct(onePass.byType[k])} | ${pct(twoPass.byType[k])} |`).join('\n')}

Trained in ${((performance.now() - t0) / 1000).toFixed(0)} s.
`,
);
