import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreVersionError } from './errors.js';
import { latestVersion, migrate, migrations, schemaVersion } from './migrations.js';
import { Store } from './store.js';
import { tempDir } from './test-fixtures.js';

test('migration versions are strictly increasing from 1', () => {
  migrations.forEach((m, i) => assert.equal(m.version, i + 1));
  assert.equal(latestVersion, migrations.length);
});

test('an empty database is migrated to the latest version with every table', () => {
  const db = new Database(':memory:');
  assert.deepEqual(migrate(db, ':memory:'), migrations.map((m) => m.version));
  assert.equal(schemaVersion(db), latestVersion);
  const names = db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index')`).pluck().all() as string[];
  for (const name of ['documents', 'articles', 'annotations', 'diagnostics', 'articles_fts', 'annotations_article_layer']) {
    assert.ok(names.includes(name), `missing ${name}`);
  }
  assert.deepEqual(migrate(db, ':memory:'), [], 'a second run applies nothing');
  db.close();
});

test('opening a database from a newer dateline fails with a clear error', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion + 5}`);
    db.close();
    assert.throws(() => Store.open(path), (err: unknown) => {
      assert.ok(err instanceof StoreVersionError);
      assert.match(err.message, /newer than this dateline supports/);
      assert.ok(err.message.includes(path));
      return true;
    });
  } finally {
    cleanup();
  }
});

test('a failing migration rolls back and leaves the previous version', () => {
  const db = new Database(':memory:');
  const list = [
    { version: 1, sql: 'CREATE TABLE a (x);' },
    { version: 2, sql: 'CREATE TABLE b (x); CREATE TABLE a (x);' },
  ];
  assert.throws(() => migrate(db, ':memory:', list), /already exists/);
  assert.equal(schemaVersion(db), 1);
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
  assert.deepEqual(tables, ['a'], 'table b of the failed migration is not left behind');
  db.close();
});
