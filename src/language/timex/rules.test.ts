import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const times = (text: string, reference: string | null) => findTimes(text, { reference }).map((t) => ({ text: text.slice(t.start, t.end), value: t.value }));
const valueOf = (text: string, reference: string | null, phrase: string) => times(text, reference).find((t) => t.text === phrase)?.value;

test('a year ago compares with the quarter in focus; last and next year stay whole years', () => {
  const text = 'Acme said third-quarter profit rose 12% from a year ago. Last year the firm lost money, and next year it expects growth.';
  assert.equal(valueOf(text, '2005-10-20', 'a year ago'), '2004-Q3');
  assert.equal(valueOf(text, '2005-10-20', 'Last year'), '2004');
  assert.equal(valueOf(text, '2005-10-20', 'next year'), '2006');
});

test('capitalised words ending in -ed are not past-tense evidence', () => {
  // 2011-05-11 is a Wednesday: "would ... Friday" is the coming Friday.
  assert.equal(valueOf('The envoy would be flying to the United States Friday.', '2011-05-11', 'Friday'), '2011-05-13');
});

test('a month or quarter with a relative year', () => {
  assert.deepEqual(times('The bridge opened in March last year and closes in May next year.', '2012-08-01'), [
    { text: 'March last year', value: '2011-03' },
    { text: 'May next year', value: '2013-05' },
  ]);
  assert.equal(valueOf('Sales in this year\'s second quarter were flat.', '2012-08-01', "this year's second quarter"), '2012-Q2');
  assert.equal(valueOf('Losses in the fourth quarter of last year narrowed.', '2012-08-01', 'the fourth quarter of last year'), '2011-Q4');
});

test('years, decades and centuries in words', () => {
  assert.equal(valueOf('The mill closed in nineteen eighty-one after a strike.', '2002-05-05', 'nineteen eighty-one'), '1981');
  assert.equal(valueOf('By the year two thousand the town had doubled.', '2002-05-05', 'the year two thousand'), '2000');
  assert.equal(valueOf('It reopened in October nineteen ninety-two.', '2002-05-05', 'October nineteen ninety-two'), '1992-10');
  assert.deepEqual(times('He sold two thousand tickets.', '2002-05-05'), []);
  assert.equal(valueOf('Prices rose through the eighties.', '2002-05-05', 'the eighties'), '198');
  assert.deepEqual(times('A man in his sixties was hurt.', '2002-05-05'), []);
  assert.equal(valueOf('a 14th century castle', '2002-05-05', '14th century'), '13');
  assert.equal(valueOf('wars of the twentieth century', '2002-05-05', 'the twentieth century'), '19');
});

test('holidays resolve to the nearest one in the direction of the tense', () => {
  // Thanksgiving 2003 fell on November 27; Easter 2004 on April 11.
  assert.equal(valueOf('The fire broke out on Thanksgiving Day.', '2004-01-10', 'Thanksgiving Day'), '2003-11-27');
  assert.equal(valueOf('The shops will stay open until Easter.', '2004-01-10', 'Easter'), '2004-04-11');
  assert.equal(valueOf('They married last Christmas.', '2004-06-10', 'last Christmas'), '2003-12-25');
  assert.equal(valueOf('Voters go to the polls on Election Day.', '2004-10-01', 'Election Day'), '2004-11-02');
  assert.equal(valueOf('Parades are held on Labor Day.', null, 'Labor Day'), 'XXXX-XX-XX');
  assert.equal(valueOf('Parades are held on Christmas Eve.', null, 'Christmas Eve'), 'XXXX-12-24');
});

test('anaphoric expressions are told from the last date named', () => {
  const text = 'The plant opened in March 1987. The following year it doubled output, and later that year it was sold.';
  assert.equal(valueOf(text, '2001-06-01', 'The following year'), '1988');
  assert.equal(valueOf(text, '2001-06-01', 'later that year'), '1988');
  const day = 'The storm struck on Aug. 14, 1999. That same day the mayor spoke, and the next morning crews began repairs.';
  assert.equal(valueOf(day, '2001-06-01', 'the next morning'), '1999-08-15TMO');
  assert.equal(valueOf(day, '2001-06-01', 'That same day'), '1999-08-14');
  // With no date before it, the reference date stands in.
  assert.equal(valueOf('Prices rose that month.', '2001-06-01', 'that month'), '2001-06');
});

