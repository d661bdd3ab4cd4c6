import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const times = (text: string, reference: string | null) =>
  findTimes(text, { reference }).map((t) => ({ text: text.slice(t.start, t.end), value: t.value, type: t.type, certainty: t.certainty, ...(t.mod ? { mod: t.mod } : {}), ...(t.bound ? { bound: t.bound } : {}) }));

test('weekdays resolve by tense against the publication date', () => {
  // 2019-11-07 is a Thursday.
  assert.deepEqual(times('The minister said at a meeting on Wednesday that ties would grow.', '2019-11-07')[0], { text: 'Wednesday', value: '2019-11-06', type: 'DATE', certainty: 'inferred' });
  assert.equal(times('The talks will resume on Monday.', '2019-11-07')[0].value, '2019-11-11');
  assert.equal(times('They met last Thursday.', '2019-11-07')[0].value, '2019-10-31');
  assert.equal(times('The exercise began on Monday.', null)[0].value, 'XXXX-WXX-1');
});

test('bounds, ends of periods and years', () => {
  assert.deepEqual(times('The drill will continue till December 21.', '2018-12-14')[0], { text: 'December 21', value: '2018-12-21', type: 'DATE', certainty: 'inferred', bound: 'until' });
  assert.deepEqual(times('Russia will deliver the first system by the end of 2020.', '2019-11-07')[0], { text: 'the end of 2020', value: '2020', type: 'DATE', certainty: 'stated', mod: 'END', bound: 'by' });
  assert.deepEqual(times('a programme of cooperation until 2030', '2019-11-07')[0], { text: '2030', value: '2030', type: 'DATE', certainty: 'stated', bound: 'until' });
  assert.deepEqual(times('In 2014, the deal was signed.', '2019-11-07')[0], { text: '2014', value: '2014', type: 'DATE', certainty: 'stated' });
  assert.equal(times('Sales fell last year.', '2019-11-07')[0].value, '2018');
});

test('durations, sets, clock times and months', () => {
  assert.deepEqual(times('It took three years.', null)[0], { text: 'three years', value: 'P3Y', type: 'DURATION', certainty: 'stated' });
  assert.equal(times('within 48 hours', null)[0].value, 'PT48H');
  assert.equal(times('over two decades', null)[0].value, 'P20Y');
  assert.equal(times('The paper is published daily.', null)[0].type, 'SET');
  assert.equal(times('They met at 10 p.m. Wednesday.', '2019-11-07')[0].value, '2019-11-06T22:00');
  assert.equal(times('In October, Putin visited India.', '2018-12-14')[0].value, '2018-10');
  assert.equal(times('Profit rose in the third quarter.', '1989-11-02')[0].value, '1989-Q3');
  // 2021-01-09 was a Saturday: a stated weekday picks the year.
  assert.equal(times('The vote is on Saturday, January 9.', '2020-06-15')[0].value, '2021-01-09');
  assert.equal(times('The vote is on January 9.', '2020-06-15')[0].value, '2020-01-09');
});

test('not time expressions: ages, amounts, modal May, copyright-like numbers', () => {
  assert.deepEqual(times('A 6-year-old boy and 1,500 troops', '2019-11-07'), []);
  assert.deepEqual(times('He may go. They march. It cost $2019.', '2019-11-07'), []);
  assert.deepEqual(times('up 17% compared to 2017 figures', '2019-11-07').map((t) => t.text), ['2017']);
});

test('linear on pathological input', () => {
  const t0 = performance.now();
  findTimes('word '.repeat(10_000) + '1999 '.repeat(2_000) + 'Monday '.repeat(2_000), { reference: '2019-11-07' });
  findTimes('\u0000'.repeat(10_000) + 'ж'.repeat(10_000), { reference: null });
  assert.ok(performance.now() - t0 < 10_000);
});
