import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import type { IngestItem } from '../pipeline/runner.js';
import { splitLines } from './read.js';
import { jsonFileItems, jsonlItems, recordToItem } from './records.js';
import { collectItems } from './testing.js';

const chunked = (...parts: (string | Buffer)[]) => Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
const failure = (item: IngestItem) => (item.kind === 'failure' ? item.diagnostic : assert.fail(`expected a failure, got a document`));
const document = (item: IngestItem) => (item.kind === 'document' ? item.doc : assert.fail(`expected a document, got ${JSON.stringify(item)}`));

describe('recordToItem', () => {
  it('takes text or html with url, title and published hints', () => {
    const doc = document(recordToItem({ text: 'Body', url: ' https://x.org/a ', title: 'T', published: '2024-01-02', extra: 1 }, { file: 'f.jsonl', line: 4 }));
    assert.equal(doc.format, 'text');
    assert.equal(doc.content, 'Body');
    assert.deepEqual(doc.hints, { url: 'https://x.org/a', title: 'T', published: '2024-01-02' });
    assert.deepEqual(doc.origin, { path: 'f.jsonl', line: 4 });
    assert.equal(document(recordToItem({ html: '<p>x</p>', text: 'x' }, { file: 'f' })).format, 'html');
    assert.equal(document(recordToItem({ html: '  ', text: 'x' }, { file: 'f' })).format, 'text');
  });

  it('ignores hints of the wrong type', () => {
    assert.deepEqual(document(recordToItem({ text: 'x', published: 20240102, title: null }, { file: 'f' })).hints, {});
  });

  it('names what is wrong with a bad record', () => {
    const missing = failure(recordToItem({ title: 'x' }, { file: 'f.jsonl', line: 2 }));
    assert.equal(missing.code, 'DL-INGEST-MALFORMED-RECORD');
    assert.equal(missing.line, 2);
    assert.match(missing.message, /missing field/);
    assert.match(failure(recordToItem({ text: 42 }, { file: 'f' })).message, /"text" must be a string, got number/);
    assert.match(failure(recordToItem([1, 2], { file: 'f', label: 'record 3 of 4' })).message, /^record 3 of 4: expected a JSON object, got array/);
    assert.equal(failure(recordToItem({ text: ' \n ' }, { file: 'f' })).code, 'DL-INGEST-EMPTY');
  });
});

describe('jsonlItems', () => {
  it('streams records with 1-based lines, across chunk boundaries and CRLF', async () => {
    const items = await collectItems(jsonlItems(chunked('\uFEFF{"text":"on', 'e"}\r\n\r\n{"te', 'xt":"two"}\r\n{"text":"three"}'), 'f.jsonl', 1000));
    assert.deepEqual(items.map((i) => document(i).content), ['one', 'two', 'three']);
    assert.deepEqual(items.map((i) => document(i).origin.line), [1, 3, 4]);
  });

  it('reports malformed lines and continues', async () => {
    const items = await collectItems(jsonlItems(chunked('{"text":"a"}\n{"text": "b",}\n[1]\n{"text":"d"}\n'), 'f.jsonl', 1000));
    assert.equal(items.length, 4);
    const bad = failure(items[1]);
    assert.equal(bad.code, 'DL-INGEST-MALFORMED-RECORD');
    assert.equal(bad.file, 'f.jsonl');
    assert.equal(bad.line, 2);
    assert.match(bad.message, /^invalid JSON: /);
    assert.match(failure(items[2]).message, /expected a JSON object, got array/);
    assert.equal(document(items[3]).content, 'd');
  });

  it('refuses over-long lines without holding them, and invalid UTF-8 with its file offset', async () => {
    const long = `{"text":"${'x'.repeat(500)}"}`;
    const items = await collectItems(jsonlItems(chunked(`{"text":"a"}\n${long}\n`, Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), '{"text":"z"}'), 'f.jsonl', 100));
    assert.equal(items.length, 4);
    assert.equal(failure(items[1]).code, 'DL-INGEST-TOO-LARGE');
    assert.equal(failure(items[1]).line, 2);
    const encoding = failure(items[2]);
    assert.equal(encoding.code, 'DL-INGEST-ENCODING');
    assert.match(encoding.message, new RegExp(`at byte ${13 + long.length + 1 + 1}\\b`));
    assert.equal(document(items[3]).content, 'z');
  });

  it('fails a binary or record-less file once', async () => {
    const [binary] = await collectItems(jsonlItems(chunked(Buffer.from('%PDF-1.4\n{"text":"x"}\n')), 'f.jsonl', 1000));
    assert.equal(failure(binary).code, 'DL-INGEST-BINARY');
    const empty = await collectItems(jsonlItems(chunked('\n  \n'), 'f.jsonl', 1000));
    assert.deepEqual(empty.map((i) => failure(i).code), ['DL-INGEST-EMPTY']);
  });
});

describe('jsonFileItems', () => {
  it('reads one object or an array of objects', () => {
    assert.deepEqual([...jsonFileItems(Buffer.from('{"html":"<p>x</p>","url":"u"}'), 'a.json')].map((i) => document(i).hints), [{ url: 'u' }]);
    const items = [...jsonFileItems(Buffer.from('[{"text":"a"},{"nope":1},{"text":"c"}]'), 'b.json')];
    assert.equal(items.length, 3);
    assert.match(failure(items[1]).message, /^record 2 of 3: missing field/);
    assert.equal(document(items[2]).content, 'c');
  });

  it('names the line of a JSON syntax error', () => {
    const [item] = [...jsonFileItems(Buffer.from('{\n  "text": "a",\n  "url" "u"\n}'), 'c.json')];
    assert.equal(failure(item).code, 'DL-INGEST-MALFORMED-RECORD');
    assert.equal(failure(item).line, 3);
    assert.equal(failure([...jsonFileItems(Buffer.from('"just a string"'), 'd.json')][0]).code, 'DL-INGEST-MALFORMED-RECORD');
    assert.equal(failure([...jsonFileItems(Buffer.from('[]'), 'e.json')][0]).code, 'DL-INGEST-EMPTY');
  });
});

describe('splitLines', () => {
  it('keeps offsets and counts a final line without newline', async () => {
    const lines = [];
    for await (const line of splitLines(chunked('ab\r\n', 'c', 'd\n\nlast'), 10)) lines.push({ ...line, bytes: line.bytes?.toString() });
    assert.deepEqual(lines, [
      { line: 1, offset: 0, bytes: 'ab', length: 3 },
      { line: 2, offset: 4, bytes: 'cd', length: 2 },
      { line: 3, offset: 7, bytes: '', length: 0 },
      { line: 4, offset: 8, bytes: 'last', length: 4 },
    ]);
  });
});
