import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../../model/document.js';
import { findAllDateTimes } from '../dates/parse-datetime.js';
import { dayFirstFor } from './date-scan.js';
import { extractHtml } from './index.js';

const PARA = '<p>' + 'The council met on Tuesday, and after a long debate, it passed the budget for next year. '.repeat(5) + '</p>';
const published = (body: string, head = '', lang = 'en') =>
  extractHtml(makeSourceDocument('html', `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, { path: 'd.html' })).meta.published;

test('day-first or month-first comes from the page\'s unambiguous dates, then its language', () => {
  assert.equal(dayFirstFor('posted 25/03/2021 and 01/04/2021', null, null), true);
  assert.equal(dayFirstFor('posted 03/25/2021 and 04/01/2021', null, null), false);
  assert.equal(dayFirstFor('posted 04/01/2021', 'de', null), true);
  assert.equal(dayFirstFor('posted 04/01/2021', 'en-US', null), false);
  assert.equal(dayFirstFor('posted 04/01/2021', null, 'example.co.uk'), true);
});

test('a labelled stamp in the article header dates a page without markup dates', () => {
  const p = published(`<nav>Home</nav><h1>Rat beschließt Haushalt</h1><div class="meta">Veröffentlicht am 16.08.2019, 14:05</div>${PARA}`, '', 'de');
  assert.equal(p?.date, '2019-08-16');
  assert.equal(p?.time, '14:05');
  assert.equal(p?.certainty, 'stated');
});

test('comment and related-list dates do not date the article; an updated stamp yields to the published one', () => {
  const p = published(
    `<h1>Budget passes</h1><div class="post-date">Updated March 9, 2021</div><span class="date">March 2, 2021</span>${PARA}` +
      `<div class="comments"><span class="date">April 1, 2021</span></div><ul class="related"><li><span class="date">May 5, 2020</span></li></ul>`,
  );
  assert.equal(p?.date, '2021-03-02');
  const onlyComments = published(`<h1>Budget passes</h1>${PARA}<div class="comments"><span class="date">April 1, 2021</span></div>`);
  assert.notEqual(onlyComments?.date, '2021-04-01');
});

test('a generic page stamp yields to the article header\'s stamp; a strong one keeps its day', () => {
  const body = `<h1>Budget passes</h1><div class="byline"><time datetime="2021-03-02">2 March 2021</time></div>${PARA}`;
  assert.equal(published(body, '<meta name="date" content="2021-06-30">')?.date, '2021-03-02');
  // article:published_time 23:30 UTC on the 1st is the 2nd where the page shows it: the shown local day wins.
  assert.equal(published(body, '<meta property="article:published_time" content="2021-03-01T23:30:00Z">')?.date, '2021-03-02');
  assert.equal(published(body, '<meta property="article:published_time" content="2021-02-20T10:00:00Z">')?.date, '2021-02-20');
});

test('copyright years and dates far from any year are not read as dates', () => {
  assert.equal(published(`<h1>Budget passes</h1>${PARA}<footer>© 2019 Example</footer>`), null);
  assert.deepEqual(findAllDateTimes('x'.repeat(500) + ' on 3 March 2021 ' + 'y'.repeat(500)).map((d) => d.date), ['2021-03-03']);
  assert.deepEqual(findAllDateTimes('10:30 a.m. EST, Wednesday, September 23, 2021').map((d) => [d.date, d.time]), [['2021-09-23', '10:30']]);
});
