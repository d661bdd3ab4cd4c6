import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateTime, parseDateTimeAt, toIso } from './parse-datetime.js';

function parseWhole(s: string) {
  const p = parseDateTimeAt(s, 0);
  assert.ok(p, `no parse for ${s}`);
  return { date: p.date, time: p.time, utcOffset: p.utcOffset, consumed: p.end === s.length };
}

test('day month year with time and UTC offset in parentheses', () => {
  assert.deepEqual(parseWhole('3 March 2021 16:45 (UTC+03:00)'), { date: '2021-03-03', time: '16:45', utcOffset: '+03:00', consumed: true });
});

test('month day year with am/pm and zone abbreviation', () => {
  assert.deepEqual(parseWhole('Sept. 14, 2022 9:05 PM EDT'), { date: '2022-09-14', time: '21:05', utcOffset: '-04:00', consumed: true });
  assert.deepEqual(parseWhole('Tuesday, January 5, 2021'), { date: '2021-01-05', time: null, utcOffset: null, consumed: true });
});

test('ISO 8601 with offset and Z', () => {
  assert.deepEqual(parseWhole('2020-02-29T23:59:01+05:30'), { date: '2020-02-29', time: '23:59:01', utcOffset: '+05:30', consumed: true });
  assert.deepEqual(parseWhole('2021-12-01T08:00Z'), { date: '2021-12-01', time: '08:00', utcOffset: '+00:00', consumed: true });
});

test('GMT+h short form and dotted dates', () => {
  assert.deepEqual(parseWhole('14.07.2023, 10:30 GMT+2'), { date: '2023-07-14', time: '10:30', utcOffset: '+02:00', consumed: true });
});

test('rejects impossible dates and times', () => {
  assert.equal(parseDateTimeAt('31 February 2021', 0), null);
  assert.equal(parseDateTimeAt('2021-13-01', 0), null);
  assert.equal(parseWhole('5 May 2021 25:10').time, null); // time part ignored, not invented
});

test('unknown zone abbreviation is not consumed nor guessed', () => {
  const p = parseWhole('5 May 2021 10:10 XYZT');
  assert.equal(p.utcOffset, null);
  assert.equal(p.consumed, false);
});

test('findDateTime locates a date inside a line and toIso combines parts', () => {
  const hit = findDateTime('Posted on 12 Jan 2020 at 07:05 GMT by the desk');
  assert.ok(hit);
  assert.equal(toIso(hit), '2020-01-12T07:05:00+00:00');
  assert.equal(findDateTime('no date here, only 12 people'), null);
});

test('a time and zone before the date', () => {
  assert.deepEqual(parseWhole('6:40 AM WAT, July 2, 2020'), { date: '2020-07-02', time: '06:40', utcOffset: '+01:00', consumed: true });
});

test('slashed dates only when day and month cannot be confused; weekday after the year', () => {
  assert.equal(parseWhole('14/05/2024 – 09:41').date, '2024-05-14');
  assert.equal(parseWhole('05/14/2024').date, '2024-05-14');
  assert.equal(parseDateTimeAt('05/10/2023', 0), null);
  assert.deepEqual(parseWhole('18 February 2025 Tuesday 13:47'), { date: '2025-02-18', time: '13:47', utcOffset: null, consumed: true });
});
