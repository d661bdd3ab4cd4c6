import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../../model/document.js';
import { extractHtml, htmlExtractor } from './index.js';

const extract = (html: string, hints = {}) => extractHtml(makeSourceDocument('html', html, { path: 'page.html' }, hints));

const para = (n: number): string =>
  `<p>Paragraph ${n} of the story, in which the council, after a long debate, voted on the budget and the parks plan for next year.</p>`;
const body = (count: number): string => Array.from({ length: count }, (_, i) => para(i + 1)).join('');

const NAV = '<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>';
const FOOTER = '<footer><p>© 2024 Example Media. All rights reserved.</p><a href="/privacy">Privacy</a></footer>';

test('the article text is the whole rendered page; the body is only the article paragraphs', () => {
  const a = extract(`<html><body>${NAV}<article><h1>Council passes budget</h1>${body(4)}</article>${FOOTER}</body></html>`);
  assert.ok(a.text.includes('Weather') && a.text.includes('Privacy'), 'nothing is cut from the text');
  assert.equal(a.paragraphs().length, 4);
  assert.ok(a.bodyText().startsWith('Paragraph 1 of the story'));
  assert.ok(!a.bodyText().includes('Weather'));
  const kinds = a.boilerplate().map((b) => b.attrs.kind);
  assert.ok(kinds.includes('nav') && kinds.includes('disclaimer'));
  for (const p of a.paragraphs()) assert.equal(p.attrs.tag, 'p');
});

test('comments, related lists, share bars and newsletter boxes are removed with their kind', () => {
  const html = `<html><body>${NAV}<main><article class="story">
    <h1>Council passes budget</h1>
    <div class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a></div>
    ${body(3)}
    <div class="related-stories"><h3>More stories</h3><ul><li><a href="/a">Mayor opens new park in the city centre</a></li><li><a href="/b">School board meets on Friday evening</a></li></ul></div>
    ${para(4)}
    <div class="newsletter-signup"><p>Get the morning briefing delivered to your inbox every weekday.</p></div>
  </article>
  <section id="comments"><h3>3 Comments</h3><p>Great article, thanks for writing it, I agree with the council on this one.</p></section>
  </main>${FOOTER}</body></html>`;
  const a = extract(html);
  assert.equal(a.paragraphs().length, 4);
  const kindOf = (needle: string) => a.boilerplate().find((b) => a.spanText(b).includes(needle))?.attrs.kind;
  assert.equal(kindOf('Twitter'), 'social');
  assert.equal(kindOf('Mayor opens new park'), 'related');
  assert.equal(kindOf('morning briefing'), 'newsletter');
  assert.equal(kindOf('Great article'), 'comments');
});

test('the headline is a zone/title span, not body', () => {
  const a = extract(`<html><head><title>Council passes budget | Example News</title></head><body><article><h1>Council passes budget</h1>${body(3)}</article></body></html>`);
  const [title] = a.layer('zone', 'title');
  assert.equal(a.spanText(title), 'Council passes budget');
  assert.equal(a.meta.title, 'Council passes budget');
  assert.ok(!a.bodyText().includes('Council passes budget'));
});

test('headings, lists and quotes inside the article keep their structure', () => {
  const a = extract(`<html><body><article><h1>Budget</h1>${body(2)}<h2>What happens next</h2><ul><li>The plan goes to a second vote, after a public hearing, in March.</li></ul><blockquote><p>We did what the city needed, and we did it on time.</p></blockquote>${para(3)}</article></body></html>`);
  const tags = a.paragraphs().map((p) => p.attrs.tag);
  assert.deepEqual(tags, ['p', 'p', 'h2', 'li', 'blockquote', 'p']);
});

test('image captions are recorded as captions, outside the body', () => {
  const a = extract(`<html><body><article><h1>Budget</h1>${para(1)}<figure><img src="x.jpg"><figcaption>The council chamber on Tuesday. Photo: Jane Doe</figcaption></figure>${body(2)}</article></body></html>`);
  const captions = a.layer('zone', 'caption');
  assert.equal(captions.length, 1);
  assert.ok(!a.bodyText().includes('council chamber'));
});

