import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const found = (text: string) => findTimes(text, { reference: '2013-03-13' }).map((t) => `${text.slice(t.start, t.end)}=${t.type}:${t.value}`);

test('a weekday with every/each, or in the plural, is a SET', () => {
  assert.deepEqual(found('A third flight departs each Thursday.'), ['each Thursday=SET:XXXX-WXX-4']);
  assert.deepEqual(found('The market opens every Sunday morning.'), ['every Sunday morning=SET:XXXX-WXX-7TMO']);
  assert.deepEqual(found('The shop is closed on Mondays.'), ['Mondays=SET:XXXX-WXX-1']);
});

test('how often something happens is a SET', () => {
  assert.deepEqual(found('The board meets twice a week.'), ['twice a week=SET:P1W']);
  assert.deepEqual(found('Prices are reviewed three times a year.'), ['three times a year=SET:P1Y']);
});

test('the week of a date is the calendar week it falls in; "this past weekend" is the last one', () => {
  assert.deepEqual(found('The case may be heard the week of March 6.'), ['the week of March 6=DATE:2013-W10']);
  assert.deepEqual(found('This past weekend was busy.'), ['This past weekend=DATE:2013-W10-WE']);
});

test('a month with every/each is a SET', () => {
  assert.deepEqual(found('Orangemen march each July from their church.'), ['each July=SET:XXXX-07']);
  assert.deepEqual(found('It rains every May.'), ['every May=SET:XXXX-05']);
});

test('"every six weeks", "every other month" are SETs of that period', () => {
  assert.deepEqual(found('The Fed meets every six weeks.'), ['every six weeks=SET:P6W']);
  assert.deepEqual(found('Polls are held every 4 years.'), ['every 4 years=SET:P4Y']);
  assert.deepEqual(found('He calls every other month.'), ['every other month=SET:P2M']);
  assert.deepEqual(found('Buses leave every few hours.'), ['every few hours=SET:PTXH']);
});
