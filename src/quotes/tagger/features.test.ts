import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../language/tokens/tokenize.js';
import { findQuotes } from '../marks.js';
import { attributionFeatures, stackedFeatures } from './features.js';

test('attribution features: learned cue words, cue words just outside a quotation, cue words in the sentences around', () => {
  const text = '"We will win. It is certain," Smith predicted. Jones chimed in.';
  const tokens = tokenize(text);
  const first = tokens.filter((t) => t.end <= text.indexOf('It is'));
  const second = tokens.filter((t) => t.start >= text.indexOf('It is') && t.end <= text.indexOf('Jones'));
  const third = tokens.filter((t) => t.start >= text.indexOf('Jones'));
  const quotes = findQuotes(text);
  // "We" is in a quotation followed by a cue word, in a sentence with none, before one that has one.
  const we = attributionFeatures(text, first, quotes, { next: second })[1];
  assert.ok(we.includes('qa=A'));
  assert.ok(we.some((f) => f.startsWith('qa|sent=A|ps=none|s=nocue|ns=cue')));
  // "chimed" is a cue word only through the learned lexicon.
  const word = (ctx: Parameters<typeof attributionFeatures>[3]) => attributionFeatures(text, third, quotes, ctx)[1];
  assert.ok(!word({}).includes('cue'));
  assert.ok(word({ cues: new Set(['chimed']) }).includes('cue'));
  // How often the word and its stem are marked Cue, and word pairs marked Cue together.
  const shared = attributionFeatures(text, third, quotes, { cueShare: new Map([['chimed', 0.5], ['~chim', 0.1]]), cuePairs: new Set(['chimed in']) });
  assert.ok(shared[1].includes('cs|cst=4|2') && shared[1].includes('pair=B') && shared[2].includes('pair=I'));
});

test('stacked features: first-pass tags around the token, predicted cue distance, neighbouring sentences\' edges', () => {
  const f = stackedFeatures(['B-SRC', 'B-CUE', 'B-CON', 'I-CON'], ['B-CON', 'I-CON'], ['O']);
  assert.ok(f[0].includes('p=B-SRC') && f[0].includes('p+1=B-CUE'));
  assert.ok(f[3].includes('p|pc=I-CON|2|none'));
  assert.ok(f[2].includes('p|edges=B-CON|pe=CON|ne=O'));
  assert.ok(f[1].includes('p|roles=B-CUE|SRC+CUE+CON'));
});
