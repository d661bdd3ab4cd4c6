import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLabelledConll, scoreSpans, toBio } from './conll-eval.js';
import { fineType } from './fine-type.js';
import { Gazetteer } from './gazetteer.js';
import { entitySpans, tagDocument, tagWords } from './index.js';
import { documentHints } from './nonlocal.js';
import { longShape, shortShape } from './word-form.js';

test('shapes', () => {
  assert.equal(shortShape('Xiaomi'), 'Xx');
  assert.equal(shortShape('S-400'), 'X-d');
  assert.equal(longShape('1996-08-22'), 'dddd-dd-dd');
  assert.equal(longShape('McDonald'), 'XxXxxxx');
});

test('IOB1 to BIO and conlleval-style span scoring', () => {
  assert.deepEqual(toBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
  const docs = parseLabelledConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP I-PER\n');
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].sentences[0].tags, ['B-ORG', 'O']);
  const s = scoreSpans([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'I-PER', 'O', 'B-ORG']]);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
});

test('entity spans from tags', () => {
  const words = ['Bill', 'Clinton', 'visited', 'New', 'York', 'City'];
  assert.deepEqual(entitySpans(words, ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'I-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 6, type: 'LOC' },
  ]);
  assert.deepEqual(entitySpans(['a', 'b'], ['I-ORG', 'I-LOC']), [
    { start: 0, end: 1, type: 'ORG' },
    { start: 1, end: 2, type: 'LOC' },
  ]);
});

test('gazetteer marks multi-word phrases by position', () => {
  const g = new Gazetteer({ lists: { country: ['united states', 'georgia'], state: ['georgia'] } });
  const marks = g.match(['the', 'united', 'states', 'and', 'georgia']);
  assert.deepEqual(marks[1], ['country:B']);
  assert.deepEqual(marks[2], ['country:L']);
  assert.deepEqual(marks[4].sort(), ['country:U', 'state:U']);
});

test('document hints report other occurrences', () => {
  const hints = documentHints([['Bill', 'Clinton', 'spoke'], ['Clinton', 'said']], [['B-PER', 'I-PER', 'O'], ['B-ORG', 'O']]);
  assert.ok(hints[1][0].includes('maj=PER'));
  assert.ok(hints[1][0].includes('span=PER:L'));
  assert.ok(hints[1][0].includes('self=ORG'));
});

test('the committed model tags a sentence', () => {
  const words = ['German', 'Chancellor', 'Helmut', 'Kohl', 'met', 'officials', 'of', 'the', 'European', 'Commission', 'in', 'Brussels', 'on', 'Monday', '.'];
  const tags = tagWords(words);
  assert.equal(tags.length, words.length);
  const spans = entitySpans(words, tags).map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
  assert.ok(spans.includes('Helmut Kohl/PER'), spans.join(', '));
  assert.ok(spans.includes('Brussels/LOC'), spans.join(', '));
  assert.equal(tags[13], 'O');
  assert.deepEqual(tagDocument([[], ['Paris']]).length, 2);
});

test('fine types from the gazetteers', () => {
  assert.equal(fineType('Helmut Kohl', 'PER'), 'PERSON');
  assert.equal(fineType('France', 'LOC'), 'GPE');
  assert.equal(fineType('Texas', 'LOC'), 'GPE');
  assert.equal(fineType('Mediterranean', 'LOC'), 'LOC');
  assert.equal(fineType('Heathrow Airport', 'LOC'), 'FAC');
  assert.equal(fineType('German', 'MISC'), 'NORP');
  assert.equal(fineType('Islamists', 'MISC'), 'NORP');
  assert.equal(fineType('S-400 Triumph', 'MISC'), 'PRODUCT');
  assert.equal(fineType('Kamov-226', 'MISC'), 'PRODUCT');
  assert.equal(fineType('Gulf War', 'MISC'), 'EVENT');
  assert.equal(fineType('World Cup', 'MISC'), 'EVENT');
  assert.equal(fineType('Reuters', 'ORG'), 'ORG');
  assert.equal(fineType('Christmas', 'MISC'), 'MISC');
});
