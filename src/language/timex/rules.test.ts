import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './index.js';

const times = (text: string, reference: string | null) => findTimes(text, { reference }).map((t) => ({ text: text.slice(t.start, t.end), value: t.value }));
const valueOf = (text: string, reference: string | null, phrase: string) => times(text, reference).find((t) => t.text === phrase)?.value;

test('a year ago compares with the quarter in focus; last and next year stay whole years', () => {
  const text = 'Acme said third-quarter profit rose 12% from a year ago. Last year the firm lost money, and next year it expects growth.';
  assert.equal(valueOf(text, '2005-10-20', 'a year ago'), '2004-Q3');
  assert.equal(valueOf(text, '2005-10-20', 'Last year'), '2004');
  assert.equal(valueOf(text, '2005-10-20', 'next year'), '2006');
});

test('capitalised words ending in -ed are not past-tense evidence', () => {
  // 2011-05-11 is a Wednesday: "would ... Friday" is the coming Friday.
  assert.equal(valueOf('The envoy would be flying to the United States Friday.', '2011-05-11', 'Friday'), '2011-05-13');
});
