import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const found = (text: string, reference = '2013-03-22') => findTimes(text, { reference }).map((t) => `${text.slice(t.start, t.end)}=${t.value}`);

test('"the" before a counted span belongs to it, but not before an adjective ("the 30-day period")', () => {
  assert.deepEqual(found('Profit rose in the nine months ended Sept. 30.'), ['the nine months=P9M', 'Sept. 30=2012-09-30']);
  assert.deepEqual(found('He spent the six months abroad.'), ['the six months=P6M']);
  assert.deepEqual(found('It starts the 30-day review.'), ['30-day=P30D']);
  assert.deepEqual(found('Over the past three years sales fell.'), ['the past three years=P3Y']);
});

test('seasons take their article and "this past"', () => {
  assert.deepEqual(found('The law was passed in the spring of 2012.'), ['the spring of 2012=2012-SP']);
  assert.deepEqual(found('They met in the early summer.'), ['the early summer=2013-SU']);
  // The last spring that has begun: this year's in October, last year's in February.
  assert.deepEqual(found('Sales slowed this past spring.', '1989-10-30'), ['this past spring=1989-SP']);
  assert.deepEqual(found('Sales slowed this past spring.', '1990-02-10'), ['this past spring=1989-SP']);
  assert.deepEqual(found('The fall of the regime surprised everyone.'), []);
});

test('an ordinal day of a month takes its article', () => {
  assert.deepEqual(found('The results came on the 15th of March.'), ['the 15th of March=2013-03-15']);
});

test('a fiscal quarter keeps the word "fiscal"', () => {
  assert.deepEqual(found('Net rose in the fiscal first quarter.', '1989-11-01'), ['the fiscal first quarter=1989-Q1']);
  assert.deepEqual(found('Its fiscal second-quarter loss widened.', '1989-11-01'), ['fiscal second-quarter=1989-Q2']);
});

test('a half or quarter of "the year" is this year\'s', () => {
  assert.deepEqual(found('The second half of the year will be better.'), ['The second half of the year=2013-H2']);
  assert.deepEqual(found('Growth slowed in the last quarter of the year.'), ['the last quarter of the year=2013-Q4']);
});

test('a weekday before a day and month is one date ("Sunday 24 March")', () => {
  assert.deepEqual(found('The deal was agreed on Sunday 24 March.'), ['Sunday 24 March=2013-03-24']);
  assert.deepEqual(found('He arrived on 3 May.'), ['3 May=2013-05-03']);
  assert.deepEqual(found('Chapter 11 May be next.'), []);
});

test('a bare plural unit after "for", "within", "in" is a span of unstated length', () => {
  assert.deepEqual(found('The two sides have argued for years.'), ['years=PXY']);
  assert.deepEqual(found('A deal could come within weeks.'), ['weeks=PXW']);
  assert.deepEqual(found('It was the biggest rally in decades.'), ['decades=PXY']);
  assert.deepEqual(found('He waited for years of his life, and days later left.'), []);
});

test('"a year" after a quantity is a rate, not a span', () => {
  assert.deepEqual(found('The plan saves $500 million a year.'), []);
  assert.deepEqual(found('Guards stand outside 24 hours a day.'), ['24 hours=PT24H']);
  assert.deepEqual(found('The work takes a year.'), ['a year=P1Y']);
  assert.deepEqual(found('Sales were $5 million a year earlier.').map((x) => x.split('=')[0]), ['a year earlier']);
});

test('"March" and "May" after "January to" or "through" are months', () => {
  assert.deepEqual(found('The data covers the period from January to March.'), ['January=2013-01', 'March=2013-03']);
  assert.deepEqual(found('The offer runs through May.'), ['May=2013-05']);
  assert.deepEqual(found('He wants to March on.'), []);
});

test('"the weeks ahead", "the days to come" and "the early 21st century"', () => {
  assert.deepEqual(found('Talks will continue in the weeks ahead.'), ['the weeks ahead=PXW']);
  assert.deepEqual(found('More rain is expected in the days to come.'), ['the days to come=PXD']);
  const t = findTimes('He was born in the early 21st century.', { reference: '2013-03-22' });
  assert.deepEqual(t.map((x) => [x.value, x.mod]), [['20', 'START']]);
});

test('half a unit is written in the next smaller one', () => {
  assert.deepEqual(found('Half an hour later, police arrived.'), ['Half an hour=PT30M']);
  assert.deepEqual(found('He stayed half a year.'), ['half a year=P6M']);
});

test('a count before a plural noun is not a year; "early" inside "Nearly" is not a mod', () => {
  assert.deepEqual(found('Nearly 1800 workers lost their jobs.'), []);
  assert.deepEqual(found('Some 2000 protesters marched and the Dow fell 2013 points.'), []);
  assert.deepEqual(found('Prices fell in early 2009.'), ['early 2009=2009']);
  assert.deepEqual(found('The 2012 elections were close.'), ['2012=2012']);
});

test('"the Winter Olympics", "the Arab Spring" and "prices spring back" are not seasons', () => {
  assert.deepEqual(found('The Winter Olympics open in Sochi.'), []);
  assert.deepEqual(found('Protests of the Arab Spring spread.'), []);
  assert.deepEqual(found('Prices spring back in summer.'), ['summer=2013-SU']);
  assert.deepEqual(found('He arrived in Summer 2012.'), ['Summer 2012=2012-SU']);
});
