import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from './attributions.js';
import { combineAttributions, continueLast, withAppositiveName } from './tagged.js';

const at = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const attribution = (source: Attribution['source'], cue: Attribution['cue'], content: Attribution['content'], rule: string, extra: Partial<Attribution> = {}): Attribution => ({ source, cue, content, kind: 'indirect', cueClass: 'speech', rule, ...extra });

test('combination: the tagger\'s spans, the quotation before a cue claimed by it, nested reports from the rules', () => {
  const text = 'Officials spoke, citing TASS. "A plan. It will work," the minister said. Trade will grow, the statement quoted Ivan Petrov as saying.';
  const quote = at(text, '"A plan. It will work,"');
  const tagged = [
    attribution(at(text, 'Officials'), at(text, 'citing'), { start: at(text, 'TASS').start, end: at(text, 'A plan.').end }, 'tagger'),
    attribution(at(text, 'the minister'), at(text, 'said'), at(text, 'It will work'), 'tagger'),
    attribution(at(text, 'the statement'), at(text, 'quoted Ivan Petrov as saying'), at(text, 'Trade will grow'), 'tagger'),
  ];
  const rules = [
    attribution(at(text, 'the minister'), at(text, 'said'), quote, 'quote-before-cue', { kind: 'direct' }),
    attribution(at(text, 'Ivan Petrov'), at(text, 'saying'), at(text, 'Trade will grow'), 'nested-clause-before', { reportedBy: at(text, 'the statement') }),
  ];
  const out = combineAttributions(text, rules, tagged);
  const said = out.find((a) => text.slice(a.cue.start, a.cue.end) === 'said')!;
  assert.deepEqual(said.content, quote);
  // The attribution that ran into the quotation keeps only what lies before it.
  const citing = out.find((a) => text.slice(a.cue.start, a.cue.end) === 'citing')!;
  assert.ok(citing.content.end <= quote.start);
  const nested = out.find((a) => a.reportedBy)!;
  assert.equal(text.slice(nested.source!.start, nested.source!.end), 'Ivan Petrov');
  assert.equal(text.slice(nested.cue.start, nested.cue.end), 'quoted Ivan Petrov as saying');
});

test('combination: rules\' attributions the tagger lacks are added only when they carry structure', () => {
  const text = 'According to the report, prices rose. Sales fell, Smith argued.';
  const rules = [
    attribution(at(text, 'the report'), at(text, 'According to'), at(text, 'prices rose'), 'according-to'),
    attribution(at(text, 'Smith'), at(text, 'argued'), at(text, 'Sales fell'), 'clause-before-cue'),
  ];
  const out = combineAttributions(text, rules, []);
  assert.deepEqual(out.map((a) => a.rule), ['according-to']);
});

test('combination: a cue the tagger left without content takes the rules\' content for it, folding in a report nested there, or its clause', () => {
  const text = 'Protocol called for a trauma center, sources said. The doctors, a source added.';
  const tagged = [attribution(at(text, 'Protocol'), at(text, 'called for'), at(text, 'a trauma center'), 'tagger')];
  const rules = [attribution(at(text, 'sources'), at(text, 'said'), at(text, 'Protocol called for a trauma center'), 'clause-before-cue')];
  const orphans = [
    { cue: at(text, 'said'), source: at(text, 'sources') },
    { cue: at(text, 'added'), source: at(text, 'a source'), clause: at(text, 'The doctors') },
  ];
  const out = combineAttributions(text, rules, tagged, orphans);
  assert.deepEqual(out.map((a) => [text.slice(a.cue.start, a.cue.end), text.slice(a.content.start, a.content.end)]), [
    ['said', 'Protocol called for a trauma center'],
    ['added', 'The doctors'],
  ]);
});

test('linking: content no later cue claims continues the last attribution before it', () => {
  const text = 'Smith said the plan works. Jones said it fails. Partial transcript: "TAPPER: Why? SMITH: Because."';
  const quote = at(text, '"TAPPER: Why? SMITH: Because."');
  const smith = attribution(at(text, 'Smith'), at(text, 'said'), at(text, 'the plan works'), 'tagger');
  const jones = attribution(at(text, 'Jones'), at(text, 'said', 20), at(text, 'it fails'), 'tagger');
  const out = [smith, jones];
  continueLast(text, out, [at(text, 'TAPPER: Why?'), at(text, 'SMITH: Because.')], [{ start: quote.start, end: quote.end, innerStart: quote.start + 1, innerEnd: quote.end - 1 }]);
  assert.deepEqual(out[0].content, at(text, 'the plan works'));
  assert.deepEqual(out[1].contentParts, [at(text, 'it fails'), at(text, 'TAPPER: Why? SMITH: Because.')]);
  // Nothing unclaimed, or no attribution before it: nothing changes.
  const alone = [attribution(null, at(text, 'said'), at(text, 'the plan works'), 'tagger')];
  continueLast(text, alone, [at(text, 'Smith')], []);
  assert.deepEqual(alone[0].content, at(text, 'the plan works'));
});

test('linking: a source that stops before the name set off after it takes the name', () => {
  const text = 'A former adviser to the ministry, Amit Cowshish, however, said at the time that it was fine. The ministry, officials said, was calm.';
  const cue = at(text, 'said');
  assert.deepEqual(withAppositiveName(text, at(text, 'A former adviser to the ministry'), cue), at(text, 'A former adviser to the ministry, Amit Cowshish'));
  // Lower-case words after the comma are no name; a source after its cue stays as it is.
  const second = at(text, 'said', cue.end);
  assert.deepEqual(withAppositiveName(text, at(text, 'The ministry'), second), at(text, 'The ministry'));
  assert.deepEqual(withAppositiveName(text, at(text, 'officials'), at(text, 'The ministry')), at(text, 'officials'));
});

test('combination: a plain "said" or "told" with its source the tagger missed is added, unless it lies inside a content or a quotation', () => {
  const text = 'Then Kerry said that 100,000 would be accepted. "Smith said no," Jones told reporters.';
  const quote = at(text, '"Smith said no,"');
  const rules = [
    attribution(at(text, 'Then Kerry'), at(text, 'said'), at(text, '100,000 would be accepted'), 'clause-after-cue'),
    attribution(at(text, 'Smith'), at(text, 'said', quote.start), at(text, 'no'), 'clause-after-cue'),
  ];
  const tagged = [attribution(at(text, 'Jones'), at(text, 'told'), quote, 'tagger', { kind: 'direct' })];
  const out = combineAttributions(text, rules, tagged, [], [{ start: quote.start, end: quote.end, innerStart: quote.start + 1, innerEnd: quote.end - 1 }]);
  assert.deepEqual(out.map((a) => text.slice(a.cue.start, a.cue.end)), ['said', 'told']);
  assert.equal(out[0].rule, 'clause-after-cue+missed-saying');
});
