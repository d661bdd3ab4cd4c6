/**
 * Document-level hints for the second tagging pass (non-local features in
 * the manner of Ratinov & Roth 2009 and Krishnan & Manning 2006): for each
 * word, what the first pass said about the other occurrences of the same
 * word in the document (majority type, every type seen, the type at its
 * first occurrence) and about multi-word entities elsewhere that contain
 * the word (with its position in them).
 */
import { entitySpans } from './spans.js';
import { startsUpper } from './word-form.js';

function typeOf(tag: string): string {
  return tag.length > 2 ? tag.slice(2) : 'O';
}

/** Hints per sentence per word, from the first pass's tags of the whole document. */
export function documentHints(sentences: readonly (readonly string[])[], firstPass: readonly (readonly string[])[]): string[][][] {
  // Occurrences of each lower-cased word that starts upper case or was tagged as part of an entity.
  const occurrences = new Map<string, { s: number; i: number; type: string }[]>();
  const inSpans = new Map<string, { s: number; i: number; mark: string }[]>();
  sentences.forEach((words, s) => {
    const tags = firstPass[s];
    words.forEach((w, i) => {
      if (!startsUpper(w) && tags[i] === 'O') return;
      const key = w.toLowerCase();
      const list = occurrences.get(key) ?? [];
      list.push({ s, i, type: typeOf(tags[i]) });
      occurrences.set(key, list);
    });
    for (const span of entitySpans(words, tags)) {
      const len = span.end - span.start;
      if (len < 2) continue;
      for (let k = span.start; k < span.end; k++) {
        const key = words[k].toLowerCase();
        const list = inSpans.get(key) ?? [];
        list.push({ s, i: k, mark: `${span.type}:${k === span.start ? 'B' : k === span.end - 1 ? 'L' : 'I'}` });
        inSpans.set(key, list);
      }
    }
  });
  return sentences.map((words, s) =>
    words.map((w, i) => {
      const hints: string[] = [];
      const key = w.toLowerCase();
      const others = (occurrences.get(key) ?? []).filter((o) => o.s !== s || o.i !== i);
      if (others.length > 0) {
        const counts = new Map<string, number>();
        for (const o of others) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
        let major = 'O';
        let most = 0;
        for (const [t, c] of counts) if (c > most || (c === most && t !== 'O')) [major, most] = [t, c];
        hints.push(`maj=${major}`);
        for (const t of counts.keys()) if (t !== 'O') hints.push(`has=${t}`);
        const first = others[0];
        if (first.s < s || (first.s === s && first.i < i)) hints.push(`first=${first.type}`);
      }
      const spans = (inSpans.get(key) ?? []).filter((o) => o.s !== s || o.i !== i);
      for (const mark of new Set(spans.map((o) => o.mark))) hints.push(`span=${mark}`);
      hints.push(`self=${typeOf(firstPass[s][i])}`);
      return hints;
    }),
  );
}
