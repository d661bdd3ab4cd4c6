/**
 * Builds `models/actors/common-words.txt`: words that news text writes in
 * lower case (seen lower-case at least MIN_LOWER times, and lower-case more
 * often than capitalised inside a sentence) in the unlabelled text of
 * ../shared (tools/unlabelled-text.ts). The actor finder uses it to tell a
 * capitalised sentence-initial name the entity tagger missed ("Jeffs
 * refused ...") from an ordinary word that only starts the sentence
 * ("Angry students ...").
 * Run: npm run build:common-words
 */
import { writeFileSync } from 'node:fs';
import { unlabelledSentences } from './unlabelled-text.js';
import { COMMON_WORDS_URL } from '../src/actors/common-words.js';

const MIN_LOWER = 3;

function main(): void {
  const lower = new Map<string, number>();
  const capitalisedInside = new Map<string, number>();
  let sentences = 0;
  for (const words of unlabelledSentences()) {
    sentences++;
    words.forEach((w, i) => {
      if (!/^\p{L}[\p{L}'-]*$/u.test(w)) return;
      const key = w.toLowerCase();
      if (/^\p{Ll}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w)) capitalisedInside.set(key, (capitalisedInside.get(key) ?? 0) + 1);
    });
  }
  const common = [...lower].filter(([w, n]) => n >= MIN_LOWER && n > (capitalisedInside.get(w) ?? 0)).map(([w]) => w).sort();
  writeFileSync(COMMON_WORDS_URL, `${common.join('\n')}\n`);
  console.log(`${sentences} sentences, ${common.length} common words -> ${COMMON_WORDS_URL.pathname}`);
}

main();
