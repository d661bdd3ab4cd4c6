import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayExtension, formatOfPath } from './formats.js';
import { looksLikeJsonl, sniffFormat } from './sniff.js';

describe('formatOfPath', () => {
  it('maps accepted extensions, case-insensitively, with optional .gz', () => {
    assert.deepEqual(formatOfPath('a/b.txt'), { kind: 'text', gzip: false });
    assert.deepEqual(formatOfPath('PAGE.HTM'), { kind: 'html', gzip: false });
    assert.deepEqual(formatOfPath('x.xhtml.gz'), { kind: 'html', gzip: true });
    assert.deepEqual(formatOfPath('dump.ndjson.GZ'), { kind: 'jsonl', gzip: true });
    assert.deepEqual(formatOfPath('records.json'), { kind: 'json', gzip: false });
  });

  it('rejects unknown extensions, bare .gz and extension-less names', () => {
    for (const path of ['a.docx', 'a.gz', 'a.tar.gz', 'README', '.txt', 'dir.txt/file']) assert.equal(formatOfPath(path), null, path);
  });

  it('shows the extension for messages', () => {
    assert.equal(displayExtension('x/report.pdf'), '.pdf');
    assert.equal(displayExtension('x/archive.tar.gz'), '.tar.gz');
    assert.equal(displayExtension('README'), '(none)');
  });
});

describe('sniffFormat', () => {
  it('calls markup html and prose text', () => {
    assert.equal(sniffFormat('<!DOCTYPE html><html><body>x</body></html>'), 'html');
    assert.equal(sniffFormat('\uFEFF  \n<div>fragment</div>'), 'html');
    assert.equal(sniffFormat('Headline\n\n<p>Body paragraph</p>'), 'html');
    assert.equal(sniffFormat('Some text mentions <body class="x"> later'), 'html');
    assert.equal(sniffFormat('MOSCOW, March 3 (Reuters) - Prices rose 3% <according to> sources.'), 'text');
    assert.equal(sniffFormat('a < b and c > d'), 'text');
  });
});

describe('looksLikeJsonl', () => {
  it('needs every non-empty line to start with {', () => {
    assert.equal(looksLikeJsonl('{"text":"a"}\n\n  {"text":"b"}\n'), true);
    assert.equal(looksLikeJsonl('{"text":"a"}\nplain line\n'), false);
    assert.equal(looksLikeJsonl('  \n'), false);
    assert.equal(looksLikeJsonl('{ a brace starts prose'), true);
  });
});
