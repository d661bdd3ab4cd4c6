import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from './store.js';
import { makeArticle, tempDir } from './test-fixtures.js';

test('a batch whose transaction throws mid-way leaves earlier batches intact and nothing partial', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'crash.db');
    const store = Store.open(path);
    store.saveBatch([makeArticle({ title: 'Earlier 1' }), makeArticle({ title: 'Earlier 2' })]);
    const good = makeArticle({ title: 'Same batch, saved first' });
    const bad = makeArticle({ title: 'Unserialisable' });
    // A BigInt attribute makes JSON.stringify throw after `good` was written inside the transaction.
    bad.add({ layer: 'zone', type: 'paragraph', start: 0, end: 1, attrs: { n: 1n as unknown as number }, source: 'test' });
    assert.throws(() => store.saveBatch([good, bad]), /BigInt/);
    assert.equal(store.count(), 2);
    assert.equal(store.has(good.id), false);
    assert.equal(store.search('unserialisable OR saved').length, 0, 'no orphan FTS rows');
    store.close();
    const reopened = Store.open(path);
    assert.deepEqual([...reopened.iterate()].map((a) => a.meta.title), ['Earlier 1', 'Earlier 2']);
    reopened.close();
  } finally {
    cleanup();
  }
});

test('a process killed in the middle of a batch transaction loses only that batch', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'killed.db');
    const script = join(dir, 'writer.mjs');
    const storeUrl = new URL('./store.js', import.meta.url).href;
    const fixturesUrl = new URL('./test-fixtures.js', import.meta.url).href;
    writeFileSync(
      script,
      `import { Store } from ${JSON.stringify(storeUrl)};
       import { makeArticle } from ${JSON.stringify(fixturesUrl)};
       const store = Store.open(${JSON.stringify(path)});
       store.saveBatch([makeArticle({ title: 'Committed' })]);
       const dying = makeArticle({ title: 'Dying' });
       // Serialising this attribute ends the process abruptly, inside the second transaction.
       dying.add({ layer: 'zone', type: 'x', start: 0, end: 1, attrs: { a: { toJSON() { process.exit(9); } } }, source: 'test' });
       store.saveBatch([makeArticle({ title: 'Written before the crash' }), dying]);
      `,
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    assert.equal(run.status, 9, run.stderr);
    const store = Store.open(path);
    assert.deepEqual([...store.iterate()].map((a) => a.meta.title), ['Committed']);
    store.close();
  } finally {
    cleanup();
  }
});
