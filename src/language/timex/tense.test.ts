import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const valueOf = (text: string, reference: string | null, phrase: string) =>
  findTimes(text, { reference }).find((t) => text.slice(t.start, t.end) === phrase)?.value;

test('"next to" is a place, not a future marker', () => {
  // 1998-08-08 is a Saturday; the blasts next to the embassies were the day before.
  const text = 'More than 100 people were wounded in the blasts next to the embassies in Kenya and Tanzania on Friday.';
  assert.equal(valueOf(text, '1998-08-08', 'Friday'), '1998-08-07');
  // "next" alone still points forward.
  assert.equal(valueOf('The talks resume next Friday.', '1998-08-08', 'next Friday'), '1998-08-14');
});

test('"planning to" points forward', () => {
  // 2000-01-07 is a Friday.
  assert.equal(valueOf('Exiles were planning to drive around the airport on Monday.', '2000-01-07', 'Monday'), '2000-01-10');
});

test("a possessive weekday is past unless a future word is right before it", () => {
  // 2000-01-07 is a Friday.
  assert.equal(valueOf("Relatives said they would look for ways to get around Wednesday's ruling.", '2000-01-07', 'Wednesday'), '2000-01-05');
  assert.equal(valueOf("Envoys will attend Monday's meeting.", '2000-01-07', 'Monday'), '2000-01-10');
});

test('"current" is the present; "the then current" the past; "the past decade" is written in years', () => {
  assert.equal(valueOf('The plant was delayed because of current market conditions.', '1989-10-30', 'current'), 'PRESENT_REF');
  assert.equal(valueOf('Holders may buy shares at the then current market price.', '1989-10-30', 'then current'), 'PAST_REF');
  assert.equal(valueOf('It became routine over the past decade.', '1998-10-25', 'the past decade'), 'P10Y');
  assert.equal(valueOf('Events of the past century.', '1998-10-25', 'the past century'), 'P100Y');
});

test('"for the year" in a report is its own year; "the year ended June 30" is a span; "the year before" is left alone', () => {
  assert.equal(valueOf('For the year, pet food volume was flat.', '1989-11-02', 'the year'), '1989');
  assert.equal(valueOf('Revenue rose through the first nine months of the year.', '1989-11-02', 'the year'), '1989');
  assert.equal(valueOf('Revenue was $76 million for the year ended March 31.', '1989-11-02', 'the year'), 'P1Y');
  assert.equal(valueOf('He left in the year before the war.', '1989-11-02', 'the year'), undefined);
});

test('"the previous Friday" is told from the last day named', () => {
  // 1989-10-30 is a Monday; the text has just named Friday Oct. 27.
  const text = 'Shares closed at 2082.1 on Oct. 27, down 4.5% from the previous Friday.';
  assert.equal(valueOf(text, '1989-10-30', 'the previous Friday'), '1989-10-20');
  assert.equal(valueOf('He arrived on March 3, 2010 and left the following Monday.', '2013-03-13', 'the following Monday'), '2010-03-08');
});

test('a plan told in the past perfect was for a day gone by', () => {
  // 1989-10-30 is a Monday.
  assert.equal(valueOf('The offer had been due to expire Friday evening.', '1989-10-30', 'Friday evening'), '1989-10-27TEV');
  assert.equal(valueOf('The offer is due to expire Friday.', '1989-10-30', 'Friday'), '1989-11-03');
});

test('a bare verb after "to" or a modal is not past tense ("expected to hit at the weekend")', () => {
  // 2013-03-22 is a Friday: the weekend ahead, not the one gone.
  const text = 'The storm is expected to hit at the weekend.';
  const t = findTimes(text, { reference: '2013-03-22' });
  assert.equal(t[0]?.value, '2013-W12-WE');
});

test('"expected", "scheduled" look ahead; "planned" stays ambiguous', () => {
  // 2013-03-22 is a Friday.
  const text = 'The vote takes place on Sunday, with results expected on Monday.';
  assert.deepEqual(findTimes(text, { reference: '2013-03-22' }).map((t) => t.value), ['2013-03-24', '2013-03-25']);
  assert.equal(findTimes('On Friday, the government planned to pay the claims.', { reference: '2013-03-20' })[0]?.value, '2013-03-15');
});

test('a clock time with ET or local time joins the day after it', () => {
  const text = 'The news broke at 2:30 p.m. ET on Tuesday.';
  const t = findTimes(text, { reference: '2013-03-22' });
  assert.deepEqual(t.map((x) => `${text.slice(x.start, x.end)}=${x.value}`), ['2:30 p.m. ET on Tuesday=2013-03-19T14:30']);
});

test('a fronted month reads the verb well after it; "vs." does not end the sentence', () => {
  const text = 'In January, a week after the anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a guard.';
  assert.equal(findTimes(text, { reference: '1998-10-25' }).find((t) => text.slice(t.start, t.end) === 'January')?.value, '1998-01');
});

test('the end of a range of days follows its start ("from Monday to Wednesday")', () => {
  // 2013-03-22 is a Friday: the summit is next week's Monday to Wednesday.
  const t = findTimes('The summit runs from Monday to Wednesday.', { reference: '2013-03-22' });
  assert.deepEqual(t.map((x) => x.value), ['2013-03-25', '2013-03-27']);
});
