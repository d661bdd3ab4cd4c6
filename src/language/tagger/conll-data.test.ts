import { test } from 'node:test';
import assert from 'node:assert/strict';
import { f1, scoreUnseenSpans } from './conll-data.js';

test('unseen-name scores count only spans whose text was not seen in training', () => {
  const words = [['John', 'Smith', 'met', 'Ann', 'Lee', 'in', 'Paris']];
  const gold = [['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']];
  const pred = [['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O']];
  const score = scoreUnseenSpans(words, gold, pred, new Set(['john smith', 'paris']));
  assert.deepEqual([score.tp, score.fp, score.fn], [0, 1, 1]);
  assert.equal(f1(score), 0);
});
