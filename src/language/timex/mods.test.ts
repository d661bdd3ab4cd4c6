import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const found = (text: string) => findTimes(text, { reference: '2013-03-13' }).map((t) => ({ text: text.slice(t.start, t.end), value: t.value, mod: t.mod }));

test('early and late belong to relative expressions as their mod', () => {
  assert.deepEqual(found('Sales slowed late last year.'), [{ text: 'late last year', value: '2012', mod: 'END' }]);
  assert.deepEqual(found('Voting starts early Thursday.'), [{ text: 'early Thursday', value: '2013-03-14', mod: 'START' }]);
  assert.deepEqual(found('He was seen late yesterday.'), [{ text: 'late yesterday', value: '2013-03-12', mod: 'END' }]);
});

test('a modifier makes "March" and "May" months', () => {
  assert.deepEqual(found('The index rose in mid-March.'), [{ text: 'mid-March', value: '2013-03', mod: 'MID' }]);
  assert.deepEqual(found('Rates may rise.'), []);
});

test("year's end is the end of the year", () => {
  assert.deepEqual(found("Rules should be in place by year's end."), [{ text: "year's end", value: '2013', mod: 'END' }]);
});

test('measure words before a duration or an "ago" belong to it as its mod', () => {
  assert.deepEqual(found('Talks have been cut off for nearly two years.'), [{ text: 'nearly two years', value: 'P2Y', mod: 'LESS_THAN' }]);
  assert.deepEqual(found('She testified for more than four hours.'), [{ text: 'more than four hours', value: 'PT4H', mod: 'MORE_THAN' }]);
  assert.deepEqual(found('The war ended almost four years ago.'), [{ text: 'almost four years ago', value: '2009', mod: 'LESS_THAN' }]);
  assert.deepEqual(found('Banks must wait at least 30 days.'), [{ text: 'at least 30 days', value: 'P30D', mod: 'EQUAL_OR_MORE' }]);
});

test('"the next year" without a preposition is the year after the one in view; "March 9-10" is two days', () => {
  assert.deepEqual(found('In 2008, he moved. The next year, he married.').map((t) => t.value), ['2008', '2009']);
  // With a preposition of extent it is the calendar year after the reference, as TimeBank writes it; "the past year" the one before.
  assert.deepEqual(found('Costs will rise over the next year.').map((t) => t.value), ['2014']);
  assert.deepEqual(found('Hate groups grew over the past year.').map((t) => t.value), ['2012']);
  assert.deepEqual(found('Sales rose over the past month.').map((t) => t.value), ['P1M']);
  assert.deepEqual(found('Talks are set for March 9-10.').map((t) => t.value), ['2013-03-09', '2013-03-10']);
});

test('a season of a year in words', () => {
  assert.deepEqual(found('Oil fell to the level we saw in the winter of nineteen ninety-four.'), [{ text: 'the winter of nineteen ninety-four', value: '1994-WI', mod: undefined }]);
});

test('the reported quarter a year back', () => {
  // 1989-10-26: the last quarter reported is 1989-Q3.
  const values = (text: string) => findTimes(text, { reference: '1989-10-26' }).map((t) => `${text.slice(t.start, t.end)}=${t.value}`);
  assert.deepEqual(values('For the quarter a year ago, Columbia reported a profit.'), ['the quarter a year ago=1988-Q3']);
  assert.deepEqual(values("U.K. sales for last year's quarter were flat."), ["last year's quarter=1988-Q3"]);
  assert.deepEqual(values('Net fell from $1.8 million for the corresponding period last year.'), ['the corresponding period last year=1988-Q3']);
});

test('"a week or so ago" is one expression', () => {
  assert.deepEqual(found('Then, a week or so ago, the general spoke.').map((t) => `${t.text}=${t.value}`), ['a week or so ago=2013-W10']);
});

test('the first two quarters of a year are its first half', () => {
  assert.deepEqual(found('Demand stays weak through the first two quarters of 1990.').map((t) => `${t.text}=${t.value}`), ['the first two quarters of 1990=1990-H1']);
});

test('the end of next month, the beginning of last year', () => {
  assert.deepEqual(found('The deal closes by the end of next month.'), [{ text: 'the end of next month', value: '2013-04', mod: 'END' }]);
  assert.deepEqual(found('Prices fell at the beginning of last year.'), [{ text: 'the beginning of last year', value: '2012', mod: 'START' }]);
  assert.deepEqual(found('Troops arrive by the end of the month.'), [{ text: 'the end of the month', value: '2013-03', mod: 'END' }]);
});

test('the day before yesterday, the day after tomorrow', () => {
  assert.deepEqual(found('He left the day before yesterday.').map((t) => `${t.text}=${t.value}`), ['the day before yesterday=2013-03-11']);
  assert.deepEqual(found('She arrives the day after tomorrow.').map((t) => `${t.text}=${t.value}`), ['the day after tomorrow=2013-03-15']);
});
