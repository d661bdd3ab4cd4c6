import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exchangeClusters } from './exchange-clusters.js';

test('the exchange algorithm puts words of the same distribution in one class', () => {
  const sentences: string[][] = [];
  const names = ['paris', 'london', 'rome', 'berlin'];
  const verbs = ['runs', 'walks', 'sleeps', 'talks'];
  for (let i = 0; i < 200; i++) sentences.push(['in', names[i % 4], 'she', verbs[(i * 7) % 4], 'today']);
  const vocab = ['in', 'she', 'today', ...names, ...verbs];
  const classes = exchangeClusters(sentences, vocab, 4, 10);
  assert.equal(new Set(names.map((w) => classes.get(w))).size, 1);
  assert.equal(new Set(verbs.map((w) => classes.get(w))).size, 1);
  assert.notEqual(classes.get('paris'), classes.get('runs'));
});
