import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase, phraseWords, termOn } from './kb.js';
import { findActorMentions } from './mentions.js';

const kb = loadKnowledgeBase();
const words = (text: string) => {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'.-]+[\p{L}\p{N}]|[\p{L}\p{N}]|[,;]/gu)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  return out;
};

test('countries by name, adjective, capital and seat of government', () => {
  for (const [phrase, code] of [['Germany', 'DEU'], ['German', 'DEU'], ['Berlin', 'DEU'], ['Washington', 'USA'], ['Kremlin', 'RUS'], ['U.S.', 'USA'], ['Pakistanis', 'PAK']] as const) {
    assert.equal(kb.longestAt(phraseWords(phrase), 0)?.entry.country, code, phrase);
  }
});

test('role words give sectors, singular or plural, longest first', () => {
  assert.equal(kb.longestAt(['troops'], 0)?.entry.sector, 'MIL');
  assert.equal(kb.longestAt(['riot', 'police'], 0)?.entry.sector, 'COP');
  assert.equal(kb.longestAt(['Foreign', 'Minister'], 0)?.length, 2);
  assert.equal(kb.longestAt(['rebels'], 0)?.entry.sector, 'REB');
});

test('office holders resolve by the date: the term in office then', () => {
  const terms = [
    { country: 'XXX', role: 'HEAD_OF_STATE', from: '2001-01-20', to: '2009-01-20' },
    { country: 'XXX', role: 'HEAD_OF_STATE', from: '2013-05', to: null },
  ];
  assert.equal(termOn(terms, '2005-06-01')?.from, '2001-01-20');
  assert.equal(termOn(terms, '2011-06-01'), null);
  assert.equal(termOn(terms, '2013-05-20')?.from, '2013-05');
  assert.equal(termOn(terms, '2024'), terms[1]);
});

test('one actor from adjective + role + name, and an apposition lends its description', () => {
  const text = 'Kenyan Interior Minister Jane Doe met Juan Perez, the Colombian ambassador, in Nairobi.';
  const w = words(text);
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type: 'PERSON' });
  const ms = findActorMentions(w, [span('Jane Doe'), span('Juan Perez')], kb, '2020-01-01');
  const jane = ms.find((m) => text.slice(m.start, m.end).includes('Jane'));
  assert.deepEqual([jane?.country, jane?.sector, jane?.entity], ['KEN', 'GOV', 'Jane Doe']);
  const juan = ms.find((m) => m.entity === 'Juan Perez');
  assert.deepEqual([juan?.country, juan?.sector], ['COL', 'GOV']);
  assert.ok(ms.find((m) => text.slice(m.start, m.end) === 'Nairobi')?.locative);
});

test('a role after a bracketed alias, and adjectives between a possessive country and its role, stay one actor', () => {
  const text = 'Hezbollah ( Party of God ) gunmen attacked , and Chad \'s ruling Moslem nationalist party said so .';
  const w = words(text);
  const org = { start: text.indexOf('Party of God'), end: text.indexOf('Party of God') + 12, type: 'ORG' };
  const ms = findActorMentions(w, [org], kb, '1996-08-23');
  const gunmen = ms.find((m) => text.slice(m.start, m.end).endsWith('gunmen'));
  assert.equal(gunmen?.country, 'LBN');
  assert.equal(gunmen?.sector, 'UAF');
  const party = ms.find((m) => text.slice(m.start, m.end).endsWith('party'));
  assert.equal(party?.country, 'TCD');
  assert.equal(party?.sector, 'PTY');
  assert.equal(ms.length, 2);
});

test('demonyms the country package lacks', () => {
  for (const [phrase, code] of [['Tajik', 'TJK'], ['Surinamese', 'SUR'], ['Azeri', 'AZE'], ['Uzbek', 'UZB']] as const) {
    assert.equal(kb.longestAt(phraseWords(phrase), 0)?.entry.country, code, phrase);
  }
});

test('"Security Council" alone is the UN Security Council', () => {
  assert.equal(kb.longestAt(['Security', 'Council'], 0)?.entry.country, 'UNO');
});

test('a Chinese, Korean or Vietnamese leader is found by the family name written first', async () => {
  const { loadKnowledgeBase } = await import('./kb.js');
  const kb = loadKnowledgeBase();
  assert.equal(kb.personBySurname('Xi', '2021-03-10')?.country, 'CHN');
  assert.equal(kb.personBySurname('Li', '2015-06-01')?.name, 'Li Keqiang');
});

test('a syllable of a spaced given name is no family name, and a common word is no bare surname', () => {
  // "Moon Jae In" is an alias: "In" must not name Moon Jae-in.
  assert.equal(kb.personBySurname('In', '2019-01-01'), null);
  assert.equal(kb.personBySurname('Moon', '2019-01-01')?.country, 'KOR');
  const text = 'To the surprise of many , Ondrasek resigned .';
  const found = findActorMentions(words(text), [], kb, '2025-01-01');
  assert.ok(!found.some((m) => m.country === 'VNM'), JSON.stringify(found));
});

test('a bare surname of several office holders of one country gives that country, not a person', () => {
  // Bill and Hillary Clinton both held office for the United States; in 2016 neither did.
  assert.equal(kb.personBySurname('Clinton', '2016-02-05'), null);
  assert.equal(kb.countryBySurname('Clinton'), 'USA');
  const text = 'Reporters asked Clinton about the emails .';
  const found = findActorMentions(words(text), [{ start: text.indexOf('Clinton'), end: text.indexOf('Clinton') + 7, type: 'PERSON' }], kb, '2016-02-05');
  const clinton = found.find((m) => text.slice(m.start, m.end) === 'Clinton');
  assert.deepEqual([clinton?.country, clinton?.entity, clinton?.rule], ['USA', 'Clinton', 'ner-person+kb-surname-country']);
});

test('parties and legislatures of one country name it; a party spelled without its apostrophe still does', () => {
  for (const [phrase, country] of [['Scottish National Party', 'GBR'], ['Bundestag', 'DEU'], ['Rajya Sabha', 'IND'], ['Economic Freedom Fighters', 'ZAF'], ['Peoples Democratic Party', 'NGA'], ['Constitutional Democratic Party', 'JPN']] as const) {
    const ws = phraseWords(phrase);
    const hit = kb.longestAt(ws, 0);
    assert.equal(hit?.length, ws.length, phrase);
    assert.equal(hit?.entry.country, country, phrase);
  }
});
