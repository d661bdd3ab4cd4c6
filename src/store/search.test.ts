import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSnippet, parseQuery } from './fts.js';
import { Store } from './store.js';
import { makeArticle } from './test-fixtures.js';

function seeded(): Store {
  const store = Store.open(':memory:');
  store.saveBatch([
    makeArticle({ title: 'Air defence deal signed', paragraphs: ['India approved buying five S-400 systems.', 'The US warned about sanctions (again).'] }),
    makeArticle({ title: 'Helicopter plant opens', paragraphs: ['Kamov-226 helicopters will be built jointly.', 'Production starts next year.'] }),
  ]);
  return store;
}

test('search finds body and title words and returns a snippet around the term', () => {
  const store = seeded();
  const hits = store.search('helicopters');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].title, 'Helicopter plant opens');
  assert.match(hits[0].snippet, /helicopters/);
  assert.equal(hits[0].published, '2019-11-07T07:16+04:00');
  assert.equal(store.search('defence')[0]?.title, 'Air defence deal signed');
  assert.equal(store.search('sanction').length, 1, 'stemmed match');
  assert.equal(store.search('Telegram').length, 0, 'boilerplate is not indexed');
  assert.equal(store.search('helicopters OR sanctions').length, 2);
  assert.equal(store.search('helicopters sanctions').length, 0, 'terms must all match');
  store.close();
});

test('punctuation and FTS5 syntax in queries never throw', () => {
  const store = seeded();
  for (const q of ['"', '(', ')', '*', '-', '"S-400', 'S-400', 'sanctions (again', '-india', 'NOT', 'AND OR', 'col:umn', '^x', 'a"b', '"" ""', '***', 'NEAR(a b)']) {
    assert.doesNotThrow(() => store.search(q), `query ${q}`);
  }
  assert.equal(store.search('S-400').length, 1);
  assert.equal(store.search('"five S-400"').length, 1, 'phrase');
  assert.equal(store.search('heli*').length, 1, 'prefix');
  assert.deepEqual(store.search('( * -'), []);
  store.close();
});

test('parseQuery quotes every term and drops punctuation-only tokens', () => {
  assert.deepEqual(parseQuery('S-400 "air defence" heli* - ('), {
    match: '"S 400" "air defence" "heli"*',
    terms: [
      { words: ['S', '400'], prefix: false },
      { words: ['air', 'defence'], prefix: false },
      { words: ['heli'], prefix: true },
    ],
  });
  assert.equal(parseQuery('"(" ***').match, null);
  assert.equal(parseQuery('OR a OR').match, '"a"');
});

test('snippets centre on the term, cut at word boundaries with ellipses', () => {
  const body = `${'word '.repeat(60)}target sits here ${'tail '.repeat(60)}`;
  const snippet = makeSnippet(body, parseQuery('target').terms);
  assert.match(snippet, /^….*target sits here.*…$/);
  assert.ok(snippet.length < 200);
  assert.match(snippet, /^…word /, 'starts on a whole word');
  assert.match(snippet, / tail…$/, 'ends on a whole word');
  assert.equal(makeSnippet('short body', parseQuery('absent').terms), 'short body');
});
