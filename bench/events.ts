/**
 * Event coding benchmarks (npm run bench:events):
 *  - NGEC labelled stories, the fixed 20% dev split (by headline template):
 *    story event-type accuracy (the main event, main-event.ts), per-type
 *    precision/recall, mode accuracy where the story has a mode.
 *  - PETRARCH2 unit-test records: CAMEO codes mapped to PLOVER with
 *    CAMEO2PLOVER; type agreement (the expected type among the coded events),
 *    false events on records expecting none, actor/recipient country
 *    agreement where the record's actors are real countries.
 *  - The project's blind gold set of real news sentences (events-gold.ts): type
 *    accuracy, actor/recipient country accuracy, false events on no-event sentences.
 *  - Speed: sentences per second for the event stage alone and with the language stages.
 * EVENTS_SPLIT=train scores the train part instead (for error analysis).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { codePlainText } from '../src/events/plain-text.js';
import { codeArticle } from '../src/events/stage.js';
import { mainEvent } from '../src/events/main-event.js';
import { loadKnowledgeBase } from '../src/actors/kb.js';
import { leadWords, loadTypeClassifier, sentenceFeatures } from '../src/events/classifier.js';
import { loadLexicon } from '../src/events/lexicon.js';
import { typeShares } from '../src/events/coder.js';
import { scoreGold, scoreGold2, scoreGold2InDocument, scoreGold3, scoreGold3InDocument, scoreGold4, scoreGold4InDocument, scoreGold5, scoreGold5InDocument, scoreGold6, scoreGold6InDocument, scoreGoldInDocument } from './events-gold.js';
import { hashOf, isNgecDev, readCameoToPlover, readNgec, readPetrarch } from './events-data.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const MIN_CONFIDENCE = 0.4;
const normMode = (m: string | null | undefined): string => (m ?? '').toLowerCase().replace('sieze', 'seize').replace('primative', 'primitive');

async function ngec(): Promise<Record<string, unknown>> {
  const path = requireShared('bench', 'events', 'ngec', 'train_classifiers', 'gpt_synthetic_events_2023-10-19_19.csv');
  const wantTrain = process.env.EVENTS_SPLIT === 'train';
  const stories = readNgec(path).filter((s) => isNgecDev(s) !== wantTrain);
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    const c = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    perType.set(t, c);
  };
  let correct = 0;
  let modeTotal = 0;
  let modeCorrect = 0;
  let sentences = 0;
  let eventSeconds = 0;
  const confusion = new Map<string, number>();
  const t0 = performance.now();
  for (const s of stories) {
    const { article } = await codePlainText(`ngec-${s.index}`, s.text, null);
    const e0 = performance.now();
    const events = codeArticle(article);
    eventSeconds += (performance.now() - e0) / 1000;
    const sentenceStarts = article.layer('sentences', 'sentence').map((x) => x.start);
    sentences += sentenceStarts.length;
    const placed = events
      .filter((e) => e.confidence >= MIN_CONFIDENCE)
      .map((event) => ({ event, sentenceIndex: Math.max(0, sentenceStarts.findIndex((st, i) => event.trigger.start >= st && (i + 1 === sentenceStarts.length || event.trigger.start < sentenceStarts[i + 1]))) }));
    const classifier = loadTypeClassifier();
    let shares: Record<string, number> | null = null;
    if (classifier) {
      const words = leadWords(s.text);
      shares = typeShares(classifier, sentenceFeatures(words, loadLexicon().match(words.map((w) => w.toLowerCase()))));
    }
    const main = mainEvent(placed, shares);
    const predicted = main?.type ?? 'NONE';
    if (predicted === s.label) {
      correct++;
      bump(s.label, 'tp');
    } else {
      bump(s.label, 'fn');
      if (predicted !== 'NONE') bump(predicted, 'fp');
      const key = `${s.label}→${predicted}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (s.mode) {
      modeTotal++;
      if (predicted === s.label && normMode(main?.mode) === normMode(s.mode)) modeCorrect++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const types = Object.fromEntries(
    [...perType].sort().map(([t, c]) => {
      const p = c.tp / (c.tp + c.fp || 1);
      const r = c.tp / (c.tp + c.fn || 1);
      return [t, { precision: round(p), recall: round(r), f1: round((2 * p * r) / (p + r || 1)), support: c.tp + c.fn }];
    }),
  );
  return {
    corpusHash: hashOf(stories.map((s) => `${s.label}\t${s.mode}\t${s.text}`)),
    split: wantTrain ? 'train (80%)' : 'dev (20% of templates)',
    stories: stories.length,
    typeAccuracy: round(correct / stories.length),
    modeAccuracy: round(modeCorrect / (modeTotal || 1)),
    modeStories: modeTotal,
    perType: types,
    topConfusions: [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 12),
    sentences,
    sentencesPerSecondWithLanguage: Math.round(sentences / seconds),
    sentencesPerSecondEventStage: Math.round(sentences / eventSeconds),
  };
}

async function petrarch(): Promise<Record<string, unknown>> {
  const records = readPetrarch(requireShared('bench', 'events', 'petrarch2', 'data', 'text', 'PETR.UnitTest.records.xml'));
  const toPlover = readCameoToPlover(requireShared('bench', 'events', 'plover', 'CAMEO2PLOVER-2021.txt'));
  const kb = loadKnowledgeBase();
  let typed = 0;
  let typeAgree = 0;
  let noEvent = 0;
  let falseEvents = 0;
  let actorChecked = 0;
  let actorAgree = 0;
  let recipientChecked = 0;
  let recipientAgree = 0;
  for (const r of records) {
    const { events } = await codePlainText(r.id, r.text, r.date || null);
    const kept = events.filter((e) => e.confidence >= MIN_CONFIDENCE && !e.flags.negated);
    const gold = r.codings.map((c) => ({ ...c, plover: toPlover(c.code) })).filter((c) => c.plover);
    if (gold.length === 0) {
      noEvent++;
      if (kept.length > 0) falseEvents++;
      continue;
    }
    typed++;
    const g = gold[0];
    const match = kept.find((e) => e.type === g.plover?.type);
    if (match) typeAgree++;
    // Actors only where the record's code starts with a real country the knowledge base knows.
    const real = (code: string) => (kb.countryNames.has(code.slice(0, 3)) ? code.slice(0, 3) : null);
    const src = real(g.source);
    const tgt = real(g.target);
    if (src) {
      actorChecked++;
      if (match?.actors.some((a) => a.country === src)) actorAgree++;
    }
    if (tgt) {
      recipientChecked++;
      if (match?.recipients.some((a) => a.country === tgt)) recipientAgree++;
    }
  }
  return {
    corpusHash: hashOf(records.map((r) => `${r.id}\t${r.text}\t${r.codings.map((c) => c.code).join(',')}`)),
    records: records.length,
    withPloverEvent: typed,
    typeAgreement: round(typeAgree / (typed || 1)),
    noEventRecords: noEvent,
    falseEventRate: round(falseEvents / (noEvent || 1)),
    actorCountryChecked: actorChecked,
    actorCountryAgreement: round(actorAgree / (actorChecked || 1)),
    recipientCountryChecked: recipientChecked,
    recipientCountryAgreement: round(recipientAgree / (recipientChecked || 1)),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function main(): Promise<void> {
  const results = { ngec: await ngec(), petrarch2: await petrarch(), gold: await scoreGold(), goldInDocument: await scoreGoldInDocument(), gold2: await scoreGold2(), gold2InDocument: await scoreGold2InDocument(), gold3: await scoreGold3(), gold3InDocument: await scoreGold3InDocument(), gold4: await scoreGold4(), gold4InDocument: await scoreGold4InDocument(), gold5: await scoreGold5(), gold5InDocument: await scoreGold5InDocument(), gold6: await scoreGold6(), gold6InDocument: await scoreGold6InDocument() };
  console.log(JSON.stringify(results, null, 2));
  if (process.env.EVENTS_SPLIT !== 'train') {
    mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'events.json'), JSON.stringify(results, null, 2));
  }
}

await main();
