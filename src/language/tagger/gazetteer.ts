/**
 * Name lists as tagger features: multi-word entries (lower-cased token
 * sequences) with one or more list types (PER, ORG, LOC, FIRST, LAST,
 * COUNTRY, DEMONYM, ...). A sentence is matched greedily, longest entry
 * first at each capitalised token; each token in a match gets
 * `TYPE:B|I|U` (begin, inside, unit-length) for every type of the entry.
 */

export class Gazetteer {
  private readonly entries = new Map<string, string[]>();
  /** Every proper prefix of a multi-word entry, so matching stops as soon as no entry can continue. */
  private readonly prefixes = new Set<string>();
  private maxTokens = 1;

  add(type: string, tokens: readonly string[]): void {
    if (tokens.length === 0 || tokens.length > 8) return;
    const key = tokens.join(' ').toLowerCase();
    const types = this.entries.get(key);
    if (!types) this.entries.set(key, [type]);
    else if (!types.includes(type)) types.push(type);
    if (tokens.length > this.maxTokens) this.maxTokens = tokens.length;
    const lower = tokens.map((t) => t.toLowerCase());
    for (let k = 1; k < lower.length; k++) this.prefixes.add(lower.slice(0, k).join(' '));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Types of the entry with this lower-cased, space-joined key. */
  entry(key: string): readonly string[] | undefined {
    return this.entries.get(key);
  }

  /** Whether some longer entry starts with this key. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  get longest(): number {
    return this.maxTokens;
  }

  typesOf(tokens: readonly string[]): readonly string[] {
    return this.entries.get(tokens.join(' ').toLowerCase()) ?? [];
  }

  /** Per token, the gazetteer marks it carries. */
  match(words: readonly string[]): string[][] {
    const n = words.length;
    const marks: string[][] = words.map(() => []);
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < n; i++) {
      if (!/^[\p{Lu}\p{N}]/u.test(words[i])) continue;
      let key = '';
      let best = 0;
      let bestTypes: string[] | undefined;
      for (let len = 1; len <= this.maxTokens && i + len <= n; len++) {
        key = len === 1 ? lower[i] : `${key} ${lower[i + len - 1]}`;
        const types = this.entries.get(key);
        if (types) {
          best = len;
          bestTypes = types;
        }
        if (!this.prefixes.has(key)) break;
      }
      if (!bestTypes) continue;
      for (let k = 0; k < best; k++) {
        const pos = best === 1 ? 'U' : k === 0 ? 'B' : 'I';
        for (const t of bestTypes) marks[i + k].push(`${t}:${pos}`);
      }
    }
    return marks;
  }

  /** One `TYPE<TAB>entry` line per list membership. */
  serialise(): string {
    const lines: string[] = [];
    for (const [key, types] of this.entries) for (const t of types) lines.push(`${t}\t${key}`);
    return lines.join('\n');
  }

  static parse(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) g.add(line.slice(0, tab), line.slice(tab + 1).split(' '));
    }
    return g;
  }
}
