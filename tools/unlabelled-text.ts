/**
 * Unlabelled news-like text from ../shared for word clustering: PolNeAR
 * article texts (train and dev), TimeBank and AQUAINT newswire (TempEval-3),
 * ECB+ tokens, AEB ground-truth article bodies, NGEC synthetic stories, and
 * the words of CoNLL-2003 train and WikiANN train, dev and test (labels
 * ignored). CoNLL valid is left out: it is the dev set. About 3.4 M tokens.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../src/language/tokens/sentences.js';
import { tokenize, tokenTexts } from '../src/language/tokens/tokenize.js';
import { sharedPath } from '../bench/shared-data.js';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

function* sentencesOf(text: string): Generator<string[]> {
  const tokens = tokenize(text);
  for (const s of splitSentences(text, tokens)) yield tokenTexts(text, tokens.slice(s.firstToken, s.endToken));
}

function* columnFile(path: string, strip: RegExp): Generator<string[]> {
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const w = line.split(/\s+/)[0]?.replace(strip, '');
    if (!w || w.startsWith('-DOCSTART-')) {
      if (words.length) yield words;
      words = [];
    } else words.push(w);
  }
  if (words.length) yield words;
}

export function* unlabelledSentences(): Generator<string[]> {
  for (const split of ['train', 'dev']) {
    const polnear = sharedPath('bench', 'quotes', 'polnear', 'data', split, 'text');
    if (polnear) for (const f of files(polnear)) yield* sentencesOf(readFileSync(f, 'utf8'));
  }
  // TimeBank and AQUAINT newswire (TempEval-3): the <TEXT> part, markup stripped.
  const tbaq = sharedPath('bench', 'time', 'tempeval3', 'TBAQ-cleaned');
  if (tbaq) {
    for (const f of files(tbaq)) {
      if (!f.endsWith('.tml')) continue;
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(f, 'utf8'))?.[1];
      if (body) yield* sentencesOf(body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    }
  }
  const ecb = sharedPath('bench', 'stories', 'ecbplus', 'xml');
  if (ecb) {
    for (const f of files(ecb)) {
      const xml = readFileSync(f, 'utf8');
      const bySentence = new Map<string, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const list = bySentence.get(m[1]) ?? [];
        list.push(m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
        bySentence.set(m[1], list);
      }
      yield* bySentence.values();
    }
  }
  const aeb = sharedPath('bench', 'extraction', 'aeb', 'ground-truth.json');
  if (aeb) for (const v of Object.values(JSON.parse(readFileSync(aeb, 'utf8')) as Record<string, { articleBody?: string }>)) if (v.articleBody) yield* sentencesOf(v.articleBody);
  const ngec = sharedPath('bench', 'events', 'ngec', 'train_classifiers');
  if (ngec) for (const f of files(ngec)) if (f.endsWith('.csv')) yield* sentencesOf(readFileSync(f, 'utf8'));
  const conll = sharedPath('bench', 'ner', 'conll2003', 'train.txt');
  if (conll) yield* columnFile(conll, /^$/);
  for (const split of ['train', 'dev', 'test']) {
    const wikiann = sharedPath('bench', 'ner', 'wikiann-en', split);
    if (wikiann && existsSync(wikiann)) yield* columnFile(wikiann, /^[a-z]{2}:/);
  }
}
