/**
 * The project's blind gold set of real news sentences (bench/events-gold,
 * coded by hand from the PLOVER manual without looking at the coder): each
 * line points at a sentence of CoNLL-2003 valid or ECB+ in ../shared and
 * gives its events (the first is the main one) with actor and recipient
 * countries, or none. Scores: main-event type accuracy, actor and recipient
 * country accuracy, false events on no-event sentences.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePlainText } from '../src/events/plain-text.js';
import type { CodedEvent } from '../src/events/coder.js';
import { inReadingOrder } from '../src/events/main-event.js';
import { hashOf } from './events-data.js';
import { PROJECT_ROOT, SHARED } from './shared-data.js';

interface GoldEvent { type: string; actor: string[]; recipient: string[]; negated?: boolean }
interface GoldLine { corpus: string; sentence?: number; start?: number; end?: number; text: string; date: string | null; events: GoldEvent[] }

const MIN_CONFIDENCE = Number(process.env.EVENTS_MIN_CONFIDENCE ?? 0.4);

function conllSentences(path: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.length) out.push(cur.join(' '));
      cur = [];
    } else if (!line.startsWith('-DOCSTART-')) cur.push(line.split(' ')[0]);
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

/** CoNLL documents as lists of sentences, with each global sentence index's document and place in it. */
function conllDocuments(path: string): { docs: string[][]; where: Map<number, [number, number]> } {
  const docs: string[][] = [];
  const where = new Map<number, [number, number]>();
  let cur: string[] = [];
  let global = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) docs.push([]);
    else if (!line.trim()) {
      if (cur.length) {
        if (!docs.length) docs.push([]);
        where.set(global++, [docs.length - 1, docs[docs.length - 1].length]);
        docs[docs.length - 1].push(cur.join(' '));
      }
      cur = [];
    } else cur.push(line.split(' ')[0]);
  }
  return { docs, where };
}

function ecbSentences(path: string): Map<number, string> {
  const bySentence = new Map<number, string[]>();
  for (const m of readFileSync(path, 'utf8').matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[1]);
    bySentence.set(s, [...(bySentence.get(s) ?? []), m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')]);
  }
  return new Map([...bySentence].map(([k, v]) => [k, v.join(' ')]));
}

/**
 * Half of the set is for looking at errors (dev), half is never looked at
 * sentence by sentence (test): the split is by a hash of the sentence's place.
 */
export function goldHalf(g: { corpus: string; sentence?: number }): 'dev' | 'test' {
  return createHash('sha1').update(`${g.corpus}#${g.sentence}`).digest()[0] % 2 === 0 ? 'dev' : 'test';
}

export async function scoreGold(): Promise<Record<string, unknown> | null> {
  const all = await scoreGoldPart(null);
  if (!all) return null;
  return { ...all, dev: await scoreGoldPart('dev'), test: await scoreGoldPart('test') };
}

/**
 * The second set (sentences2.jsonl, coded blind by another helper) is a pure
 * held-out test: its sentences are never looked at, only its figures.
 */
export async function scoreGold2(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences2.jsonl');
}

/** The third set (sentences3.jsonl, coded blind by another helper): a development set whose errors are looked at. */
export async function scoreGold3(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences3.jsonl');
}

/** The third set coded inside its documents (see scoreGoldInDocument). */
export async function scoreGold3InDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences3.jsonl', true);
}

/** Any gold file of bench/events-gold, scored sentence by sentence (e.g. one source of a set). */
export async function scoreGoldFile(file: string): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, file);
}

/** The fifth set (session 6): development set of PolNeAR political news, 2015–16. */
export async function scoreGold5(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences5.jsonl');
}

/** Sets 4 and 5 coded inside their documents (the PolNeAR half: whole articles; CoNLL: documents). */
export async function scoreGold4InDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences4.jsonl', true);
}

export async function scoreGold5InDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences5.jsonl', true);
}

/** The fourth set (session 6): held out, half CoNLL-2003 train, half PolNeAR political news of 2015–16. */
export async function scoreGold4(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences4.jsonl');
}

/** The sixth set (session 9): held out, CoNLL-2003 train, ECB+ and PolNeAR; only its figures are looked at. */
export async function scoreGold6(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences6.jsonl');
}

export async function scoreGold6InDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences6.jsonl', true);
}

/** The second set coded inside its documents (see scoreGoldInDocument). */
export async function scoreGold2InDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences2.jsonl', true);
}

/**
 * The same gold sentences coded inside their document (one paragraph per
 * sentence), as the pipeline codes articles: only events whose trigger lies
 * in the gold sentence count. The coders saw the document, so this is the
 * fair measure of actor countries the sentence alone does not state.
 */
export async function scoreGoldInDocument(): Promise<Record<string, unknown> | null> {
  return scoreGoldPart(null, 'sentences.jsonl', true);
}

