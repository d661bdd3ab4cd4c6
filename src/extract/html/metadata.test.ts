import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../../model/document.js';
import { extractHtml } from './index.js';
import { stripSiteSuffix } from './metadata.js';
import { cleanAuthorNames } from './meta-authors.js';

const BODY = '<article><p>' + 'The council met on Tuesday, and after a long debate, it passed the budget for next year. '.repeat(5) + '</p></article>';
const page = (head: string, bodyHtml = BODY, hints = {}) =>
  extractHtml(makeSourceDocument('html', `<html><head>${head}</head><body>${bodyHtml}</body></html>`, { path: 'm.html' }, hints)).meta;

test('site-name suffixes are stripped from titles', () => {
  assert.equal(stripSiteSuffix('Council passes budget | Example News', null, null).title, 'Council passes budget');
  assert.equal(stripSiteSuffix('Council passes budget - Example News', 'Example News', null).title, 'Council passes budget');
  assert.equal(stripSiteSuffix('Council passes budget \u2014 Example', null, 'example.com').title, 'Council passes budget');
  assert.equal(stripSiteSuffix('Council passes budget - Politics | Example News', 'Example News', null).title, 'Council passes budget - Politics');
  // A colon is part of many headlines and stays unless it names the site.
  assert.equal(stripSiteSuffix('Brexit: what happens next', null, null).title, 'Brexit: what happens next');
});

test('title and site come from og tags, JSON-LD, <h1> or <title>', () => {
  assert.deepEqual(
    [page('<meta property="og:title" content="Budget passes"><meta property="og:site_name" content="Example News">').title, page('<meta property="og:site_name" content="Example News">').site],
    ['Budget passes', 'Example News'],
  );
  const fromTitle = page('<title>Council passes budget | Example News</title>');
  assert.equal(fromTitle.title, 'Council passes budget');
  assert.equal(fromTitle.site, 'Example News');
  const fromH1 = page('<title>Council passes the budget after a long debate - Example</title>', '<h1>Example</h1><h1>Council passes the budget after a long debate</h1>' + BODY);
  assert.equal(fromH1.title, 'Council passes the budget after a long debate');
});

test('author names are cleaned: By, and/commas, roles, e-mails', () => {
  assert.deepEqual(cleanAuthorNames('By Jane Doe and John Smith'), ['Jane Doe', 'John Smith']);
  assert.deepEqual(cleanAuthorNames('By JANE DOE, AP Sports Writer'), ['JANE DOE', 'AP']);
  assert.deepEqual(cleanAuthorNames('Jane Doe | Staff Writer'), ['Jane Doe']);
  assert.deepEqual(cleanAuthorNames('Staff'), []);
  assert.deepEqual(cleanAuthorNames('jane@example.com'), []);
  assert.deepEqual(cleanAuthorNames('Analysis by Chris Doe, CNN Editor-at-large'), ['Chris Doe']);
  assert.deepEqual(cleanAuthorNames('Ilana Doe, MS, RDN'), ['Ilana Doe']);
});

test('authors come from meta, JSON-LD persons or byline elements; agencies are credited apart', () => {
  assert.deepEqual(page('<meta name="author" content="By Jane Doe and John Smith">').authors, ['Jane Doe', 'John Smith']);
  const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Example Media"}]}</script><meta name="author" content="Example Media Group">');
  assert.deepEqual(ld.authors, ['Jane Doe']);
  const byline = page('', `<div class="byline">By Jane Doe, Associated Press</div>${BODY}<div class="comments"><span class="author">Commenter Name</span></div>`);
  assert.deepEqual(byline.authors, ['Jane Doe']);
  assert.deepEqual(byline.agencies, ['AP']);
});

test('published and modified dates are kept apart', () => {
  const m = page('<meta property="article:published_time" content="2021-03-12T09:30:00+01:00"><meta property="article:modified_time" content="2021-03-13T10:00:00Z">');
  assert.equal(m.published?.date, '2021-03-12');
  assert.equal(m.published?.time, '09:30');
  assert.equal(m.published?.utcOffset, '+01:00');
  assert.equal(m.published?.certainty, 'stated');
  assert.equal(m.published?.source, 'extract.html/meta-published:article:published_time');
  assert.equal(m.modified?.date, '2021-03-13');
});

test('JSON-LD dates and @graph references are read; invalid JSON-LD does not throw', () => {
  const m = page(
    '<script type="application/ld+json">{oops</script>' +
      '<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p","name":"Jane Doe"},{"@type":"NewsArticle","headline":"Budget","datePublished":"2020-05-01T08:00:00-04:00","dateModified":"2020-05-02","author":{"@id":"#p"}}]}</script>',
  );
  assert.equal(m.title, 'Budget');
  assert.equal(m.published?.iso, '2020-05-01T08:00-04:00');
  assert.equal(m.modified?.date, '2020-05-02');
  assert.deepEqual(m.authors, ['Jane Doe']);
});

test('a <time> in the byline counts; one in comments or related lists does not', () => {
  const html = `<div class="comments"><time datetime="2022-01-05">Jan 5</time></div><div class="byline">By Jane Doe <time datetime="2021-12-24T18:00">Dec 24</time></div>${BODY}`;
  assert.equal(page('', html).published?.date, '2021-12-24');
});

test('URL dates, visible dates and supplied hints are fallbacks, in that order', () => {
  assert.equal(page('<link rel="canonical" href="https://example.com/2021/03/12/budget/">').published?.source, 'extract.html/url-date');
  const visible = page('', `<p class="dateline">Published March 12, 2021 10:15 a.m.</p>${BODY}`);
  assert.equal(visible.published?.date, '2021-03-12');
  assert.equal(visible.published?.time, '10:15');
  const supplied = page('', BODY, { published: '2020-01-02', url: 'https://example.com/a', title: 'Hint title' });
  assert.equal(supplied.published?.certainty, 'supplied');
  assert.equal(supplied.url, 'https://example.com/a');
  assert.equal(supplied.title, 'Hint title');
});

test('language and canonical URL', () => {
  const m = extractHtml(makeSourceDocument('html', `<html lang="pt-BR"><head><link rel="canonical" href="/a/b"><meta property="og:url" content="https://example.com/x"></head><body>${BODY}</body></html>`, { path: 'l.html' })).meta;
  assert.equal(m.language, 'pt');
  assert.equal(m.url, 'https://example.com/a/b');
  assert.equal(page('<meta property="og:locale" content="de_DE">').language, 'de');
});
