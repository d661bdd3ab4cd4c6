import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { textFeatures } from './block-features.js';
import { buildProfile, findContentRegion } from './content-scoring.js';
import { renderBlocks } from './dom-to-blocks.js';

const P = '<p>The council met on Tuesday, and after a long debate, it passed the budget for next year, with changes.</p>';

function region(html: string, titleBlock = -1) {
  const page = renderBlocks(parseDocument(html));
  const feats = page.blocks.map(textFeatures);
  const r = findContentRegion(page, feats, buildProfile(page, feats), true, titleBlock);
  return { page, r };
}

const describe = (el: { name: string; attribs: Record<string, string> }) => `${el.name}${el.attribs.id ? '#' + el.attribs.id : ''}`;

test('the container with the comma-rich paragraphs wins over sidebars and menus', () => {
  const { r } = region(`<body><div id="menu"><a href="/">Home</a><a href="/a">A section</a></div><div id="story">${P.repeat(5)}</div><div id="sidebar"><p>Short blurb here.</p></div></body>`);
  assert.ok(r);
  assert.equal(describe(r.top), 'div#story');
});

test('paragraphs in comment sections do not attract the region', () => {
  const { r } = region(`<body><div id="story">${P.repeat(3)}</div><div class="comments" id="c">${P.repeat(6)}</div></body>`);
  assert.equal(describe(r!.top), 'div#story');
});

test('an article split into sibling sections is joined', () => {
  const section = `<section><div><div><div><div><div>${P.repeat(4)}</div></div></div></div></div></section>`;
  const { page, r } = region(`<body><main><div id="a">${P.repeat(5)}</div><figure><img></figure>${section}</main></body>`);
  const roots = r!.roots.map((e) => page.stats.get(e)!);
  const covered = page.blocks.filter((b) => roots.some((s) => b.index >= s.firstBlock && b.index < s.endBlock)).length;
  assert.equal(covered, 9);
});

test('among several <article> elements the one holding the headline is the article', () => {
  const teaser = (i: number) => `<article id="t${i}"><h2>Other post ${i}</h2>${P}</article>`;
  const html = `<body><div id="list"><article id="main"><h1>The headline</h1>${P.repeat(2)}</article>${[1, 2, 3, 4].map(teaser).join('')}</div></body>`;
  const { r } = region(html, 0);
  assert.equal(describe(r!.top), 'article#main');
});

test('no paragraph at all gives no region', () => {
  assert.equal(region('<body><a href="/">Home</a></body>').r, null);
});
