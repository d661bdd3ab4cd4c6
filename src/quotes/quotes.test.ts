import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceDocument } from '../model/document.js';
import { defaultPipeline } from '../pipeline/default.js';
import { processDocument } from '../pipeline/runner.js';
import { findQuotes } from './marks.js';

const STORY = `Ministers agree on border plan

ANKARA, March 4 (Reuters) - Trade between the two countries will double by 2025, the Turkish government quoted Foreign Minister Mevlut Cavusoglu as saying on Tuesday.

"We will open two new crossings. Both will be ready next year," Cavusoglu told reporters in Athens.

"Our goal is peace," he said. The Greek deputy foreign minister, in turn, said that "dialogue is the only way forward".

"The plan has our support," said a European Commission statement.

According to the statement, funds will follow in June.
`;

async function quotes() {
  const r = await processDocument(defaultPipeline(), makeSourceDocument('text', STORY, { path: 's.txt' }), { referenceDate: '2021-03-04' });
  assert.ok(r.ok);
  const a = r.article;
  return a.layer('quotes').map((q) => ({ text: a.text.slice(q.start, q.end), speaker: q.attrs.speaker, rule: q.attrs.speakerRule, cue: (q.attrs.cue as { text: string }).text, kind: q.attrs.kind, reportedBy: (q.attrs.reportedBy as { speaker: string } | undefined)?.speaker }));
}

test('quote marks pair up, continue over paragraphs that reopen them, and ignore strays', () => {
  const text = '“First part.\n\n“Second part,” he said. A stray " mark and «guillemets» too.';
  const found = findQuotes(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(found, ['“First part.\n\n“Second part,”', '«guillemets»']);
  assert.deepEqual(findQuotes('"unclosed quote'.repeat(5_000)).length, 0);
});

test('direct, reported and nested quotes get their speakers from the article', async () => {
  const q = await quotes();
  const by = (start: string) => q.find((x) => x.text.startsWith(start));
  assert.equal(by('Trade between')?.speaker, 'Mevlut Cavusoglu');
  assert.equal(by('Trade between')?.reportedBy, 'Turkish government');
  assert.deepEqual([by('"We will open')?.speaker, by('"We will open')?.kind], ['Mevlut Cavusoglu', 'direct']);
  assert.deepEqual([by('"Our goal')?.speaker, by('"Our goal')?.rule], ['Mevlut Cavusoglu', 'pronoun']);
  assert.equal(by('"The plan')?.speaker, 'European Commission');
  assert.equal(by('funds will follow')?.cue, 'According to');
});

test('bad input: unbalanced marks, a whole article in quotes, other scripts\' marks; bounded time', async () => {
  const t0 = performance.now();
  const unbalanced = ('He said "this never closes and ' + 'more words '.repeat(50)).repeat(200);
  const r1 = await processDocument(defaultPipeline(), makeSourceDocument('text', `Title\n\n${unbalanced}`, { path: 'u.txt' }));
  assert.ok(r1.ok);
  const whole = `Title\n\n"${'The minister spoke at length about the budget. '.repeat(30)}" the minister said.`;
  const r2 = await processDocument(defaultPipeline(), makeSourceDocument('text', whole, { path: 'w.txt' }));
  assert.ok(r2.ok);
  const foreign = 'Titel\n\n«Wir sind bereit», sagte Scholz. „Das ist gut“, said the minister.';
  assert.deepEqual(findQuotes(foreign).map((q) => foreign.slice(q.start, q.end)), ['«Wir sind bereit»', '„Das ist gut“']);
  assert.ok(performance.now() - t0 < 20_000);
});