test('"three days later" is a duration; "a year earlier" the comparison year', () => {
  assert.deepEqual(times('Three days later, the ferry sank.', '2001-06-01'), [{ text: 'Three days', value: 'P3D' }]);
  assert.deepEqual(times('She left an hour later.', '2001-06-01'), [{ text: 'an hour', value: 'PT1H' }]);
  assert.equal(valueOf('Sales were flat compared with a year earlier.', '2001-06-01', 'a year earlier'), '2000');
  assert.equal(valueOf('The vote was held two weeks ago.', '2001-06-01', 'two weeks ago'), '2001-W20');
});

test('a year or the year-ago period with a quarter', () => {
  assert.equal(valueOf('Profit in the 2003 fourth quarter doubled.', '2004-07-20', 'the 2003 fourth quarter'), '2003-Q4');
  assert.equal(valueOf('Loss in the year-ago second quarter was smaller.', '2004-07-20', 'the year-ago second quarter'), '2003-Q2');
  const focus = 'Second-quarter net rose 5%. In the 2003 period, the firm took a charge.';
  assert.equal(valueOf(focus, '2004-07-20', 'the 2003 period'), '2003-Q2');
  assert.equal(valueOf('Margins narrow in the last half of 2004.', '2004-07-20', 'the last half of 2004'), '2004-H2');
  assert.deepEqual(times('Sales in the 2002 quarter fell.', '2004-07-20'), [{ text: 'the 2002 quarter', value: '2002' }]);
});

test('durations with a half', () => {
  assert.equal(valueOf('The trial lasted 3 1/2 years.', null, '3 1/2 years'), 'P3Y6M');
  assert.equal(valueOf('They waited two and a half hours.', null, 'two and a half hours'), 'PT2H30M');
  assert.equal(valueOf('It took a day and a half.', null, 'a day and a half'), 'P1DT12H');
});

test('company-report years and periods', () => {
  assert.deepEqual(times('Net rose in the year ended June 30.', '2004-09-01')[0], { text: 'the year', value: 'P1Y' });
  assert.equal(valueOf('It sees a loss for the full year.', '2004-09-01', 'the full year'), '2004');
  assert.equal(valueOf('Sales in the current fiscal year will rise.', '2004-09-01', 'the current fiscal year'), '2004');
  assert.equal(valueOf('Revenue in the latest period fell.', '2004-09-01', 'the latest period'), '2004-Q2');
});

test('durations before "of" and with "more"', () => {
  assert.equal(valueOf('after six years of war', null, 'six years'), 'P6Y');
  assert.equal(valueOf('The talks need two more weeks.', null, 'two more weeks'), 'P2W');
  assert.deepEqual(times('a boy of three years of age; three-quarters of the vote', null).map((t) => t.text), []);
});

test('second days and clock times in words', () => {
  assert.deepEqual(times('The summit is on June 8 and 9.', '2010-05-01'), [
    { text: 'June 8', value: '2010-06-08' },
    { text: '9', value: '2010-06-09' },
  ]);
  assert.equal(valueOf('He will speak at midday.', '2010-05-01', 'midday'), '2010-05-01T12:00');
  assert.equal(valueOf('The bells rang at 6 in the evening.', '2010-05-01', '6 in the evening'), '2010-05-01T18:00');
  assert.deepEqual(times('Prices rose on June 8 and 9% more later.', '2010-05-01').map((t) => t.text), ['June 8']);
});

test('"the March vote" names the month; "the march" does not', () => {
  assert.equal(valueOf('Turnout in the March vote was low.', '2010-05-01', 'March'), '2010-03');
  assert.deepEqual(times('They joined the march downtown.', '2010-05-01'), []);
});

