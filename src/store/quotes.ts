/** Stored quotes, read back with their article: what `dateline quotes` lists. */
import type Database from 'better-sqlite3';

export interface StoredQuote {
  articleId: string;
  title: string | null;
  published: string | null;
  /** The quoted or reported content, sliced from the article text by its offsets. */
  content: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: string | null;
  kind: string;
  cue: string | null;
  reportedBy: string | null;
}

/** Quotes in publication order (statements only unless `all`); `speaker` matches any part of the resolved speaker, case-insensitively. */
export function queryQuotes(db: Database.Database, options: { speaker?: string; limit?: number; all?: boolean } = {}): StoredQuote[] {
  // By default only statements (verbs of saying, quotations); `all` adds beliefs and findings.
  const speech = options.all ? '' : `AND coalesce(json_extract(n.attrs, '$.cueClass'), 'speech') = 'speech'`;
  const where = `${speech} ${options.speaker ? `AND lower(json_extract(n.attrs, '$.speaker')) LIKE ?` : ''}`;
  const params: (string | number)[] = options.speaker ? [`%${options.speaker.toLowerCase()}%`] : [];
  params.push(Math.max(1, Math.floor(options.limit ?? 1000)));
  const rows = db
    .prepare(
      `SELECT a.doc_id AS id, a.title AS title, a.published_iso AS published, a.text AS text, n."start" AS start, n."end" AS "end", n.attrs AS attrs
         FROM annotations n JOIN articles a ON a.rowid = n.article
        WHERE n.layer = 'quotes' ${where}
        ORDER BY a.published_iso IS NULL, a.published_iso, a.rowid, n."start" LIMIT ?`,
    )
    .all(...params) as Array<{ id: string; title: string | null; published: string | null; text: string; start: number; end: number; attrs: string | null }>;
  return rows.map((r) => {
    const attrs = (r.attrs ? JSON.parse(r.attrs) : {}) as Record<string, unknown>;
    const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return {
      articleId: r.id,
      title: r.title,
      published: r.published,
      content: r.text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      speaker: text(attrs.speaker),
      speakerType: text(attrs.speakerType),
      kind: text(attrs.kind) ?? 'direct',
      cue: text((attrs.cue as { text?: unknown } | undefined)?.text),
      reportedBy: text((attrs.reportedBy as { speaker?: unknown } | undefined)?.speaker),
    };
  });
}
