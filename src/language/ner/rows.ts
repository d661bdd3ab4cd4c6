/**
 * Feature hash → weight row, an open-addressing table over Int32Arrays:
 * much faster than a Map for 32-bit keys (which V8 boxes as doubles).
 */
export class FeatureTable {
  private keys: Int32Array;
  /** Row + 1; 0 marks an empty slot. */
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The row of `hash`, or -1. */
  row(hash: number): number {
    const key = hash | 0;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const v = this.vals[i];
      if (v === 0) return -1;
      if (this.keys[i] === key) return v - 1;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of `hash`, adding the next free row when it is new. */
  add(hash: number): number {
    const found = this.row(hash);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.insert(hash | 0, this.size + 1);
    return this.size++;
  }

  /** Every (hash, row) pair. */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i <= this.mask; i++) if (this.vals[i] !== 0) yield [this.keys[i] >>> 0, this.vals[i] - 1];
  }

  private insert(key: number, val: number): void {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.vals[i] !== 0) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.vals[i] = val;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(vals.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.insert(keys[i], vals[i]);
  }
}
