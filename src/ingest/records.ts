/**
 * JSON and JSONL records: objects with a `text` or `html` string, plus
 * optional `url`, `title` and `published` hints. A bad record is one failure;
 * the records around it still become documents.
 */
import type { Diagnostic } from '../model/diagnostics.js';
import { DiagnosticCodes } from '../model/diagnostics.js';
import type { SourceHints } from '../model/document.js';
import { makeSourceDocument } from '../model/document.js';
import { InputError } from '../model/errors.js';
import type { IngestItem } from '../pipeline/runner.js';
import { detectBinary } from './binary.js';
import { decodeBytes } from './decode.js';
import { INGEST_SOURCE, formatSize, toFailure } from './options.js';
import { findInvalidUtf8 } from './utf8.js';
import { splitLines } from './read.js';

export interface RecordWhere {
  readonly file: string;
  /** 1-based line (JSONL); becomes `origin.line`. */
  readonly line?: number;
  /** Prefix for messages when there is no line, e.g. `record 3`. */
  readonly label?: string;
  /** Bytes the record took in the input. */
  readonly bytes?: number;
}

const HINT_FIELDS = ['url', 'title', 'published'] as const;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function malformed(message: string, where: RecordWhere): Diagnostic {
  const text = where.label ? `${where.label}: ${message}` : message;
  return { code: DiagnosticCodes.malformedRecord, severity: 'error', message: text, source: INGEST_SOURCE, file: where.file, line: where.line };
}

function failure(diagnostic: Diagnostic): IngestItem {
  return { kind: 'failure', diagnostic };
}

/** Turns one parsed JSON value into a document, or a failure saying what is wrong with it. */
export function recordToItem(value: unknown, where: RecordWhere): IngestItem {
  if (typeName(value) !== 'object') return failure(malformed(`expected a JSON object, got ${typeName(value)}`, where));
  const record = value as Record<string, unknown>;
  for (const field of ['html', 'text'] as const) {
    if (field in record && typeof record[field] !== 'string' && record[field] !== null) {
      return failure(malformed(`field "${field}" must be a string, got ${typeName(record[field])}`, where));
    }
  }
  const html = typeof record.html === 'string' && record.html.trim() !== '' ? record.html : null;
  const text = typeof record.text === 'string' && record.text.trim() !== '' ? record.text : null;
  if (html === null && text === null) {
    if (typeof record.html === 'string' || typeof record.text === 'string') {
      const field = typeof record.html === 'string' ? 'html' : 'text';
      const message = `field "${field}" is empty`;
      return failure({ ...malformed(message, where), code: DiagnosticCodes.empty });
    }
    const keys = Object.keys(record);
    const found = keys.length === 0 ? 'it has no fields' : `it has ${keys.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}${keys.length > 5 ? ', ...' : ''}`;
    return failure(malformed(`missing field: a record needs a "text" or an "html" string (${found})`, where));
  }
  const hints: { -readonly [K in keyof SourceHints]: SourceHints[K] } = {};
  for (const field of HINT_FIELDS) {
    const hint = record[field];
    if (typeof hint === 'string' && hint.trim() !== '') hints[field] = hint.trim();
  }
  // Both present: the HTML is the original and carries metadata the text has lost.
  const [format, content] = html !== null ? (['html', html] as const) : (['text', text as string] as const);
  const origin = where.line === undefined ? { path: where.file } : { path: where.file, line: where.line };
  return { kind: 'document', doc: makeSourceDocument(format, content, origin, hints, where.bytes) };
}

/** Byte position in a V8 JSON.parse message ("... at position 12"), as a 1-based line of `source`. */
function lineOfParseError(message: string, source: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  if (!match) return undefined;
  const position = Math.min(Number(match[1]), source.length);
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < position; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

/** A whole `.json` file: one object, or an array of objects. */
export function* jsonFileItems(bytes: Buffer, file: string): Generator<IngestItem> {
  let source: string;
  try {
    source = decodeBytes(bytes, 'json', { file }).content;
  } catch (err) {
    yield failure(toFailure(err, file));
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    yield failure(malformed(`invalid JSON: ${message}`, { file, line: lineOfParseError(message, source) }));
    return;
  }
  if (!Array.isArray(value)) {
    if (typeName(value) !== 'object') {
      yield failure(malformed(`expected a JSON object or an array of objects, got ${typeName(value)}`, { file }));
      return;
    }
    yield recordToItem(value, { file, bytes: bytes.length });
    return;
  }
  if (value.length === 0) yield failure({ ...malformed('JSON array has no records', { file }), code: DiagnosticCodes.empty });
  for (let i = 0; i < value.length; i++) yield recordToItem(value[i], { file, label: `record ${i + 1} of ${value.length}` });
}

/** Checks the first chunk of a JSONL stream: binary data or UTF-16 fail the whole file. */
async function* guardJsonlStart(chunks: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        throw new InputError(DiagnosticCodes.invalidEncoding, 'JSONL must be UTF-8, found a UTF-16 byte-order mark', file);
      }
      const binary = detectBinary(chunk);
      if (binary) throw new InputError(DiagnosticCodes.binary, `binary file (${binary}), not JSONL`, file);
    }
    yield chunk;
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A JSONL stream, one record per line, read line by line; blank lines are ignored. */
export async function* jsonlItems(chunks: AsyncIterable<Buffer>, file: string, maxLineBytes: number): AsyncGenerator<IngestItem> {
  let records = 0;
  let failures = 0;
  try {
    for await (const raw of splitLines(guardJsonlStart(chunks, file), maxLineBytes)) {
      const where = { file, line: raw.line };
      if (raw.bytes === null) {
        failures++;
        const message = `line is ${formatSize(raw.length)}, over the ${formatSize(maxLineBytes)} limit (maxBytes)`;
        yield failure({ code: DiagnosticCodes.tooLarge, severity: 'error', message, source: INGEST_SOURCE, ...where });
        continue;
      }
      let text: string;
      try {
        text = STRICT_UTF8.decode(raw.bytes); // drops a BOM on any line: harmless, and line 1 needs it
      } catch {
        failures++;
        const at = raw.offset + findInvalidUtf8(raw.bytes);
        yield failure({ code: DiagnosticCodes.invalidEncoding, severity: 'error', message: `not valid UTF-8 at byte ${at}`, source: INGEST_SOURCE, ...where });
        continue;
      }
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        failures++;
        yield failure(malformed(`invalid JSON: ${err instanceof Error ? err.message : String(err)}`, where));
        continue;
      }
      const item = recordToItem(value, { ...where, bytes: raw.length });
      if (item.kind === 'document') records++;
      else failures++;
      yield item;
    }
  } catch (err) {
    yield failure(toFailure(err, file));
    return;
  }
  if (records === 0 && failures === 0) {
    yield failure({ code: DiagnosticCodes.empty, severity: 'error', message: 'file has no records', source: INGEST_SOURCE, file });
  }
}
