import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { documentId } from '../model/document.js';
import { articleToJSON } from '../model/serialize.js';
import { AmbiguousIdError, InvalidIdError, StoreOpenError } from './errors.js';
import { Store } from './store.js';
import { makeArticle, tempDir } from './test-fixtures.js';

function withStore(fn: (store: Store, path: string) => void): void {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'test.db');
  const store = Store.open(path);
  try {
    fn(store, path);
  } finally {
    store.close();
    cleanup();
  }
}

test('a saved article comes back in the ArticleJSON shape, body derived from paragraphs', () => {
  withStore((store) => {
    const article = makeArticle();
    assert.deepEqual(store.saveBatch([article], []), { saved: 1, skipped: 0 });
    const stored = store.get(article.id);
    assert.ok(stored);
    const { rowid, ...json } = stored;
    assert.equal(typeof rowid, 'number');
    assert.deepEqual(json, JSON.parse(JSON.stringify(articleToJSON(article))));
    assert.equal(stored.body, 'The ministers met on Thursday.\n\nThey signed a $5 billion deal.');
    assert.ok(store.has(article.id));
    assert.equal(store.has('0'.repeat(64)), false);
  });
});

test('reopening keeps the data', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'keep.db');
    const first = Store.open(path);
    const article = makeArticle();
    first.saveBatch([article]);
    first.close();
    const second = Store.open(path);
    assert.equal(second.count(), 1);
    assert.equal(second.get(article.id)?.text, article.text);
    second.close();
  } finally {
    cleanup();
  }
});

test('saving the same batch twice stores nothing twice', () => {
  withStore((store) => {
    const a = makeArticle({ title: 'One' });
    const b = makeArticle({ title: 'Two' });
    const failure = { origin: 'bad.txt', diagnostics: [{ code: DiagnosticCodes.empty, severity: 'error' as const, message: 'file is empty', source: 'ingest', file: 'bad.txt' }] };
    assert.deepEqual(store.saveBatch([a, b], [failure]), { saved: 2, skipped: 0 });
    assert.deepEqual(store.saveBatch([a, b], [failure]), { saved: 0, skipped: 2 });
    assert.deepEqual(store.saveBatch([makeArticle({ title: 'One' })]), { saved: 0, skipped: 1 }, 'same content, new object');
    assert.equal(store.count(), 2);
    const stored = store.get(a.id);
    assert.equal(stored?.annotations.length, a.annotations.length);
    assert.equal(stored?.diagnostics.length, 1);
    assert.equal(store.search('ministers').length, 2, 'the FTS index holds each article once');
  });
});

test('lookup by unique prefix, case-insensitive; ambiguous prefixes list candidates', () => {
  withStore((store) => {
    const article = makeArticle();
    store.saveBatch([article]);
    assert.equal(store.get(article.id.slice(0, 6))?.id, article.id);
    assert.equal(store.get(article.id.slice(0, 12).toUpperCase())?.id, article.id);
    assert.equal(store.get('ffffff' === article.id.slice(0, 6) ? '000000' : 'ffffff'), null);
    assert.throws(() => store.get('abc'), InvalidIdError);
    assert.throws(() => store.get('not-hex!'), InvalidIdError);

    // Find two contents whose ids share a 6-character prefix (a birthday search, a few thousand hashes).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null; i++) {
      const title = `Title ${i}`;
      const content = [title, 'The ministers met on Thursday.', 'They signed a $5 billion deal.', 'Follow us on Telegram'].join('\n\n');
      const prefix = documentId('text', content).slice(0, 6);
      const other = seen.get(prefix);
      if (other !== undefined) pair = [other, title];
      else seen.set(prefix, title);
    }
    const [x, y] = pair.map((title) => makeArticle({ title }));
    store.saveBatch([x, y]);
    const prefix = x.id.slice(0, 6);
    assert.throws(() => store.get(prefix), (err: unknown) => {
      assert.ok(err instanceof AmbiguousIdError);
      assert.deepEqual([...err.candidates].sort(), [x.id, y.id].sort());
      return true;
    });
    assert.equal(store.get(x.id)?.id, x.id, 'the full id always resolves');
  });
});

test('latest returns the most recently stored article; iterate streams all in order', () => {
  withStore((store) => {
    assert.equal(store.latest(), null);
    const articles = [1, 2, 3].map((i) => makeArticle({ title: `Article ${i}` }));
    store.saveBatch(articles.slice(0, 2));
    store.saveBatch(articles.slice(2));
    assert.equal(store.latest()?.meta.title, 'Article 3');
    assert.deepEqual([...store.iterate()].map((a) => a.meta.title), ['Article 1', 'Article 2', 'Article 3']);
  });
});

test('opening a missing database with mustExist, or a file that is not a database, fails clearly', () => {
  const { dir, cleanup } = tempDir();
  try {
    assert.throws(() => Store.open(join(dir, 'missing.db'), { mustExist: true }), StoreOpenError);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite at all, just some text that is long enough to be a header');
    assert.throws(() => Store.open(junk), (err: unknown) => err instanceof StoreOpenError && err.message.startsWith(junk));
  } finally {
    cleanup();
  }
});
