import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAuthorBio, isDateLine, isNameLine } from './edge-trim.js';

test('date lines in any language', () => {
  assert.equal(isDateLine('November 18, 2019 at 2:26 PM HST'), true);
  assert.equal(isDateLine('segunda-feira, 22 de janeiro de 2018 às 0:13'), true);
  assert.equal(isDateLine('05/10/2018'), true);
  assert.equal(isDateLine('Calendário da Stock Car 2018'), false);
  assert.equal(isDateLine('The plan was approved on March 3, 2019, after a long debate in the council.'), false);
});

test('name-only lines and author bios', () => {
  assert.equal(isNameLine('Phil Helsel'), true);
  assert.equal(isNameLine('Jean-Luc van der Berg'), true);
  assert.equal(isNameLine('The end.'), false);
  assert.equal(isNameLine('Council'), false);
  assert.equal(isAuthorBio('Phil Helsel is a reporter for NBC News.'), true);
  assert.equal(isAuthorBio('The mayor is a former reporter who covered the city.'), false);
});
