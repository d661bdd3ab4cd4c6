/** Pathological scraped text: every input finishes quickly (generous bound) and yields a valid article. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './index.js';
import { makeSourceDocument } from '../../model/document.js';

const CASES: Record<string, string> = {
  'one 50,000-word line without punctuation': 'word '.repeat(50000),
  'a credit line that never closes': 'Reporting by ' + 'Anna and Bob '.repeat(3000),
  'an upper-case run ending in a colon': 'LONDON '.repeat(20000) + ':',
  'a "reports citing" with an endless name': 'Trend reports citing ' + 'Big '.repeat(20000),
  '20,000 furniture lines': Array.from({ length: 20000 }, (_, i) => (i % 3 ? 'Politics 12:30' : `Headline number ${i}`)).join('\n'),
  'no letters at all': '1234 ,,,, ;;; '.repeat(20000),
  'control characters': '\u0001\u0002abc\u0007 '.repeat(20000),
  'dates back to back': '7 November 2019 '.repeat(5000),
  'mixed scripts': 'Москва 東京 القاهرة Paris '.repeat(5000),
};

for (const [name, text] of Object.entries(CASES)) {
  test(`pathological input: ${name}`, () => {
    const started = Date.now();
    const article = extractText(makeSourceDocument('text', text, { path: 'pathological.txt' }));
    assert.ok(Date.now() - started < 5000, 'bounded time (generous: catches catastrophic backtracking, not speed)');
    for (const a of article.annotations) assert.ok(a.start >= 0 && a.end <= article.text.length && a.start <= a.end);
  });
}
