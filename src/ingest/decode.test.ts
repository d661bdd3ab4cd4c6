import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatelineError } from '../model/errors.js';
import { detectBinary } from './binary.js';
import { findDeclaredCharset } from './charset.js';
import { decodeBytes } from './decode.js';
import { PNG_HEADER, encodeWindows1251 } from './testing.js';
import { findInvalidUtf8 } from './utf8.js';

function decodeError(fn: () => unknown): DatelineError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DatelineError, `expected a DatelineError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected decoding to fail');
}

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich – “quoted”')]);
    assert.deepEqual(decodeBytes(bytes, 'text'), { content: 'Zürich – “quoted”', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Привет, world', 'utf16le')]);
    assert.deepEqual(decodeBytes(le, 'text'), { content: 'Привет, world', encoding: 'utf-16le' });
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    assert.deepEqual(decodeBytes(be, 'text'), { content: 'Привет, world', encoding: 'utf-16be' });
  });

  it('refuses text that is not valid UTF-8, naming the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('Good line\nna'), Buffer.from([0xef, 0x76, 0x65])]);
    const err = decodeError(() => decodeBytes(bytes, 'text', { file: 'old.txt' }));
    assert.equal(err.code, 'DL-INGEST-ENCODING');
    assert.equal(err.file, 'old.txt');
    assert.match(err.message, /not valid UTF-8 at byte 12 \(0xEF\)/);
  });

  it('counts the offset from the start of the file, BOM included', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ab'), Buffer.from([0xff])]);
    assert.match(decodeError(() => decodeBytes(bytes, 'text')).message, /at byte 5\b/);
  });

  it('honours an HTML charset declaration when the bytes are not UTF-8', () => {
    const html = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'), encodeWindows1251('Новости дня'), Buffer.from('</p>')]);
    const decoded = decodeBytes(html, 'html');
    assert.equal(decoded.encoding, 'windows-1251');
    assert.match(decoded.content, /<p>Новости дня<\/p>/);
  });

  it('falls back to windows-1252 for undeclared legacy HTML', () => {
    const html = Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('quoted'), Buffer.from([0x94]), Buffer.from('</p>')]);
    assert.deepEqual(decodeBytes(html, 'html'), { content: '<p>Café “quoted”</p>', encoding: 'windows-1252' });
  });

  it('decodes a declared iso-8859-1 page as windows-1252, as browsers do', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="ISO-8859-1"><p>'), Buffer.from([0x93, 0x80, 0x35, 0x94, 0x20, 0xe9]), Buffer.from('</p>')]);
    assert.deepEqual(decodeBytes(html, 'html'), { content: '<meta charset="ISO-8859-1"><p>“€5” é</p>', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 for HTML that is UTF-8 apart from a stray byte', () => {
    const html = Buffer.concat([Buffer.from('<p>Zürich, Genève, Köln '), Buffer.from([0xff]), Buffer.from('</p>')]);
    const decoded = decodeBytes(html, 'html');
    assert.equal(decoded.encoding, 'utf-8');
    assert.match(decoded.content, /Zürich, Genève, Köln \uFFFD/);
  });

  it('prefers valid UTF-8 over a wrong declaration', () => {
    const html = Buffer.from('<meta charset="iso-8859-1"><p>Zürich</p>');
    assert.deepEqual(decodeBytes(html, 'html'), { content: '<meta charset="iso-8859-1"><p>Zürich</p>', encoding: 'utf-8' });
  });

  it('refuses empty and whitespace-only input', () => {
    assert.equal(decodeError(() => decodeBytes(Buffer.alloc(0), 'text')).code, 'DL-INGEST-EMPTY');
    const err = decodeError(() => decodeBytes(Buffer.from(' \n\t\r\n '), 'html'));
    assert.equal(err.code, 'DL-INGEST-EMPTY');
    assert.match(err.message, /only whitespace/);
  });

  it('refuses binary input', () => {
    const err = decodeError(() => decodeBytes(PNG_HEADER, 'text', { file: 'x.txt' }));
    assert.equal(err.code, 'DL-INGEST-BINARY');
    assert.match(err.message, /PNG image/);
  });
});

describe('detectBinary', () => {
  it('recognises magic numbers', () => {
    assert.match(detectBinary(Buffer.from('%PDF-1.7\n...')) ?? '', /PDF/);
    assert.match(detectBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])) ?? '', /ZIP/);
    assert.match(detectBinary(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01])) ?? '', /ELF/);
    assert.match(detectBinary(Buffer.from([0x1f, 0x8b, 0x08, 0x00])) ?? '', /gzip.*\.gz/);
  });

  it('flags NUL bytes and explains UTF-16 without a BOM', () => {
    assert.equal(detectBinary(Buffer.from('abc\0def')), 'contains NUL bytes');
    assert.match(detectBinary(Buffer.from('plain ASCII text', 'utf16le')) ?? '', /UTF-16 without a byte-order mark/);
  });

  it('flags a high share of control bytes but accepts tabs, newlines and ANSI escapes', () => {
    assert.match(detectBinary(Buffer.from('a\x01\x02\x03b\x04\x05c')) ?? '', /control characters/);
    assert.equal(detectBinary(Buffer.from('col1\tcol2\r\n\x1b[1mbold\x1b[0m\fnext page\n')), null);
    assert.equal(detectBinary(Buffer.from('Grüße aus Köln')), null);
  });
});

describe('findDeclaredCharset', () => {
  it('reads meta charset, http-equiv and XML declarations', () => {
    assert.equal(findDeclaredCharset(Buffer.from('<html><head><META CHARSET=Shift_JIS>')), 'Shift_JIS');
    assert.equal(findDeclaredCharset(Buffer.from(`<meta content='text/html; charset=gb2312' http-equiv='Content-Type'>`)), 'gb2312');
    assert.equal(findDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><html>')), 'ISO-8859-2');
    assert.equal(findDeclaredCharset(Buffer.from('<html><p>charset=utf-8 is not in a meta tag</p>')), null);
  });

  it('only looks at the first 4 KB', () => {
    assert.equal(findDeclaredCharset(Buffer.from(`<html>${' '.repeat(5000)}<meta charset="koi8-r">`)), null);
  });
});

describe('findInvalidUtf8', () => {
  it('agrees with the WHATWG decoder on random bytes', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let n = 0; n < 3000; n++) {
      const bytes = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.5 ? 0x80 + Math.floor(random() * 0x80) : Math.floor(random() * 0x80))));
      let valid = true;
      try {
        strict.decode(bytes);
      } catch {
        valid = false;
      }
      const at = findInvalidUtf8(bytes);
      assert.equal(at === -1, valid, `bytes ${bytes.toString('hex')}`);
      if (!valid) assert.doesNotThrow(() => strict.decode(bytes.subarray(0, at)), `prefix before ${at} of ${bytes.toString('hex')} is valid`);
    }
  });

  it('rejects overlongs, surrogates and truncated sequences', () => {
    assert.equal(findInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1);
    assert.equal(findInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0);
    assert.equal(findInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82])), 2);
    assert.equal(findInvalidUtf8(Buffer.from('ok € 𝄞')), -1);
  });
});
