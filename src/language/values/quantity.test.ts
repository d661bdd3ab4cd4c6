import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, seen } from './test-helpers.js';

test('quantities normalise the unit and keep the stated number', () => {
  assert.deepEqual(seen('400 kilometres, 250 miles, 5,000 tonnes, 1.2 million barrels, 30 square kilometres, 3 MW').map((v) => [v.type, v.value, v.unit]), [
    ['QUANTITY', 400, 'km'], ['QUANTITY', 250, 'mi'], ['QUANTITY', 5000, 't'], ['QUANTITY', 1.2e6, 'bbl'], ['QUANTITY', 30, 'km2'], ['QUANTITY', 3, 'MW'],
  ]);
  assert.deepEqual(seen('a 12-metre boat, a 2.5-kilometre tunnel, 5km, 3,000 sq km, 40 hectares').map((v) => [v.text, v.unit]), [
    ['12-metre', 'm'], ['2.5-kilometre', 'km'], ['5km', 'km'], ['3,000 sq km', 'km2'], ['40 hectares', 'ha'],
  ]);
  assert.deepEqual(seen('300,000 barrels per day, 120 km/h, 50 miles an hour, 30°C, 10 kg').map((v) => v.unit), ['bbl/d', 'km/h', 'mph', 'degC', 'kg']);
  assert.deepEqual(seen('200 pounds of cocaine').map((v) => [v.text, v.unit]), [['200 pounds', 'lb']]);
  assert.equal(only('-5 degrees Celsius').value, -5);
});

test('a parenthesised or "or" restatement becomes the alternate, not a second mention', () => {
  const text = 'a range of 400 kilometers (250 miles) and more';
  const q = only(text);
  assert.deepEqual([q.value, q.unit, q.alternate?.value, q.alternate?.unit], [400, 'km', 250, 'mi']);
  assert.equal(text.slice(q.alternate!.start, q.alternate!.end), '250 miles');
  assert.equal(only('250 miles, or about 400 km').alternate?.unit, 'km');
  assert.equal(seen('400 km (about 40 percent)').length, 2);
});

test('ranges of quantities', () => {
  assert.deepEqual(only('5-10 km').range, { min: 5, max: 10 });
  assert.deepEqual(only('20 to 30 tonnes').range, { min: 20, max: 30 });
});

test('durations, ages and clock times are left to the time layer', () => {
  assert.deepEqual(seen('three days, 10 years, a 10-year-old boy, 5 p.m., 5pm, 30 minutes, a 30-day plan, 2 to 3 weeks'), []);
});
