import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_PARSERS, candidates } from './candidates.js';

/** Sentences written for this test, with many shapes of time expression. */
const SAMPLES = [
  'The company said third-quarter profit rose, and in the first half of the year sales fell; Q3 2013 and 2Q were weak.',
  'In the spring of 2012 and last summer, every Monday and each month, twice a week, on Mondays, every six weeks.',
  'The talks lasted two and a half years, three days ago, a fortnight later, in the 1990s and the early seventies.',
  'On Christmas Eve, New Year\'s Day and Thanksgiving, at midday and at 9 in the morning, 0930 GMT, later that day.',
  'For years, within weeks, in recent months, the days ahead, the week of March 3, the end of the year, the weekend.',
  'Today, yesterday evening, this morning, now, currently, the current fiscal year, the year-ago quarter, the 21st century.',
  'In nineteen ninety-six and two thousand three, the day after tomorrow, earlier in the week, per day, daily, annually.',
];

test('every match of a keyed parser holds one of its key words (else the parser could be skipped wrongly)', () => {
  for (const p of ALL_PARSERS) {
    if (!p.keys) continue;
    for (const text of SAMPLES) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        const found = m[0].toLowerCase();
        assert.ok(p.keys.some((k) => found.includes(k)), `${p.rule}: "${m[0]}" holds none of ${p.keys.join(', ')}`);
      }
    }
  }
});

test('key words only skip work: the candidates of a text are those of its parts that hold the shapes', () => {
  const text = SAMPLES.join(' ');
  const rules = new Set(candidates(text).map((c) => c.rule));
  for (const rule of ['season', 'set-every', 'century', 'holiday', 'quarter-code', 'decade']) assert.ok(rules.has(rule), rule);
  assert.deepEqual(candidates('The minister met his counterpart.'), []);
});
