/**
 * ingestPaths: files, directories and stdin to a lazy stream of documents
 * and failures. One input is read at a time, only when the consumer asks for
 * the next item, so memory stays bounded however large the folder.
 */
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DiagnosticCodes } from '../model/diagnostics.js';
import { makeSourceDocument } from '../model/document.js';
import { InputError } from '../model/errors.js';
import type { IngestItem } from '../pipeline/runner.js';
import { decodeBytes } from './decode.js';
import type { FileFormat } from './formats.js';
import { describeAcceptedExtensions, displayExtension, formatOfPath } from './formats.js';
import type { IngestOptions, ResolvedOptions } from './options.js';
import { INGEST_SOURCE, formatSize, ioFailure, resolveOptions, toFailure } from './options.js';
import { collectBytes, readFileChunks } from './read.js';
import { jsonFileItems, jsonlItems } from './records.js';
import { STDIN_PATH, stdinItems } from './stdin.js';
import { walkDirectory } from './walk.js';

/** Items for every path, in order: `-` is stdin, directories are walked recursively. */
export async function* ingestPaths(paths: string[], options?: IngestOptions): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options);
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* stdinItems(resolved);
      continue;
    }
    let st: Stats;
    try {
      st = await stat(path);
    } catch (err) {
      yield { kind: 'failure', diagnostic: ioFailure(err, path) };
      continue;
    }
    if (st.isDirectory()) {
      yield* directoryItems(path, resolved);
      continue;
    }
    // Pipes and devices report size 0; reading them is still bounded by maxBytes.
    const size = st.isFile() ? st.size : 0;
    const format = formatOfPath(path);
    if (!format) {
      const message = `unknown extension ${displayExtension(path)}; accepted: ${describeAcceptedExtensions()}`;
      yield { kind: 'failure', diagnostic: { code: DiagnosticCodes.unknownExtension, severity: 'error', message, source: INGEST_SOURCE, file: path } };
      continue;
    }
    yield* fileItems(path, format, size, resolved);
  }
}

async function* directoryItems(root: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  for await (const entry of walkDirectory(root, options.onSkippedFile)) {
    if (entry.kind === 'failure') yield entry;
    else yield* fileItems(entry.path, entry.format, entry.size, options);
  }
}

/** Documents from one file; `size` (from stat) refuses large files before reading a byte. */
export async function* fileItems(path: string, format: FileFormat, size: number, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const { maxBytes } = options;
  if (format.kind === 'jsonl') {
    // Streamed line by line: the limit applies to each record, not to the file.
    yield* jsonlItems(readFileChunks(path, { gzip: format.gzip, limit: null }), path, maxBytes);
    return;
  }
  try {
    if (size > maxBytes) {
      const what = format.gzip ? 'compressed file' : 'file';
      throw new InputError(DiagnosticCodes.tooLarge, `${what} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (maxBytes)`, path);
    }
    const bytes = await collectBytes(readFileChunks(path, { gzip: format.gzip, limit: maxBytes }), maxBytes, path, 'file');
    if (format.kind === 'json') {
      yield* jsonFileItems(bytes, path);
      return;
    }
    const { content } = decodeBytes(bytes, format.kind, { file: path });
    yield { kind: 'document', doc: makeSourceDocument(format.kind, content, { path }, {}, bytes.length) };
  } catch (err) {
    yield { kind: 'failure', diagnostic: toFailure(err, path) };
  }
}
