import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, seen } from './test-helpers.js';

test('money: symbols and codes before the amount, with magnitudes', () => {
  assert.deepEqual(seen('a deal worth $11 billion'), [{ text: '$11 billion', type: 'MONEY', value: 11e9, unit: 'USD' }]);
  assert.deepEqual(seen('US$ 3.5m, €200 million, £1.2bn and Rs 500 crore').map((v) => [v.text, v.value, v.unit]), [
    ['US$ 3.5m', 3.5e6, 'USD'], ['€200 million', 2e8, 'EUR'], ['£1.2bn', 1.2e9, 'GBP'], ['Rs 500 crore', 5e9, 'INR'],
  ]);
  assert.deepEqual(seen('$1,200 and USD 40 and HK$5 and Rs. 3 lakh').map((v) => [v.value, v.unit]), [[1200, 'USD'], [40, 'USD'], [5, 'HKD'], [3e5, 'INR']]);
  assert.deepEqual(seen('₼ 20 and ₽300').map((v) => v.unit), ['AZN', 'RUB']);
});

test('money: currency names after the amount', () => {
  assert.deepEqual(seen('500 million rubles, 1.5 trillion yen, 40 dollars, 11 billion dollars').map((v) => [v.text, v.value, v.unit]), [
    ['500 million rubles', 5e8, 'RUB'], ['1.5 trillion yen', 1.5e12, 'JPY'], ['40 dollars', 40, 'USD'], ['11 billion dollars', 11e9, 'USD'],
  ]);
  assert.deepEqual(seen('100 Canadian dollars, 5 U.S. dollars, 20 Egyptian pounds, 3 million manat, 40 EUR').map((v) => v.unit), ['CAD', 'USD', 'EGP', 'AZN', 'EUR']);
  assert.deepEqual(seen('50 cents and 20p').map((v) => [v.value, v.unit]), [[0.5, 'USD'], [0.2, 'GBP']]);
  assert.deepEqual(seen('five million euros'), [{ text: 'five million euros', type: 'MONEY', value: 5e6, unit: 'EUR' }]);
});

test('money: ranges keep the lower bound as value', () => {
  const r = only('a $5-6 billion package');
  assert.deepEqual([r.type, r.value, r.unit, r.range], ['MONEY', 5e9, 'USD', { min: 5e9, max: 6e9 }]);
  assert.deepEqual(only('$5 billion to $6 billion').range, { min: 5e9, max: 6e9 });
  assert.deepEqual(only('between €10 and €12 million').range, { min: 1e7, max: 1.2e7 });
});

test('money: a bracketed conversion becomes the alternate', () => {
  const text = 'Rs 2,000 crore ($270 million) for roads';
  const m = only(text);
  assert.deepEqual([m.value, m.unit], [2e10, 'INR']);
  assert.deepEqual(m.alternate && [m.alternate.value, m.alternate.unit, text.slice(m.alternate.start, m.alternate.end)], [2.7e8, 'USD', '$270 million']);
});

test('percent: sign, words, points; direction of change', () => {
  assert.deepEqual(seen('17%, 17 per cent, 17 percent, seventeen percent').map((v) => [v.type, v.value, v.unit]), [
    ['PERCENT', 17, '%'], ['PERCENT', 17, '%'], ['PERCENT', 17, '%'], ['PERCENT', 17, '%'],
  ]);
  assert.deepEqual([only('3.5 percentage points').unit, only('25 basis points').unit], ['pp', 'bp']);
  assert.equal(only('sales were up 17% on the year').change, 'up');
  assert.equal(only('exports fell 3 percent').change, 'down');
  assert.equal(only('profit rose by about 4.5 per cent').change, 'up');
  assert.equal(only('a 5% drop in output').change, 'down');
  assert.equal(only('the index gained +2%').change, 'up');
  assert.equal(only('turnout reached 60%').change, undefined);
  const [fall, level] = seen('Oil fell 3 percent to $50 a barrel');
  assert.deepEqual([fall.text, level.text], ['3 percent', '$50']);
  assert.deepEqual(only('between 10 and 15 percent').range, { min: 10, max: 15 });
});

test('hedges set approximate and bound, outside the span', () => {
  const text = 'more than $3 billion';
  const m = only(text);
  assert.deepEqual([text.slice(m.start, m.end), m.approximate, m.bound, m.hedge?.text], ['$3 billion', true, 'min', 'more than']);
  assert.equal(only('about 40%').bound, 'approx');
  assert.equal(only('nearly 40%').bound, 'max');
  assert.equal(only('up to 500 tonnes').bound, 'max');
  assert.equal(only('100 or more people').bound, 'min');
  assert.equal(only('an estimated 3,000 troops').bound, 'approx');
  assert.equal(only('1,500 troops').approximate, undefined);
});

test('an alternate can itself be a range', () => {
  const m = only('between 8 trillion and 14 trillion rupiah ($535 million to $935 million) a year');
  assert.deepEqual([m.unit, m.range, m.alternate?.unit, m.alternate?.range], ['IDR', { min: 8e12, max: 14e12 }, 'USD', { min: 5.35e8, max: 9.35e8 }]);
});
