import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../cli/test-helpers.js';
import { makeSourceDocument } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { processDocument } from '../pipeline/runner.js';

const STORY = `Ministers agree on border trade plan

ANKARA, March 4 (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu met Greek Prime Minister Kyriakos Mitsotakis in Athens on Tuesday, the Turkish Foreign Ministry said.

"We will open two new crossings by the end of 2022," Cavusoglu told reporters, adding that the European Commission had backed the plan. Trade between the two countries fell last year.

The talks will resume in Ankara on Friday.
`;

async function analyse(text: string, referenceDate?: string) {
  const result = await processDocument(defaultPipeline(), makeSourceDocument('text', text, { path: 'story.txt' }), { referenceDate });
  assert.ok(result.ok);
  const a = result.article;
  const view = (layer: 'entities' | 'times' | 'sentences') => a.layer(layer).map((x) => ({ text: a.text.slice(x.start, x.end), type: x.type, value: x.attrs.value }));
  return { article: a, entities: view('entities'), times: view('times'), sentences: view('sentences') };
}

test('sentences, entities and times are annotated with offsets into the article text', async () => {
  const { entities, times, sentences } = await analyse(STORY, '2021-03-04');
  assert.ok(sentences.length >= 4);
  const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.text);
  assert.ok(names('PERSON').includes('Mevlut Cavusoglu'), JSON.stringify(entities));
  assert.ok(names('PERSON').includes('Kyriakos Mitsotakis'));
  assert.ok(names('GPE').includes('Athens'));
  assert.ok(names('ORG').includes('Turkish Foreign Ministry'), JSON.stringify(names('ORG')));
  assert.ok(names('ORG').includes('European Commission'));
  // 2021-03-04 is a Thursday: "on Tuesday" in a past report is the 2nd, "on Friday" after "will" the 5th.
  const value = (text: string) => times.find((t) => t.text === text)?.value;
  assert.equal(value('Tuesday'), '2021-03-02');
  assert.equal(value('the end of 2022'), '2022');
  assert.equal(value('last year'), '2020');
  assert.equal(value('Friday'), '2021-03-05');
});

test('dateline tag --conll echoes the lines with one predicted column', async () => {
  const input = '-DOCSTART- -X- -X- O\n\nGerman JJ B-NP B-MISC\nChancellor NNP I-NP O\nAngela NNP I-NP B-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n';
  const out = await runCli(['tag', '--conll', '-'], { stdin: input });
  assert.equal(out.code, 0, out.stderr);
  const lines = out.stdout.trimEnd().split('\n');
  assert.equal(lines.length, input.trimEnd().split('\n').length);
  assert.deepEqual(lines.slice(2).map((l) => l.split(' ').pop()), ['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.equal((await runCli(['tag', '-'], { stdin: input })).code, 2);
});
