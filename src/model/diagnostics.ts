/**
 * Positioned diagnostics in the spirit of vfile-message: a stable code, a
 * severity, a one-line message, and where it happened (file, line, offset).
 * A diagnostic never stops a batch; the CLI turns error diagnostics into a
 * non-zero exit and a list of failures.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Stable codes: never renumber or reuse; docs/diagnostics.md lists them. */
export const DiagnosticCodes = {
  unreadable: 'DL-INGEST-UNREADABLE',
  notFound: 'DL-INGEST-NOT-FOUND',
  empty: 'DL-INGEST-EMPTY',
  binary: 'DL-INGEST-BINARY',
  tooLarge: 'DL-INGEST-TOO-LARGE',
  invalidEncoding: 'DL-INGEST-ENCODING',
  unknownExtension: 'DL-INGEST-UNKNOWN-EXT',
  malformedRecord: 'DL-INGEST-MALFORMED-RECORD',
  badGzip: 'DL-INGEST-BAD-GZIP',
  noBody: 'DL-EXTRACT-NO-BODY',
  noTitle: 'DL-EXTRACT-NO-TITLE',
  noDate: 'DL-EXTRACT-NO-DATE',
  dateEstimated: 'DL-EXTRACT-DATE-ESTIMATED',
  stageFailed: 'DL-PIPELINE-STAGE-FAILED',
  storeFailed: 'DL-STORE-FAILED',
} as const;

export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** Stage or module that raised it, e.g. `ingest`, `extract.text`. */
  readonly source: string;
  readonly file?: string;
  /** 1-based line in the input file (JSONL records, text lines). */
  readonly line?: number;
  /** Offset into the article text, when the diagnostic is about a span. */
  readonly offset?: number;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
