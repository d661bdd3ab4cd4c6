/** Compact views of mentions for the tests. */
import { findValues } from './index.js';

export interface Seen {
  text: string;
  type: string;
  value: number;
  unit?: string;
}

export function seen(text: string): Seen[] {
  return findValues(text).map((v) => ({ text: text.slice(v.start, v.end), type: v.type, value: v.value, ...(v.unit ? { unit: v.unit } : {}) }));
}

export function only(text: string): ReturnType<typeof findValues>[number] {
  const all = findValues(text);
  if (all.length !== 1) throw new Error(`expected one value in ${JSON.stringify(text)}, got ${all.length}: ${JSON.stringify(all)}`);
  return all[0];
}
