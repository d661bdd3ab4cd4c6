import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConll, writeConll } from './conll.js';

const SAMPLE = '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n-DOCSTART- -X- -X- O\n\nBonn NNP B-NP I-LOC\n';

test('documents and sentences are read; every line is echoed with one column appended', () => {
  const docs = readConll(SAMPLE);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences, [['EU', 'rejects'], ['Peter']]);
  assert.deepEqual(docs[1].sentences, [['Bonn']]);
  const out = writeConll(docs[0], [['B-ORG', 'O'], ['B-PER']]);
  assert.equal(out, '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG B-ORG\nrejects VBZ B-VP O O\n\nPeter NNP B-NP B-PER B-PER\n');
  assert.equal(readConll('a\nb\n').length, 1);
});
