/**
 * Probe sentences (npm run bench:event-probes): news sentences written for
 * the project from the PLOVER manual's definitions, 40 per event type and 10
 * look-alikes with no event (bench/events-probes/*.jsonl), by writers who saw
 * neither the trigger lexicon nor the gold sets. They are plain and short
 * beside real news, so they measure the lexicon's coverage of each type's
 * ordinary phrasings, not the coder's accuracy on news. A second, complex
 * suite (bench/events-probes/complex) holds wire-story sentences with
 * attribution, clauses and indirect wording, and a politics suite
 * (bench/events-probes/politics) domestic political news, by more such writers. Scored
 * like the gold sets: the sentence's first asserted event against the
 * labelled main event. VERBOSE=1 lists the misses.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePlainText } from '../src/events/plain-text.js';
import { inReadingOrder } from '../src/events/main-event.js';
import { hashOf } from './events-data.js';
import { countryScore } from './events-gold.js';
import { PROJECT_ROOT } from './shared-data.js';

interface Probe { text: string; type: string; actor: string[]; recipient: string[]; negated?: boolean }

const MIN_CONFIDENCE = 0.4;
const REFERENCE_DATE = '2024-06-15';
const round = (x: number) => Math.round(x * 1000) / 1000;

async function scoreSuite(dir: string): Promise<Record<string, unknown> | null> {
  if (!existsSync(dir)) return null;
  const probes: Probe[] = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Probe));
  const perType = new Map<string, { n: number; right: number; none: number }>();
  let none = 0, falseEvents = 0, actorChecked = 0, actorRight = 0, recipientChecked = 0, recipientRight = 0;
  for (const p of probes) {
    const { events } = await codePlainText('probe', p.text, REFERENCE_DATE);
    const kept = inReadingOrder(events.filter((e) => e.confidence >= MIN_CONFIDENCE));
    const asserted = kept.filter((e) => !e.flags.negated);
    if (p.type === 'NONE') {
      none++;
      if (asserted.length > 0) {
        falseEvents++;
        if (process.env.VERBOSE === '1') console.log(`false   ${asserted[0].type} | ${p.text}`);
      }
      continue;
    }
    const t = perType.get(p.type) ?? { n: 0, right: 0, none: 0 };
    perType.set(p.type, t);
    t.n++;
    const pool = p.negated ? kept.filter((e) => e.flags.negated) : asserted;
    const top = pool[0];
    if (top?.type === p.type) t.right++;
    else {
      if (!top) t.none++;
      if (process.env.VERBOSE === '1') console.log(`${p.type.padEnd(9)} ${top?.type ?? 'none'} | ${p.text}`);
    }
    const countries = countryScore(pool.find((e) => e.type === p.type) ?? top, p);
    if (countries.actor !== null) {
      actorChecked++;
      if (countries.actor) actorRight++;
    }
    if (countries.recipient !== null) {
      recipientChecked++;
      if (countries.recipient) recipientRight++;
    }
  }
  const events = [...perType.values()].reduce((a, b) => ({ n: a.n + b.n, right: a.right + b.right, none: a.none + b.none }), { n: 0, right: 0, none: 0 });
  const results = {
    corpusHash: hashOf(probes.map((p) => `${p.text}\t${p.type}\t${p.actor.join(',')}\t${p.recipient.join(',')}`)),
    sentences: probes.length,
    eventSentences: events.n,
    typeAccuracy: round(events.right / (events.n || 1)),
    noEventFound: round(events.none / (events.n || 1)),
    actorCountryAccuracy: round(actorRight / (actorChecked || 1)),
    recipientCountryAccuracy: round(recipientRight / (recipientChecked || 1)),
    noEventSentences: none,
    falseEventRate: round(falseEvents / (none || 1)),
    perType: Object.fromEntries([...perType].sort().map(([type, t]) => [type, { sentences: t.n, typeAccuracy: round(t.right / t.n), noEventFound: round(t.none / t.n) }])),
  };
  return results;
}

async function main(): Promise<void> {
  // The plain suite (one short sentence per event) and the complex one (wire-story sentences with attribution and clauses).
  const suite = (name: string) => scoreSuite(join(PROJECT_ROOT, 'bench', 'events-probes', name));
  const results = { ...(await scoreSuite(join(PROJECT_ROOT, 'bench', 'events-probes'))), complex: await suite('complex'), politics: await suite('politics') };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'event-probes.json'), JSON.stringify(results, null, 2));
}

await main();
