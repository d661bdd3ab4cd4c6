import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { elementTokens, splitNameTokens, textFeatures, tokenMatches } from './block-features.js';
import { renderBlocks } from './dom-to-blocks.js';

test('class names split on separators and camelCase, with the joined compound', () => {
  assert.deepEqual(splitNameTokens('articleBody__text-2'), ['article', 'body', 'text', 'articlebodytext']);
  assert.deepEqual(splitNameTokens('share  related_posts'), ['share', 'related', 'posts', 'relatedposts']);
});

test('tokens match whole words or compounds of five letters or more', () => {
  const words = new Set(['share', 'rail', 'related']);
  assert.equal(tokenMatches('share', words), true);
  assert.equal(tokenMatches('sharebar', words), true);
  assert.equal(tokenMatches('socialshare', words), true);
  assert.equal(tokenMatches('adrail', words), false);
  assert.equal(tokenMatches('shareholder', new Set(['share'])), true); // exceptions are handled by callers
});

test('long CMS class lists drop taxonomy classes (tag-*, category-*)', () => {
  const doc = parseDocument('<article class="post type-post status-publish tag-comments category-share hentry has-thumb">x</article>');
  const el = doc.children[0] as never;
  const tokens = elementTokens(el);
  assert.ok(!tokens.includes('comments'));
  assert.ok(!tokens.includes('share'));
  assert.ok(tokens.includes('post'));
});

test('text features count commas, sentences and link density', () => {
  const page = renderBlocks(parseDocument('<p>One, two, three. Four! <a href="#">five</a></p><h2>Heading</h2>'));
  const f = textFeatures(page.blocks[0]);
  assert.equal(f.commas, 2);
  assert.equal(f.sentences, 2);
  assert.ok(f.linkDensity > 0 && f.linkDensity < 0.3);
  assert.equal(textFeatures(page.blocks[1]).headingLevel, 2);
});
