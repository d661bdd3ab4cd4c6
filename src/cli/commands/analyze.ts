/** `dateline analyze FILE|-`: one document through the pipeline to JSON, nothing stored. */
import { ingestPaths } from '../../ingest/index.js';
import type { Diagnostic } from '../../model/diagnostics.js';
import { formatDiagnostic } from '../../model/diagnostics.js';
import type { SourceDocument, SourceFormat } from '../../model/document.js';
import { makeSourceDocument } from '../../model/document.js';
import { articleToJSON } from '../../model/serialize.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { processDocument } from '../../pipeline/runner.js';
import { UsageError } from '../args.js';
import type { ParsedArgs } from '../args.js';
import type { Command } from '../command.js';
import { globalFlags } from '../command.js';
import type { CliIO } from '../io.js';
import { ExitCode, write } from '../io.js';

const help = `Usage: dateline analyze FILE|- [options]

Runs one document through extraction and prints the article as pretty JSON
(text, metadata, body, every annotation with its offsets, diagnostics).
Nothing is stored. Reads stdin when FILE is -.

Options:
  --published YYYY-MM-DD   reference date for resolving relative times
                           ("on Thursday") when the text states none
  --format text|html       treat the input as this format instead of guessing
  --max-bytes N            refuse a document larger than N bytes
  -h, --help               show this help

Exit status: 0 analysed, 1 the document could not be read or extracted
(the diagnostic is printed on stderr), 2 usage error.

Examples:
  dateline analyze article.txt
  curl -s https://example.org/news/1 | dateline analyze - --format html
  dateline analyze story.txt --published 2018-12-14 | jq .meta`;

function validDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function reportFailure(io: CliIO, diagnostics: readonly Diagnostic[]): number {
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  return ExitCode.failed;
}

/** Reads exactly one document (or its failure) from the input. */
async function readOne(path: string, io: CliIO, maxBytes: number | undefined, stdinFormat: SourceFormat | undefined): Promise<{ doc?: SourceDocument; diagnostics: Diagnostic[]; skipped: string[] }> {
  const skipped: string[] = [];
  let found: { doc?: SourceDocument; diagnostics: Diagnostic[] } | null = null;
  const items = ingestPaths([path], { maxBytes, stdin: io.stdin, stdinFormat, onSkippedFile: (p: string, reason: string) => skipped.push(`${p}: skipped (${reason})`) });
  for await (const item of items) {
    if (found) throw new UsageError(`${path} holds more than one document; analyze reads one (use dateline ingest for many)`);
    found = item.kind === 'document' ? { doc: item.doc, diagnostics: [] } : { diagnostics: [item.diagnostic] };
  }
  return { ...(found ?? { diagnostics: [] }), skipped };
}

async function run(args: ParsedArgs, io: CliIO): Promise<number> {
  const published = args.string('published');
  if (published !== undefined && !validDay(published)) throw new UsageError(`--published needs a date as YYYY-MM-DD, got "${published}"`);
  const path = args.positionals[0];
  const format = args.string('format') as SourceFormat | undefined;
  const read = await readOne(path, io, args.integer('max-bytes'), format);
  if (!read.doc) {
    if (read.diagnostics.length > 0) return reportFailure(io, read.diagnostics);
    io.stderr.write(`${read.skipped.length > 0 ? read.skipped.join('\n') : `${path}: no document found`}\n`);
    return ExitCode.failed;
  }
  let doc = read.doc;
  if (format && format !== doc.format) doc = makeSourceDocument(format, doc.content, doc.origin, doc.hints, doc.bytes);
  const result = await processDocument(defaultPipeline(), doc, { referenceDate: published });
  if (!result.ok) return reportFailure(io, result.diagnostics);
  await write(io.stdout, `${JSON.stringify(articleToJSON(result.article), null, 2)}\n`);
  return ExitCode.ok;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'print one document as analysed JSON without storing it',
  help,
  flags: {
    ...globalFlags,
    published: { type: 'string' },
    format: { type: 'string', choices: ['text', 'html'] },
    'max-bytes': { type: 'integer', min: 1 },
  },
  minPositionals: 1,
  maxPositionals: 1,
  run,
};
