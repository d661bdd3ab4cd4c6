import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflections } from './inflect.js';

test('regular and irregular forms of base words', () => {
  assert.ok(inflections('meet').includes('met'));
  assert.ok(inflections('accuse').includes('accused'));
  assert.ok(inflections('accuse').includes('accusing'));
  assert.ok(inflections('deny').includes('denied'));
  assert.ok(inflections('deny').includes('denies'));
  assert.ok(inflections('ban').includes('banned'));
  assert.ok(inflections('expel').includes('expelled'));
  assert.ok(inflections('visit').includes('visited'));
  assert.ok(!inflections('visit').includes('visitted'));
  assert.ok(inflections('agree').includes('agreed'));
  assert.ok(inflections('veto').includes('vetoes'));
  assert.ok(inflections('gunman').includes('gunmen'));
  assert.ok(inflections('talks').includes('talks'));
});

test('British spelling doubles a final -l after one vowel, as wire copy writes it', () => {
  assert.ok(inflections('cancel').includes('cancelled') && inflections('cancel').includes('canceled'));
  assert.ok(inflections('signal').includes('signalled'));
  assert.ok(!inflections('appeal').includes('appealled'));
});

test('a two-syllable verb may double its last consonant: kidnap → kidnapped', () => {
  assert.ok(inflections('kidnap').includes('kidnapped') && inflections('kidnap').includes('kidnapping'));
});
