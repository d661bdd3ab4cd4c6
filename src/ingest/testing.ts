/** Helpers for the ingest tests: temp fixtures and item collection. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestItem } from '../pipeline/runner.js';

export async function makeTempDir(prefix = 'dateline-ingest-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function collectItems(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Encodes Cyrillic (and ASCII) text as windows-1251, which TextEncoder cannot do. */
export function encodeWindows1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x0410 && code <= 0x044f) bytes.push(code - 0x0410 + 0xc0);
    else if (code === 0x0401) bytes.push(0xa8);
    else if (code === 0x0451) bytes.push(0xb8);
    else throw new RangeError(`no windows-1251 byte for U+${code.toString(16)}`);
  }
  return Buffer.from(bytes);
}

/** Short description of an item for order assertions: `doc:path[:line]` or `fail:CODE:path[:line]`. */
export function describeItem(item: IngestItem, base: string): string {
  const strip = (p: string | undefined): string => (p ?? '?').startsWith(base) ? (p as string).slice(base.length + 1) : (p ?? '?');
  if (item.kind === 'document') {
    const { path, line } = item.doc.origin;
    return `doc:${strip(path)}${line ? `:${line}` : ''}`;
  }
  const d = item.diagnostic;
  return `fail:${d.code}:${strip(d.file)}${d.line ? `:${d.line}` : ''}`;
}

export const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
