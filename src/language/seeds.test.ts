/**
 * The seed articles in ../shared/seeds: every person, organisation, place,
 * amount and time EXPECTED.md lists is found, typed and normalised by the
 * language stages. Skips when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSeed, skipWithoutSeeds as skip } from '../testing/seeds.js';

async function load(name: string) {
  const a = await analyseSeed(name);
  const spans = (layer: 'entities' | 'values' | 'times') => a.layer(layer).map((x) => ({ text: a.text.slice(x.start, x.end), type: x.type, attrs: x.attrs }));
  const has = (layer: 'entities' | 'values' | 'times', type: string, text: string) => spans(layer).find((x) => x.type === type && x.text === text);
  return { spans, has };
}

test('seed 000: people, organisations, countries, amounts and times', { skip }, async () => {
  const { has } = await load('000_b33086c6bf678d54.txt');
  for (const name of ['Rajnath Singh', 'Yuri Borisov']) assert.ok(has('entities', 'PERSON', name), name);
  for (const name of ['TASS', 'Russian government']) assert.ok(has('entities', 'ORG', name), name);
  for (const name of ['India', 'Russia', 'US']) assert.ok(has('entities', 'GPE', name), name);
  assert.equal(has('times', 'DATE', 'Wednesday')?.attrs.value, '2019-11-06');
  for (const year of ['2030', '2018', '2017']) assert.equal(has('times', 'DATE', year)?.attrs.value, year);
  assert.equal(has('times', 'DATE', '2030')?.attrs.bound, 'until');
  assert.deepEqual([has('values', 'MONEY', '$11 billion')?.attrs.value, has('values', 'MONEY', '$11 billion')?.attrs.unit], [11e9, 'USD']);
  assert.equal(has('values', 'PERCENT', '17%')?.attrs.value, 17);
});

test('seed 002: people, organisations, places, equipment, amounts and times left relative without a date', { skip }, async () => {
  const { has, spans } = await load('002_5e2a7a06ba9dce6f.txt');
  for (const name of ['Sergei Shoigu', 'Nirmala Sitharaman', 'Vladimir Putin', 'Narendra Modi', 'Amit Cowshish']) assert.ok(has('entities', 'PERSON', name), name);
  for (const name of ['Russian Defense Ministry', 'Indian Air Force', 'US Air Force', 'India-Russia Inter-Governmental Commission on Military Technical Cooperation', 'IRIGC-MTC']) assert.ok(has('entities', 'ORG', name), name);
  for (const name of ['New Delhi', 'Jodhpur', 'Rajasthan', 'Kalaikunda', 'West Bengal', 'Washington', 'Moscow']) assert.ok(has('entities', 'GPE', name), name);
  for (const name of ['S-400 Triumph', 'Kamov-226 helicopters', 'Project 11356 frigates']) assert.ok(has('entities', 'PRODUCT', name), name);
  assert.equal(has('values', 'MONEY', '$5 billion')?.attrs.value, 5e9);
  const distance = has('values', 'QUANTITY', '400 kilometers');
  assert.deepEqual([distance?.attrs.value, distance?.attrs.unit, (distance?.attrs.alternate as { unit: string })?.unit], [400, 'km', 'mi']);
  const cardinals = spans('values').filter((v) => v.type === 'CARDINAL').map((v) => v.attrs.value);
  assert.deepEqual([cardinals.filter((v) => v === 5).length >= 1, cardinals.filter((v) => v === 6).length >= 2], [true, true]);
  assert.equal(has('values', 'ORDINAL', '18th')?.attrs.value, 18);
  // No publication date: relative times keep what the text does not give as X.
  assert.equal(has('times', 'DATE', 'Thursday')?.attrs.value, 'XXXX-WXX-4');
  assert.equal(has('times', 'DATE', 'October')?.attrs.value, 'XXXX-10');
  assert.deepEqual([has('times', 'DATE', 'the end of 2020')?.attrs.value, has('times', 'DATE', 'the end of 2020')?.attrs.mod], ['2020', 'END']);
  assert.deepEqual([has('times', 'DATE', 'December 21')?.attrs.value, has('times', 'DATE', 'December 21')?.attrs.bound], ['XXXX-12-21', 'until']);
  for (const day of ['December 3', 'Monday', 'Friday']) assert.ok(has('times', 'DATE', day), day);
});
