/** CoNLL-2003 sentences with their part-of-speech and chunk columns (chunks IOB1 → BIO). */
import { readFileSync } from 'node:fs';
import { toBio } from '../tagger/conll-data.js';

export interface SyntaxSentence {
  readonly words: string[];
  readonly pos: string[];
  readonly chunks: string[];
}

export function readSyntaxConll(path: string): SyntaxSentence[] {
  const out: SyntaxSentence[] = [];
  let s: SyntaxSentence = { words: [], pos: [], chunks: [] };
  const flush = (): void => {
    if (s.words.length > 0) out.push({ ...s, chunks: toBio(s.chunks) });
    s = { words: [], pos: [], chunks: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-') || line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.trim().split(/\s+/);
    if (cols.length < 3) continue;
    s.words.push(cols[0]);
    s.pos.push(cols[1]);
    s.chunks.push(cols[2]);
  }
  flush();
  return out;
}
