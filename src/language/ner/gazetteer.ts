/**
 * Gazetteer matching: lower-cased phrases (words joined by one space) in
 * named lists; a sentence is scanned for every listed phrase, and each
 * word gets marks "list:position" (U single word, B/I/L first, inside,
 * last of a longer phrase). Lists overlap freely (Georgia: country, state,
 * first name).
 */
export interface GazetteerTables {
  /** List name → lower-cased phrases. */
  readonly lists: Record<string, string[]>;
}

export class Gazetteer {
  readonly names: string[];
  /** Phrase → bit set of lists. */
  private readonly phrases = new Map<string, number>();
  /** Proper prefixes of multi-word phrases. */
  private readonly prefixes = new Set<string>();
  private readonly maxWords: number;

  constructor(tables: GazetteerTables) {
    this.names = Object.keys(tables.lists).slice(0, 30);
    let maxWords = 1;
    this.names.forEach((name, bit) => {
      for (const phrase of tables.lists[name]) {
        this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | (1 << bit));
        const words = phrase.split(' ');
        maxWords = Math.max(maxWords, words.length);
        for (let k = 1; k < words.length; k++) this.prefixes.add(words.slice(0, k).join(' '));
      }
    });
    this.maxWords = Math.min(maxWords, 8);
  }

  /** Lists containing exactly this phrase (lower-cased words joined by spaces). */
  listsOf(phrase: string): string[] {
    const bits = this.phrases.get(phrase.toLowerCase()) ?? 0;
    return this.names.filter((_, b) => bits & (1 << b));
  }

  has(list: string, phrase: string): boolean {
    const bit = this.names.indexOf(list);
    return bit >= 0 && ((this.phrases.get(phrase.toLowerCase()) ?? 0) & (1 << bit)) !== 0;
  }

  /** Marks per word ("country:U", "city:B"); `lower` are the lower-cased words. */
  match(lower: readonly string[]): string[][] {
    const n = lower.length;
    const marks: string[][] = Array.from({ length: n }, () => []);
    // Longest match per list per start: a word covered by the longest phrase of a list gets that mark.
    for (let i = 0; i < n; i++) {
      let phrase = lower[i];
      const found: { len: number; bits: number }[] = [];
      for (let len = 1; len <= this.maxWords && i + len <= n; len++) {
        if (len > 1) {
          if (!this.prefixes.has(phrase)) break;
          phrase += ` ${lower[i + len - 1]}`;
        }
        const bits = this.phrases.get(phrase);
        if (bits) found.push({ len, bits });
      }
      let claimed = 0;
      for (let f = found.length - 1; f >= 0; f--) {
        const { len, bits } = found[f];
        const fresh = bits & ~claimed;
        if (!fresh) continue;
        claimed |= fresh;
        for (let b = 0; b < this.names.length; b++) {
          if (!(fresh & (1 << b))) continue;
          const name = this.names[b];
          if (len === 1) marks[i].push(`${name}:U`);
          else for (let k = 0; k < len; k++) marks[i + k].push(`${name}:${k === 0 ? 'B' : k === len - 1 ? 'L' : 'I'}`);
        }
      }
    }
    return marks;
  }
}
