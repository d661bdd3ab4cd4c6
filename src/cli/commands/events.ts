/**
 * `dateline events`: stored events (`--db`, filters), or coding a JSONL file
 * of sentences/stories (`--jsonl IN`), one output line per input line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Store, type StoredEvent } from '../../store/index.js';
import type { ParsedArgs } from '../args.js';
import { UsageError } from '../args.js';
import type { Command } from '../command.js';
import { dbPath, globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';
import { codePlainText } from '../../events/plain-text.js';
import type { CodedEvent } from '../../events/coder.js';
import { inReadingOrder } from '../../events/main-event.js';
import type { ActorMention } from '../../actors/mentions.js';

const help = `Usage: dateline events [--actor CODE] [--recipient CODE] [--type TYPE] [--from DATE] [--to DATE] [options]
       dateline events --jsonl IN

Lists the political events stored by dateline ingest (PLOVER types: AGREE,
CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT), by event date: date
(marked ~ when it is only the article's date), type and mode, actor → recipient
with country and sector, and the sentence that states it.

With --jsonl, codes each line of IN ({"id","text","date"}; IN may be - for
stdin) and prints one line per input: {"id","events":[{"type","mode","actor",
"recipient","date","negated",...}]}, the sentence's main event first (asserted
before embedded, then text order). Nothing is stored.

Options:
  --actor CODE       events with an actor of this country (ISO alpha-3, or UNO, EUR, IGO, NGO ...)
  --recipient CODE   events with a recipient of this country
  --type TYPE        one PLOVER event type
  --from DATE        events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE          events dated on or before DATE
  --all              also events the text negates or only envisages ("did not sign", "could impose")
                     and those coded with confidence below 0.4
  --limit N          at most N events (default 1000)
  --json             print the events as a JSON array
  --jsonl IN         code the sentences or stories in IN instead of reading the database
  --min-confidence X (with --jsonl) leave out events below X, 0..1 (default 0.4)
  --db PATH          database file (default ./dateline.db)
  -h, --help         show this help

Exit status: 0 some events (or --jsonl done), 1 none or bad input lines, 2 usage error.

Examples:
  dateline events --actor IND --recipient RUS --type CONSULT
  dateline events --from 2018-01-01 --json
  echo '{"id":"1","text":"Rebels attacked a police post.","date":"2020-01-01"}' | dateline events --jsonl -`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const who = (list: StoredEvent['actors']): string => list.map((a) => `${a.entity ?? a.text}${a.country || a.sector ? ` [${[a.country, a.sector].filter(Boolean).join(' ')}]` : ''}`).join(', ') || '?';

export function formatEvent(e: StoredEvent): string {
  const date = e.date ? `${e.dateCertainty === 'reference' ? '~' : ''}${e.date}` : '?';
  const flags = [e.negated && 'negated', e.hypothetical && 'hypothetical', e.future && 'future'].filter(Boolean).join(', ');
  const sentence = e.sentence.replace(/\s+/g, ' ');
  return `${date.padEnd(11)} ${e.type}${e.mode ? `/${e.mode}` : ''}  ${who(e.actors)} → ${who(e.recipients)}${flags ? `  (${flags})` : ''}  ${e.articleId.slice(0, 12)}\n    ${sentence.length > 200 ? `${sentence.slice(0, 200)}…` : sentence}`;
}

function actorJson(text: string, m: ActorMention): Record<string, unknown> {
  return { text: text.slice(m.start, m.end), country: m.country, sector: m.sector, otherSectors: m.otherSectors, entity: m.entity };
}

export function eventJson(text: string, e: CodedEvent): Record<string, unknown> {
  return {
    type: e.type,
    mode: e.mode,
    context: e.context,
    actor: e.actors.map((m) => actorJson(text, m)),
    recipient: e.recipients.map((m) => actorJson(text, m)),
    date: e.date?.value ?? null,
    dateCertainty: e.date?.certainty ?? null,
    negated: e.flags.negated,
    future: e.flags.future,
    hypothetical: e.flags.hypothetical,
    embedded: e.embedded,
    trigger: { start: e.trigger.start, end: e.trigger.end, text: text.slice(e.trigger.start, e.trigger.end) },
    location: e.location ? actorJson(text, e.location) : null,
    confidence: e.confidence,
    rule: e.rule,
  };
}

async function runJsonl(path: string, args: ParsedArgs, io: CliIO): Promise<number> {
  const minConfidence = Number(args.string('min-confidence') ?? '0.4');
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be between 0 and 1, got "${args.string('min-confidence')}"`);
  const input = path === '-' ? io.stdin : createReadStream(path, { encoding: 'utf8' });
  if (!input) throw new UsageError('no standard input to read');
  let bad = 0;
  let lineNo = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown; date?: unknown };
    try {
      record = JSON.parse(line);
    } catch {
      bad++;
      io.stderr.write(`${path}:${lineNo}: not a JSON object; skipped\n`);
      continue;
    }
    const id = record.id === undefined ? String(lineNo) : (record.id as string | number);
    if (typeof record.text !== 'string') {
      bad++;
      io.stderr.write(`${path}:${lineNo}: "text" must be a string; line coded as having no events\n`);
      await write(io.stdout, `${JSON.stringify({ id, events: [], error: 'no text' })}\n`);
      continue;
    }
    const date = typeof record.date === 'string' && DATE.test(record.date.slice(0, 10)) ? record.date.slice(0, 10) : null;
    if (record.date !== undefined && record.date !== null && !date) io.stderr.write(`${path}:${lineNo}: "date" is not YYYY-MM-DD; events are left undated\n`);
    const { events } = await codePlainText(String(id), record.text, date, { clusters: record.text.length > 400 });
    const kept = inReadingOrder(events.filter((e) => e.confidence >= minConfidence));
    await write(io.stdout, `${JSON.stringify({ id, events: kept.map((e) => eventJson(record.text as string, e)) })}\n`);
  }
  return bad > 0 ? ExitCode.failed : ExitCode.ok;
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const jsonl = args.string('jsonl');
  if (jsonl) return runJsonl(jsonl, args, io);
  for (const flag of ['from', 'to']) {
    const v = args.string(flag);
    if (v !== undefined && !DATE.test(v)) throw new UsageError(`--${flag} needs a date YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  }
  const store = Store.open(dbPath(args), { mustExist: true });
  let events: StoredEvent[];
  try {
    events = store.events({ actor: args.string('actor'), recipient: args.string('recipient'), type: args.string('type'), from: args.string('from'), to: args.string('to'), all: args.bool('all'), limit: args.integer('limit') });
  } finally {
    store.close();
  }
  if (args.bool('json')) await write(io.stdout, `${JSON.stringify(events, null, 2)}\n`);
  else for (const e of events) await write(io.stdout, `${formatEvent(e)}\n`);
  if (events.length === 0) {
    io.stderr.write('no events match\n');
    return ExitCode.failed;
  }
  return ExitCode.ok;
}

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list stored political events, or code a JSONL file of sentences',
  help,
  flags: {
    ...globalFlags,
    actor: { type: 'string' },
    recipient: { type: 'string' },
    type: { type: 'string', choices: [...TYPES, ...TYPES.map((t) => t.toLowerCase())] },
    from: { type: 'string' },
    to: { type: 'string' },
    all: { type: 'boolean' },
    limit: { type: 'integer', min: 1 },
    json: { type: 'boolean' },
    jsonl: { type: 'string' },
    'min-confidence': { type: 'string' },
  },
  minPositionals: 0,
  maxPositionals: 0,
  run,
};
