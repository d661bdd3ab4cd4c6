/**
 * Writing batches: one transaction per batch, INSERT OR IGNORE everywhere so a
 * re-run never duplicates, and nothing of a batch is visible unless all of it
 * committed.
 */
import { gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { compareAnnotations } from '../model/annotation.js';
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostics.js';

/** A document that could not become an article; its diagnostics are kept. */
export interface StoreFailure {
  readonly docId?: string;
  /** `file` or `file:line` of the input. */
  readonly origin: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface SaveResult {
  /** Articles newly stored. */
  readonly saved: number;
  /** Articles already in the store (same content hash), left untouched. */
  readonly skipped: number;
}

export class BatchWriter {
  private readonly insertDocument: Database.Statement;
  private readonly insertArticle: Database.Statement;
  private readonly insertAnnotation: Database.Statement;
  private readonly insertFts: Database.Statement;
  private readonly insertDiagnostic: Database.Statement;
  private readonly saveAll: (articles: readonly Article[], failures: readonly StoreFailure[]) => SaveResult;

  constructor(db: Database.Database) {
    this.insertDocument = db.prepare(
      `INSERT OR IGNORE INTO documents (id, format, origin_path, origin_line, bytes, content, hints, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertArticle = db.prepare(
      `INSERT OR IGNORE INTO articles (doc_id, text, meta, title, site, published_date, published_iso, dateline, language, url, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertAnnotation = db.prepare(
      `INSERT INTO annotations (article, layer, type, "start", "end", attrs, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFts = db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`);
    this.insertDiagnostic = db.prepare(
      `INSERT OR IGNORE INTO diagnostics (doc_id, code, severity, message, source, file, line, "offset") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.saveAll = db.transaction((articles: readonly Article[], failures: readonly StoreFailure[]) => {
      const now = new Date().toISOString();
      let saved = 0;
      let skipped = 0;
      for (const article of articles) {
        if (this.saveArticle(article, now)) saved++;
        else skipped++;
      }
      for (const failure of failures) {
        for (const d of failure.diagnostics) this.saveDiagnostic(failure.docId ?? null, d, failure.origin);
      }
      return { saved, skipped };
    });
  }

  save(articles: readonly Article[], failures: readonly StoreFailure[]): SaveResult {
    return this.saveAll(articles, failures);
  }

  /** Returns false when the article was already stored. */
  private saveArticle(article: Article, now: string): boolean {
    const doc = article.source;
    const hints = Object.keys(doc.hints).length > 0 ? JSON.stringify(doc.hints) : null;
    this.insertDocument.run(doc.id, doc.format, doc.origin.path, doc.origin.line ?? null, doc.bytes, gzipSync(doc.content), hints, now);
    const meta = article.meta;
    const inserted = this.insertArticle.run(
      doc.id,
      article.text,
      JSON.stringify(meta),
      meta.title,
      meta.site,
      meta.published?.date ?? null,
      meta.published?.iso ?? null,
      meta.dateline,
      meta.language,
      meta.url,
      now,
    );
    if (inserted.changes === 0) return false;
    const rowid = inserted.lastInsertRowid;
    for (const a of [...article.annotations].sort(compareAnnotations)) {
      const attrs = Object.keys(a.attrs).length > 0 ? JSON.stringify(a.attrs) : null;
      this.insertAnnotation.run(rowid, a.layer, a.type, a.start, a.end, attrs, a.source, a.confidence);
    }
    this.insertFts.run(rowid, meta.title ?? '', article.bodyText());
    for (const d of article.diagnostics) this.saveDiagnostic(doc.id, d, null);
    return true;
  }

  /** `fallbackFile` names the input of a failure whose diagnostic lacks a file. */
  private saveDiagnostic(docId: string | null, d: Diagnostic, fallbackFile: string | null): void {
    this.insertDiagnostic.run(docId, d.code, d.severity, d.message, d.source, d.file ?? fallbackFile, d.line ?? null, d.offset ?? null);
  }
}
