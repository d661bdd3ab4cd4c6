import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';
import { tokenize, tokenTexts } from './tokenize.js';

const words = (s: string): string[] => tokenTexts(s, tokenize(s));
const sentences = (s: string): string[] => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

test('abbreviations, initials, decimals, money and hyphenated names are single tokens', () => {
  assert.deepEqual(words('Gen. J. Smith met U.S. officials on Dec. 13.'), ['Gen.', 'J.', 'Smith', 'met', 'U.S.', 'officials', 'on', 'Dec.', '13', '.']);
  assert.deepEqual(words('$11 billion, up 17.5% from 1,500'), ['$', '11', 'billion', ',', 'up', '17.5', '%', 'from', '1,500']);
  assert.deepEqual(words('S-400 Triumph and Kamov-226 helicopters'), ['S-400', 'Triumph', 'and', 'Kamov-226', 'helicopters']);
  assert.deepEqual(words("Germany's O'Brien don't"), ['Germany', "'s", "O'Brien", 'do', "n't"]);
  assert.deepEqual(words("Bosnia 's ruling party , the rebels ' leader"), ['Bosnia', "'s", 'ruling', 'party', ',', 'the', 'rebels', "'", 'leader']);
  assert.deepEqual(words('“We will,” he said…'), ['“', 'We', 'will', ',', '”', 'he', 'said', '…']);
});

test('token offsets point back into the text', () => {
  const s = '  NEW DELHI, Dec 13 (Reuters) - India\u00a0signed.\n';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end).trim(), s.slice(t.start, t.end));
  assert.deepEqual(words(s), ['NEW', 'DELHI', ',', 'Dec', '13', '(', 'Reuters', ')', '-', 'India', 'signed', '.']);
});

test('sentences end at terminal punctuation before a capital, not after titles or inside quotes', () => {
  assert.deepEqual(sentences('Gen. Smith arrived on Dec. 13. He met Mr. Lee in the U.S. The talks ended.'), [
    'Gen. Smith arrived on Dec. 13.',
    'He met Mr. Lee in the U.S.',
    'The talks ended.',
  ]);
  assert.deepEqual(sentences('"Is it over?" he asked. "Yes. It is," she said.'), ['"Is it over?" he asked.', '"Yes.', 'It is," she said.']);
  assert.deepEqual(sentences('Prices rose 3.5 per cent. Analysts expect more'), ['Prices rose 3.5 per cent.', 'Analysts expect more']);
});

test('blank lines end sentences; pathological input stays linear', () => {
  assert.deepEqual(sentences('A headline without a period\n\nThe body starts here.'), ['A headline without a period', 'The body starts here.']);
  const long = 'word '.repeat(10_000);
  const t0 = performance.now();
  assert.equal(splitSentences(long, tokenize(long)).length, 1);
  const weird = '\u0000\u0007 Привет 世界 ... ١٢٣ '.repeat(2_000) + 'a'.repeat(50_000);
  assert.ok(tokenize(weird).length > 0);
  assert.ok(performance.now() - t0 < 10_000, 'tokenizing pathological input took too long');
});
