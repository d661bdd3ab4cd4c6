/**
 * Stored events, read back with their article: what `dateline events --db`
 * lists. Events live as `events` annotations (one per trigger) whose attrs
 * hold actors, recipients, flags and date; filters run in SQL on those attrs.
 */
import type Database from 'better-sqlite3';

export interface EventActor {
  text: string;
  country: string | null;
  sector: string | null;
  entity: string | null;
}

export interface StoredEvent {
  articleId: string;
  title: string | null;
  published: string | null;
  type: string;
  mode: string | null;
  /** The event's date (from the sentence, or the publication date when `dateCertainty` is `reference`). */
  date: string | null;
  dateCertainty: string | null;
  actors: EventActor[];
  recipients: EventActor[];
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  trigger: string;
  /** The sentence the event was coded from, sliced from the article text. */
  sentence: string;
  start: number;
  end: number;
  rule: string | null;
  confidence: number;
}

export interface EventQuery {
  /** Country code (or international code) any actor must have. */
  actor?: string;
  recipient?: string;
  type?: string;
  /** Event dates from/to, `YYYY[-MM[-DD]]`, inclusive. */
  from?: string;
  to?: string;
  /** Also events the text negates or only envisages, and weak ones. */
  all?: boolean;
  /** Leave out events below this confidence (default 0.4) unless `all`. */
  minConfidence?: number;
  limit?: number;
}

/** Below this an event is kept in the layer (with its evidence) but not listed by default. */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

const actorList = (v: unknown): EventActor[] =>
  Array.isArray(v) ? v.map((a: Record<string, unknown>) => ({ text: String(a.text ?? ''), country: (a.country as string) ?? null, sector: (a.sector as string) ?? null, entity: (a.entity as string) ?? null })) : [];

export function queryEvents(db: Database.Database, q: EventQuery = {}): StoredEvent[] {
  const where: string[] = [`n.layer = 'events'`];
  const params: (string | number)[] = [];
  const date = `coalesce(json_extract(n.attrs, '$.date.value'), '')`;
  if (q.type) where.push('n.type = ?'), params.push(q.type.toUpperCase());
  if (q.actor) where.push(`EXISTS (SELECT 1 FROM json_each(n.attrs, '$.actors') a WHERE json_extract(a.value, '$.country') = ?)`), params.push(q.actor.toUpperCase());
  if (q.recipient) where.push(`EXISTS (SELECT 1 FROM json_each(n.attrs, '$.recipients') a WHERE json_extract(a.value, '$.country') = ?)`), params.push(q.recipient.toUpperCase());
  // A month or year value ("2018-10") is in range when it overlaps it.
  if (q.from) where.push(`${date} <> '' AND ${date} >= substr(?, 1, length(${date}))`), params.push(q.from);
  if (q.to) where.push(`${date} <> '' AND substr(${date}, 1, length(?)) <= ?`), params.push(q.to, q.to);
  if (!q.all) {
    where.push(`NOT coalesce(json_extract(n.attrs, '$.negated'), 0) AND NOT coalesce(json_extract(n.attrs, '$.hypothetical'), 0) AND n.confidence >= ?`);
    params.push(q.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  }
  params.push(Math.max(1, Math.floor(q.limit ?? 1000)));
  const rows = db
    .prepare(
      `SELECT a.doc_id AS id, a.title AS title, a.published_iso AS published, a.text AS text, n.type AS type, n."start" AS start, n."end" AS "end", n.attrs AS attrs, n.source AS source, n.confidence AS confidence
         FROM annotations n JOIN articles a ON a.rowid = n.article
        WHERE ${where.join(' AND ')}
        ORDER BY ${date} = '', ${date}, a.rowid, n."start" LIMIT ?`,
    )
    .all(...params) as Array<{ id: string; title: string | null; published: string | null; text: string; type: string; start: number; end: number; attrs: string | null; source: string; confidence: number }>;
  return rows.map((r) => {
    const attrs = (r.attrs ? JSON.parse(r.attrs) : {}) as Record<string, any>;
    const sentence = attrs.sentence as { start: number; end: number } | undefined;
    return {
      articleId: r.id,
      title: r.title,
      published: r.published,
      type: r.type,
      mode: attrs.mode ?? null,
      date: attrs.date?.value ?? null,
      dateCertainty: attrs.date?.certainty ?? null,
      actors: actorList(attrs.actors),
      recipients: actorList(attrs.recipients),
      negated: attrs.negated === true,
      future: attrs.future === true,
      hypothetical: attrs.hypothetical === true,
      trigger: r.text.slice(r.start, r.end),
      sentence: sentence ? r.text.slice(sentence.start, sentence.end) : '',
      start: r.start,
      end: r.end,
      rule: attrs.rule ?? null,
      confidence: r.confidence,
    };
  });
}
