import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from '../pipeline/runner.js';
import type { IngestOptions } from './index.js';
import { ingestPaths } from './index.js';
import { collectItems } from './testing.js';

const fromStdin = (input: string | Buffer, options: IngestOptions = {}): Promise<IngestItem[]> =>
  collectItems(ingestPaths(['-'], { ...options, stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]) }));
const only = (items: IngestItem[]) => {
  assert.equal(items.length, 1);
  return items[0];
};

describe('stdin', () => {
  it('reads one text document', async () => {
    const item = only(await fromStdin('Plain story text.\nMore.'));
    assert.equal(item.kind === 'document' && item.doc.format, 'text');
    assert.deepEqual(item.kind === 'document' && item.doc.origin, { path: '-' });
  });

  it('sniffs HTML', async () => {
    const item = only(await fromStdin('\n  <!doctype html><html><p>x</p></html>'));
    assert.equal(item.kind === 'document' && item.doc.format, 'html');
  });

  it('reads JSONL as one document per line', async () => {
    const items = await fromStdin('{"text":"a"}\n{"html":"<p>b</p>"}\n{"bad"}\n');
    assert.deepEqual(items.map((i) => (i.kind === 'document' ? `${i.doc.format}:${i.doc.origin.line}` : `${i.diagnostic.code}:${i.diagnostic.line}`)), [
      'text:1',
      'html:2',
      'DL-INGEST-MALFORMED-RECORD:3',
    ]);
  });

  it('honours an explicit stdinFormat', async () => {
    const item = only(await fromStdin('{"text":"a"}', { stdinFormat: 'text' }));
    assert.equal(item.kind === 'document' && item.doc.content, '{"text":"a"}');
  });

  it('accepts string chunks and gzip data', async () => {
    const strings = only(await collectItems(ingestPaths(['-'], { stdin: Readable.from(['Zürich ', 'story']) })));
    assert.equal(strings.kind === 'document' && strings.doc.content, 'Zürich story');
    const gz = only(await fromStdin(gzipSync(Buffer.from('<p>zipped</p>'))));
    assert.equal(gz.kind === 'document' && gz.doc.format, 'html');
  });

  it('refuses empty, binary and oversized input', async () => {
    const codes = async (input: string | Buffer, options?: IngestOptions): Promise<string> => {
      const item = only(await fromStdin(input, options));
      return item.kind === 'failure' ? item.diagnostic.code : 'document';
    };
    assert.equal(await codes('  \n'), 'DL-INGEST-EMPTY');
    assert.equal(await codes(Buffer.from('%PDF-1.5 ...')), 'DL-INGEST-BINARY');
    assert.equal(await codes('x'.repeat(200), { maxBytes: 100 }), 'DL-INGEST-TOO-LARGE');
  });
});