test('clock times with a time zone join the day; a.m. does not end the sentence', () => {
  assert.equal(valueOf('The offer expires at 5 p.m. EST Nov. 9.', '2010-11-01', '5 p.m. EST Nov. 9'), '2010-11-09T17:00');
  // 2010-11-03 is a Wednesday: "will leave ... Thursday" is the next day even with "said" after it.
  assert.equal(valueOf('"He will leave at 4 a.m. EDT Thursday," she said.', '2010-11-03', '4 a.m. EDT Thursday'), '2010-11-04T04:00');
});

test('a possessive weekday names a day that has passed', () => {
  // 2010-11-01 is a Monday.
  assert.equal(valueOf("Shares rose above Thursday's close.", '2010-11-01', 'Thursday'), '2010-10-28');
});

test('last/next/this with a month; the weekend just gone', () => {
  assert.equal(valueOf('The plant closed last December.', '2010-10-20', 'last December'), '2009-12');
  assert.equal(valueOf('The plant closed last June.', '2010-10-20', 'last June'), '2010-06');
  assert.equal(valueOf('It reopens next March.', '2010-10-20', 'next March'), '2011-03');
  assert.equal(valueOf('The vote is due this September.', '2010-02-05', 'this September'), '2010-09');
  // 2010-10-18 is a Monday.
  assert.equal(valueOf('Rebels attacked the town over the weekend.', '2010-10-18', 'the weekend'), '2010-W41-WE');
  assert.equal(valueOf('Talks will resume at the weekend.', '2010-10-18', 'the weekend'), '2010-W42-WE');
});

test('"since" points back', () => {
  assert.equal(valueOf('Police have searched for him since the Nov. 20 raid.', '2010-05-01', 'Nov. 20'), '2009-11-20');
});

test('a clock time falls on the last day named', () => {
  const text = 'The quake struck on Sunday. It hit at 4:10 a.m., waking the city.';
  // 2010-05-05 is a Wednesday: Sunday is 2010-05-02.
  assert.equal(valueOf(text, '2010-05-05', '4:10 a.m.'), '2010-05-02T04:10');
  assert.equal(valueOf('Polls close at 8 p.m.', '2010-05-05', '8 p.m.'), '2010-05-05T20:00');
});

test("today's vote, the near future; not today's world", () => {
  assert.equal(valueOf("Tomorrow's vote is close.", '2010-05-05', 'Tomorrow'), '2010-05-06');
  assert.deepEqual(times("Children in today's world read less.", '2010-05-05'), []);
  assert.equal(valueOf('A deal is likely in the near future.', '2010-05-05', 'the near future'), 'FUTURE_REF');
  assert.equal(valueOf('Prices are high these days.', '2010-05-05', 'these days'), 'PRESENT_REF');
  assert.equal(valueOf('In nineteen seventy-two Nixon went to China.', '2010-05-05', 'nineteen seventy-two'), '1972');
  assert.deepEqual(times('He saw two thousand and one soldiers.', '2010-05-05'), []);
});

test('parts of the day in view and within-year phrases', () => {
  // 2010-05-05 is a Wednesday.
  const text = 'The market fell on Monday. Traders sold heavily in the morning.';
  assert.equal(valueOf(text, '2010-05-05', 'the morning'), '2010-05-03TMO');
  assert.equal(valueOf('Shares were up at mid-afternoon yesterday.', '2010-05-05', 'mid-afternoon yesterday'), '2010-05-04TAF');
  assert.equal(valueOf('Output dipped earlier in the year.', '2010-05-05', 'earlier in the year'), '2010');
  assert.equal(valueOf('The envoy arrived later in the day.', '2010-05-05', 'later in the day'), '2010-05-05');
});

test('"a second attempt" is not a duration', () => {
  assert.deepEqual(times('It was a second defeat for the party.', null), []);
  assert.equal(valueOf('Wait a second or two.', null, 'a second'), 'PT1S');
});

test('couple of and a hundred as numbers', () => {
  assert.equal(valueOf('Over the next couple of years prices will rise.', null, 'the next couple of years'), 'P2Y');
  assert.equal(valueOf('The farm has stood for almost a hundred years.', null, 'almost a hundred years'), 'P100Y');
});
