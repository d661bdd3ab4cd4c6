/**
 * Candidates of every parser (parsers.ts, compound.ts, sets.ts, reports.ts)
 * in a text, overlapping; index.ts keeps the best. A parser with key words
 * runs only on texts holding one of them: most shapes ("the third quarter",
 * "every Monday", "the 1990s") are absent from most paragraphs, and skipping
 * their regexes halves the stage's time.
 */
import { COMPOUND_PARSERS } from './compound.js';
import { PARSERS, type Candidate, type Parser } from './parsers.js';
import { REPORT_PARSERS } from './reports.js';
import { SET_PARSERS } from './sets.js';

export const ALL_PARSERS: readonly Parser[] = [...PARSERS, ...COMPOUND_PARSERS, ...SET_PARSERS, ...REPORT_PARSERS];
/** Every parser's key words once, each with the parsers it opens. */
const KEYED = ((): { key: string; parsers: number[] }[] => {
  const byKey = new Map<string, number[]>();
  ALL_PARSERS.forEach((p, i) => p.keys?.forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), i])));
  return [...byKey].map(([key, parsers]) => ({ key, parsers }));
})();

/** Every parser's matches in `text`, overlapping; the caller keeps the best. */
export function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const lower = text.toLowerCase();
  const open = new Uint8Array(ALL_PARSERS.length);
  for (const { key, parsers } of KEYED) if (lower.includes(key)) for (const i of parsers) open[i] = 1;
  for (let i = 0; i < ALL_PARSERS.length; i++) {
    const p = ALL_PARSERS[i];
    if (p.keys && !open[i]) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const c = p.make(m);
      if (c) out.push({ ...c, start: m.index, end: m.index + m[0].length, rule: p.rule });
    }
  }
  return out;
}
