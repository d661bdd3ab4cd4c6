import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const found = (text: string, reference = '2013-03-22') => findTimes(text, { reference }).map((t) => `${text.slice(t.start, t.end)}=${t.value}`);

test('quarter and half codes: "Q1 2013", "H2", a bare quarter is the last of that number reported', () => {
  assert.deepEqual(found('Revenue rose 5% in Q1 2013.'), ['Q1 2013=2013-Q1']);
  assert.deepEqual(found('Margins narrowed in H2 2012.'), ['H2 2012=2012-H2']);
  assert.deepEqual(found('Sales fell in Q4.'), ['Q4=2012-Q4']);
  assert.deepEqual(found('The Q5 model and H3 codes are not times.'), []);
});

test('a quarter named by its months: "the January-March quarter"', () => {
  assert.deepEqual(found('Profit fell in the January-March quarter.', '2013-05-02'), ['the January-March quarter=2013-Q1']);
  assert.deepEqual(found('Output rose in the July-September period of 2012.'), ['the July-September period of 2012=2012-Q3']);
  assert.deepEqual(found('Prices rose in the February-April period.'), ['February=2013-02', 'April=2013-04']);
});

test('"first-quarter 2013", "last fiscal year"', () => {
  assert.deepEqual(found("The firm's first-quarter 2013 results were weak."), ['first-quarter 2013=2013-Q1']);
  assert.deepEqual(found('The company lost money last fiscal year.'), ['last fiscal year=2012']);
});

test('a 24-hour clock with GMT is a time, unless it restates the one before it', () => {
  assert.deepEqual(found('The plane left at 0930 GMT.'), ['0930 GMT=2013-03-22T09:30']);
  assert.deepEqual(found('Voting ends at 8 p.m. (2000 GMT).'), ['8 p.m.=2013-03-22T20:00']);
});

test('"two hours ago" is the reference day (or time), not a year; "a fortnight ago" two weeks back', () => {
  assert.deepEqual(found('The blast happened two hours ago.'), ['two hours ago=2013-03-22']);
  assert.deepEqual(found('He left 30 minutes ago.', '2013-03-22T14:30'), ['30 minutes ago=2013-03-22T14:00']);
  assert.deepEqual(found('The talks broke down a fortnight ago.'), ['a fortnight ago=2013-W10']);
  assert.deepEqual(found('Prices have fallen over the past fortnight.'), ['the past fortnight=P2W']);
});

test('a British clock time with a dot: "11.30pm"', () => {
  assert.deepEqual(found('The attack took place at 11.30pm local time.'), ['11.30pm=2013-03-22T23:30']);
  assert.deepEqual(found('Shares rose 3.5 percent.'), []);
});

test('"Q4 of 2012" and "the end of the decade"', () => {
  assert.deepEqual(found('Inflation hit 3% in Q4 of 2012.'), ['Q4 of 2012=2012-Q4']);
  assert.deepEqual(found('The ban lasts until the end of the decade.'), ['the end of the decade=201']);
});
