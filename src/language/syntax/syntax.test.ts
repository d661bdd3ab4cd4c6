import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerceptronTrainer } from './averaged-perceptron.js';
import { readSyntaxConll } from './conll-columns.js';
import { ChunkStrings, FeatureStrings, chunkFeatures, posFeatures, prepare, repairChunk } from './features.js';
import { loadSyntaxTagger, posTagList } from './tagger.js';

const SENTENCES = [
  'The defence minister said on Tuesday that the talks had failed .',
  'India is set to develop a new frigate , the statement quoted Borisov as saying .',
  'Shares of Apple rose 17 % to $ 11.5 billion after analysts upgraded the stock .',
  'WASHINGTON 1996-08-22',
].map((s) => s.split(' '));

test('the shipped tagger finds verbs, noun phrases and clauses', () => {
  const tagger = loadSyntaxTagger();
  const { pos, chunks } = tagger.tag(SENTENCES[0]);
  assert.equal(pos[3], 'VBD', pos.join(' '));
  assert.deepEqual(chunks.slice(0, 4), ['B-NP', 'I-NP', 'I-NP', 'B-VP']);
  assert.equal(chunks[6], 'B-SBAR', chunks.join(' '));
  assert.deepEqual(chunks.slice(7, 9), ['B-NP', 'I-NP']);
  const second = tagger.tag(SENTENCES[1]);
  assert.equal(second.pos[second.pos.length - 2], 'VBG');
});

test('cached group scores give the tags the flat training features give', () => {
  const tagger = loadSyntaxTagger();
  const ps = new FeatureStrings(posTagList(tagger.pos.classes));
  const cs = new ChunkStrings(ps, new FeatureStrings(tagger.chunk.classes));
  const o = tagger.chunk.classes.indexOf('O');
  for (const words of SENTENCES) {
    const p = prepare(words);
    const pos: number[] = [];
    let prev = ps.index('-START-');
    let prev2 = ps.index('-START2-');
    words.forEach((_, i) => {
      const cands = tagger.candidates.words.get(p.norm[i + 2]) ?? tagger.candidates.open;
      const scores = new Float64Array(tagger.pos.classes.length);
      tagger.pos.predict(posFeatures(ps, p, i, prev, prev2), scores);
      const tag = cands.length === 1 ? cands[0] : [...cands].reduce((a, b) => (scores[b] > scores[a] ? b : a));
      pos.push(tag);
      prev2 = prev;
      prev = tag;
    });
    assert.deepEqual(tagger.tagPos(words), pos.map((t) => tagger.pos.classes[t]), words.join(' '));
    const chunks: string[] = [];
    let c1 = o;
    let c2 = o;
    words.forEach((_, i) => {
      const cands = tagger.candidates.chunks[pos[i]];
      const scores = new Float64Array(tagger.chunk.classes.length);
      tagger.chunk.predict(chunkFeatures(cs, p, pos, i, c1, c2), scores);
      const best = cands.length === 1 ? cands[0] : [...cands].reduce((a, b) => (scores[b] > scores[a] ? b : a));
      const tag = repairChunk(tagger.chunk.classes[best], tagger.chunk.classes[c1]);
      chunks.push(tag);
      c2 = c1;
      c1 = tagger.chunk.classes.indexOf(tag);
    });
    assert.deepEqual(tagger.tagChunks(words, pos), chunks, words.join(' '));
  }
});

test('the averaged perceptron learns a separable problem and keeps only useful weights', () => {
  const trainer = new PerceptronTrainer(['A', 'B']);
  const data: [string[], number][] = [[['x', 'bias'], 0], [['y', 'bias'], 1], [['x', 'z', 'bias'], 0], [['y', 'z', 'bias'], 1]];
  for (let e = 0; e < 5; e++) for (const [f, y] of data) trainer.update(y, trainer.predict(f), f);
  const w = trainer.averaged();
  for (const [f, y] of data) assert.equal(w.predict(f), y);
  assert.equal(w.predict(['x', 'y', 'x']), 0);
});

test('CoNLL columns are read with chunks in BIO form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syntax-'));
  const file = join(dir, 'mini.txt');
  writeFileSync(file, '-DOCSTART- -X- -X- O\n\nEU NNP I-NP B-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP B-MISC\ncall NN I-NP O\n. . O O\n\n');
  const [s] = readSyntaxConll(file);
  assert.deepEqual(s.words, ['EU', 'rejects', 'German', 'call', '.']);
  assert.deepEqual(s.chunks, ['B-NP', 'B-VP', 'B-NP', 'I-NP', 'O']);
});

test('pathological input: long unpunctuated runs, no letters, mixed scripts', () => {
  const tagger = loadSyntaxTagger();
  const long = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'Smith' : i % 3 === 0 ? 'said' : 'the'));
  const started = Date.now();
  const { pos, chunks } = tagger.tag(long);
  assert.equal(pos.length, 10_000);
  assert.equal(chunks.length, 10_000);
  assert.ok(Date.now() - started < 10_000, 'tags 10,000 tokens in well under ten seconds');
  assert.equal(tagger.tag([]).pos.length, 0);
  assert.equal(tagger.tag(['%%%', '***', '12:30']).pos.length, 3);
  assert.equal(tagger.tag(['Путин', 'said', '北京', '\u0007']).chunks.length, 4);
});
