/**
 * Event dates against TimeBank and AQUAINT (npm run bench:event-dates): the
 * date Dateline gives an event, scored against the date TimeML's annotators
 * anchored it to (a TLINK IS_INCLUDED / DURING / SIMULTANEOUS to a calendar
 * date, the document's creation time included). The peer is what GDELT-style
 * coders do: every event dated by its article (the creation time), scored in
 * the same run.
 *
 * Two protocols:
 *   - resolver: every gold-dated event, its date chosen by event-date.ts from
 *     the time expressions Dateline found in its sentence;
 *   - coded: the PLOVER events the coder found whose trigger is a gold event.
 * A prediction is right when it lies within the gold date ("1998-02-27" is
 * right for gold "1998-02"; "1998" is not right for gold "1998-02-27").
 * TimeBank is the development part, AQUAINT the check. VERBOSE=1 lists
 * resolver mistakes on TimeBank.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePlainText } from '../src/events/plain-text.js';
import { eventDate } from '../src/events/event-date.js';
import { sentenceSyntax } from '../src/events/clause-subject.js';
import { sentenceTokens } from '../src/language/spans.js';
import { hashOf } from './events-data.js';
import { PROJECT_ROOT, requireShared } from './shared-data.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const ANCHORING = new Set(['IS_INCLUDED', 'DURING', 'SIMULTANEOUS']);
const INVERSE = new Set(['INCLUDES', 'DURING_INV', 'SIMULTANEOUS']);
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?/;

interface GoldEvent { start: number; end: number; date: string; tense: string }

/** A TimeML document's TEXT (tags removed), its creation date and its events that have a calendar date. */
function readTimemlEvents(xml: string): { text: string; dct: string | null; events: GoldEvent[] } {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(dctTag)?.[1] ?? null;
  const timeValue = new Map<string, string>();
  for (const m of xml.matchAll(/<TIMEX3([^>]*)>/g)) {
    const tid = /tid="([^"]+)"/.exec(m[1])?.[1];
    const type = /type="([^"]+)"/.exec(m[1])?.[1];
    const value = CALENDAR.exec(/value="([^"]+)"/.exec(m[1])?.[1] ?? '')?.[0];
    if (tid && value && (type === 'DATE' || type === 'TIME')) timeValue.set(tid, value);
  }
  const instanceOf = new Map<string, { eid: string; tense: string }>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)\/?>/g)) {
    const eiid = /eiid="([^"]+)"/.exec(m[1])?.[1];
    const eid = /eventID="([^"]+)"/.exec(m[1])?.[1];
    if (eiid && eid) instanceOf.set(eiid, { eid, tense: /tense="([^"]+)"/.exec(m[1])?.[1] ?? '' });
  }
  const dateOf = new Map<string, { date: string; tense: string }>();
  for (const m of xml.matchAll(/<TLINK([^>]*)\/?>/g)) {
    const a = (k: string) => new RegExp(`${k}="([^"]+)"`).exec(m[1])?.[1];
    const rel = a('relType') ?? '';
    const [eiid, tid] = a('eventInstanceID') && a('relatedToTime') && ANCHORING.has(rel) ? [a('eventInstanceID'), a('relatedToTime')] : a('timeID') && a('relatedToEventInstance') && INVERSE.has(rel) ? [a('relatedToEventInstance'), a('timeID')] : [undefined, undefined];
    const instance = eiid ? instanceOf.get(eiid) : undefined;
    const date = tid ? timeValue.get(tid) : undefined;
    // The most specific anchor wins when an event has several.
    if (instance && date && (dateOf.get(instance.eid)?.date.length ?? 0) < date.length) dateOf.set(instance.eid, { date, tense: instance.tense });
  }
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: GoldEvent[] = [];
  let open: { start: number; eid: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<')) {
      if (part.startsWith('<EVENT')) open = { start: text.length, eid: /eid="([^"]+)"/.exec(part)?.[1] ?? '' };
      else if (part.startsWith('</EVENT') && open) {
        const d = dateOf.get(open.eid);
        if (d) events.push({ start: open.start, end: text.length, date: d.date, tense: d.tense });
        open = null;
      }
      continue;
    }
    text += part.replace(/&\w+;/g, (e) => ENTITIES[e] ?? e);
  }
  return { text, dct, events };
}

