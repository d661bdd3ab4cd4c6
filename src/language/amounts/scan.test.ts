import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findValues } from './scan.js';

const values = (text: string) => findValues(text).map((v) => ({ text: text.slice(v.start, v.end), type: v.type, value: v.value, ...(v.unit ? { unit: v.unit } : {}), ...(v.change ? { change: v.change } : {}), ...(v.bound ? { bound: v.bound } : {}) }));

test('money with symbols, codes, words and magnitudes', () => {
  assert.deepEqual(values('a deal worth $11 billion'), [{ text: '$11 billion', type: 'MONEY', value: 11e9, unit: 'USD' }]);
  assert.deepEqual(values('€200m and £1.2bn and Rs 500 crore').map((v) => [v.value, v.unit]), [[2e8, 'EUR'], [1.2e9, 'GBP'], [5e9, 'INR']]);
  assert.deepEqual(values('500 million rubles').map((v) => [v.value, v.unit]), [[5e8, 'RUB']]);
});

test('percentages with direction and hedges', () => {
  assert.deepEqual(values('up more than 17% on the year'), [{ text: '17%', type: 'PERCENT', value: 17, unit: '%', change: 'up', bound: 'min' }]);
  assert.deepEqual(values('exports fell 3.5 per cent')[0], { text: '3.5 per cent', type: 'PERCENT', value: 3.5, unit: '%', change: 'down' });
});

test('quantities keep their unit and a bracketed conversion as the alternate', () => {
  const [q] = findValues('at a distance of 400 kilometers (250 miles)');
  assert.equal(q.type, 'QUANTITY');
  assert.equal(q.value, 400);
  assert.equal(q.unit, 'km');
  assert.deepEqual([q.alternate?.value, q.alternate?.unit], [250, 'mi']);
  assert.equal(findValues('at a distance of 400 kilometers (250 miles)').length, 1);
  assert.deepEqual(values('1.2 million barrels and 30 square kilometres').map((v) => [v.value, v.unit]), [[1.2e6, 'bbl'], [30, 'km2']]);
});

test('cardinals and ordinals in digits or words; years and codes are not amounts', () => {
  assert.deepEqual(values('six targets, twenty-five ships, 1,500 troops').map((v) => [v.type, v.value]), [['CARDINAL', 6], ['CARDINAL', 25], ['CARDINAL', 1500]]);
  assert.deepEqual(values('the 18th session and the first meeting').map((v) => [v.type, v.value]), [['ORDINAL', 18], ['ORDINAL', 1]]);
  assert.deepEqual(values('In 2019 the S-400 and Kamov-226 arrived'), []);
  assert.deepEqual(values('wait a second'), []);
});

test('linear on pathological input', () => {
  const t0 = performance.now();
  findValues('1'.repeat(20_000) + ' ' + '1,'.repeat(10_000) + ' $'.repeat(10_000) + 'word '.repeat(10_000));
  assert.ok(performance.now() - t0 < 10_000);
});
