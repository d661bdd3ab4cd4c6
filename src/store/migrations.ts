/**
 * Versioned schema migrations. `PRAGMA user_version` records the last one
 * applied; each runs in its own transaction, so a crash mid-migration leaves
 * the database at the previous version. Never edit a released migration:
 * append a new one.
 */
import type Database from 'better-sqlite3';
import { StoreVersionError } from './errors.js';

export interface Migration {
  readonly version: number;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,            -- SHA-256 of format + content
        format TEXT NOT NULL,
        origin_path TEXT NOT NULL,
        origin_line INTEGER,
        bytes INTEGER NOT NULL,
        content BLOB NOT NULL,          -- raw source, gzip-compressed, for re-extraction
        hints TEXT,                     -- JSON SourceHints supplied by the input record
        ingested_at TEXT NOT NULL
      );

      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id),
        text TEXT NOT NULL,             -- the immutable article text; every offset refers to it
        meta TEXT NOT NULL,             -- JSON ArticleMetadata
        title TEXT,
        site TEXT,
        published_date TEXT,
        published_iso TEXT,
        dateline TEXT,
        language TEXT,
        url TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published_date);

      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(rowid),
        layer TEXT NOT NULL,
        type TEXT NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        attrs TEXT,                     -- JSON object, NULL when empty
        source TEXT NOT NULL,
        confidence REAL NOT NULL
      );
      CREATE INDEX annotations_article_layer ON annotations(article, layer);

      CREATE TABLE diagnostics (
        id INTEGER PRIMARY KEY,
        doc_id TEXT,                    -- NULL when the input never became a document
        code TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        source TEXT NOT NULL,
        file TEXT,
        line INTEGER,
        "offset" INTEGER
      );
      -- Re-running an ingest must not repeat the same diagnostic (INSERT OR IGNORE relies on this).
      CREATE UNIQUE INDEX diagnostics_unique ON diagnostics(
        coalesce(doc_id, ''), code, coalesce(file, ''), coalesce(line, 0), coalesce("offset", -1), message
      );
      CREATE INDEX diagnostics_doc ON diagnostics(doc_id);

      -- Contentless: the body is derived from articles.text, so it is not stored twice.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    // Events and quotes are queried across articles by layer and type.
    version: 2,
    sql: `CREATE INDEX annotations_layer_type ON annotations(layer, type);`,
  },
];

export const latestVersion: number = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to `latestVersion`; returns the versions applied. */
export function migrate(db: Database.Database, file: string, list: readonly Migration[] = migrations): number[] {
  const known = list.length === 0 ? 0 : list[list.length - 1].version;
  const current = schemaVersion(db);
  if (current > known) {
    throw new StoreVersionError(
      `${file}: database schema version ${current} is newer than this dateline supports (${known}); upgrade dateline`,
      file,
    );
  }
  const applied: number[] = [];
  for (const migration of list) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // user_version lives in the database header and is written by this same transaction.
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
