/**
 * Trains the part-of-speech and chunk taggers (npm run train:syntax) on the
 * CoNLL-2003 train columns; the number of epochs for each is picked on valid.
 * The chunker learns from part-of-speech tags predicted by models that did not
 * see the sentence (jackknifed over SYNTAX_FOLDS parts of train), as it will
 * meet them on new text. Writes models/syntax/syntax.json.gz and
 * models/syntax/TRAINING.md. Deterministic (fixed shuffle seed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PerceptronTrainer, PerceptronWeights } from '../src/language/syntax/averaged-perceptron.js';
import { readSyntaxConll, type SyntaxSentence } from '../src/language/syntax/conll-columns.js';
import { ChunkStrings, FeatureStrings, chunkFeatures, normalise, posFeatures, prepare, repairChunk } from '../src/language/syntax/features.js';
import { SyntaxTagger, posTagList, type Candidates } from '../src/language/syntax/tagger.js';
import { scoreSpans, f1 } from '../src/language/tagger/conll-data.js';
import { PROJECT_ROOT, requireShared, seededRandom } from '../bench/shared-data.js';

const POS_EPOCHS = Number(process.env.SYNTAX_POS_EPOCHS ?? 10);
const CHUNK_EPOCHS = Number(process.env.SYNTAX_CHUNK_EPOCHS ?? 10);
const FOLDS = Number(process.env.SYNTAX_FOLDS ?? 4);

const dir = requireShared('bench', 'ner', 'conll2003');
const train = readSyntaxConll(join(dir, 'train.txt'));
const valid = readSyntaxConll(join(dir, 'valid.txt'));
const started = Date.now();

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** A word seen this often in train is scored only for the tags seen with it; rarer words for the open classes. */
const FREQUENT = Number(process.env.SYNTAX_FREQUENT ?? 5);

function candidatesOf(sentences: readonly SyntaxSentence[]): Candidates {
  const byWord = new Map<string, Map<number, number>>();
  const chunkByPos = posClasses.map(() => new Set<number>());
  for (const s of sentences) s.words.forEach((w, i) => {
    const key = normalise(w);
    const m = byWord.get(key) ?? new Map<number, number>();
    const t = posIndex.get(s.pos[i])!;
    m.set(t, (m.get(t) ?? 0) + 1);
    byWord.set(key, m);
    chunkByPos[t].add(chunkClasses.indexOf(s.chunks[i]));
  });
  const words = new Map<string, Uint8Array>();
  const rare = new Map<number, number>();
  for (const [w, m] of byWord) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    if (total >= FREQUENT) words.set(w, Uint8Array.from([...m.keys()].sort((a, b) => a - b)));
    else for (const [t, n] of m) rare.set(t, (rare.get(t) ?? 0) + n);
  }
  const open = Uint8Array.from([...rare].filter(([, n]) => n >= 5).map(([t]) => t).sort((a, b) => a - b));
  return { words, open, chunks: chunkByPos.map((x) => Uint8Array.from([...x].sort((a, b) => a - b))) };
}

const posClasses = [...new Set(train.flatMap((s) => s.pos))].sort();
const chunkClasses = [...new Set(train.flatMap((s) => s.chunks))].sort();
const posIndex = new Map(posClasses.map((c, i) => [c, i]));
const candidates = candidatesOf(train);
const noChunks = new PerceptronWeights(chunkClasses, new Map());
const posStrings = new FeatureStrings(posTagList(posClasses));
const chunkStrings = new ChunkStrings(posStrings, new FeatureStrings(chunkClasses));

/**
 * Greedy training over shuffled sentences (fixed seed): `walk` tags one sentence left to right,
 * updating the trainer; after each epoch `onEpoch` sees the averaged weights.
 */
