/**
 * A source document: one decoded input (a file, a JSONL record, stdin) before
 * extraction. Its id is the SHA-256 of its content, so re-ingesting the same
 * content is recognised and skipped.
 */
import { createHash } from 'node:crypto';

export type SourceFormat = 'text' | 'html';

export interface SourceOrigin {
  /** File path as given on the command line (or `-` for stdin). */
  readonly path: string;
  /** 1-based line for JSONL records. */
  readonly line?: number;
}

/** Values supplied by the input itself (JSON record fields, HTTP-less hints). */
export interface SourceHints {
  readonly url?: string;
  readonly title?: string;
  readonly published?: string;
}

export interface SourceDocument {
  readonly id: string;
  readonly origin: SourceOrigin;
  readonly format: SourceFormat;
  /** Decoded content: the raw text or the raw HTML. */
  readonly content: string;
  readonly hints: SourceHints;
  /** Size of the content in bytes as read (before decoding). */
  readonly bytes: number;
}

/** Content hash used as the document id: hex SHA-256 of the format and UTF-8 content. */
export function documentId(format: SourceFormat, content: string): string {
  return createHash('sha256').update(format).update('\0').update(content, 'utf8').digest('hex');
}

export function makeSourceDocument(
  format: SourceFormat,
  content: string,
  origin: SourceOrigin,
  hints: SourceHints = {},
  bytes = Buffer.byteLength(content, 'utf8'),
): SourceDocument {
  return { id: documentId(format, content), origin, format, content, hints, bytes };
}
