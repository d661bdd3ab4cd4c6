import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { kindFromElement, kindFromText, kindFromTokens } from './boilerplate-kinds.js';

const el = (html: string): Element => parseDocument(html).children[0] as Element;

test('class and id tokens name boilerplate kinds', () => {
  assert.equal(kindFromTokens(el('<div class="article-share-bar">x</div>'))?.kind, 'social');
  assert.equal(kindFromTokens(el('<div class="relatedPosts">x</div>'))?.kind, 'related');
  assert.equal(kindFromTokens(el('<section id="comments">x</section>'))?.kind, 'comments');
  assert.equal(kindFromTokens(el('<div class="cookie-consent">x</div>'))?.kind, 'cookie');
  assert.equal(kindFromTokens(el('<div class="newsletter-signup">x</div>'))?.kind, 'newsletter');
  assert.equal(kindFromTokens(el('<div class="ad-slot">x</div>'))?.kind, 'promo');
  assert.equal(kindFromTokens(el('<ul class="breadcrumbs">x</ul>'))?.kind, 'nav');
  assert.equal(kindFromTokens(el('<div class="byline">x</div>'))?.kind, 'header');
  assert.equal(kindFromTokens(el('<div class="wp-caption-text">x</div>'))?.kind, 'caption');
});

test('ordinary content classes and look-alike compounds are not boilerplate', () => {
  assert.equal(kindFromTokens(el('<div class="article-body">x</div>')), null);
  assert.equal(kindFromTokens(el('<div class="commentary-text">x</div>')), null);
  assert.equal(kindFromTokens(el('<div class="shareholder-letter">x</div>')), null);
  assert.equal(kindFromTokens(el('<div class="headline">x</div>')), null);
});

test('semantic tags and ARIA roles name kinds', () => {
  assert.equal(kindFromElement(el('<nav>x</nav>'))?.kind, 'nav');
  assert.equal(kindFromElement(el('<footer>x</footer>'))?.kind, 'disclaimer');
  assert.equal(kindFromElement(el('<aside>x</aside>'))?.kind, 'related');
  assert.equal(kindFromElement(el('<figcaption>x</figcaption>'))?.kind, 'caption');
  assert.equal(kindFromElement(el('<div role="navigation">x</div>'))?.kind, 'nav');
  assert.equal(kindFromElement(el('<div role="contentinfo">x</div>'))?.kind, 'disclaimer');
});

test('short blocks are recognised by their wording', () => {
  assert.equal(kindFromText('Advertisement')?.kind, 'promo');
  assert.equal(kindFromText('Read more: Council approves the budget')?.kind, 'related');
  assert.equal(kindFromText('Share on Facebook')?.kind, 'social');
  assert.equal(kindFromText('Sign up for our daily newsletter')?.kind, 'newsletter');
  assert.equal(kindFromText('We use cookies to improve your browsing experience')?.kind, 'cookie');
  assert.equal(kindFromText('© 2024 Example Media. All rights reserved.')?.kind, 'disclaimer');
  assert.equal(kindFromText('Tags: budget, council')?.kind, 'tags');
  assert.equal(kindFromText('By Jane Doe and John Smith, Staff Writers')?.kind, 'header');
  assert.equal(kindFromText('Image 2 of 5')?.kind, 'caption');
  assert.equal(kindFromText('Protesters marched on Sunday (Image: GETTY)')?.kind, 'caption');
  assert.equal(kindFromText('(Reporting by Jane Doe; Editing by John Smith)')?.kind, 'header');
});

test('sentences of the article are not matched by wording rules', () => {
  assert.equal(kindFromText('The council said it would read more reports before the vote.'), null);
  assert.equal(kindFromText('Bystanders were asked to share any videos with the police, officials said on Monday.'), null);
  assert.equal(kindFromText('By the end of the year, prices had doubled.'), null);
});