function trainGreedy<S>(classes: readonly string[], seed: number, sentences: readonly S[], epochs: number, walk: (s: S, trainer: PerceptronTrainer, index: ReadonlyMap<string, number>) => void, onEpoch?: (e: number, w: PerceptronWeights) => void): PerceptronWeights {
  const trainer = new PerceptronTrainer(classes);
  const index = new Map(classes.map((c, i) => [c, i]));
  const order = [...sentences];
  const random = seededRandom(seed);
  for (let e = 1; e <= epochs; e++) {
    for (const s of shuffle(order, random)) walk(s, trainer, index);
    onEpoch?.(e, trainer.averaged());
  }
  return trainer.averaged();
}

/** Trains the POS model on `sentences`. */
function trainPos(sentences: readonly SyntaxSentence[], epochs: number, onEpoch?: (e: number, w: PerceptronWeights) => void): PerceptronWeights {
  return trainGreedy(posClasses, 20261204, sentences, epochs, (s, trainer, index) => {
    const p = prepare(s.words);
    let prev = posStrings.index('-START-');
    let prev2 = posStrings.index('-START2-');
    s.words.forEach((_, i) => {
      const cands = candidates.words.get(p.norm[i + 2]) ?? candidates.open;
      let guess = cands[0];
      if (cands.length > 1) {
        const f = posFeatures(posStrings, p, i, prev, prev2);
        guess = trainer.predict(f, cands);
        trainer.update(index.get(s.pos[i])!, guess, f);
      }
      prev2 = prev;
      prev = guess;
    });
  }, onEpoch);
}

/** Trains the chunk model on sentences with (predicted) part-of-speech tags. */
function trainChunk(sentences: readonly SyntaxSentence[], epochs: number, onEpoch?: (e: number, w: PerceptronWeights) => void): PerceptronWeights {
  return trainGreedy(chunkClasses, 20261205, sentences, epochs, (s, trainer, index) => {
    const p = prepare(s.words);
    const pos = s.pos.map((t) => posIndex.get(t)!);
    let prev = index.get('O')!;
    let prev2 = prev;
    s.words.forEach((_, i) => {
      const cands = candidates.chunks[pos[i]];
      let g = cands[0];
      if (cands.length > 1) {
        const f = chunkFeatures(chunkStrings, p, pos, i, prev, prev2);
        g = trainer.predict(f, cands);
        trainer.update(index.get(s.chunks[i])!, g, f);
      }
      const tag = repairChunk(chunkClasses[g], chunkClasses[prev]);
      prev2 = prev;
      prev = index.get(tag)!;
    });
  }, onEpoch);
}

const posAccuracy = (tagger: SyntaxTagger, sentences: readonly SyntaxSentence[]): number => {
  let right = 0;
  let all = 0;
  for (const s of sentences) tagger.tagPos(s.words).forEach((t, i) => { all++; if (t === s.pos[i]) right++; });
  return right / all;
};
const chunkF1 = (tagger: SyntaxTagger, sentences: readonly SyntaxSentence[]): number => f1(scoreSpans(sentences.map((s) => s.chunks), sentences.map((s) => tagger.tag(s.words).chunks)));

console.log(`train ${train.length} sentences, valid ${valid.length}; ${posClasses.length} POS tags, ${chunkClasses.length} chunk tags, ${candidates.words.size} frequent words, ${candidates.open.length} open-class tags`);

// 1. POS epochs on valid.
const posByEpoch: number[] = [];
let bestPos: PerceptronWeights | undefined;
let bestPosEpoch = 0;
trainPos(train, POS_EPOCHS, (e, w) => {
  const acc = posAccuracy(new SyntaxTagger(candidates, w, noChunks), valid);
  posByEpoch.push(acc);
  console.log(`pos epoch ${e}: valid accuracy ${(100 * acc).toFixed(2)}`);
  if (acc > (posByEpoch[bestPosEpoch - 1] ?? -1)) { bestPos = w; bestPosEpoch = e; }
});

