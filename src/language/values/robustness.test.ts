import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findValues } from './index.js';

test('10,000 words without punctuation run in linear time', () => {
  const words = ['the', 'one', 'twenty', 'five', 'hundred', 'and', 'million', '1,500', '$', 'km', 'about', 'rose', '2019', 'a', 'dozen', 'first'];
  const text = Array.from({ length: 10_000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
  const t0 = performance.now();
  findValues(text);
  assert.ok(performance.now() - t0 < 2_000);
});

test('pathological runs: long digit chains, separators, symbols, number words', () => {
  const text = '1'.repeat(20_000) + ' ' + '1,'.repeat(10_000) + ' ' + '1-'.repeat(10_000) + ' $'.repeat(10_000) + ' one'.repeat(10_000) + ' twenty'.repeat(5_000) + ' million'.repeat(5_000);
  const t0 = performance.now();
  findValues(text);
  assert.ok(performance.now() - t0 < 2_000);
});

test('control characters and mixed scripts', () => {
  const text = 'Bakı\u0000 \u0007 $5\u0001 million — Москва 300 км, 東京 40%\u200b 12\u00a0km ٣٠ and 7 тонн \u202e 2 km';
  const found = findValues(text);
  for (const v of found) {
    assert.ok(v.start >= 0 && v.end <= text.length && v.start < v.end);
    assert.ok(Number.isFinite(v.value));
  }
  const spans = found.map((v) => text.slice(v.start, v.end));
  assert.ok(spans.includes('40%'));
  assert.ok(spans.includes('12\u00a0km'));
  assert.deepEqual(findValues(''), []);
  assert.deepEqual(findValues('\u0000\u0001\u0002'), []);
});

test('mentions are sorted and never overlap', () => {
  const text = 'About 1,200 troops, $5-6 billion (€4.5 billion), 17% and the 3rd of 400 km (250 miles), twenty-five, dozens.';
  const found = findValues(text);
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].end <= found[i].start);
});
