/**
 * The SQLite store: raw documents (gzip), articles (immutable text + meta),
 * standoff annotations, diagnostics, and a contentless FTS5 index.
 */
import { existsSync } from 'node:fs';
import { queryQuotes, type StoredQuote } from './quotes.js';
import { queryEvents, type EventQuery, type StoredEvent } from './events.js';
import Database from 'better-sqlite3';
import type { Article } from '../model/article.js';
import { AmbiguousIdError, InvalidIdError, StoreError, StoreOpenError } from './errors.js';
import { makeSnippet, parseQuery } from './fts.js';
import { migrate } from './migrations.js';
import type { ArticleRow, StoredArticle } from './reader.js';
import { ARTICLE_SELECT, bodyFromAnnotations, rowToArticle } from './reader.js';
import type { SaveResult, StoreFailure } from './writer.js';
import { BatchWriter } from './writer.js';

export interface OpenOptions {
  /** Fail instead of creating a new database when the file does not exist. */
  readonly mustExist?: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly rowid: number;
  readonly title: string | null;
  readonly site: string | null;
  /** ISO date/time of publication when known. */
  readonly published: string | null;
  /** About 160 characters of body around the first query term. */
  readonly snippet: string;
  /** bm25 score: lower is better. */
  readonly score: number;
}

const MIN_PREFIX = 6;
const FULL_ID = /^[0-9a-f]{64}$/;

export class Store {
  private readonly writer: BatchWriter;
  /** Prepared once: ingest asks it for every document. */
  private readonly hasArticle: Database.Statement;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {
    this.writer = new BatchWriter(db);
    this.hasArticle = db.prepare('SELECT 1 FROM articles WHERE doc_id = ?');
  }

  static open(path: string, options: OpenOptions = {}): Store {
    if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
      throw new StoreOpenError(`${path}: no database here (run \`dateline ingest\` first, or pass --db)`, path);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { timeout: 5000 });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, path);
      return new Store(db, path);
    } catch (err) {
      db?.close();
      if (err instanceof StoreError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new StoreOpenError(`${path}: cannot open database: ${message}`, path);
    }
  }

  /** True when an article for this document id is stored. */
  has(docId: string): boolean {
    return this.hasArticle.get(docId) !== undefined;
  }

  /** Stores articles and failure diagnostics in ONE transaction: all or nothing. */
  saveBatch(articles: readonly Article[], failures: readonly StoreFailure[] = []): SaveResult {
    return this.writer.save(articles, failures);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /**
   * By full id or a unique hex prefix of at least 6 characters. Returns null
   * when nothing matches; throws AmbiguousIdError listing the candidates.
   */
  get(idOrPrefix: string): StoredArticle | null {
    const key = idOrPrefix.trim().toLowerCase();
    if (FULL_ID.test(key)) return this.byWhere('a.doc_id = ?', key);
    if (!/^[0-9a-f]+$/.test(key) || key.length < MIN_PREFIX) {
      throw new InvalidIdError(`"${idOrPrefix}" is not an article id: give at least ${MIN_PREFIX} hex characters`);
    }
    // GLOB on a hex-only prefix can use the unique index on doc_id.
    const ids = this.db
      .prepare('SELECT doc_id FROM articles WHERE doc_id GLOB ? ORDER BY doc_id LIMIT 10')
      .pluck()
      .all(`${key}*`) as string[];
    if (ids.length === 0) return null;
    if (ids.length > 1) throw new AmbiguousIdError(key, ids);
    return this.byWhere('a.doc_id = ?', ids[0]);
  }

  /** The most recently stored article. */
  latest(): StoredArticle | null {
    const rowid = this.db.prepare('SELECT max(rowid) FROM articles').pluck().get() as number | null;
    return rowid === null ? null : this.byWhere('a.rowid = ?', rowid);
  }

  /** Full-text search over title and clean body; user punctuation is neutralised. */
  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const parsed = parseQuery(query);
    if (parsed.match === null) return [];
    const limit = Math.max(1, Math.floor(options.limit ?? 20));
    const rows = this.db
      .prepare(
        `SELECT f.rowid AS rowid, bm25(articles_fts, 4.0, 1.0) AS score,
                a.doc_id AS id, a.title AS title, a.site AS site, a.published_iso AS published, a.text AS text
           FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
          WHERE articles_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(parsed.match, limit) as Array<{ rowid: number; score: number; id: string; title: string | null; site: string | null; published: string | null; text: string }>;
    const paragraphs = this.db.prepare(
      `SELECT layer, type, "start", "end" FROM annotations WHERE article = ? AND layer = 'zone' AND type = 'paragraph'`,
    );
    return rows.map((row) => {
      const spans = paragraphs.all(row.rowid) as Array<{ layer: 'zone'; type: string; start: number; end: number }>;
      const body = bodyFromAnnotations(row.text, spans.map((s) => ({ ...s, attrs: {}, source: '', confidence: 1 })));
      return {
        id: row.id,
        rowid: row.rowid,
        title: row.title,
        site: row.site,
        published: row.published,
        snippet: makeSnippet(body, parsed.terms),
        score: row.score,
      };
    });
  }

  /**
   * Streams every article in storage order with one statement. The connection
   * is busy until the generator finishes: run no other query on this Store
   * while consuming it.
   */
  *iterate(): Generator<StoredArticle> {
    const rows = this.db.prepare(`${ARTICLE_SELECT} ORDER BY a.rowid`).iterate() as IterableIterator<ArticleRow>;
    for (const row of rows) yield rowToArticle(row);
  }

  /** Stored events, filtered by actor, recipient, type and date (see events.ts). */
  events(query: EventQuery = {}): StoredEvent[] {
    return queryEvents(this.db, query);
  }

  /** Stored quotes with their speakers (see quotes.ts). */
  quotes(options: { speaker?: string; limit?: number; all?: boolean } = {}): StoredQuote[] {
    return queryQuotes(this.db, options);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private byWhere(where: string, value: string | number): StoredArticle | null {
    const row = this.db.prepare(`${ARTICLE_SELECT} WHERE ${where}`).get(value) as ArticleRow | undefined;
    return row ? rowToArticle(row) : null;
  }
}
