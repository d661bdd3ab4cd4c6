import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { Store } from '../store/index.js';
import { makeArticle } from '../store/test-fixtures.js';
import { BatchSaver } from './batch-saver.js';
import { handlesInterrupt } from './main.js';

test('an article that cannot be stored fails alone; the rest of its batch is kept', () => {
  const store = Store.open(':memory:');
  const saver = new BatchSaver(store, 10);
  const bad = makeArticle({ title: 'Unstorable', path: 'bad.txt' });
  bad.add({ layer: 'zone', type: 'x', start: 0, end: 1, attrs: { n: 1n as unknown as number }, source: 'test' });
  saver.add({ ok: true, article: makeArticle({ title: 'Good one' }) });
  saver.add({ ok: true, article: bad });
  saver.add({ ok: false, origin: 'empty.txt', diagnostics: [{ code: DiagnosticCodes.empty, severity: 'error', message: 'file is empty', source: 'ingest', file: 'empty.txt' }] });
  saver.add({ ok: true, article: makeArticle({ title: 'Good two' }) });
  saver.flush();
  assert.equal(store.count(), 2);
  assert.deepEqual(saver.stats, { ingested: 2, alreadyStored: 0, failed: 2, skippedFiles: 0 });
  assert.equal(saver.failureLines[0], 'empty.txt: error DL-INGEST-EMPTY: file is empty');
  assert.match(saver.failureLines[1], /^bad\.txt: error DL-STORE-FAILED: cannot store article: .*BigInt/);
  store.close();
});

test('batches are committed every N results, and duplicates within a batch are recognised', () => {
  const store = Store.open(':memory:');
  const saver = new BatchSaver(store, 2);
  const a = makeArticle({ title: 'A' });
  saver.add({ ok: true, article: a });
  assert.equal(store.count(), 0, 'still pending');
  assert.equal(saver.isKnown(a.id), true, 'pending ids count as known');
  saver.add({ ok: true, article: makeArticle({ title: 'B' }) });
  assert.equal(store.count(), 2, 'committed at the batch size');
  assert.equal(saver.isKnown(a.id), true);
  store.close();
});

test('only ingest and export take over Ctrl-C', () => {
  assert.equal(handlesInterrupt(['ingest', 'x']), true);
  assert.equal(handlesInterrupt(['--db', 'a.db', 'export']), true);
  assert.equal(handlesInterrupt(['show', '--latest']), false);
  assert.equal(handlesInterrupt(['analyze', '-']), false);
  assert.equal(handlesInterrupt([]), false);
});
