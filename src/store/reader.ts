/**
 * Reading articles back: one SELECT returns an article with its annotations
 * and diagnostics aggregated as JSON, so export can stream with a single
 * statement (better-sqlite3 cannot run a second query while iterating).
 */
import type { Annotation, LayerName } from '../model/annotation.js';
import { compareAnnotations } from '../model/annotation.js';
import type { Diagnostic, DiagnosticCode, Severity } from '../model/diagnostics.js';
import { layerViews, type ArticleJSON } from '../model/serialize.js';

/** A stored article: the ArticleJSON shape plus its row id in the store. */
export type StoredArticle = ArticleJSON & { rowid: number };

export const ARTICLE_SELECT = `
  SELECT a.rowid AS rowid, a.doc_id AS id, a.text AS text, a.meta AS meta,
         d.format AS format, d.origin_path AS origin_path, d.origin_line AS origin_line,
         (SELECT json_group_array(json_array(n.layer, n.type, n."start", n."end",
                   json(coalesce(n.attrs, '{}')), n.source, n.confidence) ORDER BY n.id)
            FROM annotations n WHERE n.article = a.rowid) AS annotations,
         (SELECT json_group_array(json_array(g.code, g.severity, g.message, g.source,
                   g.file, g.line, g."offset") ORDER BY g.id)
            FROM diagnostics g WHERE g.doc_id = a.doc_id) AS diagnostics
    FROM articles a JOIN documents d ON d.id = a.doc_id`;

export interface ArticleRow {
  rowid: number;
  id: string;
  text: string;
  meta: string;
  format: string;
  origin_path: string;
  origin_line: number | null;
  annotations: string;
  diagnostics: string;
}

type AnnotationTuple = [LayerName, string, number, number, Annotation['attrs'], string, number];
type DiagnosticTuple = [DiagnosticCode, Severity, string, string, string | null, number | null, number | null];

function toDiagnostic([code, severity, message, source, file, line, offset]: DiagnosticTuple): Diagnostic {
  return {
    code,
    severity,
    message,
    source,
    ...(file !== null ? { file } : {}),
    ...(line !== null ? { line } : {}),
    ...(offset !== null ? { offset } : {}),
  };
}

/** Same rule as Article.bodyText(): `zone/paragraph` spans in order, joined by blank lines. */
export function bodyFromAnnotations(text: string, annotations: readonly Annotation[]): string {
  return annotations
    .filter((a) => a.layer === 'zone' && a.type === 'paragraph')
    .sort(compareAnnotations)
    .map((a) => text.slice(a.start, a.end))
    .join('\n\n');
}

export function rowToArticle(row: ArticleRow): StoredArticle {
  const annotations: Annotation[] = (JSON.parse(row.annotations) as AnnotationTuple[]).map(
    ([layer, type, start, end, attrs, source, confidence]) => ({ layer, type, start, end, attrs, source, confidence }),
  );
  const diagnostics = (JSON.parse(row.diagnostics) as DiagnosticTuple[]).map(toDiagnostic);
  return {
    id: row.id,
    rowid: row.rowid,
    origin: row.origin_line !== null ? { path: row.origin_path, line: row.origin_line } : { path: row.origin_path },
    format: row.format,
    meta: JSON.parse(row.meta) as ArticleJSON['meta'],
    text: row.text,
    body: bodyFromAnnotations(row.text, annotations),
    annotations,
    layers: layerViews(row.text, annotations),
    diagnostics,
  };
}