/** A sentence given by offsets into a raw file: tags removed, whitespace collapsed. */
function sliceRaw(path: string, start: number, end: number): string {
  const raw = readFileSync(path, 'utf8').slice(start, end);
  // Markup is stripped from XML corpora only: plain-text news may hold "<" itself (quoted tweets).
  return (/\.(?:xml|tml)$/.test(path) ? raw.replace(/<[^>]+>/g, '') : raw).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * The gold sentences of a file, each with the events coded for it (sentence alone, or within its document
 * when `inDocument`); `text` is null where the corpus is absent or the sentence no longer aligns.
 */
export async function* codedGoldSentences(half: 'dev' | 'test' | null, file: string, inDocument: boolean): AsyncGenerator<{ gold: GoldLine; text: string | null; events: CodedEvent[] }> {
  const goldPath = join(PROJECT_ROOT, 'bench', 'events-gold', file);
  const lines = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldLine).filter((g) => !half || goldHalf(g) === half);
  const conllCache = new Map<string, string[]>();
  const ecbCache = new Map<string, Map<number, string>>();
  const textOf = (g: GoldLine): string | null => {
    if (g.start !== undefined && g.end !== undefined) {
      const p = join(SHARED, 'bench', g.corpus);
      return existsSync(p) ? sliceRaw(p, g.start, g.end) : null;
    }
    if (g.corpus.startsWith('conll2003/')) {
      const p = join(SHARED, 'bench', 'ner', g.corpus);
      if (!existsSync(p)) return null;
      if (!conllCache.has(p)) conllCache.set(p, conllSentences(p));
      return conllCache.get(p)?.[g.sentence ?? -1] ?? null;
    }
    const p = join(SHARED, 'bench', 'stories', g.corpus);
    if (!existsSync(p)) return null;
    if (!ecbCache.has(p)) ecbCache.set(p, ecbSentences(p));
    return ecbCache.get(p)?.get(g.sentence ?? -1) ?? null;
  };
  // The document around a gold sentence: its text and where the sentence lies in it.
  const docCache = new Map<string, { text: string; offsets: number[] }>();
  const conllDocCache = new Map<string, ReturnType<typeof conllDocuments>>();
  const documentOf = (g: GoldLine): { key: string; text: string; start: number; end?: number } | null => {
    let key: string, sentences: string[], index: number;
    // A plain-text article (PolNeAR) is its own document; the record gives the sentence's offsets in it.
    if (g.start !== undefined && g.end !== undefined && !/\.(?:xml|tml)$/.test(g.corpus)) {
      const p = join(SHARED, 'bench', g.corpus);
      return existsSync(p) ? { key: p, text: readFileSync(p, 'utf8'), start: g.start, end: g.end } : null;
    }
    if (g.corpus.startsWith('conll2003/')) {
      const p = join(SHARED, 'bench', 'ner', g.corpus);
      if (!existsSync(p)) return null;
      const parsed = conllDocCache.get(p) ?? conllDocuments(p);
      conllDocCache.set(p, parsed);
      const { docs, where } = parsed;
      const w = where.get(g.sentence ?? -1);
      if (!w) return null;
      [key, sentences, index] = [`${p}#${w[0]}`, docs[w[0]], w[1]];
    } else if (g.start === undefined) {
      const p = join(SHARED, 'bench', 'stories', g.corpus);
      if (!existsSync(p)) return null;
      const byNumber = ecbCache.get(p) ?? ecbSentences(p);
      ecbCache.set(p, byNumber);
      const numbers = [...byNumber.keys()].sort((a, b) => a - b);
      [key, sentences, index] = [p, numbers.map((n) => byNumber.get(n) as string), numbers.indexOf(g.sentence ?? -1)];
      if (index < 0) return null;
    } else return null;
    if (!docCache.has(key)) {
      const offsets: number[] = [];
      let text = '';
      for (const sentence of sentences) {
        offsets.push(text.length);
        text += `${sentence}\n\n`;
      }
      docCache.set(key, { text, offsets });
    }
    const d = docCache.get(key) as { text: string; offsets: number[] };
    return { key, text: d.text, start: d.offsets[index] };
  };
  const codedDocs = new Map<string, CodedEvent[]>();
  for (const g of lines) {
    const text = textOf(g);
    if (text === null || !text.startsWith(g.text.slice(0, 20))) {
      yield { gold: g, text: null, events: [] };
      continue;
    }
    let events: CodedEvent[];
    const doc = inDocument ? documentOf(g) : null;
    if (doc) {
      if (!codedDocs.has(doc.key)) codedDocs.set(doc.key, (await codePlainText(doc.key, doc.text, g.date, { clusters: process.env.EVENTS_DOC_CLUSTERS === '1' })).events);
      events = (codedDocs.get(doc.key) as CodedEvent[]).filter((e) => e.trigger.start >= doc.start && e.trigger.end <= (doc.end ?? doc.start + text.length));
    } else events = (await codePlainText(`${g.corpus}#${g.sentence ?? g.start}`, text, g.date)).events;
    yield { gold: g, text, events };
  }
}

