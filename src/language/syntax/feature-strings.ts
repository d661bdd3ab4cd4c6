/**
 * Feature strings built once and reused: a string made again for every token
 * costs an allocation and a fresh hash on each weight lookup, while a reused
 * string keeps its hash. Keys are small integers (tag indices) or words.
 */
export class StringTable {
  private readonly cache = new Map<number, string>();
  constructor(private readonly make: (key: number) => string) {}
  get(key: number): string {
    let s = this.cache.get(key);
    if (s === undefined) this.cache.set(key, (s = this.make(key)));
    return s;
  }
}

/** Per-word strings, dropped when the cache grows past `limit` words. */
export class WordStrings<T> {
  private readonly cache = new Map<string, T>();
  constructor(private readonly make: (word: string) => T, private readonly limit = 100_000) {}
  get(word: string): T {
    let v = this.cache.get(word);
    if (v === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(word, (v = this.make(word)));
    }
    return v;
  }
}
