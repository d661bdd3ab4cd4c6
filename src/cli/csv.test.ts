import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvRow } from './csv.js';

test('RFC 4180 quoting', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvRow(['x', '', 'y,z']), 'x,,"y,z"\r\n');
});