interface Tally { events: number; right: number; peerRight: number; stated: number; statedRight: number }
const empty = (): Tally => ({ events: 0, right: 0, peerRight: 0, stated: 0, statedRight: 0 });
const within = (predicted: string | null | undefined, gold: string) => Boolean(predicted && predicted.length >= gold.length && predicted.startsWith(gold));
const round = (x: number) => Math.round(x * 1000) / 1000;

function summary(t: Tally) {
  return {
    events: t.events,
    dateAccuracy: round(t.right / (t.events || 1)),
    peerPublicationDateAccuracy: round(t.peerRight / (t.events || 1)),
    statedShare: round(t.stated / (t.events || 1)),
    statedAccuracy: round(t.statedRight / (t.stated || 1)),
  };
}

async function scoreEventDates(): Promise<Record<string, unknown>> {
  const root = requireShared('bench', 'time', 'tempeval3', 'TBAQ-cleaned');
  const verbose = process.env.VERBOSE === '1';
  const out: Record<string, unknown> = {};
  const texts: string[] = [];
  for (const part of ['TimeBank', 'AQUAINT']) {
    const resolver = empty();
    const coded = empty();
    for (const file of readdirSync(join(root, part)).filter((x) => x.endsWith('.tml')).sort()) {
      const { text, dct, events } = readTimemlEvents(readFileSync(join(root, part, file), 'utf8'));
      if (!dct || events.length === 0) continue;
      texts.push(`${file}\t${text}\t${events.map((e) => `${e.start}:${e.date}`).join(',')}`);
      const { article, events: codedEvents } = await codePlainText(file, text, dct);
      const sentences = article.layer('sentences', 'sentence');
      const times = article.layer('times').map((t) => ({ start: t.start, end: t.end, type: t.type, value: typeof t.attrs.value === 'string' ? t.attrs.value : null }));
      for (const g of events) {
        const s = sentences.find((x) => x.start <= g.start && g.end <= x.end);
        if (!s) continue;
        const words = sentenceTokens(article, s).map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end) }));
        const head = words.findIndex((w) => w.end > g.start);
        const pos = sentenceSyntax(words.map((w) => w.text), text)?.pos ?? null;
        const d = eventDate(times.filter((t) => t.start >= s.start && t.end <= s.end), g, dct, { words, pos, head });
        resolver.events++;
        if (within(d?.value, g.date)) resolver.right++;
        if (within(dct, g.date)) resolver.peerRight++;
        if (d?.certainty === 'stated') {
          resolver.stated++;
          if (within(d.value, g.date)) resolver.statedRight++;
        }
        if (verbose && part === 'TimeBank' && !within(d?.value, g.date)) console.log(`${file} "${text.slice(g.start, g.end)}" [${g.tense}] got ${d?.value} (${d?.certainty}) want ${g.date} | ${text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 220)}`);
        const e = codedEvents.find((x) => x.trigger.start < g.end && g.start < x.trigger.end);
        if (!e) continue;
        coded.events++;
        if (within(e.date?.value, g.date)) coded.right++;
        if (within(dct, g.date)) coded.peerRight++;
        if (e.date?.certainty === 'stated') {
          coded.stated++;
          if (within(e.date.value, g.date)) coded.statedRight++;
        }
      }
    }
    out[part] = { resolver: summary(resolver), coded: summary(coded) };
  }
  return { corpusHash: hashOf(texts), ...out };
}

const results = await scoreEventDates();
console.log(JSON.stringify(results, null, 2));
mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'event-dates.json'), JSON.stringify(results, null, 2));
