/** Options and shared helpers for the ingest layer. */
import type { Diagnostic } from '../model/diagnostics.js';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { InputError } from '../model/errors.js';

/** Why a walked directory entry was left out without a failure. */
export type SkipReason =
  | 'unknown-extension' // not one of the accepted extensions
  | 'hidden' // name starts with a dot (the entry itself; nothing below it is visited)
  | 'symlink-loop' // a symbolic link to a directory that contains it (would walk forever)
  | 'not-a-file'; // socket, FIFO or device: reading it could block or make no sense

export interface IngestOptions {
  /** Largest input accepted, in bytes (default 50 MiB). Applies to each file, to its
   * decompressed size, to stdin, and to each JSONL line (JSONL files are streamed, so
   * their total size is not limited). */
  maxBytes?: number;
  /** Where `-` reads from (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Format of stdin; sniffed from its content when absent. */
  stdinFormat?: 'text' | 'html' | 'jsonl';
  /** Called for each directory entry skipped without a failure (see SkipReason). */
  onSkippedFile?: (path: string, reason: SkipReason) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ResolvedOptions {
  readonly maxBytes: number;
  readonly stdin: NodeJS.ReadableStream;
  readonly stdinFormat?: 'text' | 'html' | 'jsonl';
  readonly onSkippedFile: (path: string, reason: SkipReason) => void;
}

export function resolveOptions(options: IngestOptions = {}): ResolvedOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new RangeError(`maxBytes must be a positive number, got ${maxBytes}`);
  return {
    maxBytes,
    stdin: options.stdin ?? process.stdin,
    stdinFormat: options.stdinFormat,
    onSkippedFile: options.onSkippedFile ?? (() => {}),
  };
}

export const INGEST_SOURCE = 'ingest';

/** Turns anything thrown while ingesting into a failure diagnostic for `file`. */
export function toFailure(err: unknown, file: string, line?: number): Diagnostic {
  if (err instanceof InputError) {
    const d = err.toDiagnostic(INGEST_SOURCE);
    return { ...d, file: d.file ?? file, line: d.line ?? line };
  }
  return ioFailure(err, file, line);
}

/** Maps Node file-system errors (ENOENT, EACCES...) to stable ingest codes. */
export function ioFailure(err: unknown, file: string, line?: number): Diagnostic {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const base = { severity: 'error' as const, source: INGEST_SOURCE, file, line };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, code: DiagnosticCodes.notFound, message: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { ...base, code: DiagnosticCodes.unreadable, message: 'permission denied' };
  if (code === 'ELOOP') return { ...base, code: DiagnosticCodes.unreadable, message: 'too many levels of symbolic links' };
  const message = err instanceof Error ? err.message : String(err);
  return { ...base, code: DiagnosticCodes.unreadable, message: `cannot read: ${firstLine(message)}` };
}

export function firstLine(message: string): string {
  return message.split(/\r?\n/, 1)[0];
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
