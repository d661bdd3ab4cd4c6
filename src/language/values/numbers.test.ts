import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, seen } from './test-helpers.js';

const values = (text: string) => seen(text).map((v) => [v.type, v.value]);

test('cardinals in digits, with magnitudes', () => {
  assert.deepEqual(values('1,500 troops, 3.2 million people, 1.5bn, 250'), [['CARDINAL', 1500], ['CARDINAL', 3.2e6], ['CARDINAL', 1.5e9], ['CARDINAL', 250]]);
});

test('number words', () => {
  assert.deepEqual(values('six, twenty-five, twenty five, two hundred, two hundred and fifty, nineteen hundred'), [
    ['CARDINAL', 6], ['CARDINAL', 25], ['CARDINAL', 25], ['CARDINAL', 200], ['CARDINAL', 250], ['CARDINAL', 1900],
  ]);
  assert.deepEqual(values('a dozen, two dozen, a million, half a million, two and a half million, three hundred thousand, one thousand and one'), [
    ['CARDINAL', 12], ['CARDINAL', 24], ['CARDINAL', 1e6], ['CARDINAL', 5e5], ['CARDINAL', 2.5e6], ['CARDINAL', 3e5], ['CARDINAL', 1001],
  ]);
  // Two numbers side by side stay two numbers.
  assert.deepEqual(values('five six'), [['CARDINAL', 5], ['CARDINAL', 6]]);
});

test('vague plurals are approximate lower bounds', () => {
  const d = only('dozens of people');
  assert.deepEqual([d.value, d.approximate, d.bound], [24, true, 'min']);
  assert.equal(only('tens of thousands of protesters').value, 20000);
  assert.equal(only('hundreds of thousands').value, 200000);
  assert.deepEqual(seen('millions of dollars').map((v) => [v.type, v.unit]), [['MONEY', 'USD']]);
});

test('ordinals in digits and words', () => {
  assert.deepEqual(values('the 18th session, the first meeting, the twenty-first time, 1st, 22nd, 3rd, hundredth'), [
    ['ORDINAL', 18], ['ORDINAL', 1], ['ORDINAL', 21], ['ORDINAL', 1], ['ORDINAL', 22], ['ORDINAL', 3], ['ORDINAL', 100],
  ]);
});

test('years are not cardinals, but counted thousands are', () => {
  assert.deepEqual(seen('In 2019 the plan began. It ends by 2030. Since 1998. In March 2020. 2019 was hard.'), []);
  assert.deepEqual(values('2000 people came, some 1950 troops'), [['CARDINAL', 2000], ['CARDINAL', 1950]]);
  assert.deepEqual(seen('2019-2020 and 2019-20'), []);
});

test('dates, times, phone numbers and codes are not values', () => {
  assert.deepEqual(seen('on March 5, on 5 March, on the 5th of March, on Nov. 7, 12/05/2019, 2019-05-12, at 10:30, at 0800 GMT'), []);
  assert.deepEqual(seen('call +7 495 123 45 67 or 555-1234'), []);
  assert.deepEqual(seen('the S-400, Kamov-226, MH17, an A320, COVID-19, 4G networks, the 1990s, Project 11356, Boeing 737, No. 5, #1, Resolution 2231'), []);
  assert.deepEqual(seen('version 1.2.3 and 24/7'), []);
});

test('false positives among words', () => {
  assert.deepEqual(seen('no one came; they helped one another; someone'), []);
  assert.deepEqual(seen('a third of voters, two-thirds of seats, wait a second, every second'), []);
  assert.deepEqual(seen('Formula One, the Group of Seven, the Big Four, the Second World War'), []);
  assert.deepEqual(seen('a man, an hour, half the time, hundred'), []);
  // Sentence-initial capitals are still numbers.
  assert.deepEqual(values('Ten people died. Three were hurt.'), [['CARDINAL', 10], ['CARDINAL', 3]]);
});

test('a number after a capitalised word is kept with low confidence', () => {
  const m = only('the Chelsea 2 side');
  assert.ok(m.confidence < 0.5);
  assert.ok(only('1,500 troops').confidence > 0.8);
});