/**
 * Countries are scored on the predicted event of the gold main type (or the top one when there is none):
 * right when one of its actors (recipients) has a gold country; null where the gold names none.
 */
export function countryScore(judged: CodedEvent | undefined, gold: { actor: string[]; recipient: string[] }): { actor: boolean | null; recipient: boolean | null } {
  return {
    actor: gold.actor.length > 0 ? Boolean(judged?.actors.some((a) => a.country && gold.actor.includes(a.country))) : null,
    recipient: gold.recipient.length > 0 ? Boolean(judged?.recipients.some((a) => a.country && gold.recipient.includes(a.country))) : null,
  };
}

async function scoreGoldPart(half: 'dev' | 'test' | null, file = 'sentences.jsonl', inDocument = false): Promise<Record<string, unknown> | null> {
  if (!existsSync(join(PROJECT_ROOT, 'bench', 'events-gold', file))) return null;
  let eventSentences = 0, typeOk = 0, typeAny = 0, missed = 0;
  let actorChecked = 0, actorOk = 0, recipientChecked = 0, recipientOk = 0;
  let noEvent = 0, falseEvents = 0, misaligned = 0, sentences = 0;
  const confusion = new Map<string, number>();
  const texts: string[] = [];
  for await (const { gold: g, text, events } of codedGoldSentences(half, file, inDocument)) {
    sentences++;
    if (text === null) {
      misaligned++;
      continue;
    }
    texts.push(`${text}\t${JSON.stringify(g.events)}`);
    const kept = inReadingOrder(events.filter((e) => e.confidence >= MIN_CONFIDENCE));
    const asserted = kept.filter((e) => !e.flags.negated);
    if (g.events.length === 0) {
      noEvent++;
      if (asserted.length > 0) falseEvents++;
      continue;
    }
    eventSentences++;
    const main = g.events[0];
    const pool = main.negated ? kept.filter((e) => e.flags.negated) : asserted;
    const top: CodedEvent | undefined = pool[0];
    if (!top) missed++;
    if (top?.type === main.type) typeOk++;
    else confusion.set(`${main.type}→${top?.type ?? 'none'}`, (confusion.get(`${main.type}→${top?.type ?? 'none'}`) ?? 0) + 1);
    const same = pool.find((e) => e.type === main.type);
    if (same) typeAny++;
    const countries = countryScore(same ?? top, main);
    if (countries.actor !== null) {
      actorChecked++;
      if (countries.actor) actorOk++;
    }
    if (countries.recipient !== null) {
      recipientChecked++;
      if (countries.recipient) recipientOk++;
    }
  }
  const r = (x: number, n: number) => Math.round((x / (n || 1)) * 1000) / 1000;
  return {
    corpusHash: hashOf(texts),
    sentences,
    misaligned,
    eventSentences,
    typeAccuracy: r(typeOk, eventSentences),
    typeFoundAnywhere: r(typeAny, eventSentences),
    missedEventSentences: r(missed, eventSentences),
    actorCountryChecked: actorChecked,
    actorCountryAccuracy: r(actorOk, actorChecked),
    recipientCountryChecked: recipientChecked,
    recipientCountryAccuracy: r(recipientOk, recipientChecked),
    noEventSentences: noEvent,
    falseEventRate: r(falseEvents, noEvent),
    // Confusions only where errors may be looked at.
    ...(half === 'test' || file !== 'sentences.jsonl' || inDocument ? {} : { topConfusions: [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 12) }),
  };
}


/** The sentences of a gold file with their text (from ../shared) and main event type: training data for the type classifier. */
export function goldSentences(file: string): Array<{ text: string; date: string | null; mainType: string | null; events: GoldEvent[] }> {
  const goldPath = join(PROJECT_ROOT, 'bench', 'events-gold', file);
  if (!existsSync(goldPath)) return [];
  const conll = new Map<string, string[]>();
  const ecb = new Map<string, Map<number, string>>();
  const out: Array<{ text: string; date: string | null; mainType: string | null; events: GoldEvent[] }> = [];
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as GoldLine;
    let text: string | null | undefined = null;
    if (g.start !== undefined && g.end !== undefined) text = sliceRaw(join(SHARED, 'bench', g.corpus), g.start, g.end);
    else if (g.corpus.startsWith('conll2003/')) {
      const p = join(SHARED, 'bench', 'ner', g.corpus);
      if (!conll.has(p)) conll.set(p, conllSentences(p));
      text = conll.get(p)?.[g.sentence ?? -1];
    } else {
      const p = join(SHARED, 'bench', 'stories', g.corpus);
      if (!ecb.has(p)) ecb.set(p, ecbSentences(p));
      text = ecb.get(p)?.get(g.sentence ?? -1);
    }
    if (text && text.startsWith(g.text.slice(0, 20))) out.push({ text, date: g.date, mainType: g.events[0]?.type ?? null, events: g.events });
  }
  return out;
}
