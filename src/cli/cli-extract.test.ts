import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BufferStream } from './io.js';
import { main } from './main.js';
import { PNG_HEADER } from '../ingest/testing.js';
import { newsHtml, newsText, runCli, scratch } from './test-helpers.js';

const s = scratch();
const dir = s.dir;
after(() => s.cleanup());

const KEYS = ['file', 'title', 'text', 'published', 'modified', 'authors', 'site', 'language', 'url'];

function richHtml(): string {
  return `<!doctype html><html lang="en"><head>
<title>Port reopens after storm | Coastal Herald</title>
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-03-12T09:45:00+01:00">
<meta property="article:modified_time" content="2024-03-13T08:00:00+01:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.org/news/port-reopens">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The harbour of Portmere reopened to shipping on Tuesday after a storm closed it for three days, the port authority said in a statement.</p>
<p>Dock workers cleared fallen cranes and debris overnight, and the first container ship entered the harbour shortly after dawn.</p>
<p>Officials said repairs to the northern breakwater would take several more weeks but would not affect traffic.</p>
</article>
<footer>Copyright 2024 Coastal Herald</footer></body></html>`;
}

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('extract --jsonl prints one object per document with text and metadata', async () => {
  const page = s.write('jsonl/port.html', richHtml());
  const run = await runCli(['extract', page, '--jsonl']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const [record] = lines(run.stdout);
  assert.deepEqual(Object.keys(record), KEYS);
  assert.equal(record.file, page);
  assert.equal(record.title, 'Port reopens after storm');
  assert.match(String(record.text), /^The harbour of Portmere reopened/);
  assert.match(String(record.text), /northern breakwater would take several more weeks but would not affect traffic\.$/);
  assert.doesNotMatch(String(record.text), /Home|Copyright/);
  assert.match(String(record.published), /^2024-03-12T09:45(:00)?\+01:00$/);
  assert.match(String(record.modified), /^2024-03-13/);
  assert.deepEqual(record.authors, ['Jane Doe']);
  assert.equal(record.site, 'Coastal Herald');
  assert.equal(record.language, 'en');
  assert.equal(record.url, 'https://example.org/news/port-reopens');
});

test('extract reads .gz, text and JSONL inputs, reports each failure on stderr and still prints the rest', async () => {
  const gz = s.write('mixed/a-page.html.gz', gzipSync(newsHtml('Grain talks resume', 'grain')));
  const txt = s.write('mixed/b-story.txt', newsText('Radar deal signed', 'radars'));
  const empty = s.write('mixed/c-empty.html', '');
  const binary = s.write('mixed/d-image.html', PNG_HEADER);
  const records = s.write('mixed/e-feed.jsonl', `${JSON.stringify({ html: newsHtml('From a feed', 'sonar'), url: 'https://example.org/feed/1' })}\n{"oops": 1}\n`);
  const missing = join(dir, 'mixed', 'absent.html');
  const run = await runCli(['extract', gz, txt, empty, missing, binary, records, '--jsonl']);
  assert.equal(run.code, 1, 'some inputs failed');
  const out = lines(run.stdout);
  assert.deepEqual(out.map((r) => r.file), [gz, txt, records]);
  assert.equal(out[0].title, 'Grain talks resume');
  assert.match(String(out[0].text), /discuss grain/);
  assert.match(String(out[1].text), /talks on radars would continue/);
  assert.equal(out[2].line, 1, 'JSONL records say which line they came from');
  assert.equal(out[2].url, 'https://example.org/feed/1');
  const errors = run.stderr.trim().split('\n');
  assert.equal(errors.length, 4, run.stderr);
  assert.match(errors[0], /c-empty\.html: error DL-INGEST-EMPTY: /);
  assert.match(errors[1], /absent\.html: error DL-INGEST-NOT-FOUND: /);
  assert.match(errors[2], /d-image\.html: error DL-INGEST-BINARY: .*PNG/);
  assert.match(errors[3], /e-feed\.jsonl:2: error DL-INGEST-MALFORMED-RECORD: /);
});

test('extract without --jsonl prints a short summary per document', async () => {
  const page = s.write('human/port.html', richHtml());
  const long = s.write('human/long.txt', newsText('A long story', 'x'.repeat(300)));
  const run = await runCli(['extract', page, long]);
  assert.equal(run.code, 0, run.stderr);
  const [first, second] = run.stdout.split('\n\n');
  assert.match(first, new RegExp(`^${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
  assert.match(first, /^ {2}Title +Port reopens after storm$/m);
  assert.match(first, /^ {2}Published +2024-03-12T09:45(:00)?\+01:00$/m);
  assert.match(first, /^ {2}Authors +Jane Doe$/m);
  assert.match(first, /^ {2}Text +The harbour of Portmere reopened/m);
  const text = /^ {2}Text +(.*)$/m.exec(second)?.[1] ?? '';
  assert.ok(text.endsWith('…'), 'long text is cut');
  assert.ok(text.length <= 201, `preview of ${text.length} chars`);
});

test('extract streams: a document is printed before the next input is opened', async () => {
  const first = s.write('stream/first.html', richHtml());
  const second = join(dir, 'stream', 'second.html');
  // `second` only exists once the first record has been written: a command that read every
  // input before printing would find it missing.
  const stdout = new BufferStream();
  const io = {
    stdout: {
      write(chunk: string): boolean {
        writeFileSync(second, newsHtml('Second page', 'ports'));
        return stdout.write(chunk);
      },
    },
    stderr: new BufferStream(),
  };
  const code = await main(['extract', first, second, '--jsonl'], io);
  assert.equal(code, 0, io.stderr.text());
  assert.deepEqual(lines(stdout.text()).map((r) => r.file), [first, second]);
});

test('extract usage errors and an empty folder', async () => {
  assert.equal((await runCli(['extract'])).code, 2, 'no input');
  assert.equal((await runCli(['extract', 'x.html', '--max-bytes', '0'])).code, 2);
  const emptyDir = s.write('nothing/.keep', '');
  const run = await runCli(['extract', join(emptyDir, '..')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no documents found/);
  const help = await runCli(['extract', '--help']);
  assert.match(help.stdout, /--jsonl/);
});
