/**
 * The two seed articles in ../shared/seeds: what EXPECTED.md asks of the
 * spine (metadata, body boundaries, boilerplate). Skips when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from './index.js';
import { makeSourceDocument } from '../../model/document.js';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'shared', 'seeds');
const present = existsSync(SEEDS);
const skip = present ? false : `../shared/seeds not found at ${SEEDS}`;

function load(name: string) {
  const path = join(SEEDS, name);
  return extractText(makeSourceDocument('text', readFileSync(path, 'utf8'), { path }));
}

test('seed 000: title, stated date with offset, site and agency, body bounds, boilerplate kept aside', { skip }, () => {
  const a = load('000_b33086c6bf678d54.txt');
  assert.equal(a.meta.title, 'Russia, India to maintain defense cooperation despite US pressure');
  assert.equal(a.meta.published?.iso, '2019-11-07T07:16:00+04:00');
  assert.equal(a.meta.published?.certainty, 'stated');
  assert.equal(a.meta.site, 'Trend');
  assert.deepEqual(a.meta.agencies, ['TASS']);
  const paragraphs = a.paragraphs().map((p) => a.spanText(p));
  assert.equal(paragraphs.length, 5);
  assert.ok(paragraphs[0].startsWith('India is set to develop'));
  assert.ok(paragraphs[4].endsWith('the statement quoted Borisov as saying.'));
  const tail = a.boilerplate().filter((b) => b.start > a.paragraphs()[4].end);
  assert.ok(a.spanText(tail[0]).startsWith('Follow Trend on Telegram'));
  assert.equal(tail[tail.length - 1].end, a.text.trimEnd().length, 'boilerplate runs to the end of the text');
  assert.ok(tail.some((b) => b.attrs.kind === 'related' && a.spanText(b).includes('Latest')));
  const header = a.boilerplate()[0];
  assert.equal(header.attrs.kind, 'header');
  assert.ok(a.spanText(header).includes('date 2019-11-07'));
});

test('seed 002: dateline, no invented date, body ends at the Kalaikunda paragraph', { skip }, () => {
  const a = load('002_5e2a7a06ba9dce6f.txt');
  assert.equal(a.meta.dateline, 'New Delhi');
  assert.equal(a.meta.published, null);
  const paragraphs = a.paragraphs().map((p) => a.spanText(p));
  assert.ok(paragraphs[0].startsWith('Russian Defense Minister Sergei Shoigu'));
  assert.ok(paragraphs[paragraphs.length - 1].includes('Kalaikunda, West Bengal'));
  const kinds = a.boilerplate().map((b) => [b.attrs.kind, a.spanText(b).slice(0, 20)]);
  assert.deepEqual(kinds, [['comments', 'Conversations'], ['disclaimer', 'The opinions express']]);
});
