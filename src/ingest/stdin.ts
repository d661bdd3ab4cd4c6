/**
 * Standard input (`-`): read fully (bounded by maxBytes), gunzipped when it
 * starts with the gzip magic number, then one document, or one per line when
 * it is JSONL.
 */
import { Readable } from 'node:stream';
import { makeSourceDocument } from '../model/document.js';
import type { IngestItem } from '../pipeline/runner.js';
import { decodeBytes } from './decode.js';
import type { ResolvedOptions } from './options.js';
import { toFailure } from './options.js';
import { collectBytes, gunzipChunks } from './read.js';
import { jsonlItems } from './records.js';
import { looksLikeJsonl, sniffFormat } from './sniff.js';

export const STDIN_PATH = '-';

function preview(bytes: Buffer): string {
  // Only ASCII markers matter for sniffing, so latin1 serves any ASCII-compatible encoding.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('latin1');
}

/** The stdin format: the one asked for, else sniffed from the content. */
export function stdinFormatOf(bytes: Buffer, asked?: 'text' | 'html' | 'jsonl'): 'text' | 'html' | 'jsonl' {
  if (asked) return asked;
  const content = preview(bytes);
  return looksLikeJsonl(content) ? 'jsonl' : sniffFormat(content);
}

export async function* stdinItems(options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let bytes: Buffer;
  try {
    bytes = await collectBytes(options.stdin as AsyncIterable<Buffer | string>, options.maxBytes, STDIN_PATH, 'standard input');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      bytes = await collectBytes(gunzipChunks(Readable.from([bytes]), STDIN_PATH), options.maxBytes, STDIN_PATH, 'decompressed standard input');
    }
  } catch (err) {
    yield { kind: 'failure', diagnostic: toFailure(err, STDIN_PATH) };
    return;
  }
  const format = stdinFormatOf(bytes, options.stdinFormat);
  if (format === 'jsonl') {
    yield* jsonlItems(Readable.from([bytes]), STDIN_PATH, options.maxBytes);
    return;
  }
  try {
    const { content } = decodeBytes(bytes, format, { file: STDIN_PATH, noun: 'standard input' });
    yield { kind: 'document', doc: makeSourceDocument(format, content, { path: STDIN_PATH }, {}, bytes.length) };
  } catch (err) {
    yield { kind: 'failure', diagnostic: toFailure(err, STDIN_PATH) };
  }
}
