/**
 * Streaming reads with size limits: file chunks (gunzipped when asked),
 * whole-input collection bounded by maxBytes, and a byte-level line splitter
 * whose lines are bounded too (readline would buffer an endless line whole).
 */
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { InputError } from '../model/errors.js';
import { firstLine, formatSize } from './options.js';

function isZlibError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export function badGzip(err: unknown, file: string): InputError {
  const reason = err instanceof Error ? firstLine(err.message) : String(err);
  return new InputError(DiagnosticCodes.badGzip, `corrupt or truncated gzip data (${reason})`, file);
}

/** Makes gunzip yield decompressed chunks from any byte source, with zlib errors as DL-INGEST-BAD-GZIP. */
export async function* gunzipChunks(source: NodeJS.ReadableStream | AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  const gunzip = pipeline(source as NodeJS.ReadableStream, createGunzip(), () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw isZlibError(err) ? badGzip(err, file) : err;
  }
}

export interface ReadChunksOptions {
  readonly gzip: boolean;
  /** Largest total (decompressed) size accepted; null streams without a limit. */
  readonly limit: number | null;
}

/** Chunks of a file, opened lazily; refuses data past `limit` (it may grow after stat, or inflate). */
export async function* readFileChunks(path: string, options: ReadChunksOptions): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  const stream = handle.createReadStream(); // closes the handle when done or destroyed
  const chunks = options.gzip ? gunzipChunks(stream, path) : (stream as AsyncIterable<Buffer>);
  let total = 0;
  try {
    for await (const chunk of chunks) {
      total += chunk.length;
      if (options.limit !== null && total > options.limit) {
        const what = options.gzip ? 'decompressed data exceeds' : 'file exceeds';
        throw new InputError(DiagnosticCodes.tooLarge, `${what} the ${formatSize(options.limit)} limit (maxBytes)`, path);
      }
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}

/** Collects a stream into one buffer, refusing more than `limit` bytes. */
export async function collectBytes(chunks: AsyncIterable<Buffer | string>, limit: number, file: string, noun = 'input'): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += buffer.length;
    if (total > limit) throw new InputError(DiagnosticCodes.tooLarge, `${noun} exceeds the ${formatSize(limit)} limit (maxBytes)`, file);
    parts.push(buffer);
  }
  return Buffer.concat(parts, total);
}

export interface RawLine {
  /** 1-based line number. */
  readonly line: number;
  /** Byte offset of the line's first byte. */
  readonly offset: number;
  /** The line without its `\n` / `\r\n`, or null when longer than the limit (its bytes were dropped). */
  readonly bytes: Buffer | null;
  /** Length in bytes, counted even when dropped. */
  readonly length: number;
}

/** Splits a byte stream into lines, holding at most `maxLineBytes` of one line in memory. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let oversize = false;
  let line = 1;
  let offset = 0;
  const take = (segment: Buffer): void => {
    length += segment.length;
    if (oversize) return;
    if (length > maxLineBytes) {
      oversize = true;
      parts = [];
    } else if (segment.length > 0) parts.push(segment);
  };
  const finish = (): RawLine => {
    let bytes: Buffer | null = null;
    if (!oversize) {
      bytes = Buffer.concat(parts);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const done: RawLine = { line, offset, bytes, length };
    line++;
    offset += length + 1;
    parts = [];
    length = 0;
    oversize = false;
    return done;
  };
  for await (const chunk of chunks) {
    let from = 0;
    let newline: number;
    while ((newline = chunk.indexOf(0x0a, from)) !== -1) {
      take(chunk.subarray(from, newline));
      yield finish();
      from = newline + 1;
    }
    take(chunk.subarray(from));
  }
  if (length > 0) yield finish();
}
