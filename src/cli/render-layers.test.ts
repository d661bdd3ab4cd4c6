import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../model/document.js';
import { articleToJSON } from '../model/serialize.js';
import { defaultPipeline } from '../pipeline/default.js';
import { processDocument } from '../pipeline/runner.js';
import { preview, renderArticle } from './render-article.js';
import { renderLayers } from './render-layers.js';

test('show lists entities by type, quotes with speakers, amounts and times', async () => {
  const text = 'Budget talks end\n\nFinance Minister Anna Berg said on Monday that the deal was worth $2 billion.\n\n"We are done," Berg told reporters.\n';
  const r = await processDocument(defaultPipeline(), makeSourceDocument('text', text, { path: 'b.txt' }), { referenceDate: '2022-05-04' });
  assert.ok(r.ok);
  const out = renderLayers(articleToJSON(r.article), (t) => [t], preview).join('\n');
  assert.match(out, /PERSON +Anna Berg, Berg|PERSON +Berg, Anna Berg/);
  assert.match(out, /Anna Berg: "We are done,"/);
  assert.match(out, /\$2 billion = 2000000000 USD/);
  assert.match(out, /Monday = 2022-05-02/);
  assert.match(renderArticle(articleToJSON(r.article)), /Quotes \(\d+\)/);
});

test('show lists the events the text asserts, not the ones it negates or only envisages', async () => {
  const text = 'Border clash\n\nVenezuelan troops attacked a Colombian army post on Sunday.\n\nColombia could recall its ambassador. Brazil did not condemn the attack.\n';
  const r = await processDocument(defaultPipeline(), makeSourceDocument('text', text, { path: 'c.txt' }), { referenceDate: '2022-05-04' });
  assert.ok(r.ok);
  const out = renderLayers(articleToJSON(r.article), (t) => [t], preview).join('\n');
  assert.match(out, /2022-05-01 +ASSAULT: Venezuelan troops \[VEN\] → Colombian army post \[COL\] \("attacked"\)|2022-05-01 +ASSAULT: Venezuelan troops \[VEN\] → Colombian army \[COL\] \("attacked"\)/);
  assert.doesNotMatch(out, /SANCTION/, 'the recall is only envisaged');
  assert.doesNotMatch(out, /ACCUSE/, 'Brazil did not condemn');
});
