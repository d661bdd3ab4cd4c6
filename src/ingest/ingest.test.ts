import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chmod, mkdir, symlink, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { documentId } from '../model/document.js';
import { formatDiagnostic } from '../model/diagnostics.js';
import type { IngestItem } from '../pipeline/runner.js';
import { ingestPaths } from './index.js';
import type { SkipReason } from './index.js';
import { PNG_HEADER, collectItems, describeItem, encodeWindows1251, makeTempDir } from './testing.js';

const failures = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'failure' ? [i.diagnostic] : []));
const docs = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));

describe('ingestPaths over a folder of mixed inputs', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let corpus: string;

  before(async () => {
    ({ dir, cleanup } = await makeTempDir());
    corpus = join(dir, 'corpus');
    await mkdir(join(corpus, 'nested', 'deeper'), { recursive: true });
    await mkdir(join(corpus, '.hidden'));
    await writeFile(join(corpus, 'a.txt'), 'Alpha story.\nSecond line.\n');
    await writeFile(join(corpus, 'b.html'), '<html><head><title>Beta</title></head><body><p>Beta body</p></body></html>');
    await writeFile(join(corpus, 'c.jsonl'), [
      JSON.stringify({ text: 'First record.', url: 'https://example.org/1', title: 'One', published: '2024-03-01' }),
      '{"text": "broken", ',
      JSON.stringify({ title: 'no body here' }),
      '',
      JSON.stringify({ html: '<p>Fourth record</p>' }),
    ].join('\n'));
    await writeFile(join(corpus, 'd.txt.gz'), gzipSync(Buffer.from('Compressed story.')));
    await writeFile(join(corpus, 'e.html.gz'), Buffer.from('this is not gzip data at all'));
    await writeFile(join(corpus, 'f.txt'), PNG_HEADER);
    await writeFile(join(corpus, 'g.txt'), '');
    await writeFile(join(corpus, 'h.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]));
    const cyrillic = 'Москва сообщила о переговорах';
    await writeFile(join(corpus, 'i.html'), Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1251"><title>t</title></head><body><p>'),
      encodeWindows1251(cyrillic),
      Buffer.from('</p></body></html>'),
    ]));
    await writeFile(join(corpus, 'j.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 story ✓', 'utf16le')]));
    await writeFile(join(corpus, 'notes.docx'), 'skipped in a walk');
    await writeFile(join(corpus, 'nested', 'k.htm'), '<p>Nested</p>');
    await writeFile(join(corpus, 'nested', 'deeper', 'l.txt'), 'Deep story.');
    await writeFile(join(corpus, '.hidden', 'm.txt'), 'never read');
    await writeFile(join(corpus, '.dotfile.txt'), 'never read');
    await symlink(corpus, join(corpus, 'nested', 'loop'));
  });
  after(() => cleanup());

  it('yields good documents in sorted order alongside failures', async () => {
    const skipped: [string, SkipReason][] = [];
    const items = await collectItems(ingestPaths([corpus], { onSkippedFile: (p, r) => skipped.push([p, r]) }));
    assert.deepEqual(items.map((i) => describeItem(i, corpus)), [
      'doc:a.txt',
      'doc:b.html',
      'doc:c.jsonl:1',
      'fail:DL-INGEST-MALFORMED-RECORD:c.jsonl:2',
      'fail:DL-INGEST-MALFORMED-RECORD:c.jsonl:3',
      'doc:c.jsonl:5',
      'doc:d.txt.gz',
      'fail:DL-INGEST-BAD-GZIP:e.html.gz',
      'fail:DL-INGEST-BINARY:f.txt',
      'fail:DL-INGEST-EMPTY:g.txt',
      'fail:DL-INGEST-ENCODING:h.txt',
      'doc:i.html',
      'doc:j.txt',
      'doc:nested/deeper/l.txt',
      'doc:nested/k.htm',
    ]);
    assert.deepEqual(skipped.map(([p, r]) => [p.slice(corpus.length + 1), r]), [
      ['.dotfile.txt', 'hidden'],
      ['.hidden', 'hidden'],
      ['nested/loop', 'symlink-loop'],
      ['notes.docx', 'unknown-extension'],
    ]);

    const byPath = new Map(docs(items).map((d) => [`${d.origin.path}:${d.origin.line ?? ''}`, d]));
    const text = byPath.get(`${join(corpus, 'a.txt')}:`);
    assert.equal(text?.format, 'text');
    assert.equal(text?.content, 'Alpha story.\nSecond line.\n');
    assert.equal(text?.id, documentId('text', 'Alpha story.\nSecond line.\n'));
    assert.equal(byPath.get(`${join(corpus, 'b.html')}:`)?.format, 'html');
    assert.equal(byPath.get(`${join(corpus, 'd.txt.gz')}:`)?.content, 'Compressed story.');
    assert.match(byPath.get(`${join(corpus, 'i.html')}:`)?.content ?? '', /Москва сообщила о переговорах/);
    assert.equal(byPath.get(`${join(corpus, 'j.txt')}:`)?.content, 'UTF-16 story ✓');

    const first = byPath.get(`${join(corpus, 'c.jsonl')}:1`);
    assert.deepEqual(first?.hints, { url: 'https://example.org/1', title: 'One', published: '2024-03-01' });
    assert.deepEqual(first?.origin, { path: join(corpus, 'c.jsonl'), line: 1 });
    assert.equal(byPath.get(`${join(corpus, 'c.jsonl')}:5`)?.format, 'html');
  });

  it('gives specific one-line messages', async () => {
    const items = await collectItems(ingestPaths([corpus]));
    const byCode = new Map(failures(items).map((d) => [`${d.code}:${d.line ?? ''}`, d]));
    assert.match(byCode.get('DL-INGEST-MALFORMED-RECORD:2')?.message ?? '', /invalid JSON/);
    assert.match(byCode.get('DL-INGEST-MALFORMED-RECORD:3')?.message ?? '', /missing field.*"text".*"html"/);
    assert.match(byCode.get('DL-INGEST-ENCODING:')?.message ?? '', /not valid UTF-8 at byte 3\b/);
    assert.match(byCode.get('DL-INGEST-BINARY:')?.message ?? '', /PNG/);
    assert.match(byCode.get('DL-INGEST-BAD-GZIP:')?.message ?? '', /gzip/);
    for (const d of failures(items)) {
      assert.equal(d.severity, 'error');
      assert.equal(d.source, 'ingest');
      assert.ok(d.file?.startsWith(corpus), `diagnostic names its file: ${formatDiagnostic(d)}`);
      assert.doesNotMatch(formatDiagnostic(d), /\n/);
    }
    assert.ok(formatDiagnostic(byCode.get('DL-INGEST-MALFORMED-RECORD:2')!).startsWith(`${join(corpus, 'c.jsonl')}:2: error`));
  });

  it('refuses explicitly named files with unknown extensions, naming the accepted ones', async () => {
    const items = await collectItems(ingestPaths([join(corpus, 'notes.docx'), join(corpus, 'a.txt')]));
    assert.equal(items.length, 2);
    const [failure] = failures(items);
    assert.equal(failure.code, 'DL-INGEST-UNKNOWN-EXT');
    assert.equal(failure.file, join(corpus, 'notes.docx'));
    assert.match(failure.message, /\.docx/);
    assert.match(failure.message, /\.txt.*\.html.*\.jsonl/);
    assert.equal(items[1].kind, 'document');
  });

  it('reports missing paths and keeps going', async () => {
    const missing = join(dir, 'does-not-exist.txt');
    const items = await collectItems(ingestPaths([missing, join(corpus, 'a.txt')]));
    assert.equal(items[0].kind === 'failure' && items[0].diagnostic.code, 'DL-INGEST-NOT-FOUND');
    assert.equal(items[0].kind === 'failure' && items[0].diagnostic.file, missing);
    assert.equal(items[1].kind, 'document');
  });

  it('reports unreadable files and keeps going', async (t) => {
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'secret');
    await chmod(locked, 0o000);
    try {
      const items = await collectItems(ingestPaths([locked, join(corpus, 'a.txt')]));
      assert.equal(items.length, 2);
      assert.equal(items[1].kind, 'document');
      if (process.getuid?.() === 0) {
        t.skip('running as root: chmod 000 does not stop root from reading, so EACCES cannot be provoked');
        return;
      }
      assert.equal(items[0].kind === 'failure' && items[0].diagnostic.code, 'DL-INGEST-UNREADABLE');
    } finally {
      await chmod(locked, 0o644);
    }
  });

  it('refuses files over maxBytes from their size alone, without reading them', async () => {
    const big = join(dir, 'big.txt');
    const handle = await open(big, 'w');
    await handle.truncate(51 * 1024 * 1024); // sparse: no 51 MB written
    await handle.close();
    // Unreadable for non-root users, so a read attempt would fail differently.
    await chmod(big, 0o000);
    try {
      const started = Date.now();
      const items = await collectItems(ingestPaths([big, join(corpus, 'a.txt')]));
      assert.ok(Date.now() - started < 5000, 'refusal does not hang');
      const [failure] = failures(items);
      assert.equal(failure.code, 'DL-INGEST-TOO-LARGE');
      // Only the stat check knows the whole size; a read would stop at the limit.
      assert.match(failure.message, /51\.0 MiB.*50\.0 MiB/);
      assert.equal(items[1].kind, 'document');
    } finally {
      await chmod(big, 0o644);
    }
  });

  it('guards the decompressed size of .gz files against maxBytes', async () => {
    const bomb = join(dir, 'bomb.txt.gz');
    await writeFile(bomb, gzipSync(Buffer.alloc(200_000, 'a')));
    const items = await collectItems(ingestPaths([bomb], { maxBytes: 100_000 }));
    assert.equal(items.length, 1);
    const [failure] = failures(items);
    assert.equal(failure.code, 'DL-INGEST-TOO-LARGE');
    assert.match(failure.message, /decompressed/);
  });

  it('streams gzipped JSONL, keeping the records before a corrupt tail', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: `Record ${i + 1} ${'filler '.repeat(40)}` })).join('\n');
    const zipped = gzipSync(Buffer.from(lines));
    await writeFile(join(dir, 'ok.jsonl.gz'), zipped);
    await writeFile(join(dir, 'cut.ndjson.gz'), zipped.subarray(0, Math.floor(zipped.length / 2)));
    const items = await collectItems(ingestPaths([join(dir, 'ok.jsonl.gz'), join(dir, 'cut.ndjson.gz')]));
    const good = docs(items);
    assert.ok(good.length > 50, 'the intact head of the cut file still yields records');
    assert.equal(good.filter((d) => d.origin.path.endsWith('ok.jsonl.gz')).length, 50);
    assert.deepEqual(good.filter((d) => d.origin.path.endsWith('cut.ndjson.gz')).map((d) => d.origin.line), Array.from({ length: good.length - 50 }, (_, i) => i + 1));
    const last = items[items.length - 1];
    assert.equal(last.kind === 'failure' && last.diagnostic.code, 'DL-INGEST-BAD-GZIP');
    assert.equal(last.kind === 'failure' && last.diagnostic.file, join(dir, 'cut.ndjson.gz'));
  });

  it('is lazy: nothing is read before the consumer asks', async () => {
    const iterator = ingestPaths([join(dir, 'missing-until-asked.txt')])[Symbol.asyncIterator]();
    await writeFile(join(dir, 'missing-until-asked.txt'), 'created after the call');
    const first = await iterator.next();
    assert.equal(first.done, false);
    assert.equal(first.value.kind, 'document');
  });
});
