/**
 * Builds the tagger's name lists from a labelled name corpus (WikiANN's
 * "en:token<TAB>tag" lines): every PER/ORG/LOC name, FIRST and LAST
 * name lists from multi-word person names seen at least twice, and
 * ORGWORD/LOCWORD lists of the words typical of organisation or place
 * names ("bank", "river"), which mark parts of names never seen whole.
 */
import { Gazetteer } from './gazetteer.js';

export function buildGazetteer(wikiann: string): Gazetteer {
  const g = new Gazetteer();
  /** Per lower-cased word of multi-word names, how often it occurs in names of each type. */
  const inNames = new Map<string, Map<string, number>>();
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  let words: string[] = [];
  let type = '';
  const close = (): void => {
    if (words.length > 0 && words.some((w) => /\p{Lu}/u.test(w))) {
      g.add(type, words);
      if (words.length >= 2) {
        for (const w of new Set(words.map((x) => x.toLowerCase()))) {
          const byType = inNames.get(w) ?? new Map<string, number>();
          byType.set(type, (byType.get(type) ?? 0) + 1);
          inNames.set(w, byType);
        }
      }
      if (type === 'PER' && words.length >= 2) {
        firsts.set(words[0], (firsts.get(words[0]) ?? 0) + 1);
        lasts.set(words[words.length - 1], (lasts.get(words[words.length - 1]) ?? 0) + 1);
      }
    }
    words = [];
  };
  for (const line of wikiann.split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) {
      close();
      continue;
    }
    const word = line.slice(0, tab).replace(/^[a-z]{2}:/, '');
    const tag = line.slice(tab + 1).trim();
    if (tag === 'O' || tag.length < 3) close();
    else if (tag.startsWith('B-') || tag.slice(2) !== type) {
      close();
      type = tag.slice(2);
      words.push(word);
    } else words.push(word);
  }
  close();
  // Words typical of ORG or LOC names ("bank", "united", "river"): at least 5 names, 70% of them of that type.
  for (const [w, byType] of inNames) {
    let total = 0;
    for (const c of byType.values()) total += c;
    for (const t of ['ORG', 'LOC']) if (total >= 5 && (byType.get(t) ?? 0) >= 0.7 * total && /\p{L}/u.test(w)) g.add(`${t}WORD`, [w]);
  }
  for (const [w, c] of firsts) if (c >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w)) g.add('FIRST', [w]);
  for (const [w, c] of lasts) if (c >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w)) g.add('LAST', [w]);
  return g;
}

