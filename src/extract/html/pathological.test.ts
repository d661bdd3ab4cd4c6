import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../../model/document.js';
import { extractHtml } from './index.js';
import { capNesting, MAX_DEPTH } from './nesting-guard.js';

const extract = (html: string) => extractHtml(makeSourceDocument('html', html, { path: 'bad.html' }));

const sentence = 'The quick brown fox, jumping over the lazy dog, ran far away into the woods. ';

test('ordinary pages pass the nesting guard unchanged', () => {
  const html = '<html><body><div><p>Text <b>bold</b></p><ul><li>a<li>b</ul><!-- <div><div> --><script>"<div>"</script></div></body></html>';
  assert.equal(capNesting(html), html);
});

test('nesting beyond the cap is unwrapped, keeping the text', () => {
  const html = '<div>'.repeat(MAX_DEPTH + 50) + 'deep text' + '</div>'.repeat(MAX_DEPTH + 50);
  const capped = capNesting(html);
  assert.equal(capped.match(/<div>/g)!.length, MAX_DEPTH);
  assert.equal(capped.match(/<\/div>/g)!.length, MAX_DEPTH);
  assert.ok(capped.includes('deep text'));
});

test('100,000 nested elements finish quickly and keep the text (generous bound)', () => {
  const n = 100_000;
  const t0 = Date.now();
  const a = extract('<div>'.repeat(n) + `<p>${sentence.repeat(5)}</p>` + '</div>'.repeat(n));
  assert.ok(Date.now() - t0 < 10_000);
  assert.ok(a.bodyText().includes('quick brown fox'));
});

test('100,000 unclosed inline elements finish (generous bound)', () => {
  const t0 = Date.now();
  const a = extract('<p>' + '<span><b>'.repeat(50_000) + sentence);
  assert.ok(Date.now() - t0 < 10_000);
  assert.ok(a.text.includes('quick brown fox'));
});

test('a 20 MB page is extracted (generous bound)', () => {
  const para = `<p>${sentence.repeat(20)}</p>\n`;
  const html = `<html><body><article><h1>Big</h1>${para.repeat(Math.ceil(20e6 / para.length))}</article></body></html>`;
  const t0 = Date.now();
  const a = extract(html);
  assert.ok(Date.now() - t0 < 60_000);
  assert.ok(a.paragraphs().length > 10_000);
});

test('empty and tag-less inputs do not throw', () => {
  const empty = extract('');
  assert.equal(empty.text, '');
  assert.ok(empty.diagnostics.some((d) => d.code === 'DL-EXTRACT-NO-BODY'));
  assert.equal(extract('a < b and c > d').bodyText(), 'a < b and c > d');
  assert.doesNotThrow(() => extract('\u0000\u0001<<<>>>\u0002 <div <p>> </ div>'));
});

test('huge attributes and many blocks do not throw (generous bound)', () => {
  const t0 = Date.now();
  const a = extract(`<div class="${'a-'.repeat(500_000)}" id="${'b'.repeat(100_000)}"><p>${sentence.repeat(6)}</p></div>`);
  assert.ok(a.bodyText().includes('quick brown fox'));
  const links = extract('<ul>' + '<li><a href="/x">link item</a></li>'.repeat(50_000) + '</ul>');
  assert.equal(links.paragraphs().length, 0);
  assert.ok(Date.now() - t0 < 20_000);
});

test('invalid and hostile JSON-LD does not throw', () => {
  const html =
    '<script type="application/ld+json">{not json</script>' +
    `<script type="application/ld+json">${'['.repeat(50_000)}</script>` +
    `<p>${sentence.repeat(6)}</p>`;
  const a = extract(html);
  assert.ok(a.bodyText().includes('quick brown fox'));
});
