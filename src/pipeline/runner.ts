/**
 * Streams documents through extraction and the stages. Pulls one item at a
 * time from an async iterable (bounded memory), isolates failures per
 * document, and reports progress through a hook.
 */
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostics.js';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { DatelineError } from '../model/errors.js';
import type { SourceDocument } from '../model/document.js';
import type { PipelineDefinition, StageContext } from './stage.js';
import { validatePipeline } from './stage.js';

/** What ingest yields: a document, or a diagnostic for an input that could not become one. */
export type IngestItem = { kind: 'document'; doc: SourceDocument } | { kind: 'failure'; diagnostic: Diagnostic };

export type PipelineResult =
  | { ok: true; article: Article }
  | { ok: false; origin: string; docId?: string; diagnostics: Diagnostic[] };

export interface ProgressEvent {
  readonly processed: number;
  readonly failed: number;
  readonly current?: string;
}

export interface RunOptions {
  readonly context?: StageContext;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Skip extraction for documents already known (e.g. already stored). */
  readonly skip?: (doc: SourceDocument) => boolean;
  readonly onSkip?: (doc: SourceDocument) => void;
}

function describe(doc: SourceDocument): string {
  return doc.origin.line ? `${doc.origin.path}:${doc.origin.line}` : doc.origin.path;
}

export function errorToDiagnostic(err: unknown, source: string, file?: string, line?: number): Diagnostic {
  if (err instanceof DatelineError) return { ...err.toDiagnostic(source), file: err.file ?? file, line: err.line ?? line };
  const message = err instanceof Error ? err.message : String(err);
  return { code: DiagnosticCodes.stageFailed, severity: 'error', message: `${source} failed: ${message}`, source, file, line };
}

/** Runs one document through the pipeline; never throws. */
export async function processDocument(def: PipelineDefinition, doc: SourceDocument, ctx: StageContext = {}): Promise<PipelineResult> {
  const extractor = def.extractors.find((e) => e.accepts(doc));
  const file = doc.origin.path;
  if (!extractor) {
    return { ok: false, origin: describe(doc), docId: doc.id, diagnostics: [errorToDiagnostic(new Error(`no extractor for format ${doc.format}`), 'pipeline', file, doc.origin.line)] };
  }
  let article: Article;
  try {
    article = extractor.extract(doc, ctx);
  } catch (err) {
    return { ok: false, origin: describe(doc), docId: doc.id, diagnostics: [errorToDiagnostic(err, extractor.name, file, doc.origin.line)] };
  }
  for (const stage of def.stages) {
    try {
      await stage.run(article, ctx);
    } catch (err) {
      // A failing later stage keeps the article (text and what earlier stages found).
      article.diagnose({ ...errorToDiagnostic(err, stage.name, file, doc.origin.line), severity: 'warning' });
    }
  }
  return { ok: true, article };
}

/** Streams results; the caller consumes them one by one (e.g. to store in batches). */
export async function* runPipeline(
  def: PipelineDefinition,
  items: AsyncIterable<IngestItem>,
  options: RunOptions = {},
): AsyncGenerator<PipelineResult> {
  validatePipeline(def);
  let processed = 0;
  let failed = 0;
  for await (const item of items) {
    if (item.kind === 'failure') {
      failed++;
      processed++;
      const d = item.diagnostic;
      options.onProgress?.({ processed, failed, current: d.file });
      yield { ok: false, origin: d.file ?? '?', diagnostics: [d] };
      continue;
    }
    const doc = item.doc;
    if (options.skip?.(doc)) {
      processed++;
      options.onSkip?.(doc);
      options.onProgress?.({ processed, failed, current: describe(doc) });
      continue;
    }
    const result = await processDocument(def, doc, options.context);
    processed++;
    if (!result.ok) failed++;
    options.onProgress?.({ processed, failed, current: describe(doc) });
    yield result;
  }
}
