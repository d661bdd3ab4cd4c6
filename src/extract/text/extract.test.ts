import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './index.js';
import { makeSourceDocument } from '../../model/document.js';

function run(text: string) {
  const a = extractText(makeSourceDocument('text', text, { path: 'fixture.txt' }));
  const removed = a.boilerplate().map((b) => ({ kind: b.attrs.kind, text: a.spanText(b) }));
  return { a, body: a.bodyText(), removed };
}

const P1 = 'The finance ministers of the two countries agreed on Tuesday to extend a currency swap line for another three years, officials said.';
const P2 = '"We see this as insurance rather than a rescue," the central bank governor told reporters after the talks in the capital.';
const P3 = 'The swap line, first opened in 2015, has never been drawn in full, according to figures published by the bank.';

test('scraper header with date and title, a stamped time line, and a related list with section times', () => {
  const text = [
    'date 2022-05-10 Neighbours extend currency swap line',
    '',
    '10 May 2022 18:02 (UTC+03:00)',
    '',
    `${P1} Daily Courier reports citing Interfax.`,
    '',
    P2,
    '',
    P3,
    '',
    'Share this story on Facebook and Twitter',
    '',
    'More news',
    'Harvest forecast cut after dry spring',
    'Economy 17:40',
    'Port strike enters third day',
    'Society 10 May 15:12',
  ].join('\n');
  const { a, body, removed } = run(text);
  assert.equal(a.meta.title, 'Neighbours extend currency swap line');
  assert.equal(a.meta.published?.iso, '2022-05-10T18:02:00+03:00');
  assert.equal(a.meta.published?.certainty, 'stated');
  assert.equal(a.meta.site, 'Daily Courier');
  assert.deepEqual(a.meta.agencies, ['Interfax']);
  assert.ok(body.startsWith('The finance ministers'));
  assert.ok(body.endsWith('published by the bank.'));
  assert.deepEqual(removed.map((r) => r.kind), ['header', 'social', 'related']);
  assert.ok(removed[2].text.includes('Port strike enters third day'));
});

test('nothing is lost: every non-space character is in the body, a boilerplate span or the metadata evidence', () => {
  const text = `Home | World | Business | Sport\n\nLISBON (Reuters) - ${P1}\n${P2}\nAdvertisement\n${P3}\nComments (2)\nThis is a disgrace, frankly.\nI agree with the governor here.`;
  const { a } = run(text);
  const covered = new Array<boolean>(a.text.length).fill(false);
  for (const x of a.annotations) for (let i = x.start; i < x.end; i++) covered[i] = true;
  const lost = [...a.text].filter((c, i) => !covered[i] && /\S/.test(c)).join('');
  // Only the dateline separator and the agency in parentheses sit outside spans.
  assert.equal(lost.replace(/[()\-\s]|Reuters/g, ''), '');
  assert.equal(a.meta.dateline, 'Lisbon');
  assert.deepEqual(a.meta.agencies, ['Reuters']);
  const kinds = a.boilerplate().map((b) => b.attrs.kind);
  assert.deepEqual(kinds, ['nav', 'promo', 'comments']);
  assert.ok(!a.bodyText().includes('disgrace'));
});

test('title-case datelines with various separators, and labels that are not places', () => {
  for (const [prefix, place] of [['Nairobi:- ', 'Nairobi'], ['Jakarta – ', 'Jakarta'], ['ANKARA, March 3 (AFP) — ', 'Ankara'], ['SAO PAULO: ', 'Sao Paulo']] as const) {
    const { a, body } = run(`${prefix}${P1}\n\n${P2}`);
    assert.equal(a.meta.dateline, place, prefix);
    assert.ok(body.startsWith('The finance ministers'), prefix);
  }
  for (const prefix of ['Breaking: ', 'Update - ', 'Meanwhile – ']) {
    const { a } = run(`${prefix}${P1}\n\n${P2}`);
    assert.equal(a.meta.dateline, null, prefix);
  }
});

test('no date stated: none invented, an info diagnostic instead', () => {
  const { a } = run(`${P1}\n${P2}\n${P3}`);
  assert.equal(a.meta.published, null);
  assert.ok(a.diagnostics.some((d) => d.code === 'DL-EXTRACT-NO-DATE'));
});

test('reader disclaimer and comment header after the body are boilerplate; last body paragraph kept', () => {
  const { body, removed } = run(`${P1}\n${P2}\n${P3}\nJoin the conversation\nViews expressed by readers below do not necessarily reflect those of the Harbour Post.`);
  assert.ok(body.endsWith('published by the bank.'));
  assert.deepEqual(removed.map((r) => r.kind), ['comments', 'disclaimer']);
});

test('hard-wrapped paragraphs are joined into single paragraphs', () => {
  const wrapped = 'The finance ministers of the two countries agreed on Tuesday to\nextend a currency swap line for another three years, officials said\nafter the meeting in the capital ended late in the evening.';
  const { a } = run(`${wrapped}\n\n${P2}`);
  assert.equal(a.paragraphs().length, 2);
});

test('byline and "Reporting by" credits become authors', () => {
  const { a } = run(`Swap line extended\nBy Maria Lopes and Tom Berg\n\n${P1}\n\n${P2}\n\n(Reporting by Ana Silva; Editing by Peter Grant)`);
  assert.equal(a.meta.title, 'Swap line extended');
  assert.deepEqual(a.meta.authors, ['Maria Lopes', 'Tom Berg', 'Ana Silva']);
});

test('a text with only furniture yields no body and a warning', () => {
  const { a } = run('Home | News | Sport | Weather\nLatest\nStorm closes airport\nWorld 10:02\nMarkets rally\nBusiness 09:40');
  assert.equal(a.paragraphs().length, 0);
  assert.ok(a.diagnostics.some((d) => d.code === 'DL-EXTRACT-NO-BODY'));
});
