/** Event dates from the sentence's time expressions (sentences written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDate, type TimeSpan } from './event-date.js';
import { codePlainText } from './plain-text.js';

/** Words of a sentence with offsets, and a time span over `phrase`. */
function sentence(text: string) {
  const words = [...text.matchAll(/[\p{L}\p{N}.'-]+|[,;]/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
  const span = (phrase: string, value: string, type = 'DATE'): TimeSpan => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, value, type });
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const head = (word: string) => words.findIndex((w) => w.start === text.indexOf(word));
  return { words, span, at, head };
}

test('the date part of a time of day dates the event', () => {
  const s = sentence('Hernandez was kidnapped at 10 p.m. Wednesday');
  const d = eventDate([s.span('10 p.m. Wednesday', '1998-02-11T22:00', 'TIME')], s.at('kidnapped'), '1998-02-13');
  assert.deepEqual([d?.value, d?.certainty], ['1998-02-11', 'stated']);
});

test('"since 1972" starts a state; it does not date the event', () => {
  const s = sentence('The province has been ruled from London since 1972');
  const d = eventDate([s.span('1972', '1972')], s.at('ruled'), '1998-03-22', { words: s.words, pos: null, head: s.head('ruled') });
  assert.deepEqual([d?.value, d?.certainty], ['1998-03-22', 'reference']);
});

test('a verb in the present tells the time of writing, unless a time follows it closely', () => {
  const s = sentence('That 1978 resolution calls for a withdrawal');
  const pos = s.words.map((w) => (w.text === 'calls' ? 'VBZ' : 'NN'));
  const far = eventDate([s.span('1978', '1978')], s.at('calls'), '1998-03-01', { words: s.words, pos, head: s.head('calls') });
  assert.equal(far?.certainty, 'reference');
  const t = sentence('The monarch meets Bush on Thursday');
  const tpos = t.words.map((w) => (w.text === 'meets' ? 'VBZ' : 'NN'));
  const near = eventDate([t.span('Thursday', '1990-08-16')], t.at('meets'), '1990-08-15', { words: t.words, pos: tpos, head: t.head('meets') });
  assert.deepEqual([near?.value, near?.certainty], ['1990-08-16', 'stated']);
});

test('a coded event takes the date its sentence states, and the reference date only as a marked fallback', async () => {
  const { events } = await codePlainText('t', 'Ruritanian troops attacked the border town on Wednesday.', '2021-03-12');
  const e = events.find((x) => x.type === 'ASSAULT');
  assert.deepEqual([e?.date?.value, e?.date?.certainty], ['2021-03-10', 'stated']);
  const { events: undated } = await codePlainText('t', 'Ruritanian troops attacked the border town.', '2021-03-12');
  assert.deepEqual([undated[0]?.date?.value, undated[0]?.date?.certainty], ['2021-03-12', 'reference']);
});
