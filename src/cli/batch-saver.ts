/**
 * Collects pipeline results and commits them to the store in batches. If a
 * batch transaction fails, its articles are retried one by one so a single
 * bad article never costs the others.
 */
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { DiagnosticCodes, formatDiagnostic } from '../model/diagnostics.js';
import type { PipelineResult } from '../pipeline/runner.js';
import { errorToDiagnostic } from '../pipeline/runner.js';
import type { Store, StoreFailure } from '../store/index.js';

/** Failures listed in the summary; past this only a count is printed. */
export const MAX_LISTED_FAILURES = 1000;

export interface IngestStats {
  ingested: number;
  alreadyStored: number;
  failed: number;
  skippedFiles: number;
}

export class BatchSaver {
  readonly stats: IngestStats = { ingested: 0, alreadyStored: 0, failed: 0, skippedFiles: 0 };
  /** One line per failed document: `file[:line]: error CODE: message`. */
  readonly failureLines: string[] = [];
  private articles: Article[] = [];
  private failures: StoreFailure[] = [];
  /** Ids waiting in the current batch, so a duplicate in the same run is not processed twice. */
  private readonly pending = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly batchSize: number,
  ) {}

  isKnown(docId: string): boolean {
    return this.pending.has(docId) || this.store.has(docId);
  }

  add(result: PipelineResult): void {
    if (result.ok) {
      this.articles.push(result.article);
      this.pending.add(result.article.id);
    } else {
      this.failures.push({ docId: result.docId, origin: result.origin, diagnostics: result.diagnostics });
      this.recordFailure(result.origin, result.diagnostics);
    }
    if (this.articles.length + this.failures.length >= this.batchSize) this.flush();
  }

  /** Commits what is pending (one transaction); safe to call with nothing pending. */
  flush(): void {
    if (this.articles.length === 0 && this.failures.length === 0) return;
    const articles = this.articles;
    const failures = this.failures;
    this.articles = [];
    this.failures = [];
    try {
      this.count(this.store.saveBatch(articles, failures));
    } catch {
      this.saveOneByOne(articles, failures);
    }
    this.pending.clear();
  }

  private saveOneByOne(articles: Article[], failures: StoreFailure[]): void {
    for (const article of articles) {
      try {
        this.count(this.store.saveBatch([article], []));
      } catch (err) {
        const origin = article.source.origin;
        const diagnostic = errorToDiagnostic(err, 'store', origin.path, origin.line);
        this.recordFailure(origin.path, [{ ...diagnostic, code: DiagnosticCodes.storeFailed, message: `cannot store article: ${diagnostic.message}` }]);
      }
    }
    try {
      this.store.saveBatch([], failures);
    } catch {
      // Their diagnostics are still listed in the summary; only the stored copy is lost.
    }
  }

  private count(result: { saved: number; skipped: number }): void {
    this.stats.ingested += result.saved;
    this.stats.alreadyStored += result.skipped;
  }

  private recordFailure(origin: string, diagnostics: readonly Diagnostic[]): void {
    this.stats.failed++;
    if (this.failureLines.length >= MAX_LISTED_FAILURES) return;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const shown = errors.length > 0 ? errors[0] : diagnostics[0];
    if (!shown) {
      this.failureLines.push(`${origin}: error: failed without a diagnostic`);
      return;
    }
    this.failureLines.push(shown.file ? formatDiagnostic(shown) : `${origin}: ${formatDiagnostic(shown)}`);
  }
}