test('an index page yields no paragraphs and a DL-EXTRACT-NO-BODY warning, not the menu', () => {
  const teaser = (i: number) => `<div class="card"><h2><a href="/s${i}">Headline number ${i} about the city</a></h2><p>A short teaser sentence about story ${i}, with a few more words in it.</p></div>`;
  const a = extract(`<html><head><title>Example News - Home</title></head><body>${NAV}<main>${Array.from({ length: 15 }, (_, i) => teaser(i)).join('')}</main>${FOOTER}</body></html>`);
  assert.equal(a.paragraphs().length, 0);
  const d = a.diagnostics.find((x) => x.code === 'DL-EXTRACT-NO-BODY');
  assert.ok(d);
  assert.equal(d.severity, 'warning');
  assert.equal(d.file, 'page.html');
});

test('a list of links only is not an article', () => {
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Story ${i} headline words</a></li>`).join('');
  const a = extract(`<html><body><ul>${links}</ul></body></html>`);
  assert.equal(a.paragraphs().length, 0);
  assert.ok(a.diagnostics.some((x) => x.code === 'DL-EXTRACT-NO-BODY'));
});

test('table layout pages: the story cell is found, the menu cell is not', () => {
  const menu = Array.from({ length: 8 }, (_, i) => `<a href="/m${i}">Menu ${i}</a><br>`).join('');
  const a = extract(`<html><body><table><tr><td class="menu">${menu}</td><td class="main"><font>${body(4).replace(/<\/?p>/g, '').replace(/year\./g, 'year.<br><br>')}</font></td></tr></table></body></html>`);
  assert.ok(a.paragraphs().length >= 4);
  assert.ok(!a.bodyText().includes('Menu 3'));
});

test('embedded posts (blockquote.twitter-tweet) stay in the body', () => {
  const a = extract(`<html><body><article><h1>Budget</h1>${body(2)}<div class="social-embed"><blockquote class="twitter-tweet"><p>The vote is in, and the parks plan passed by one vote tonight.</p></blockquote></div>${para(3)}</article></body></html>`);
  assert.ok(a.bodyText().includes('The vote is in'));
});

test('text without tags is read as plain paragraphs', () => {
  const a = extract('First paragraph of a plain file.\n\nSecond paragraph.');
  assert.equal(a.paragraphs().length, 2);
  assert.equal(a.bodyText(), 'First paragraph of a plain file.\n\nSecond paragraph.');
});

test('malformed HTML is rendered and extracted', () => {
  const a = extract(`<html><body><div><p>Unclosed <b>bold <i>italic</p>${body(3)}</span></td></div></body>`);
  assert.ok(a.bodyText().includes('Paragraph 3 of the story'));
});

test('annotations never fall outside the text', () => {
  const a = extract(`<html><body>${NAV}<article><h1>T</h1>${body(5)}</article>${FOOTER}</body></html>`);
  for (const x of a.annotations) assert.ok(x.start >= 0 && x.end <= a.text.length && x.start <= x.end);
  for (const x of a.annotations) assert.match(x.source, /^extract\.html\//);
});

test('adjacent boilerplate blocks of one kind are merged into one span', () => {
  const a = extract(`<html><body>${NAV}<article><h1>T</h1>${body(3)}</article></body></html>`);
  const nav = a.boilerplate().filter((b) => b.attrs.kind === 'nav');
  assert.equal(nav.length, 1);
  assert.ok(a.spanText(nav[0]).includes('Home') && a.spanText(nav[0]).includes('Weather'));
});

test('the extractor accepts html documents only', () => {
  assert.equal(htmlExtractor.accepts(makeSourceDocument('html', '<p>x</p>', { path: 'a.html' })), true);
  assert.equal(htmlExtractor.accepts(makeSourceDocument('text', 'x', { path: 'a.txt' })), false);
});
