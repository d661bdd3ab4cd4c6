/**
 * `dateline extract FILE...`: article text and metadata for each document,
 * nothing stored. With --jsonl, one JSON object per line: the form
 * evaluation scripts and other tools read. Streams one document at a time.
 */
import { ingestPaths } from '../../ingest/index.js';
import type { Article } from '../../model/article.js';
import { formatDiagnostic } from '../../model/diagnostics.js';
import { defaultPipeline } from '../../pipeline/default.js';
import type { PipelineDefinition } from '../../pipeline/stage.js';
import { processDocument } from '../../pipeline/runner.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';

const help = `Usage: dateline extract FILE... [--jsonl] [options]

Extracts the article from each document (HTML or plain text) and prints its
clean text and metadata; nothing is stored. FILE may be a file, a folder
(walked recursively), or - for stdin. Accepted: .txt, .html, .htm, .xhtml,
.json, .jsonl / .ndjson, each optionally gzip-compressed (.gz).

Options:
  --jsonl            one JSON object per document and line:
                     {"file","title","text","published","modified","authors",
                      "site","language","url"} (plus "line" for JSONL records);
                     text is the article body with its dateline, dates are
                     ISO 8601 or null
  --max-bytes N      refuse documents larger than N bytes
  -h, --help         show this help

Without --jsonl, prints a short summary per document: title, date and the
start of the text.

Documents that cannot be read or extracted are reported on stderr, one line
each, and the others are still printed.

Exit status: 0 all extracted, 1 some documents failed (or none found),
2 usage error.

Examples:
  dateline extract page.html
  dateline extract pages/ --jsonl > articles.jsonl
  dateline extract crawl.html.gz --jsonl | jq -r .title`;

/** What `--jsonl` prints for one document. */
export interface ExtractRecord {
  file: string;
  line?: number;
  title: string | null;
  text: string;
  published: string | null;
  modified: string | null;
  authors: string[];
  site: string | null;
  language: string | null;
  url: string | null;
}

export function extractRecord(article: Article): ExtractRecord {
  const { meta, source } = article;
  return {
    file: source.origin.path,
    ...(source.origin.line !== undefined ? { line: source.origin.line } : {}),
    title: meta.title,
    text: article.bodyText({ withDateline: true }),
    published: meta.published?.iso ?? null,
    modified: meta.modified?.iso ?? null,
    authors: [...meta.authors],
    site: meta.site,
    language: meta.language,
    url: meta.url,
  };
}

const PREVIEW_CHARS = 200;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_CHARS) return flat;
  return `${flat.slice(0, PREVIEW_CHARS).trimEnd()}…`;
}

/** The human-readable summary of one document. */
export function summarise(record: ExtractRecord): string {
  const where = record.line !== undefined ? `${record.file}:${record.line}` : record.file;
  const rows: Array<[string, string]> = [
    ['Title', record.title ?? '—'],
    ['Published', record.published ?? '—'],
  ];
  if (record.modified) rows.push(['Modified', record.modified]);
  if (record.authors.length > 0) rows.push(['Authors', record.authors.join(', ')]);
  if (record.site) rows.push(['Site', record.site]);
  rows.push(['Text', record.text ? preview(record.text) : '(no article text found)']);
  return `${where}\n${rows.map(([k, v]) => `  ${k.padEnd(10)} ${v}`).join('\n')}\n`;
}

/** Extraction only: later stages (entities, events...) add nothing this command prints. */
function extractionPipeline(): PipelineDefinition {
  return { extractors: defaultPipeline().extractors, stages: [] };
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const jsonl = args.bool('jsonl');
  const pipeline = extractionPipeline();
  const items = ingestPaths(args.positionals, { maxBytes: args.integer('max-bytes'), stdin: io.stdin });
  let printed = 0;
  let failed = 0;
  for await (const item of items) {
    if (item.kind === 'failure') {
      failed++;
      io.stderr.write(`${formatDiagnostic(item.diagnostic)}\n`);
      continue;
    }
    const result = await processDocument(pipeline, item.doc);
    if (!result.ok) {
      failed++;
      for (const d of result.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      continue;
    }
    const record = extractRecord(result.article);
    await write(io.stdout, jsonl ? `${JSON.stringify(record)}\n` : `${printed > 0 ? '\n' : ''}${summarise(record)}`);
    printed++;
  }
  if (printed === 0 && failed === 0) {
    io.stderr.write(`dateline extract: no documents found in ${args.positionals.join(', ')}\n`);
    return ExitCode.failed;
  }
  return failed > 0 ? ExitCode.failed : ExitCode.ok;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the article text and metadata of documents, without storing them',
  help,
  flags: {
    ...globalFlags,
    jsonl: { type: 'boolean' },
    'max-bytes': { type: 'integer', min: 1 },
  },
  minPositionals: 1,
  maxPositionals: Infinity,
  run,
};
