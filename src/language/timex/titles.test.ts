import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const texts = (text: string) => findTimes(text, { reference: '1999-03-12' }).map((t) => text.slice(t.start, t.end));

test('capitalised time words inside a sentence are titles, not times', () => {
  assert.deepEqual(texts('Baker, speaking on ABC News\' "This Week," said the request was made.'), []);
  assert.deepEqual(texts("Gonzalez said on CBS's ''60 Minutes'' that he was sad."), []);
  assert.deepEqual(texts('The poster showed Gary Cooper from the film ``High Noon.\'\''), []);
  assert.deepEqual(texts('This is VOA Today.'), []);
});

test('capitalised time words at a sentence start are still times', () => {
  assert.deepEqual(texts('Today the alliance grew. "This week we meet," he said.'), ['Today', 'This week']);
  assert.deepEqual(texts('He left. Now officials are investigating.'), ['Now']);
  assert.deepEqual(texts('Now, he says, it is over.'), []);
});

test('a headline in title case keeps its time words', () => {
  assert.deepEqual(texts('Obama To Visit Israel Next Week\nThe president will travel on Monday.'), ['Next Week', 'Monday']);
});
