import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, tokenTexts } from '../tokens/tokenize.js';
import { patternSpans } from './patterns.js';

const PLACES = new Set(['Russia', 'Russian', 'India', 'Indian', 'US']);
const lexicon = { isCountryOrAdjective: (w: string) => PLACES.has(w) };
const spans = (s: string): string[] => {
  const words = tokenTexts(s, tokenize(s));
  return patternSpans(words, lexicon).map((p) => `${p.type}:${words.slice(p.first, p.end).join(' ')}`);
};

test('equipment codes and designations are products, with a following name or class noun', () => {
  assert.deepEqual(spans('deliveries of five S-400 Triumph defense systems and Project 11356 frigates'), ['PRODUCT:S-400 Triumph', 'PRODUCT:Project 11356 frigates']);
  assert.deepEqual(spans('including the Kamov-226 helicopters and MiG-29 jets'), ['PRODUCT:Kamov-226 helicopters', 'PRODUCT:MiG-29 jets']);
  assert.deepEqual(spans('the COVID-19 pandemic and the G-20 summit in 2019'), []);
});

test('state bodies named by a country or its adjective are organisations', () => {
  assert.deepEqual(spans('the Russian government said in a statement'), ['ORG:Russian government']);
  assert.deepEqual(spans("India's defence ministry and the US armed forces"), ["ORG:India 's defence ministry", 'ORG:US armed forces']);
  assert.deepEqual(spans('said a Russian Defense Ministry statement and the Indian Air Force'), ['ORG:Russian Defense Ministry', 'ORG:Indian Air Force']);
  assert.deepEqual(spans('the Russian people and Indian food'), []);
});
