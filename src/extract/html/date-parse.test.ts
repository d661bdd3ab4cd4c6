import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, parseDateParts, toPublishedDate } from './date-parse.js';

test('machine-readable dates', () => {
  assert.deepEqual(parseDateParts('2019-11-19T14:30:00Z'), { date: '2019-11-19', time: '14:30', utcOffset: '+00:00' });
  assert.deepEqual(parseDateParts('2019-11-19T14:30:05.123+0530'), { date: '2019-11-19', time: '14:30:05', utcOffset: '+05:30' });
  assert.deepEqual(parseDateParts('2019-11-19'), { date: '2019-11-19', time: null, utcOffset: null });
  assert.deepEqual(parseDateParts('20191119'), { date: '2019-11-19', time: null, utcOffset: null });
  assert.deepEqual(parseDateParts('Tue, 19 Nov 2019 14:30:00 GMT'), { date: '2019-11-19', time: '14:30', utcOffset: '+00:00' });
});

test('textual dates, with times and named zones', () => {
  assert.deepEqual(parseDateParts('Nov. 19, 2019 2:30 p.m. EST'), { date: '2019-11-19', time: '14:30', utcOffset: '-05:00' });
  assert.deepEqual(parseDateParts('Published 19 November 2019, 08:05'), { date: '2019-11-19', time: '08:05', utcOffset: null });
  assert.equal(parseDateParts('12. Juli 2017')?.date, '2017-07-12');
  assert.equal(parseDateParts('segunda-feira, 22 de janeiro de 2018 às 0:13')?.time, '00:13');
  assert.equal(parseDateParts('19.11.2019')?.date, '2019-11-19');
});

test('invalid or partial dates are rejected', () => {
  assert.equal(parseDateParts('2019-02-30'), null);
  assert.equal(parseDateParts('May 2019'), null);
  assert.equal(parseDateParts('1850-01-01'), null);
  assert.equal(parseDateParts(''), null);
  assert.equal(parseDateParts('no date here'), null);
});

test('dates in URL paths', () => {
  assert.equal(dateFromUrl('https://example.com/2021/03/12/story')?.date, '2021-03-12');
  assert.equal(dateFromUrl('https://example.com/news/2021-03-12-story.html')?.date, '2021-03-12');
  assert.equal(dateFromUrl('https://example.com/story-12345'), null);
});

test('ISO form combines the known parts', () => {
  const d = toPublishedDate({ date: '2021-03-12', time: '09:30', utcOffset: '+01:00' }, 'stated', 'extract.html/x');
  assert.equal(d.iso, '2021-03-12T09:30+01:00');
  assert.equal(toPublishedDate({ date: '2021-03-12', time: null, utcOffset: null }, 'supplied', 's').iso, '2021-03-12');
});
