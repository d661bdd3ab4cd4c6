import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../../model/document.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { processDocument } from '../../pipeline/runner.js';
import { isCountryName } from './stage.js';

test('country names and their short forms are recognised, other names are not', () => {
  for (const name of ['US', 'U.S.', 'UK', 'Russia', 'India', 'United States']) assert.ok(isCountryName(name), name);
  for (const name of ['Reuters', 'US Air Force', 'Moscow', 'Russian']) assert.ok(!isCountryName(name), name);
});

test('a country named alone is a state (GPE) in the entities layer, whatever type the tagger guessed', async () => {
  const text = 'Officials in New Delhi said the deal went ahead despite US pressure.\n\nThe army held exercises with both the US and Russia last month.\n';
  const result = await processDocument(defaultPipeline(), makeSourceDocument('text', text, { path: 'story.txt' }), { referenceDate: '2020-01-10' });
  assert.ok(result.ok);
  const a = result.article;
  const us = a.layer('entities').filter((e) => a.text.slice(e.start, e.end) === 'US');
  assert.ok(us.length >= 1, JSON.stringify(a.layer('entities').map((e) => a.text.slice(e.start, e.end))));
  for (const e of us) assert.equal(e.type, 'GPE');
});
