import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesOf, readJsonLd, stringProp } from './json-ld.js';

test('the article node is found in arrays and @graph', () => {
  const r = readJsonLd(['[{"@type":"WebSite","name":"Example"},{"@graph":[{"@type":["NewsArticle"],"headline":"H","datePublished":"2020-01-01"}]}]']);
  assert.equal(stringProp(r.article, 'headline'), 'H');
  assert.equal(r.invalid, 0);
});

test('lenient parsing: comment wrappers, trailing semicolons, raw newlines in strings', () => {
  const r = readJsonLd(['<!--{"@type":"Article","headline":"A"};-->', '{"@type":"BlogPosting","headline":"Line\none"}']);
  assert.equal(stringProp(r.article, 'headline'), 'A');
  assert.equal(r.nodes.length, 2);
});

test('invalid scripts are counted, not thrown', () => {
  const r = readJsonLd(['{broken', '', '[[[[']);
  assert.equal(r.article, null);
  assert.equal(r.invalid, 3);
});

test('names of people and organisations', () => {
  assert.deepEqual(namesOf([{ '@type': 'Person', name: 'Jane Doe' }, 'John Smith', { name: ['Ann Lee'] }, 42]), ['Jane Doe', 'John Smith', 'Ann Lee']);
});