// 2. Jackknifed POS tags of train for the chunker.
const predicted = train.map((s) => ({ ...s, pos: [...s.pos] }));
for (let k = 0; k < FOLDS; k++) {
  const w = trainPos(train.filter((_, i) => i % FOLDS !== k), bestPosEpoch);
  const t = new SyntaxTagger(candidates, w, noChunks);
  train.forEach((s, i) => { if (i % FOLDS === k) predicted[i].pos = t.tagPos(s.words); });
  console.log(`jackknife fold ${k + 1}/${FOLDS} done`);
}

// 3. Chunk epochs on valid, with predicted POS.
const chunkByEpoch: number[] = [];
let bestChunk: PerceptronWeights | undefined;
let bestChunkEpoch = 0;
trainChunk(predicted, CHUNK_EPOCHS, (e, w) => {
  const f = chunkF1(new SyntaxTagger(candidates, bestPos!, w), valid);
  chunkByEpoch.push(f);
  console.log(`chunk epoch ${e}: valid F1 ${(100 * f).toFixed(2)}`);
  if (f > (chunkByEpoch[bestChunkEpoch - 1] ?? -1)) { bestChunk = w; bestChunkEpoch = e; }
});

const tagger = new SyntaxTagger(candidates, bestPos!, bestChunk!);
const json = tagger.toJSON({ posEpoch: bestPosEpoch, chunkEpoch: bestChunkEpoch, folds: FOLDS });
const out = join(PROJECT_ROOT, 'models', 'syntax');
mkdirSync(out, { recursive: true });
const gz = gzipSync(JSON.stringify(json), { level: 9 });
writeFileSync(join(out, 'syntax.json.gz'), gz);
const shipped = SyntaxTagger.fromJSON(json);
const acc = posAccuracy(shipped, valid);
const cf = chunkF1(shipped, valid);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
writeFileSync(join(out, 'TRAINING.md'), `# Part-of-speech and chunk taggers: how models/syntax/syntax.json.gz was made

Command: \`npm run train:syntax\` (tools/train-syntax.ts), deterministic (fixed shuffle seeds).

- Models: two greedy averaged perceptrons (src/language/syntax), left to right with the two
  previous decisions as features. Each decision is scored only among its candidates: the tags
  seen in train with the word (${candidates.words.size} words seen ${FREQUENT}+ times; ${[...candidates.words.values()].filter((t) => t.length === 1).length} of them with one tag
  skip the model), else the ${candidates.open.length} tags of rare words; the chunk tags seen with the word's part of speech.
- Data: the part-of-speech and chunk columns of CoNLL-2003 train (${train.length} sentences);
  epochs chosen on valid. The chunker learns from part-of-speech tags predicted by models trained
  on the other ${FOLDS - 1} of ${FOLDS} parts of train (jackknifing), as it meets them on new text.
- Part-of-speech: epoch ${bestPosEpoch} of ${POS_EPOCHS} (valid accuracy by epoch: ${posByEpoch.map((x) => (100 * x).toFixed(2)).join(', ')}).
- Chunks: epoch ${bestChunkEpoch} of ${CHUNK_EPOCHS} (valid F1 by epoch: ${chunkByEpoch.map((x) => (100 * x).toFixed(2)).join(', ')}).
- File: ${(gz.length / 1e6).toFixed(1)} MB (weights rounded to 1/1000).

Figures of the shipped file on CoNLL-2003 valid (\`npm run bench:syntax\`): part-of-speech
accuracy ${(100 * acc).toFixed(2)}%, chunk F1 ${(100 * cf).toFixed(2)} (exact spans, predicted part of speech).

The attribution tagger (models/quotes) is trained with these tags as features: after retraining
this model, retrain it too (\`npm run train:quotes\`).

Trained in ${seconds} s.
`);
console.log(`wrote models/syntax/syntax.json.gz (${(gz.length / 1e6).toFixed(1)} MB): valid POS ${(100 * acc).toFixed(2)}, chunk F1 ${(100 * cf).toFixed(2)}, ${seconds} s`);
